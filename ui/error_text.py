"""Plain words for the vault's typed errors, as the windows show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault import errors


def refusal(error: BaseException) -> Exception:
    """A refusal from the vault or the disk, to be said in plain words; anything else
    reported by a worker is a bug, raised again to be seen (not dressed as a refusal)."""
    if isinstance(error, errors.VaultError | OSError):
        return error
    raise error


def explain(error: Exception) -> str:
    """What happened, why, and what to do now — never a traceback."""
    if isinstance(error, errors.DocumentRefused):
        return _document_refused(error)
    if isinstance(error, errors.RecoveryCodeMalformed):
        return QCoreApplication.translate(
            "errors",
            "Ce code de secours n'a pas la bonne forme. Il compte 56 caractères, "
            "en 14 groupes de 4, tels qu'imprimés sur votre feuille de secours.",
        )
    if isinstance(error, errors.RecoveryCodeTypo):
        return QCoreApplication.translate(
            "errors",
            "Ce code de secours contient une faute de frappe. "
            "Relisez-le groupe par groupe : rien n'a été essayé.",
        )
    if isinstance(error, errors.RecoveryCodeForeign):
        return QCoreApplication.translate(
            "errors",
            "Ce code de secours est bien formé, mais il appartient à une autre musette. "
            "Vérifiez que vous ouvrez le bon fichier.",
        )
    if isinstance(error, errors.RecoveryHexWrong):
        return QCoreApplication.translate(
            "errors",
            "Cette clé en hexadécimal n'ouvre pas cette musette : une faute de frappe, ou la clé "
            "d'une autre musette. Tapez plutôt le code en 14 groupes de 4 : il repère les fautes.",
        )
    if isinstance(error, errors.WrongKey):
        return QCoreApplication.translate(
            "errors",
            "Cette phrase de passe ne correspond pas. Vérifiez les majuscules, "
            "ou utilisez votre code de secours.",
        )
    if isinstance(error, errors.VaultMissing):
        return QCoreApplication.translate(
            "errors", "Il n'y a pas de musette à cet endroit. Choisissez un autre fichier."
        )
    if isinstance(error, errors.NotAVault):
        return QCoreApplication.translate(
            "errors",
            "Ce fichier n'est pas une musette. Choisissez le fichier qui finit par .musette.",
        )
    if isinstance(error, errors.VaultDamaged):
        return QCoreApplication.translate(
            "errors",
            "Votre phrase de passe est bonne, mais ce fichier est abîmé. "
            "Restaurez votre dernière sauvegarde.",
        )
    if isinstance(error, errors.VaultTooNew):
        return QCoreApplication.translate(
            "errors",
            "Cette musette vient d'une version plus récente de Musette. "
            "Mettez Musette à jour. Votre fichier n'a pas été modifié.",
        )
    if isinstance(error, errors.KeyFileForeign):
        return QCoreApplication.translate(
            "errors",
            "Le fichier de clés à côté de cette musette appartient à une autre musette. "
            "Votre code de secours l'ouvre quand même.",
        )
    if isinstance(error, errors.KeyFileMissing):
        return QCoreApplication.translate(
            "errors",
            "Le fichier de clés de cette musette est introuvable ou abîmé. "
            "Votre code de secours l'ouvre quand même.",
        )
    if isinstance(error, errors.VaultInUse):
        return QCoreApplication.translate(
            "errors", "Cette musette est déjà ouverte dans une autre fenêtre. Fermez-la d'abord."
        )
    if isinstance(error, errors.VaultReadOnly):
        return QCoreApplication.translate(
            "errors",
            "Cette musette est sur un support en lecture seule : elle ne peut pas être modifiée.",
        )
    if isinstance(error, errors.VaultGone):
        return QCoreApplication.translate(
            "errors",
            "Le fichier de votre musette a disparu pendant qu'elle était ouverte (clé USB retirée, fichier déplacé ?). Cette modification n'a pas été enregistrée. Rebranchez le support puis rouvrez votre musette, ou restaurez votre dernière sauvegarde (menu Musette, Sauvegardes).",
        )
    if isinstance(error, errors.StorageFull):
        return QCoreApplication.translate(
            "errors",
            "Le disque est plein : cette modification n'a pas été enregistrée, le reste est intact. Libérez de la place puis recommencez.",
        )
    if isinstance(error, errors.SyncRefused):
        return _sync_refused(error)
    if isinstance(error, errors.VaultExists):
        return QCoreApplication.translate(
            "errors",
            "Un fichier porte déjà ce nom. Choisissez un autre nom : rien n'a été remplacé.",
        )
    if isinstance(error, errors.DeviceKeyMissing):
        return QCoreApplication.translate(
            "errors",
            "Cet ordinateur ne retient plus votre musette. Saisissez votre phrase de passe.",
        )
    if isinstance(error, errors.KeyringUnavailable):
        return QCoreApplication.translate(
            "errors",
            "Cet ordinateur n'a pas de trousseau sécurisé : Musette ne peut pas s'y souvenir "
            "de votre musette. Votre phrase de passe reste nécessaire.",
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "errors", "Musette n'a pas pu lire ou écrire ce fichier : "
        ) + (error.strerror or "")
    return QCoreApplication.translate(
        "errors", "Musette n'a pas pu terminer cette action. Rien n'a été modifié."
    )


def _sync_refused(error: errors.SyncRefused) -> str:
    if error.why in ("no_folder", "folder_gone"):
        return QCoreApplication.translate(
            "errors",
            "Le dossier de synchronisation n'est plus là (clé USB retirée, dossier déplacé ?). "
            "Votre musette est intacte. Rebranchez le support, ou choisissez le dossier à "
            "nouveau (menu Musette, Synchroniser).",
        )
    if error.why == "nothing_to_join":
        return QCoreApplication.translate(
            "errors",
            "Ce dossier ne contient aucune musette synchronisée. Choisissez le dossier que votre "
            "autre ordinateur synchronise, et attendez que la copie y soit arrivée.",
        )
    if error.why == "several":
        return QCoreApplication.translate(
            "errors",
            "Ce dossier contient les copies de plusieurs musettes : gardez-y seulement la vôtre.",
        )
    if error.why == "already_joined":
        return QCoreApplication.translate(
            "errors",
            "Cet ordinateur synchronise déjà cette musette : ouvrez-la plutôt, elle se met à "
            "jour toute seule.",
        )
    if error.why == "read_only":
        return QCoreApplication.translate(
            "errors",
            "Cette musette est ouverte en lecture seule : elle ne peut pas se synchroniser.",
        )
    return QCoreApplication.translate(
        "errors", "La synchronisation n'a pas pu se faire ; votre musette est intacte : "
    ) + str(error)


def _document_refused(error: errors.DocumentRefused) -> str:
    from vault.documents import MAX_DOCUMENT_BYTES

    if error.field == "size":
        return QCoreApplication.translate(
            "errors", "trop gros : la limite est de %1 Mo par document. Rien n'a été ajouté."
        ).replace("%1", str(MAX_DOCUMENT_BYTES // (1024 * 1024)))
    if "empty" in error.problem:
        return QCoreApplication.translate("errors", "ce fichier est vide. Rien n'a été ajouté.")
    return QCoreApplication.translate(
        "errors",
        "ce type de fichier n'est pas accepté : PDF, image, texte ou document de bureautique "
        "(Word, LibreOffice). Rien n'a été ajouté.",
    )
