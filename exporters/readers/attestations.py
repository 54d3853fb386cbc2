"""Read a signed attestation (a JWT, a JSON credential with Data Integrity proofs, or a
PNG/SVG badge carrying one): verified, or refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vault.model import ATTESTED, Provenance

from ..credentials import credential
from .badges import attestation_record, check_text, extract
from .errors import ImportRefused
from .plan import ImportPlan

SOURCE = "attestation"


def _checked(path: Path) -> tuple[str, credential.Verdict, dict[str, object], dict[str, Any]]:
    """The credential's text, what checking it found, what else it says, the credential;
    refused unless a signature (or seal) verifies offline."""
    text, _image, _svg = extract(path)
    verdict, facts, body = check_text(text, path.name)
    checked = (credential.VERIFIED, credential.ISSUER_UNVERIFIABLE, credential.SEALED)
    if verdict.status not in checked:
        why = (
            "its XAdES seal cannot be checked offline"
            if verdict.format == "edc-xades"
            else "its signature cannot be checked offline (its key is not in it)"
        )
        raise ImportRefused(path.name, "badge_invalid", why)
    return text.strip(), verdict, facts, body


def verify(path: Path) -> tuple[str, credential.Verdict]:
    """The credential and what checking it found; refused unless a signature verifies offline."""
    text, verdict, _facts, _body = _checked(path)
    return text, verdict


def read(path: Path) -> ImportPlan:
    """The plan for one attestation; `actions.attest.attach` links it to its record before writing."""
    token, verdict, more, body = _checked(path)
    plan = ImportPlan(SOURCE, path.name)
    facts: dict[str, object] = {"id": str(body.get("id", "")), "file_name": path.name, **more}
    plan.add(attestation_record(verdict, token, attested_provenance(verdict), facts))
    return plan


def attested_provenance(verdict: credential.Verdict) -> Provenance:
    """Signed by whom: the issuer's name (or id) and its key's fingerprint."""
    return Provenance(ATTESTED, verdict.issuer_name or verdict.issuer_id, verdict.fingerprint)
