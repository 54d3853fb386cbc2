"""Read an Open Badges badge (baked PNG or SVG, JSON, or JWT) into an attestation record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vault import documents
from vault.errors import DocumentRefused
from vault.model import IMPORTED, Attestation, Provenance

from ..credentials import baking, credential, edc, jose
from . import safe_json, safe_text, safe_xml
from .errors import ImportRefused
from .limits import MAX_IMAGE_PIXELS, MAX_TEXT_CHUNK_BYTES
from .plan import ImportPlan

SOURCE = "open-badges"
MAX_BADGE_BYTES = 20 * 1024 * 1024


def extract(path: Path) -> tuple[str, bytes | None, str]:
    """The credential text a badge file carries, its PNG image if any, and its SVG if any."""
    data = safe_text.read_bytes(path, limit=MAX_BADGE_BYTES)
    name = path.name
    image: bytes | None = None
    svg = ""
    try:
        if data.startswith(baking.PNG_SIGNATURE):
            baked = baking.read_png(
                data, max_pixels=MAX_IMAGE_PIXELS, max_text=MAX_TEXT_CHUNK_BYTES
            )
            _check_with_pillow(data, name)
            text, image = baked.text, data
        elif edc.is_edc_xml(data):  # a Europass credential in XML: kept as it is
            text = safe_text.decode(data, name).lstrip("\ufeff \t\r\n")
        elif data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            baked = baking.read_svg(data)
            text, svg = baked.text, safe_text.decode(data, name)
        else:
            text = safe_text.decode(data, name).strip()
    except baking.BadBadgeImage as exc:
        raise ImportRefused(name, "image", str(exc)) from None
    if not text:
        raise ImportRefused(name, "no_badge")
    return text, image, svg


def read(path: Path) -> ImportPlan:
    """The plan for one badge file: its attestation, and its image when it is a PNG."""
    name = path.name
    text, image, svg = extract(path)
    verdict, facts, _ = check_text(text, name)
    plan = ImportPlan(SOURCE, name)
    provenance = Provenance(IMPORTED, SOURCE, name)
    if image is not None:
        try:
            document = documents.describe(name, image, provenance=provenance)
        except DocumentRefused as exc:
            raise ImportRefused(name, "image", exc.problem) from None
        plan.add(document, content=image)
        facts["image_document_id"] = document.id
    if svg:
        facts["svg"] = svg
    plan.add(attestation_record(verdict, text, provenance, facts))
    return plan


def attestation_record(
    verdict: credential.Verdict, payload: str, provenance: Provenance, facts: dict[str, object]
) -> Attestation:
    """The attestation kept for a checked credential; `facts` join what checking it found."""
    badge: dict[str, object] = {
        "name": verdict.name,
        "issuer_id": verdict.issuer_id,
        "valid_from": verdict.valid_from,
        "valid_until": verdict.valid_until,
        "expired": verdict.expired,
        "revocable": verdict.revocable,
        **facts,
    }
    if verdict.proofs:  # what was checked of each embedded proof, said again later
        badge["proofs"] = [
            {"suite": p.suite, "signed_by": p.signer, "canonical": p.canonical}
            for p in verdict.proofs
        ]
    return Attestation(
        format=verdict.format,
        payload=payload,
        issuer_name=verdict.issuer_name or verdict.issuer_id,
        issuer_fingerprint=verdict.fingerprint,
        status=verdict.status,
        provenance=provenance,
        extra=json.dumps({"badge": badge}, ensure_ascii=False, sort_keys=True),
    )


def check_text(
    text: str, name: str
) -> tuple[credential.Verdict, dict[str, object], dict[str, Any]]:
    """What checking a credential's text offline found, what else it says, and the credential
    itself; a credential that must be refused is an ImportRefused."""
    try:
        if text.startswith("{"):
            document = safe_json.loads(text, name)
            if edc.is_edc(document):  # a European Digital Credential, sealed or not
                verdict, seal, content = edc.check(document)
                return verdict, {"edc": edc.facts(content, seal)}, content
            document = safe_json.clean_text(document)
            return credential.check_json(document), {}, document
        if text.startswith("<"):
            root = safe_xml.parse(text.encode("utf-8"), name)
            verdict, found = edc.check_xml(root)
            return verdict, {"edc": found}, {"id": root.get(edc.CRED + "id", "")}
        if text.startswith(("http://", "https://")):
            raise credential.BadCredential("it only points to a web address (hosted badge)")
        verdict = credential.check_token(text)
        _, payload, _, _ = jose.split(text)
        body = payload.get("vc", payload)
        return verdict, {}, body if isinstance(body, dict) else {}
    except credential.BadCredential as exc:
        raise ImportRefused(name, "badge_invalid", str(exc)) from None


def _check_with_pillow(data: bytes, name: str) -> None:
    """Let Pillow read the header too, as a PNG only, with its bomb warning as an error."""
    import io
    import warnings

    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                image.verify()
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise ImportRefused(name, "image", "too many pixels") from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise ImportRefused(name, "image", str(exc)[:100] or "unreadable") from None
