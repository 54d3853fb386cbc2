"""Badges the tests sign and bake themselves, the way an issuer's software would."""

from __future__ import annotations

import json
import struct
import zlib
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, utils

from exporters.credentials.didkey import did_for
from exporters.credentials.jose import P256_ORDER, b64url_encode, low_s


def credential(
    issuer_did: str, *, valid_from: str = "2024-06-01T00:00:00Z", valid_until: str | None = None
) -> dict[str, Any]:
    found: dict[str, Any] = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:3f1d6a0e-6b43-4e55-9c1e-6d3a0c0e7b11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_did, "type": ["Profile"], "name": "Hélène Roux"},
        "validFrom": valid_from,
        "name": "Inventaire annuel",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "urn:uuid:0b7e5f0c-2a7d-4b8e-8f0e-5f5b1c1d9a21",
                "type": ["Achievement"],
                "name": "A conduit l'inventaire annuel de l'entrepôt",
                "criteria": {"narrative": "Observé en 2024."},
            },
        },
    }
    if valid_until:
        found["validUntil"] = valid_until
    return found


def _claims(cred: dict[str, Any]) -> dict[str, Any]:
    from datetime import datetime

    payload = dict(cred, iss=cred["issuer"]["id"], jti=cred["id"])
    payload["nbf"] = int(
        datetime.fromisoformat(cred["validFrom"].replace("Z", "+00:00")).timestamp()
    )
    if "validUntil" in cred:
        payload["exp"] = int(
            datetime.fromisoformat(cred["validUntil"].replace("Z", "+00:00")).timestamp()
        )
    return payload


def sign_eddsa(
    cred: dict[str, Any], key: ed25519.Ed25519PrivateKey, *, header: dict[str, Any] | None = None
) -> str:
    did = did_for(key.public_key())
    head = header or {"alg": "EdDSA", "typ": "JWT", "kid": f"{did}#{did.removeprefix('did:key:')}"}
    signed = _b64json(head) + "." + _b64json(_claims(cred))
    return signed + "." + b64url_encode(key.sign(signed.encode()))


def sign_es256(
    cred: dict[str, Any], key: ec.EllipticCurvePrivateKey, *, high_s: bool = False
) -> str:
    """An ES256 token in the canonical low-S form Musette accepts (or its high-S twin)."""
    did = did_for(key.public_key())
    numbers = key.public_key().public_numbers()
    head = {
        "alg": "ES256",
        "typ": "JWT",
        "kid": f"{did}#{did.removeprefix('did:key:')}",
        "jwk": {
            "kty": "EC",
            "crv": "P-256",
            "x": b64url_encode(numbers.x.to_bytes(32, "big")),
            "y": b64url_encode(numbers.y.to_bytes(32, "big")),
        },
    }
    signed = _b64json(head) + "." + _b64json(_claims(cred))
    r, s = utils.decode_dss_signature(key.sign(signed.encode(), ec.ECDSA(hashes.SHA256())))
    s = low_s(s)
    if high_s:
        s = P256_ORDER - s
    return signed + "." + b64url_encode(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


def _b64json(value: Any) -> str:
    return b64url_encode(json.dumps(value, separators=(",", ":")).encode())


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int = 2, height: int = 2, *, texts: tuple[tuple[bytes, str], ...] = ()) -> bytes:
    """A real PNG (grey pixels) with iTXt chunks before its pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\0" + b"\x80" * width for _ in range(min(height, 4)))
    chunks = [_chunk(b"IHDR", header)]
    for keyword, text in texts:
        chunks.append(_chunk(b"iTXt", keyword + b"\0\0\0\0\0" + text.encode()))
    chunks.append(_chunk(b"IDAT", zlib.compress(rows)))
    chunks.append(_chunk(b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def svg(token: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"'
        f' viewBox="0 0 10 10"><openbadges:credential verify="{token}"/><circle r="4"/></svg>'
    ).encode()
