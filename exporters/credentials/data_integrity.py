"""Embedded Data Integrity proofs checked offline: eddsa-rdfc-2022, ecdsa-rdfc-2019 and more.

Each proof is checked as the W3C recommendations say (Data Integrity 1.0, EdDSA
and ECDSA cryptosuites 1.0): the credential without its proofs and the proof's
options are canonicalized (RDFC-1.0), hashed, and the signature is checked over
the two hashes with the key its verification method names. Only a `did:key`
can be resolved offline; a proof by a web key (https, did:web) is kept as
"not verifiable offline". A signature that does not verify is an error: the
credential was changed after it was signed, or never was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from . import didkey, rdfc
from .jose import P256_ORDER

EDDSA_RDFC = "eddsa-rdfc-2022"
ECDSA_RDFC = "ecdsa-rdfc-2019"
ED25519_2020 = "Ed25519Signature2020"
SUITES = (EDDSA_RDFC, ECDSA_RDFC, ED25519_2020)
# Clocks differ; a proof made "in the future" by more than this is refused.
CLOCK_SKEW = timedelta(days=1)
P384_ORDER = int(
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973",
    16,
)


class ProofFailed(ValueError):
    """A proof that must not be trusted; the message says why in plain words."""


@dataclass(frozen=True)
class ProofCheck:
    """What checking one proof found."""

    suite: str  # the cryptosuite, or the proof type when it names none
    method: str  # its verification method, as written
    signer: str  # the did:key whose signature verified ("" when not checked)
    expired: bool = False  # the proof's own `expires` has passed
    # False for an ECDSA signature in its "high-S" twin form: valid, but anyone could
    # have turned the signer's into it, so it never makes a credential "verified".
    canonical: bool = True

    @property
    def checked(self) -> bool:
        return bool(self.signer)


def proofs_of(document: dict[str, Any]) -> list[Any]:
    """The proofs a credential carries (one, several, or none)."""
    proof = document.get("proof")
    if proof is None:
        return []
    return proof if isinstance(proof, list) else [proof]


def check_all(document: dict[str, Any], *, now: datetime | None = None) -> list[ProofCheck]:
    """Every proof of a credential checked; raises ProofFailed if any fails."""
    now = now or datetime.now(UTC)
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    return [
        found
        for proof in proofs_of(document)
        if (found := check_one(unsecured, proof, now)) is not None
    ]


def _suite(proof: dict[str, Any]) -> str:
    kind = proof.get("type")
    if kind == "DataIntegrityProof":
        return str(proof.get("cryptosuite", ""))
    return str(kind or "")


def check_one(unsecured: dict[str, Any], proof: Any, now: datetime) -> ProofCheck | None:
    """One proof over the credential without its proofs (None: not a proof Musette reads)."""
    if not isinstance(proof, dict):
        raise ProofFailed("its proof is not an object")
    suite = _suite(proof)
    if proof.get("type") not in ("DataIntegrityProof", ED25519_2020):
        return None  # a proof of a kind we do not know is neither used nor refused
    method = proof.get("verificationMethod")
    if not isinstance(method, str) or not method:
        raise ProofFailed("its proof names no verification method")
    if proof.get("proofPurpose") != "assertionMethod":
        raise ProofFailed("its proof is not an issuer's assertion (proofPurpose)")
    _when(proof.get("created"), "created", now)
    expires = _when(proof.get("expires"), "expires", None)
    expired = expires is not None and expires < now
    if suite not in SUITES or "previousProof" in proof or not method.startswith("did:key:"):
        # Another suite, a proof chain, or a key on the web: nothing is checked offline.
        return ProofCheck(suite, method, "", expired)
    signer, key = _did_key(method, suite)
    signature = _signature(proof.get("proofValue"))
    hash_name = "sha384" if suite == ECDSA_RDFC and key.curve.name == "secp384r1" else "sha256"
    signed = hash_data(unsecured, proof, hash_name)
    canonical = _verify(suite, key, signature, signed, hash_name)
    return ProofCheck(suite, method, signer, expired, canonical)


def _when(value: Any, what: str, now: datetime | None) -> datetime | None:
    if value is None:
        return None
    try:
        found = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise ProofFailed(f"its proof's {what} date is not a date") from None
    found = found if found.tzinfo else found.replace(tzinfo=UTC)
    if now is not None and found > now + CLOCK_SKEW:
        raise ProofFailed(f"its proof is dated in the future ({found.date().isoformat()})")
    return found


def _did_key(method: str, suite: str) -> tuple[str, Any]:
    """The did:key a verification method names, and its key, of the kind the suite needs."""
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    did, _, fragment = method.partition("#")
    multibase = did.removeprefix("did:key:")
    if fragment and fragment != multibase:
        raise ProofFailed("its proof's key is not the one its did:key names")
    try:
        key = didkey.public_key(did)
    except didkey.BadDidKey as exc:
        raise ProofFailed(f"its proof's did:key is unusable ({exc})") from None
    wanted = ec.EllipticCurvePublicKey if suite == ECDSA_RDFC else ed25519.Ed25519PublicKey
    if not isinstance(key, wanted):
        raise ProofFailed(f"its proof's key is of the wrong kind for {suite}")
    return did, key


def _signature(value: Any) -> bytes:
    if not isinstance(value, str) or not value.startswith("z"):
        raise ProofFailed("its proof value is not base58btc multibase")
    try:
        return didkey.b58decode(value[1:])
    except didkey.BadDidKey:
        raise ProofFailed("its proof value is not base58btc multibase") from None


def hash_data(unsecured: dict[str, Any], proof: dict[str, Any], hash_name: str) -> bytes:
    """Hash of the canonical proof options, then of the canonical credential (both suites):
    what a proof's signature covers, whether it is being checked or made."""
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    document = dict(unsecured)
    if "@context" in options:
        mine = (
            options["@context"] if isinstance(options["@context"], list) else [options["@context"]]
        )
        theirs = document.get("@context")
        theirs = theirs if isinstance(theirs, list) else [theirs]
        if theirs[: len(mine)] != mine:
            raise ProofFailed("its proof's @context is not the credential's")
        document["@context"] = options["@context"]
    options["@context"] = document.get("@context")
    try:
        canonical_options = rdfc.nquads(options)
        canonical_document = rdfc.nquads(document)
    except rdfc.NotCanonicalizable as exc:
        raise ProofFailed(str(exc)) from None
    digest = hashlib.new
    return (
        digest(hash_name, canonical_options.encode("utf-8")).digest()
        + digest(hash_name, canonical_document.encode("utf-8")).digest()
    )


def _verify(suite: str, key: Any, signature: bytes, signed: bytes, hash_name: str) -> bool:
    """Check the signature (raises ProofFailed); False when valid only in high-S form."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    invalid = ProofFailed(
        "its signature does not match its content: it was changed after it was signed"
    )
    try:
        if suite == ECDSA_RDFC:
            size = 48 if hash_name == "sha384" else 32
            order = P384_ORDER if size == 48 else P256_ORDER
            if len(signature) != 2 * size:
                raise invalid
            r = int.from_bytes(signature[:size], "big")
            s = int.from_bytes(signature[size:], "big")
            chosen = hashes.SHA384() if size == 48 else hashes.SHA256()
            key.verify(encode_dss_signature(r, s), signed, ec.ECDSA(chosen))
            return s <= order // 2
        if len(signature) != 64:
            raise invalid
        key.verify(signature, signed)
        return True
    except InvalidSignature:
        raise invalid from None
