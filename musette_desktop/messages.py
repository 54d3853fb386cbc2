"""The command line's words for the vault's typed errors, and their exit codes."""

from __future__ import annotations

import os

from vault import backup, errors

USAGE = 2
WRONG_KEY = 3
NOT_OPENABLE = 4
INVALID_INPUT = 5
IN_USE = 6
OTHER = 1

# (error type, exit code, French, English); the first matching type wins, so
# subclasses come before their parents.
_TABLE: tuple[tuple[type[Exception], int, str, str], ...] = (
    (
        errors.RecoveryCodeMalformed,
        WRONG_KEY,
        "Ce code de secours n'a pas la bonne forme : il compte 56 caractères, en 14 groupes de 4.",
        "This recovery code is not well formed: it has 56 characters, in 14 groups of 4.",
    ),
    (
        errors.RecoveryCodeTypo,
        WRONG_KEY,
        "Ce code de secours contient une faute de frappe. Relisez-le groupe par groupe.",
        "This recovery code contains a typo. Check it group by group.",
    ),
    (
        errors.RecoveryCodeForeign,
        WRONG_KEY,
        "Ce code de secours est bien formé mais appartient à une autre musette.",
        "This recovery code is well formed but belongs to another Musette file.",
    ),
    (
        errors.RecoveryHexWrong,
        WRONG_KEY,
        "Cette clé en hexadécimal n'ouvre pas cette musette : une faute de frappe, ou la clé "
        "d'une autre musette. La forme en 14 groupes de 4 repère les fautes de frappe.",
        "This hex key does not open this Musette file: a typo, or another file's key. "
        "The form in 14 groups of 4 catches typos.",
    ),
    (
        errors.WrongKey,
        WRONG_KEY,
        "Cette phrase de passe ne correspond pas. Vérifiez les majuscules, "
        "ou utilisez votre code de secours.",
        "This passphrase does not match. Check capital letters, or use your recovery code.",
    ),
    (
        errors.VaultGone,
        NOT_OPENABLE,
        "Le fichier de la musette a disparu pendant l'opération ; rien n'a été enregistré. "
        "Rebranchez le support, ou restaurez la dernière sauvegarde.",
        "The Musette file disappeared during the operation; nothing was saved. "
        "Plug the medium back in, or restore the latest backup.",
    ),
    (
        errors.StorageFull,
        OTHER,
        "Le disque est plein : rien de nouveau n'a été enregistré, votre musette est intacte. "
        "Libérez de la place puis recommencez.",
        "The disk is full: nothing new was saved, your Musette file is intact. "
        "Free some space and try again.",
    ),
    (
        errors.SyncRefused,
        INVALID_INPUT,
        "La synchronisation est refusée : {detail}. Rien n'a été modifié.",
        "The sync is refused: {detail}. Nothing was changed.",
    ),
    (
        backup.BackupRefused,
        INVALID_INPUT,
        "Cette sauvegarde est refusée : {detail}. Rien n'a été modifié.",
        "This backup is refused: {detail}. Nothing was changed.",
    ),
    (
        errors.VaultMissing,
        NOT_OPENABLE,
        "Aucune musette à cet endroit : {detail}.",
        "There is no Musette file here: {detail}.",
    ),
    (
        errors.NotAVault,
        NOT_OPENABLE,
        "Ce fichier n'est pas une musette : {detail}.",
        "This is not a Musette file: {detail}.",
    ),
    (
        errors.VaultDamaged,
        NOT_OPENABLE,
        "Cette musette est abîmée ({detail}). Restaurez une sauvegarde.",
        "This Musette file is damaged ({detail}). Restore a backup.",
    ),
    (
        errors.VaultTooNew,
        NOT_OPENABLE,
        "Cette musette a été enregistrée par une version plus récente de Musette. "
        "Mettez Musette à jour ; le fichier n'a pas été modifié.",
        "This Musette file was saved by a newer version of Musette. "
        "Update Musette; the file was not changed.",
    ),
    (
        errors.KeyFileForeign,
        NOT_OPENABLE,
        "Le fichier de clés à côté de la musette appartient à une autre musette. "
        "Votre code de secours l'ouvre quand même (MUSETTE_RECOVERY_CODE).",
        "The key file beside this Musette file belongs to another one. "
        "Your recovery code still opens it (MUSETTE_RECOVERY_CODE).",
    ),
    (
        errors.KeyFileDamaged,
        NOT_OPENABLE,
        "Le fichier de clés à côté de la musette est illisible ou ne lui appartient pas. "
        "Votre code de secours l'ouvre quand même (MUSETTE_RECOVERY_CODE).",
        "The key file beside this Musette file is unreadable or belongs to another one. "
        "Your recovery code still opens it (MUSETTE_RECOVERY_CODE).",
    ),
    (
        errors.KeyFileMissing,
        NOT_OPENABLE,
        "Le fichier de clés de cette musette est introuvable. "
        "Votre code de secours l'ouvre quand même (MUSETTE_RECOVERY_CODE).",
        "The key file of this Musette file is missing. "
        "Your recovery code still opens it (MUSETTE_RECOVERY_CODE).",
    ),
    (
        errors.VaultInUse,
        IN_USE,
        "Cette musette est déjà ouverte ailleurs. Fermez l'autre fenêtre ou l'autre programme.",
        "This Musette file is already open elsewhere. Close the other window or program.",
    ),
    (
        errors.VaultReadOnly,
        OTHER,
        "Cette musette ne peut pas être modifiée ici (fichier ou support en lecture seule).",
        "This Musette file cannot be changed here (read-only file or medium).",
    ),
    (
        errors.VaultExists,
        OTHER,
        "Un fichier existe déjà à cet endroit ; il n'a pas été touché : {detail}.",
        "A file already exists there; it was not touched: {detail}.",
    ),
    (
        errors.DocumentRefused,
        INVALID_INPUT,
        "Ce document est refusé : {detail}.",
        "This document is refused: {detail}.",
    ),
    (errors.InvalidRecord, INVALID_INPUT, "Donnée invalide : {detail}.", "Invalid data: {detail}."),
    (
        errors.KeyringUnavailable,
        OTHER,
        "Cet ordinateur ne peut pas retenir la musette en sécurité ({detail}).",
        "This computer cannot remember the Musette file safely ({detail}).",
    ),
    (
        errors.DeviceKeyMissing,
        WRONG_KEY,
        "Cet ordinateur ne retient plus cette musette : saisissez votre phrase de passe.",
        "This computer no longer remembers this Musette file: enter your passphrase.",
    ),
)


def french() -> bool:
    """French first: English only when the environment's language is English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return not value.lower().startswith("en")
    return True


# Why a file is not a musette, in the language of the message around it.
_WHY = {
    "folder": ("c'est un dossier", "it is a folder"),
    "unreadable": ("il ne peut pas être lu (droits d'accès)", "it cannot be read (permissions)"),
    "too_short": ("il est vide ou trop court", "it is empty or too short"),
    "plain_sqlite": (
        "c'est une base SQLite ordinaire, non chiffrée",
        "it is a plain, unencrypted SQLite database",
    ),
    "": ("il n'a pas été créé par Musette", "it was not made by Musette"),
}


def _not_a_vault(error: errors.NotAVault) -> str:
    fr, en = _WHY.get(error.why, _WHY[""])
    return f"{error.path} ({fr if french() else en})"


def describe(error: Exception) -> tuple[int, str]:
    """The exit code and the one line to print for an error."""
    detail = str(error)
    if isinstance(error, errors.NotAVault) and not isinstance(error, errors.VaultMissing):
        detail = _not_a_vault(error)
    for kind, code, fr, en in _TABLE:
        if isinstance(error, kind):
            return code, (fr if french() else en).format(detail=detail)
    if isinstance(error, errors.VaultError):
        return OTHER, (
            "Musette n'a pas pu terminer : {d}" if french() else "Musette could not finish: {d}"
        ).format(d=detail)
    return OTHER, detail


def say(fr: str, en: str) -> str:
    return fr if french() else en


def sync_skipped(why: str) -> str:
    from vault.sync_folder import WHY_SKIPPED  # the sync engine loads only when a sync runs

    fr, en = WHY_SKIPPED.get(why, ("laissé de côté", "left alone"))
    return fr if french() else en
