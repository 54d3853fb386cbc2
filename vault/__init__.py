"""Encrypted storage and the domain model of a musette. No Qt here."""

from typing import TYPE_CHECKING

from .errors import (
    DeviceKeyMissing,
    DocumentRefused,
    InvalidRecord,
    KeyFileDamaged,
    KeyFileForeign,
    KeyFileMissing,
    KeyringUnavailable,
    NotAVault,
    RecordNotFound,
    RecoveryCodeForeign,
    RecoveryCodeMalformed,
    RecoveryCodeTypo,
    RecoveryHexWrong,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultGone,
    VaultInUse,
    VaultMissing,
    VaultReadOnly,
    VaultTooNew,
    WrongKey,
)

if TYPE_CHECKING:
    from . import backup, demo, documents, kdf, keyfile, records, recovery, rotation
    from .vault import Created, Unlock, Vault

# The database driver and the cryptography are loaded when first needed, so
# that the app can show its first window before paying for them.
_LAZY = {"Created": "vault", "Unlock": "vault", "Vault": "vault"}


def __getattr__(name: str) -> object:
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    if name in ("backup", "demo", "documents", "keyfile", "kdf", "records", "recovery", "rotation"):
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(name)


__all__ = [
    "backup",
    "demo",
    "documents",
    "kdf",
    "keyfile",
    "records",
    "recovery",
    "rotation",
    "Created",
    "DeviceKeyMissing",
    "DocumentRefused",
    "InvalidRecord",
    "KeyFileDamaged",
    "KeyFileForeign",
    "KeyFileMissing",
    "KeyringUnavailable",
    "NotAVault",
    "RecordNotFound",
    "RecoveryCodeForeign",
    "RecoveryCodeMalformed",
    "RecoveryCodeTypo",
    "RecoveryHexWrong",
    "StorageFull",
    "Unlock",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultGone",
    "VaultInUse",
    "VaultMissing",
    "VaultReadOnly",
    "VaultTooNew",
    "WrongKey",
]
