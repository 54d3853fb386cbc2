"""Typed errors raised by the vault; the UI and the command line turn them into words."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""


class WrongKey(VaultError):
    """The passphrase, recovery code or device key does not unlock this vault."""


class RecoveryCodeMalformed(WrongKey):
    """The recovery code has the wrong length or characters that cannot be in one."""


class RecoveryCodeTypo(WrongKey):
    """The recovery code's checksum does not match: a character was mistyped."""


class RecoveryCodeForeign(WrongKey):
    """A well-formed recovery code (its checksum is right) of another vault."""


class RecoveryHexWrong(WrongKey):
    """The hex form of a recovery key that does not open this vault: a typo, or another vault's.

    The hex form has no checksum, so the two cannot be told apart.
    """


class NotAVault(VaultError):
    """The path is not a Musette vault (missing, a folder, plain SQLite, random bytes).

    `why` says which, as a word the interfaces put in their own language:
    "folder", "unreadable", "too_short", "plain_sqlite", or "" (not ours).
    """

    def __init__(self, path: str, why: str = "") -> None:
        super().__init__(f"{path}: {why}" if why else path)
        self.path = path
        self.why = why


class VaultMissing(NotAVault):
    """No file exists at the given path."""


class VaultDamaged(VaultError):
    """The key is right but the database does not open or fails its integrity check."""


class VaultTooNew(VaultError):
    """The vault was written by a newer Musette with a schema this one does not know."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema {found} is newer than {supported}")
        self.found = found
        self.supported = supported


class VaultInUse(VaultError):
    """Another process (or another window) already has this vault open."""


class VaultReadOnly(VaultError):
    """The vault's file or folder cannot be written, so changes are refused."""


class VaultGone(VaultError):
    """The vault's file was removed or replaced while open (a pulled USB stick)."""


class StorageFull(VaultError):
    """The disk (or the file-size limit) is full: the change in flight was not saved."""


class VaultExists(VaultError):
    """Creating a vault would overwrite an existing file."""


class KeyFileMissing(VaultError):
    """The key file beside the vault is gone; the recovery code still opens the vault."""


class KeyFileDamaged(KeyFileMissing):
    """The key file is unreadable or belongs to another vault; the recovery code still works."""


class KeyFileForeign(KeyFileDamaged):
    """The key file beside the vault belongs to another vault."""


class DeviceKeyMissing(VaultError):
    """This computer does not remember the vault (no device slot or no keyring entry)."""


class KeyringUnavailable(VaultError):
    """Remembering on this computer is impossible; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RecordNotFound(VaultError):
    """No record with this id (or it is in the trash when it should not be)."""


class InvalidRecord(VaultError):
    """A record failed validation; `field` names what is wrong."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class DocumentRefused(InvalidRecord):
    """An attachment is too large or its content is not an accepted type."""


class SyncRefused(VaultError):
    """A sync that cannot start or go on (no folder, nothing to join, a document without its
    content); `why` names the case for the screens' words ("" when only the detail says)."""

    def __init__(self, detail: str, why: str = "") -> None:
        super().__init__(detail)
        self.why = why
