"""European Digital Credentials (Europass EDC, European Learning Model): read, and their seal said.

An EDC is a JSON-LD credential (`EuropeanDigitalCredential`) sealed by its
issuer with a qualified electronic seal: a JAdES signature (JWS JSON form, the
credential as its unencoded payload) carrying the seal's certificate. Musette
checks the signature with that certificate, offline; whether the certificate
is a qualified one on the European trust list needs the network, so it is
said as not checked: "scellé par … — certificat non vérifié contre la liste de
confiance européenne". A seal that does not match the credential is a refusal.

The older XML form (EDCI `europassCredential`, XAdES) is read too; its seal is
named from its certificate and said "non vérifié hors ligne" (checking XAdES
needs XML canonicalization with its transforms, which Musette does not carry).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .credential import (
    NOT_VERIFIED_OFFLINE,
    SEALED,
    UNSIGNED,
    BadCredential,
    Verdict,
    _when,
)

EDC_TYPE = "EuropeanDigitalCredential"
ELM_CONTEXT = "http://data.europa.eu/snb/model/context/"
LANGUAGES = ("fr", "en")  # preferred, in order, then whatever the credential has
MAX_CERTIFICATES = 10
SEAL_WORDS = {
    True: (
        "scellé par {who} — certificat non vérifié contre la liste de confiance européenne",
        "sealed by {who} — certificate not checked against the EU trusted list",
    ),
    False: ("scellé par {who} — non vérifié hors ligne", "sealed by {who} — not verified offline"),
}


@dataclass(frozen=True)
class Seal:
    """The JAdES seal of an EDC: whose certificate, and whether the signature checks with it."""

    sealed_by: str  # the certificate's organisation (or common name)
    authority: str  # who issued the certificate
    checked: bool  # the signature verifies with the certificate it carries
    algorithm: str

    def said(self, language: str) -> str:
        words = SEAL_WORDS[self.checked]
        return (words[0] if language == "fr" else words[1]).format(who=self.sealed_by)


def is_edc(document: Any) -> bool:
    """An EDC, sealed (JAdES envelope) or bare."""
    if not isinstance(document, dict):
        return False
    if isinstance(document.get("payload"), str) and isinstance(document.get("signatures"), list):
        return True
    types = document.get("type")
    types = types if isinstance(types, list) else [types]
    contexts = document.get("@context")
    contexts = contexts if isinstance(contexts, list) else [contexts]
    return EDC_TYPE in types or any(
        isinstance(c, str) and c.startswith(ELM_CONTEXT) for c in contexts
    )


def unsealed(document: dict[str, Any]) -> tuple[dict[str, Any], Seal | None]:
    """The credential and its seal (None when it carries none); BadCredential if the seal fails."""
    if "signatures" not in document:
        return document, None
    payload = document["payload"]
    signatures = document["signatures"]
    if len(signatures) != 1 or not isinstance(signatures[0], dict):
        raise BadCredential("its seal is not one JAdES signature")
    seal, content = _check_seal(payload, signatures[0])
    try:
        credential = json.loads(content)
    except (ValueError, RecursionError):
        raise BadCredential("its sealed content is not JSON") from None
    if not isinstance(credential, dict):
        raise BadCredential("its sealed content is not a credential")
    return credential, seal


def _b64url(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise BadCredential(f"its seal's {what} is missing")
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except ValueError:
        raise BadCredential(f"its seal's {what} is not base64url") from None


def _check_seal(payload: Any, signature: dict[str, Any]) -> tuple[Seal, bytes]:
    """The seal, checked, and the content it seals."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    protected = signature.get("protected")
    try:
        header = json.loads(_b64url(protected, "header"))
    except (ValueError, RecursionError):
        raise BadCredential("its seal's header is not JSON") from None
    if not isinstance(header, dict):
        raise BadCredential("its seal's header is not an object")
    chain = header.get("x5c")
    if not isinstance(chain, list) or not chain or len(chain) > MAX_CERTIFICATES:
        raise BadCredential("its seal carries no certificate")
    try:
        der = base64.b64decode(chain[0], validate=True)
        certificate = x509.load_der_x509_certificate(der)
    except (ValueError, TypeError):
        raise BadCredential("its seal's certificate cannot be read") from None
    thumbprint = header.get("x5t#S256")
    if thumbprint is not None and _b64url(thumbprint, "x5t#S256") != hashlib.sha256(der).digest():
        raise BadCredential("its seal names another certificate than the one it carries")
    who = _name(certificate.subject)
    authority = _name(certificate.issuer)
    alg = str(header.get("alg", ""))
    unencoded = header.get("b64") is False
    if unencoded and "b64" not in (header.get("crit") or []):
        raise BadCredential("its seal's header does not declare its unencoded payload")
    if not isinstance(payload, str):
        raise BadCredential("its seal has no content")
    # JAdES seals the credential as it is written (b64 false); plain JWS, base64url.
    content = payload.encode() if unencoded else _b64url(payload, "payload")
    signed = f"{protected}.{payload}".encode()
    raw = _b64url(signature.get("signature"), "signature")
    key = certificate.public_key()
    chosen = {"256": hashes.SHA256(), "384": hashes.SHA384(), "512": hashes.SHA512()}
    digest = chosen.get(alg[-3:])
    try:
        if alg.startswith("RS") and digest and isinstance(key, rsa.RSAPublicKey):
            key.verify(raw, signed, padding.PKCS1v15(), digest)
        elif alg.startswith("PS") and digest and isinstance(key, rsa.RSAPublicKey):
            pss = padding.PSS(mgf=padding.MGF1(digest), salt_length=padding.PSS.DIGEST_LENGTH)
            key.verify(raw, signed, pss, digest)
        elif alg.startswith("ES") and digest and isinstance(key, ec.EllipticCurvePublicKey):
            half = len(raw) // 2
            encoded = encode_dss_signature(
                int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big")
            )
            key.verify(encoded, signed, ec.ECDSA(digest))
        else:  # an algorithm or key Musette does not check: kept, said unchecked
            return Seal(who, authority, False, alg), content
    except InvalidSignature:
        raise BadCredential(
            "its seal does not match its content: it was changed after it was sealed"
        ) from None
    except UnsupportedAlgorithm:
        return Seal(who, authority, False, alg), content
    return Seal(who, authority, True, alg), content


def _name(name: Any) -> str:
    from cryptography.x509.oid import NameOID

    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        found = name.get_attributes_for_oid(oid)
        if found:
            return str(found[0].value)[:200]
    return str(name.rfc4514_string())[:200]


def text_in(value: Any, language: str = "fr") -> str:
    """A language map's text, in `language` if it has it, else French, English, or any."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return text_in(value[0], language) if value else ""
    if not isinstance(value, dict):
        return ""
    if "@value" in value:
        return str(value["@value"])
    for wanted in (language, *LANGUAGES):
        found = value.get(wanted)
        if isinstance(found, str | list) and found:
            return text_in(found, language)
    for found in value.values():
        if isinstance(found, str) and found:
            return found
    return ""


def _many(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _claims(credential: dict[str, Any]) -> list[dict[str, Any]]:
    subject = credential.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) and subject else subject
    if not isinstance(subject, dict):
        raise BadCredential("it has no credentialSubject")
    return [claim for claim in _many(subject.get("hasClaim")) if isinstance(claim, dict)]


def _awarding_body(claim: dict[str, Any], credential: dict[str, Any]) -> tuple[str, str]:
    """(id, name) of who awarded the claim, else of the credential's issuer."""
    for awarded in _many(claim.get("awardedBy")):
        if isinstance(awarded, dict):
            for body in _many(awarded.get("awardingBody")):
                if isinstance(body, dict):
                    return str(body.get("id", "")), text_in(body.get("legalName"))
    issuer = credential.get("issuer")
    if isinstance(issuer, dict):
        return str(issuer.get("id", "")), text_in(issuer.get("legalName"))
    return str(issuer or ""), ""


def facts(credential: dict[str, Any], seal: Seal | None) -> dict[str, Any]:
    """What the attestation keeps of an EDC: the achievement, its outcomes, credits, levels."""
    claims = _claims(credential)
    first = claims[0] if claims else {}
    specified = first.get("specifiedBy")
    specified = specified if isinstance(specified, dict) else {}
    outcomes = [
        {
            "title": text_in(outcome.get("title")),
            "esco": [
                text_in(skill.get("prefLabel"))
                for skill in _many(outcome.get("relatedESCOSkill"))
                if isinstance(skill, dict)
            ],
        }
        for outcome in _many(specified.get("learningOutcome"))
        if isinstance(outcome, dict)
    ]
    found: dict[str, Any] = {
        "kind": str(first.get("type", "")),
        "description": text_in(first.get("description")),
        "qualification": text_in(specified.get("title")),
        "learning_outcomes": outcomes,
        "subject": text_in(_subject(credential).get("fullName")),
    }
    credit = specified.get("creditPoint")
    if isinstance(credit, dict):
        framework = credit.get("framework")
        name = text_in(framework.get("prefLabel")) if isinstance(framework, dict) else ""
        found["credits"] = f"{credit.get('point', '')} {name}".strip()
    for level in ("eqfLevel", "nqfLevel"):
        concept = specified.get(level)
        if isinstance(concept, dict):
            found[level] = text_in(concept.get("prefLabel"))
    return _kept(found, seal)


def _kept(found: dict[str, Any], seal: Seal | None) -> dict[str, Any]:
    """The facts worth keeping (nothing empty), with the seal as read."""
    if seal is not None:
        found["seal"] = {
            "sealed_by": seal.sealed_by,
            "authority": seal.authority,
            "checked": seal.checked,
            "algorithm": seal.algorithm,
        }
    return {key: value for key, value in found.items() if value not in ("", [], None)}


def _subject(credential: dict[str, Any]) -> dict[str, Any]:
    subject = credential.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) and subject else subject
    return subject if isinstance(subject, dict) else {}


def _stamp(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


def check(
    document: dict[str, Any], *, now: datetime | None = None
) -> tuple[Verdict, Seal | None, dict[str, Any]]:
    """What an EDC says, how far its seal was checked, and the credential itself;
    BadCredential when it must be refused."""
    now = now or datetime.now(UTC)
    credential, seal = unsealed(document)
    if not is_edc(credential):
        raise BadCredential("its sealed content is not a European Digital Credential")
    claims = _claims(credential)
    if not claims:
        raise BadCredential("it claims nothing (no hasClaim)")
    issuer_id, issuer_name = _awarding_body(claims[0], credential)
    start = _when(credential.get("validFrom") or credential.get("issuanceDate"), "validFrom")
    end = _when(credential.get("validUntil") or credential.get("expirationDate"), "validUntil")
    if start is not None and start > now:
        raise BadCredential("it is not valid before " + start.date().isoformat())
    status = UNSIGNED
    if seal is not None:
        status = SEALED if seal.checked else NOT_VERIFIED_OFFLINE
    verdict = Verdict(
        "edc-jades" if seal is not None else "edc-json", status, issuer_id, issuer_name,
        text_in(claims[0].get("title")), _stamp(start), _stamp(end),
        end is not None and end < now, "",
        bool(credential.get("credentialStatus") or credential.get("status")),
        sealed_by=seal.sealed_by if seal is not None else "",
    )  # fmt: skip
    return verdict, seal, credential


# ---- the XML form (EDCI, `europassCredential`), sealed with XAdES --------------------

SNB = "{http://data.europa.eu/snb}"
CRED = "{http://data.europa.eu/europass/model/credentials/w3c#}"
DSIG = "{http://www.w3.org/2000/09/xmldsig#}"


def is_edc_xml(head: bytes) -> bool:
    """A Europass credential in XML (its root element, within the first bytes)."""
    return b"europassCredential" in head[:4096] and b"data.europa.eu/snb" in head[:4096]


def _xml_text(element: Any, language: str = "fr") -> str:
    """A multilingual element's text (`<text lang="…">`), in `language`, French, English or any."""
    if element is None:
        return ""
    texts = {t.get("lang", ""): "".join(t.itertext()).strip() for t in element.iter(SNB + "text")}
    for wanted in (language, *LANGUAGES):
        if texts.get(wanted):
            return texts[wanted]
    return next((text for text in texts.values() if text), "".join(element.itertext()).strip())


def check_xml(root: Any, *, now: datetime | None = None) -> tuple[Verdict, dict[str, Any]]:
    """What an XML EDC says, and its seal as read, not checked: its XAdES signature would
    need XML canonicalization Musette does not carry, so it is said "non vérifié hors ligne"."""
    now = now or datetime.now(UTC)
    if root.tag != SNB + "europassCredential":
        raise BadCredential("it is not a Europass credential")
    organisations = {
        org.get("id"): _xml_text(org.find(SNB + "prefLabel"))
        for org in root.iter(SNB + "organization")
    }
    issuer = root.find(CRED + "issuer")
    issuer_id = issuer.get("idref", "") if issuer is not None else ""
    subject = root.find(SNB + "credentialSubject")
    if subject is None:
        raise BadCredential("it has no credentialSubject")
    start = _when(root.findtext(CRED + "validFrom"), "validFrom")
    end = _when(root.findtext(CRED + "validUntil"), "validUntil")
    if start is not None and start > now:
        raise BadCredential("it is not valid before " + start.date().isoformat())
    achievement = next(subject.iter(SNB + "learningAchievement"), None)
    title = _xml_text(root.find(SNB + "title")) or _xml_text(
        achievement.find(SNB + "title") if achievement is not None else None
    )
    seal = _xml_seal(root)
    verdict = Verdict(
        "edc-xades" if seal is not None else "edc-xml",
        NOT_VERIFIED_OFFLINE if seal is not None else UNSIGNED,
        issuer_id, organisations.get(issuer_id, ""), title, _stamp(start), _stamp(end),
        end is not None and end < now, "", False,
        sealed_by=seal.sealed_by if seal is not None else "",
    )  # fmt: skip
    return verdict, _xml_facts(root, subject, seal)


def _xml_seal(root: Any) -> Seal | None:
    from cryptography import x509

    signature = root.find(f".//{DSIG}Signature")
    if signature is None:
        return None
    certificate = signature.findtext(f".//{DSIG}X509Certificate")
    method = signature.find(f".//{DSIG}SignatureMethod")
    algorithm = method.get("Algorithm", "").rpartition("#")[2] if method is not None else ""
    if not certificate:
        return Seal("?", "", False, algorithm)
    try:
        parsed = x509.load_der_x509_certificate(base64.b64decode("".join(certificate.split())))
    except ValueError:
        raise BadCredential("its seal's certificate cannot be read") from None
    return Seal(_name(parsed.subject), _name(parsed.issuer), False, algorithm)


def _xml_facts(root: Any, subject: Any, seal: Seal | None) -> dict[str, Any]:
    specifications = {q.get("id"): q for q in root.iter(SNB + "qualification")}
    achievement = next(subject.iter(SNB + "learningAchievement"), None)
    specified = None
    if achievement is not None:
        reference = achievement.find(SNB + "specifiedBy")
        specified = specifications.get(reference.get("idref") if reference is not None else None)
    outcomes = [
        {"title": _xml_text(outcome.find(SNB + "prefLabel")), "esco": []}
        for outcome in root.iter(SNB + "learningOutcome")
        if _xml_text(outcome.find(SNB + "prefLabel"))
    ]
    found: dict[str, Any] = {
        "kind": "LearningAchievement" if achievement is not None else "",
        "description": _xml_text(root.find(SNB + "description")),
        "qualification": _xml_text(specified.find(SNB + "title")) if specified is not None else "",
        "learning_outcomes": outcomes,
        "subject": _xml_text(subject.find(SNB + "fullName")),
    }
    if specified is not None:
        credits = (specified.findtext(SNB + "hasECTSCreditPoints") or "").strip()
        found["credits"] = f"{credits} ECTS" if credits else ""
        for level in ("eqfLevel", "nqfLevel"):  # a concept: its name, not its framework's
            found[level] = _xml_text(specified.find(f"{SNB}{level}/{SNB}targetName"))
    return _kept(found, seal)
