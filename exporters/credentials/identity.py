"""Signer keys, their did:key, and a fingerprint two people can read aloud to each other."""

from __future__ import annotations

import hashlib
import hmac

from .didkey import b58decode, did_for

FINGERPRINT_GROUPS = 8


def new_signer_key() -> tuple[str, str]:
    """A fresh P-256 key as PKCS#8 PEM, and its did:key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),  # the vault's encryption protects it
    ).decode("ascii")
    return pem, did_for(key.public_key())


def load_private_key(pem: str) -> object:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise ValueError("not a P-256 key")
    return key


def fingerprint(did: str) -> str:
    """Eight groups of five digits from SHA-512 of the key (as Signal's safety numbers).

    Digits read aloud the same in French and English; 8 × 5 digits carry about
    133 bits, far beyond what anyone could match by trying keys.
    """
    key_bytes = b58decode(did.removeprefix("did:key:z").split("#")[0])
    digest = hashlib.sha512(b"musette-signer-fingerprint-v1" + key_bytes).digest()
    groups = [
        f"{int.from_bytes(digest[i * 5 : i * 5 + 5], 'big') % 100_000:05d}"
        for i in range(FINGERPRINT_GROUPS)
    ]
    return " ".join(groups)


def same_fingerprint(typed: str, did: str) -> bool:
    """Whether digits typed or read by a person match a did:key (spaces ignored)."""
    digits = "".join(c for c in typed if c.isdigit())
    return hmac.compare_digest(digits, fingerprint(did).replace(" ", ""))


def data_integrity_key(pem: str) -> object:
    """The signer's Ed25519 key for Data Integrity proofs, derived from its P-256 key.

    Wallets expect `eddsa-rdfc-2022`, an Ed25519 signature; a signer's identity is
    its P-256 key. The Ed25519 key is derived from it (HKDF-SHA256 over the private
    scalar, a label of its own), so it needs no storage of its own, stays as secret
    as the key it comes from, and is the same each time that signer signs.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = load_private_key(pem)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    scalar = key.private_numbers().private_value.to_bytes(32, "big")
    seed = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"musette-data-integrity-ed25519-v1"
    ).derive(scalar)
    return ed25519.Ed25519PrivateKey.from_private_bytes(seed)
