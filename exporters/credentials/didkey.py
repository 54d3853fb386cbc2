"""did:key identifiers for Ed25519, P-256 and P-384 public keys (W3C CCG did:key)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ED25519 = b"\xed\x01"
_P256 = b"\x80\x24"
_P384 = b"\x81\x24"
_P = 2**255 - 19
_Y8 = 0x7A03AC9277FDC74EC6CC392CFA53202A0F67100D760B3CBA4FD84D3D706A17C7


class BadDidKey(ValueError):
    """Not a did:key Musette can use."""


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _ALPHABET[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58decode(text: str) -> bytes:
    if len(text) > 200:
        raise BadDidKey("too long")
    number = 0
    for char in text:
        index = _ALPHABET.find(char)
        if index < 0:
            raise BadDidKey("not base58")
        number = number * 58 + index
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def is_small_order_ed25519(raw: bytes) -> bool:
    """True for the Ed25519 keys that accept forged signatures (see FACTS.md)."""
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    return y >= _P or y in (0, 1, _P - 1, _Y8, _P - _Y8)


def public_key(did: str) -> Ed25519PublicKey | EllipticCurvePublicKey:
    """The key a did:key names; small-order Ed25519 keys are refused."""
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    if not did.startswith("did:key:z"):
        raise BadDidKey("not a did:key in base58btc")
    raw = b58decode(did.removeprefix("did:key:z").split("#")[0])
    if raw.startswith(_ED25519) and len(raw) == 34:
        if is_small_order_ed25519(raw[2:]):
            raise BadDidKey("a small-order Ed25519 key")
        return ed25519.Ed25519PublicKey.from_public_bytes(raw[2:])
    for prefix, size, curve in ((_P256, 35, ec.SECP256R1()), (_P384, 51, ec.SECP384R1())):
        if raw.startswith(prefix) and len(raw) == size:
            try:
                return ec.EllipticCurvePublicKey.from_encoded_point(curve, raw[2:])
            except ValueError:
                raise BadDidKey(f"not a point on {curve.name}") from None
    raise BadDidKey("an unsupported key type")


def did_for(key: Ed25519PublicKey | EllipticCurvePublicKey) -> str:
    """The did:key of a public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    if isinstance(key, ed25519.Ed25519PublicKey):
        raw = _ED25519 + key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
    else:
        prefix = _P384 if key.curve.name == "secp384r1" else _P256
        raw = prefix + key.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint
        )
    return "did:key:z" + b58encode(raw)
