"""The key file beside the vault: AES-256-GCM slots that wrap the data key."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import kdf
from .errors import KeyFileDamaged, KeyFileMissing, WrongKey
from .fileio import write_atomic

FORMAT = "musette-keys"
VERSION = 1
MAX_KEY_FILE_BYTES = 64 * 1024
PASSPHRASE_SLOT = "passphrase"
DEVICE_SLOT = "device"
_CHECK_TAG = b"musette key check v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Slot:
    """One way in: the data key wrapped under a passphrase-derived or device key."""

    slot_id: str
    kind: str
    nonce: bytes
    wrapped: bytes
    salt: bytes = b""
    params: kdf.KdfParams | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "id": self.slot_id,
            "kind": self.kind,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.params is not None:
            data["kdf"] = {**self.params.to_json(), "salt": _b64(self.salt)}
        return data

    @classmethod
    def from_json(cls, data: object) -> Slot:
        if not isinstance(data, dict):
            raise ValueError("slot is not an object")
        kind = data.get("kind")
        slot_id = data.get("id")
        if kind not in (PASSPHRASE_SLOT, DEVICE_SLOT) or not isinstance(slot_id, str):
            raise ValueError("unknown slot")
        params = None
        salt = b""
        if kind == PASSPHRASE_SLOT:
            params = kdf.KdfParams.from_json(data.get("kdf"))
            salt = _unb64(data["kdf"].get("salt"))
        return cls(
            slot_id, kind, _unb64(data.get("nonce")), _unb64(data.get("wrapped")), salt, params
        )


@dataclass(frozen=True)
class KeyFile:
    """What `NAME.musette-keys` holds."""

    vault_id: str
    db_salt: bytes
    key_check: bytes
    slots: tuple[Slot, ...] = field(default=())

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return replace(self, slots=(*others, slot))

    def without(self, kind: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "db_salt": self.db_salt.hex(),
            "key_check": self.key_check.hex(),
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def matches(self, data_key: bytes) -> bool:
        """True when `data_key` is this vault's key (checked without opening SQLite)."""
        return hmac.compare_digest(key_check(data_key, self.vault_id), self.key_check)


def key_check(data_key: bytes, vault_id: str) -> bytes:
    """A tag proving a candidate data key is right, without revealing anything of it."""
    return hmac.new(data_key, _CHECK_TAG + vault_id.encode(), hashlib.sha256).digest()


def _aad(vault_id: str, slot: Slot) -> bytes:
    # Binding the header, vault, slot and KDF settings stops a slot from being
    # moved to another vault or having its settings lowered.
    params = json.dumps(slot.params.to_json(), sort_keys=True) if slot.params else ""
    return f"{FORMAT}/{VERSION}|{vault_id}|{slot.slot_id}|{slot.kind}|{params}".encode()


def wrap(
    vault_id: str,
    slot_id: str,
    kind: str,
    wrapping_key: bytes,
    data_key: bytes,
    salt: bytes = b"",
    params: kdf.KdfParams | None = None,
) -> Slot:
    """Return a new slot holding `data_key` sealed under `wrapping_key`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    draft = Slot(slot_id, kind, nonce, b"", salt, params)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(vault_id, draft))
    return replace(draft, wrapped=wrapped)


def unwrap(vault_id: str, slot: Slot, wrapping_key: bytes) -> bytes:
    """Return the data key in `slot`, or raise WrongKey when the GCM tag fails."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot))
    except InvalidTag:
        raise WrongKey("the key does not open this slot") from None


def passphrase_slot(vault_id: str, passphrase: str, data_key: bytes, params: kdf.KdfParams) -> Slot:
    """Return a passphrase slot with a fresh salt."""
    salt = os.urandom(kdf.SALT_BYTES)
    kek = kdf.derive(passphrase, salt, params)
    return wrap(vault_id, PASSPHRASE_SLOT, PASSPHRASE_SLOT, kek, data_key, salt, params)


def unwrap_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
    """Return the data key for a passphrase, or raise WrongKey."""
    slot = key_file.slot(PASSPHRASE_SLOT)
    if slot is None or slot.params is None:
        raise KeyFileDamaged("the key file has no passphrase slot")
    return unwrap(key_file.vault_id, slot, kdf.derive(passphrase, slot.salt, slot.params))


def path_for(vault_path: Path) -> Path:
    """`NAME.musette` -> `NAME.musette-keys`."""
    return vault_path.with_name(vault_path.name + "-keys")


def load(path: Path) -> KeyFile:
    """Read and parse a key file; missing or malformed files raise typed errors."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissing(str(path)) from None
    except IsADirectoryError:
        raise KeyFileDamaged(str(path)) from None
    return parse(raw)


def parse(raw: bytes) -> KeyFile:
    """A key file's bytes parsed (one read from disk, or one sealed in a sync snapshot)."""
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise KeyFileDamaged("the key file is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a key file")
        version = data.get("version")
        if type(version) is not int or version != VERSION:  # not True, not 1.0
            raise ValueError("unknown key file version")
        vault_id = data["vault_id"]
        if not isinstance(vault_id, str) or not vault_id:
            raise ValueError("bad vault id")
        slots = tuple(Slot.from_json(s) for s in data["slots"])
        return KeyFile(
            vault_id, bytes.fromhex(data["db_salt"]), bytes.fromhex(data["key_check"]), slots
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise KeyFileDamaged(f"the key file cannot be read: {exc}") from None


def save(path: Path, key_file: KeyFile) -> None:
    """Write the key file atomically with mode 0600."""
    write_atomic(path, key_file.to_bytes())
