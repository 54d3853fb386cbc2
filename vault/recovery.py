"""The recovery code: the data key written in typeable groups with a checksum."""

from __future__ import annotations

import hashlib

from .errors import RecoveryCodeMalformed, RecoveryCodeTypo

# Crockford's base32: no I, L, O or U, so a handwritten code is hard to misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})

KEY_BYTES = 32
CHECK_BYTES = 3  # 24 bits: a random typo slips through once in 16 million
GROUP = 4
_CODE_CHARS = (KEY_BYTES + CHECK_BYTES) * 8 // 5  # 280 bits -> 56 characters
_CHECK_TAG = b"musette recovery code v1"


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(_CHECK_TAG + key).digest()[:CHECK_BYTES]


def encode(key: bytes) -> str:
    """Return the typeable form of a 32-byte key: 14 groups of 4 joined by dashes."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery code holds exactly 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_CODE_CHARS))]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def _compact(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch not in " -\t\r\n\u00a0")


def is_hex_form(code: str) -> bool:
    """True for the 64-character hex form, which carries no checksum."""
    compact = _compact(code)
    return len(compact) == 2 * KEY_BYTES and all(ch in "0123456789ABCDEF" for ch in compact)


def decode(code: str) -> bytes:
    """Return the key in a recovery code, or raise before anything is tried with it.

    Accepts lower case, spaces and dashes anywhere, and the 64-character hex form.
    """
    compact = _compact(code)
    if is_hex_form(code):
        return bytes.fromhex(compact)
    if len(compact) != _CODE_CHARS:
        raise RecoveryCodeMalformed(f"expected {_CODE_CHARS} characters, got {len(compact)}")
    number = 0
    for ch in compact:
        if ch not in _DECODE:
            raise RecoveryCodeMalformed(f"character {ch!r} is not used in recovery codes")
        number = (number << 5) | _DECODE[ch]
    raw = number.to_bytes(KEY_BYTES + CHECK_BYTES, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise RecoveryCodeTypo("the checksum does not match")
    return key
