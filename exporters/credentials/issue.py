"""Attestation requests (unsigned drafts) and the Open Badges 3.0 credentials signed from them."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..words import dashed
from .credential import BadCredential
from .identity import load_private_key
from .jose import b64url_encode, low_s

REQUEST_TYPE = "MusetteAttestationRequest"
CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
ESCO_SKILL = "http://data.europa.eu/esco/skill/"
MAX_REQUEST_BYTES = 64 * 1024


@dataclass(frozen=True)
class Claim:
    """What the signer is asked to vouch for; they may edit it before signing."""

    name: str  # "A conduit l'inventaire annuel de l'entrepôt"
    description: str = ""
    criteria: str = ""  # how it was observed
    evidence: str = ""  # dates, place, what was done
    esco_uri: str = ""
    achievement_type: str = "Competency"


@dataclass(frozen=True)
class Request:
    """An unsigned attestation request, as exchanged between two people."""

    id: str  # urn:uuid:…, becomes the credential's id
    subject_label: str  # shown to the signer, never signed in clear
    identifier: dict[str, Any]  # the hashed IdentityObject that is signed
    claim: Claim

    def to_json(self) -> bytes:
        body = {
            "type": REQUEST_TYPE,
            "version": 1,
            "id": self.id,
            "subject": {"label": self.subject_label, "identifier": self.identifier},
            "claim": self.claim.__dict__,
        }
        return (json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def identity_hash(value: str, salt: str, identity_type: str) -> str:
    """sha256$<hex> of the normalised value + salt (OB 3.0 IdentityObject)."""
    normalised = value.strip().lower() if identity_type == "emailAddress" else value.strip()
    return "sha256$" + hashlib.sha256((normalised + salt).encode("utf-8")).hexdigest()


def new_request(subject: str, identity_type: str, claim: Claim) -> tuple[Request, str]:
    """A request about the person named `subject` (name or e-mail), and the salt to keep."""
    salt = secrets.token_hex(16)
    identifier = {
        "type": "IdentityObject",
        "identityType": identity_type,
        "hashed": True,
        "salt": salt,
        "identityHash": identity_hash(subject, salt, identity_type),
    }
    return Request(f"urn:uuid:{uuid.uuid4()}", subject, identifier, claim), salt


def parse_request(document: Any) -> Request:
    """A request read from a file (already parsed safely); BadCredential when malformed."""
    if not isinstance(document, dict) or document.get("type") != REQUEST_TYPE:
        raise BadCredential("it is not an attestation request made by Musette")
    subject = document.get("subject")
    claim = document.get("claim")
    request_id = document.get("id")
    if not isinstance(subject, dict) or not isinstance(claim, dict):
        raise BadCredential("the request has no subject or claim")
    if not isinstance(request_id, str) or not request_id.startswith("urn:uuid:"):
        raise BadCredential("the request has no identifier")
    identifier = subject.get("identifier")
    if not isinstance(identifier, dict) or identifier.get("type") != "IdentityObject":
        raise BadCredential("the request does not identify its subject")
    fields = {}
    for name in Claim.__dataclass_fields__:
        value = claim.get(name, Claim.__dataclass_fields__[name].default)
        if not isinstance(value, str):
            raise BadCredential(f"the claim's {name} is not text")
        fields[name] = value
    if not fields["name"].strip():
        raise BadCredential("the claim says nothing")
    label = subject.get("label", "")
    return Request(request_id, label if isinstance(label, str) else "", identifier, Claim(**fields))


@dataclass(frozen=True)
class SignerProfile:
    """Who signs: taken from the signer's own vault."""

    did: str
    name: str
    organisation: str = ""
    role: str = ""
    private_key_pem: str = ""


def credential_for(
    request: Request,
    signer: SignerProfile,
    *,
    now: datetime,
    valid_until: datetime | None,
    identity_did: str = "",
) -> dict[str, Any]:
    """The OpenBadgeCredential (VC 2.0 form) for a request, as FACTS.md describes it.

    `identity_did`: the signer's own did:key when the issuer is another of its keys
    (the Data Integrity form), named in the issuer's profile.
    """
    claim = request.claim
    achievement: dict[str, Any] = {
        "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, request.id + '#achievement')}",
        "type": ["Achievement"],
        "name": claim.name,
        "description": claim.description or claim.name,
        "criteria": {"narrative": claim.criteria or claim.name},
    }
    if claim.achievement_type:
        achievement["achievementType"] = claim.achievement_type
    if claim.esco_uri.startswith(ESCO_SKILL):
        code = claim.esco_uri.removeprefix(ESCO_SKILL)
        achievement["alignment"] = [
            {
                "type": ["Alignment"],
                "targetName": claim.name,
                "targetUrl": claim.esco_uri,
                "targetFramework": "ESCO",
                "targetCode": code,
            }
        ]
    issuer: dict[str, Any] = {"id": signer.did, "type": ["Profile"], "name": signer.name}
    about = dashed(signer.role, signer.organisation)
    if about:
        issuer["description"] = about
    if identity_did:
        issuer["otherIdentifier"] = [
            {
                "type": "IdentifierEntry",  # one IRI here, not a list (the OB 3.0 schema)
                "identifier": identity_did,
                "identifierType": "identifier",
            }
        ]
    credential: dict[str, Any] = {
        "@context": CONTEXTS,
        "id": request.id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer,
        "validFrom": _stamp(now),
        "name": claim.name,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [request.identifier],
            "achievement": achievement,
        },
    }
    if valid_until is not None:
        credential["validUntil"] = _stamp(valid_until)
    if claim.evidence:
        credential["evidence"] = [{"type": ["Evidence"], "narrative": claim.evidence}]
    return credential


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def sign(
    request: Request,
    signer: SignerProfile,
    *,
    now: datetime | None = None,
    valid_until: datetime | None = None,
) -> str:
    """The compact JWT: ES256 over the credential, did:key in kid, the public key in jwk."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, utils

    now = now or datetime.now(UTC)
    if valid_until is not None and valid_until <= now:
        raise BadCredential("it would expire before it is signed")
    key = load_private_key(signer.private_key_pem)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    numbers = key.public_key().public_numbers()
    multibase = signer.did.removeprefix("did:key:")
    header = {
        "alg": "ES256",
        "typ": "JWT",
        "kid": f"{signer.did}#{multibase}",
        "jwk": {
            "kty": "EC",
            "crv": "P-256",
            "x": b64url_encode(numbers.x.to_bytes(32, "big")),
            "y": b64url_encode(numbers.y.to_bytes(32, "big")),
        },
    }
    credential = credential_for(request, signer, now=now, valid_until=valid_until)
    payload = dict(credential, iss=signer.did, jti=request.id)
    payload["nbf"] = int(datetime.fromisoformat(credential["validFrom"]).timestamp())
    if valid_until is not None:
        payload["exp"] = int(datetime.fromisoformat(credential["validUntil"]).timestamp())
    signed = f"{_part(header)}.{_part(payload)}"
    r, s = utils.decode_dss_signature(key.sign(signed.encode("ascii"), ec.ECDSA(hashes.SHA256())))
    s = low_s(s)  # the one form verifiers accept
    return f"{signed}.{b64url_encode(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


def _part(value: dict[str, Any]) -> str:
    return b64url_encode(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def sign_data_integrity(
    request: Request,
    signer: SignerProfile,
    *,
    now: datetime | None = None,
    valid_until: datetime | None = None,
) -> dict[str, Any]:
    """The same credential with embedded Data Integrity proofs, as learner wallets read it.

    The issuer is the signer's Ed25519 did:key (identity.data_integrity_key), which
    signs with `eddsa-rdfc-2022`; the signer's own P-256 identity, the one people
    confirm in person, signs the same credential beside it (`ecdsa-rdfc-2019`, a
    proof set), so Musette can tell a confirmed signer's attestation in this form too.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, utils

    from .data_integrity import ECDSA_RDFC, EDDSA_RDFC, hash_data
    from .didkey import b58encode, did_for
    from .identity import data_integrity_key

    now = now or datetime.now(UTC)
    if valid_until is not None and valid_until <= now:
        raise BadCredential("it would expire before it is signed")
    identity_key = load_private_key(signer.private_key_pem)
    assert isinstance(identity_key, ec.EllipticCurvePrivateKey)
    eddsa_key: Any = data_integrity_key(signer.private_key_pem)
    issuer_did = did_for(eddsa_key.public_key())
    document = credential_for(
        request,
        dataclasses.replace(signer, did=issuer_did),
        now=now,
        valid_until=valid_until,
        identity_did=signer.did,
    )
    proofs = []
    for suite, did in ((EDDSA_RDFC, issuer_did), (ECDSA_RDFC, signer.did)):
        options = {
            "type": "DataIntegrityProof",
            "cryptosuite": suite,
            "created": _stamp(now),
            "verificationMethod": f"{did}#{did.removeprefix('did:key:')}",
            "proofPurpose": "assertionMethod",
        }
        signed = hash_data(document, options, "sha256")  # Ed25519 and P-256: SHA-256
        if suite == EDDSA_RDFC:
            raw = eddsa_key.sign(signed)
        else:
            der = identity_key.sign(signed, ec.ECDSA(hashes.SHA256()))
            r, s = utils.decode_dss_signature(der)
            raw = r.to_bytes(32, "big") + low_s(s).to_bytes(32, "big")
        proofs.append({**options, "proofValue": "z" + b58encode(raw)})
    return {**document, "proof": proofs}
