"""Compact JWS: split, decode and check a signature against Musette's own allow-list."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from .didkey import BadDidKey, is_small_order_ed25519

ALGORITHMS = ("ES256", "EdDSA", "RS256")  # never taken from the header alone; never "none"


class BadToken(ValueError):
    """A token that is malformed or whose signature does not verify."""


def b64url_decode(text: str) -> bytes:
    if len(text) > 1_000_000 or not all(c.isalnum() or c in "-_" for c in text):
        raise BadToken("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise BadToken("not base64url") from None


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def split(token: str) -> tuple[dict[str, Any], dict[str, Any], bytes, bytes]:
    """Header, payload, signature and the signed bytes of a compact JWS."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise BadToken("a token has exactly three parts")
    try:
        header = json.loads(b64url_decode(parts[0]))
        payload = json.loads(b64url_decode(parts[1]))
    except (ValueError, RecursionError):
        raise BadToken("the token's header or payload is not JSON") from None
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise BadToken("the token's header or payload is not an object")
    return header, payload, b64url_decode(parts[2]), f"{parts[0]}.{parts[1]}".encode("ascii")


def key_from_jwk(jwk: Any) -> Any:
    """A public key from a JWK (EC P-256, OKP Ed25519 or RSA ≥ 2048 bits)."""
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    if not isinstance(jwk, dict):
        raise BadToken("the jwk header is not an object")
    if "d" in jwk:
        raise BadToken("the jwk header carries a private key")
    try:
        if jwk.get("kty") == "EC" and jwk.get("crv") == "P-256":
            x, y = b64url_decode(jwk["x"]), b64url_decode(jwk["y"])
            if len(x) != 32 or len(y) != 32:
                raise BadToken("not a P-256 point")
            return ec.EllipticCurvePublicNumbers(
                int.from_bytes(x, "big"), int.from_bytes(y, "big"), ec.SECP256R1()
            ).public_key()
        if jwk.get("kty") == "OKP" and jwk.get("crv") == "Ed25519":
            raw = b64url_decode(jwk["x"])
            if len(raw) != 32 or is_small_order_ed25519(raw):
                raise BadToken("an unusable Ed25519 key")
            return ed25519.Ed25519PublicKey.from_public_bytes(raw)
        if jwk.get("kty") == "RSA":
            n = int.from_bytes(b64url_decode(jwk["n"]), "big")
            e = int.from_bytes(b64url_decode(jwk["e"]), "big")
            if n.bit_length() < 2048:
                raise BadToken("an RSA key shorter than 2048 bits")
            return rsa.RSAPublicNumbers(e, n).public_key()
    except (KeyError, TypeError, ValueError, BadDidKey) as exc:
        raise BadToken(f"an unusable jwk ({type(exc).__name__})") from None
    raise BadToken("an unsupported jwk key type")


# The order of the P-256 group: an ECDSA s above half of it has a twin, n - s.
P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def low_s(s: int) -> int:
    """The canonical (low) form of an ES256 signature's s."""
    return P256_ORDER - s if s > P256_ORDER // 2 else s


def verify(alg: str, key: Any, signature: bytes, signed: bytes) -> None:
    """Raise BadToken unless `signature` is `alg` over `signed` by `key`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa, utils

    try:
        if alg == "ES256" and isinstance(key, ec.EllipticCurvePublicKey):
            if len(signature) != 64:
                raise BadToken("an ES256 signature is 64 bytes")
            r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
            if s > P256_ORDER // 2:
                # (r, n - s) verifies too: accepting both would let one credential
                # be imported twice under two different texts.
                raise BadToken("its ES256 signature is not in its canonical low-S form")
            der = utils.encode_dss_signature(r, s)
            key.verify(der, signed, ec.ECDSA(hashes.SHA256()))
        elif alg == "EdDSA" and isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, signed)
        elif alg == "RS256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise BadToken(f"the algorithm {alg[:20]} does not fit the key")
    except InvalidSignature:
        raise BadToken("the signature does not match: the content was changed or forged") from None
