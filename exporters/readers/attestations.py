"""Read a signed attestation (a JWT, a JSON credential with Data Integrity proofs, or a
PNG/SVG badge carrying one): verified, or refused."""

from __future__ import annotations

from pathlib import Path

from vault.model import ATTESTED, Provenance

from ..credentials import credential, edc, jose
from . import safe_json, safe_xml
from .badges import attestation_record, extract
from .errors import ImportRefused
from .plan import ImportPlan

SOURCE = "attestation"


def verify(path: Path) -> tuple[str, credential.Verdict]:
    """The credential and what checking it found; refused unless a signature verifies offline."""
    text, _image, _svg = extract(path)
    try:
        if text.startswith("<"):  # a Europass credential in XML: its seal is not checked
            verdict, _facts = edc.check_xml(safe_xml.parse(text.encode("utf-8"), path.name))
        elif text.startswith("{"):
            document = safe_json.loads(text, path.name)
            if edc.is_edc(document):
                verdict, _seal, _content = edc.check(document)
            else:
                verdict = credential.check_json(safe_json.clean_text(document))
        else:
            verdict = credential.check_token(text)
    except credential.BadCredential as exc:
        raise ImportRefused(path.name, "badge_invalid", str(exc)) from None
    checked = (credential.VERIFIED, credential.ISSUER_UNVERIFIABLE, credential.SEALED)
    if verdict.status not in checked:
        why = (
            "its XAdES seal cannot be checked offline"
            if verdict.format == "edc-xades"
            else "its signature cannot be checked offline (its key is not in it)"
        )
        raise ImportRefused(path.name, "badge_invalid", why)
    return text.strip(), verdict


def read(path: Path) -> ImportPlan:
    """The plan for one attestation; `actions.attest.attach` links it to its record before writing."""
    token, verdict = verify(path)
    more: dict[str, object] = {}
    if token.startswith("{"):
        body = safe_json.loads(token, path.name)
        if edc.is_edc(body):
            _, seal, body = edc.check(body)
            more["edc"] = edc.facts(body, seal)
    else:
        _, payload, _, _ = jose.split(token)
        body = payload.get("vc", payload)
    plan = ImportPlan(SOURCE, path.name)
    facts: dict[str, object] = {"id": str(body.get("id", "")), "file_name": path.name, **more}
    plan.add(attestation_record(verdict, token, attested_provenance(verdict), facts))
    return plan


def attested_provenance(verdict: credential.Verdict) -> Provenance:
    """Signed by whom: the issuer's name (or id) and its key's fingerprint."""
    return Provenance(ATTESTED, verdict.issuer_name or verdict.issuer_id, verdict.fingerprint)
