"""Check an Open Badges credential offline and say how far it can be trusted."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from . import didkey, jose

if TYPE_CHECKING:
    from .data_integrity import ProofCheck

VERIFIED = "verified"  # signed by the key the issuer's did:key names (signer not yet confirmed)
ISSUER_UNVERIFIABLE = "issuer_unverifiable"  # signature checks, by a key not bound to the issuer
NOT_VERIFIED_OFFLINE = "not_verified_offline"  # hosted 2.0, a key on the web (https, did:web)
UNSIGNED = "unsigned"
SEALED = "sealed"  # a European Digital Credential whose seal checks with its own certificate
STATUSES = (VERIFIED, ISSUER_UNVERIFIABLE, NOT_VERIFIED_OFFLINE, UNSIGNED, SEALED)
# The words the app shows for each status (ui/fields.py, same test), for the command line.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "confirmed": (
        "Signature valide, signataire confirmé en personne",
        "Valid signature, signer confirmed in person",
    ),
    VERIFIED: (
        "Signature valide, signataire pas encore confirmé",
        "Valid signature, signer not yet confirmed",
    ),
    ISSUER_UNVERIFIABLE: (
        "Signature valide, émetteur non vérifiable hors ligne",
        "Valid signature, issuer not verifiable offline",
    ),
    NOT_VERIFIED_OFFLINE: ("Non vérifiée hors ligne", "Not verified offline"),
    UNSIGNED: ("Non signée", "Not signed"),
    SEALED: (
        "Sceau électronique valide, certificat non vérifié contre la liste de confiance européenne",
        "Valid electronic seal, certificate not checked against the EU trusted list",
    ),
}

_V2 = "https://www.w3.org/ns/credentials/v2"
_V1 = "https://www.w3.org/2018/credentials/v1"
_OB3_CONTEXT = re.compile(r"^https://purl\.imsglobal\.org/spec/ob/v3p0/context(-3\.\d\.\d)*\.json$")
_OB2_CONTEXT = "https://w3id.org/openbadges/v2"
_HEADER_KEYS = {"alg", "kid", "jwk", "typ"}


class BadCredential(ValueError):
    """A credential that must be refused; the message says why in plain words."""


@dataclass(frozen=True)
class Verdict:
    """What a credential says and how far it was checked."""

    format: str  # "ob3-jwt", "ob3-json", "ob2-json", "ob2-jws"
    status: str
    issuer_id: str
    issuer_name: str
    name: str  # the achievement or badge
    valid_from: str
    valid_until: str
    expired: bool
    fingerprint: str  # the issuer's did:key, or the SHA-256 thumbprint of its jwk
    revocable: bool = False  # it names a status list: revocation is not checked offline
    proofs: tuple[ProofCheck, ...] = ()  # each embedded Data Integrity proof, as checked
    sealed_by: str = ""  # a European Digital Credential: whose electronic seal it carries


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _when(value: Any, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        found = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise BadCredential(f"{what} is not a date") from None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def _thumbprint(jwk: dict[str, Any]) -> str:
    members = {"EC": ("crv", "kty", "x", "y"), "OKP": ("crv", "kty", "x"), "RSA": ("e", "kty", "n")}
    wanted = members.get(str(jwk.get("kty")), ())
    canonical = json.dumps({k: jwk.get(k) for k in wanted}, separators=(",", ":"), sort_keys=True)
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def _check_ob3(
    credential: dict[str, Any],
) -> tuple[str, str, str, datetime | None, datetime | None]:
    """Structure of a 3.0 credential: its issuer id and name, its name, and its dates."""
    context = credential.get("@context")
    if not isinstance(context, list) or len(context) < 2 or context[0] not in (_V2, _V1):
        raise BadCredential("its @context is not that of a verifiable credential")
    if context[0] == _V2 and not any(isinstance(c, str) and _OB3_CONTEXT.match(c) for c in context):
        raise BadCredential("its @context is not that of Open Badges 3.0")
    types = credential.get("type")
    types = types if isinstance(types, list) else [types]
    if "VerifiableCredential" not in types or not (
        "OpenBadgeCredential" in types or "AchievementCredential" in types
    ):
        raise BadCredential("it is not an OpenBadgeCredential")
    issuer = credential.get("issuer")
    issuer_id = issuer if isinstance(issuer, str) else _text((issuer or {}).get("id"))
    if not issuer_id:
        raise BadCredential("it names no issuer")
    issuer_name = _text(issuer.get("name")) if isinstance(issuer, dict) else ""
    subject = credential.get("credentialSubject")
    if not isinstance(subject, dict):
        raise BadCredential("it has no credentialSubject")
    achievement = subject.get("achievement")
    name = _text(achievement.get("name")) if isinstance(achievement, dict) else ""
    name = name or _text(credential.get("name"))
    if context[0] == _V1:  # VC 1.1 dates its issuance; the JWT's nbf says the same
        start = _when(credential.get("issuanceDate", credential.get("validFrom")), "issuanceDate")
        end = _when(credential.get("expirationDate", credential.get("validUntil")), "expiration")
    else:
        start = _when(credential.get("validFrom"), "validFrom")
        end = _when(credential.get("validUntil"), "validUntil")
    if start is None:
        raise BadCredential("it has no validFrom date")
    _check_types(credential)
    _check_proofs(credential)
    return issuer_id, issuer_name, name, start, end


# Where the spec puts typed objects, and the type each must carry.
_TYPED: tuple[tuple[tuple[str, ...], str], ...] = (
    (("credentialSubject",), "AchievementSubject"),
    (("credentialSubject", "identifier", "*"), "IdentityObject"),
    (("credentialSubject", "source"), "Profile"),
    (("credentialSubject", "result", "*"), "Result"),
    (("credentialSubject", "achievement"), "Achievement"),
    (("credentialSubject", "achievement", "resultDescription", "*"), "ResultDescription"),
    (("credentialSubject", "achievement", "alignment", "*"), "Alignment"),
    (("evidence", "*"), "Evidence"),
    (("issuer",), "Profile"),
    (("issuer", "otherIdentifier", "*"), "IdentifierEntry"),
    (("issuer", "parentOrg"), "Profile"),
)
_METHOD_SCHEMES = ("https://", "http://", "did:key:", "did:web:", "did:jwk:")


def _found(value: Any, path: tuple[str, ...]) -> list[Any]:
    if not path:
        return [value]
    step, rest = path[0], path[1:]
    if step == "*":
        return (
            [found for item in value for found in _found(item, rest)]
            if isinstance(value, list)
            else []
        )
    if isinstance(value, dict) and step in value:
        return _found(value[step], rest)
    return []


def _check_types(credential: dict[str, Any]) -> None:
    """Each typed object carries its type (1EdTech's simple-err-*-type files)."""
    for path, wanted in _TYPED:
        for found in _found(credential, path):
            if isinstance(found, str) and path[-1] in ("issuer", "source", "parentOrg"):
                continue  # a bare URL is allowed for a profile
            types = found.get("type") if isinstance(found, dict) else None
            types = types if isinstance(types, list) else [types]
            if wanted not in types:
                where = ".".join(p for p in path if p != "*")
                raise BadCredential(f"its {where} is not of type {wanted}")


def _check_proofs(credential: dict[str, Any]) -> None:
    """An embedded proof must at least name a verification method we could resolve."""
    proofs = credential.get("proof")
    for proof in proofs if isinstance(proofs, list) else [proofs] if proofs else []:
        if not isinstance(proof, dict) or proof.get("type") != "DataIntegrityProof":
            continue  # a proof of a kind we do not know is neither used nor refused
        method = proof.get("verificationMethod")
        if not isinstance(method, str) or not method.startswith(_METHOD_SCHEMES):
            raise BadCredential("its proof names no usable verification method")


def _dates(start: datetime | None, end: datetime | None, now: datetime) -> bool:
    """Whether it has expired; refuse one that is not valid yet."""
    if start is not None and start > now:
        raise BadCredential("it is not valid before " + start.date().isoformat())
    return end is not None and end < now


def check_token(token: str, *, now: datetime | None = None) -> Verdict:
    """Verify a compact JWT credential (3.0, or a signed 2.0 assertion) in FACTS.md's order."""
    now = now or datetime.now(UTC)
    try:
        header, payload, signature, signed = jose.split(token)
    except jose.BadToken as exc:
        raise BadCredential(str(exc)) from None
    alg = header.get("alg")
    if alg not in jose.ALGORITHMS:
        raise BadCredential(f"its signature algorithm ({str(alg)[:20]}) is not accepted")
    if set(header) - _HEADER_KEYS or header.get("typ", "JWT") != "JWT":
        raise BadCredential("its header carries fields a credential may not have")
    if payload.get("@context") == _OB2_CONTEXT or payload.get("type") == "Assertion":
        return _ob2(payload, "ob2-jws")
    credential = payload.get("vc", payload)
    if not isinstance(credential, dict):
        raise BadCredential("its vc claim is not an object")
    issuer_id, issuer_name, name, start, end = _check_ob3(credential)
    key: Any = None
    status = NOT_VERIFIED_OFFLINE
    fingerprint = ""
    try:
        if issuer_id.startswith("did:key:"):
            key = didkey.public_key(issuer_id)
            multibase = issuer_id.removeprefix("did:key:")
            if "kid" in header and header["kid"] != f"{issuer_id}#{multibase}":
                raise BadCredential("the key id does not name the issuer's key")
            if "jwk" in header and didkey.did_for(jose.key_from_jwk(header["jwk"])) != issuer_id:
                raise BadCredential("the jwk header is not the issuer's key")
            status, fingerprint = VERIFIED, issuer_id
        elif "jwk" in header:
            key = jose.key_from_jwk(header["jwk"])
            status, fingerprint = ISSUER_UNVERIFIABLE, _thumbprint(header["jwk"])
        if key is not None:
            jose.verify(str(alg), key, signature, signed)
    except didkey.BadDidKey as exc:
        raise BadCredential(f"the issuer's did:key is unusable ({exc})") from None
    except jose.BadToken as exc:
        raise BadCredential(str(exc)) from None
    _check_claims(payload, credential, issuer_id, start, end)
    expired = _dates(start, end, now)
    return Verdict(
        "ob3-jwt", status, issuer_id, issuer_name, name,
        _iso(start), _iso(end), expired, fingerprint, "credentialStatus" in credential,
    )  # fmt: skip


def _iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


def _check_claims(
    payload: dict[str, Any],
    credential: dict[str, Any],
    issuer_id: str,
    start: datetime | None,
    end: datetime | None,
) -> None:
    """The JWT's registered claims must say what the credential says."""
    if "iss" in payload and payload["iss"] != issuer_id:
        raise BadCredential("its iss claim does not match its issuer")
    if "jti" in payload and "id" in credential and payload["jti"] != credential["id"]:
        raise BadCredential("its jti claim does not match its id")
    for claim, moment in (("nbf", start), ("exp", end)):
        if claim not in payload:
            continue
        value = payload[claim]
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise BadCredential(f"its {claim} claim is not a time")
        if moment is None or abs(value - moment.timestamp()) > 1:
            raise BadCredential(f"its {claim} claim does not match its dates")
    subject = credential.get("credentialSubject", {})
    if "sub" in payload and payload["sub"] != subject.get("id"):
        raise BadCredential("its sub claim does not match its subject")


def check_json(document: Any, *, now: datetime | None = None) -> Verdict:
    """A credential or assertion given as JSON: structure, dates, and its embedded proofs."""
    now = now or datetime.now(UTC)
    if not isinstance(document, dict):
        raise BadCredential("it is not a JSON object")
    if document.get("@context") == _OB2_CONTEXT or document.get("type") == "Assertion":
        return _ob2(document, "ob2-json")
    issuer_id, issuer_name, name, start, end = _check_ob3(document)
    expired = _dates(start, end, now)
    status, fingerprint, proofs = _proven(document, issuer_id, now)
    return Verdict(
        "ob3-json", status, issuer_id, issuer_name, name, _iso(start), _iso(end),
        expired or any(proof.expired for proof in proofs), fingerprint,
        "credentialStatus" in document, proofs,
    )  # fmt: skip


def _identity(document: dict[str, Any], issuer: str, cosigned: list[ProofCheck]) -> str:
    """The did:key people compare for this issuer: its own, or the one its profile names
    as its identity when that key signed the credential too (Musette's Data Integrity
    form: a wallet's Ed25519 key as issuer, the signer's P-256 identity beside it)."""
    profile = document.get("issuer")
    entries = profile.get("otherIdentifier") if isinstance(profile, dict) else None
    signers = {proof.signer for proof in cosigned if proof.canonical}
    for entry in entries if isinstance(entries, list) else []:
        named = entry.get("identifier") if isinstance(entry, dict) else None
        if isinstance(named, str) and named in signers:
            return named
    return issuer


def _proven(
    document: dict[str, Any], issuer_id: str, now: datetime
) -> tuple[str, str, tuple[ProofCheck, ...]]:
    """How far the embedded proofs vouch for the issuer: status, whose key, each proof."""
    if not document.get("proof"):
        return UNSIGNED, "", ()
    from .contexts import UnknownContext
    from .data_integrity import ProofFailed, check_all

    try:
        proofs = tuple(check_all(document, now=now))
    except (ProofFailed, UnknownContext) as exc:
        raise BadCredential(str(exc)) from None
    issuer = issuer_id.partition("#")[0]
    by_issuer = [proof for proof in proofs if proof.checked and proof.signer == issuer]
    by_others = [proof for proof in proofs if proof.checked and proof.signer != issuer]
    if any(proof.canonical for proof in by_issuer):
        return VERIFIED, _identity(document, issuer, by_others), proofs
    if by_issuer:  # valid only in ECDSA's high-S form: said, never "verified"
        return NOT_VERIFIED_OFFLINE, issuer, proofs
    if by_others and issuer.startswith("did:key:"):
        raise BadCredential("it is signed by another key than the one its issuer names")
    counted = [proof for proof in by_others if proof.canonical]
    if counted:
        return ISSUER_UNVERIFIABLE, counted[0].signer, proofs
    return NOT_VERIFIED_OFFLINE, "", proofs


def _ob2(assertion: dict[str, Any], form: str) -> Verdict:
    """Open Badges 2.0: hosted or signed by a key we do not hold, so never verified offline."""
    if not isinstance(assertion.get("recipient"), dict) or "badge" not in assertion:
        raise BadCredential("this Open Badges 2.0 assertion has no recipient or badge")
    badge = assertion["badge"]
    name = _text(badge.get("name")) if isinstance(badge, dict) else ""
    issuer = badge.get("issuer") if isinstance(badge, dict) else None
    issuer_id = _text(issuer) or (_text(issuer.get("id")) if isinstance(issuer, dict) else "")
    issuer_name = _text(issuer.get("name")) if isinstance(issuer, dict) else ""
    issued = _when(assertion.get("issuedOn"), "issuedOn")
    expires = _when(assertion.get("expires"), "expires")
    expired = expires is not None and expires < datetime.now(UTC)
    return Verdict(
        form, NOT_VERIFIED_OFFLINE, issuer_id, issuer_name, name,
        _iso(issued), _iso(expires), expired, "",
    )  # fmt: skip


NOT_ABOUT_YOU = "not_about_you"  # its identity hash names someone else: kept apart, never printed


def identity_objects(payload: str) -> list[dict[str, Any]]:
    """The hashed IdentityObjects a credential names as its subject (OB 3.0), if any."""
    from . import jose

    text = payload.strip()
    try:
        if text.startswith("{"):
            import json

            document: Any = json.loads(text)
        else:
            _, claims, _, _ = jose.split(text)
            document = claims.get("vc", claims)
    except (ValueError, RecursionError, jose.BadToken):
        return []
    subject = document.get("credentialSubject") if isinstance(document, dict) else None
    found = subject.get("identifier") if isinstance(subject, dict) else None
    if isinstance(found, dict):
        found = [found]
    return [item for item in found or [] if isinstance(item, dict) and item.get("identityHash")]
