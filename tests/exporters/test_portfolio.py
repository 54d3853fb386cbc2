"""The skills portfolio an advisor reads: every skill, its evidence and who vouches for it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from exporters.actions import attest, export
from exporters.credentials import identity, issue
from exporters.share import ShareChoice
from tests.conftest import VaultFiles
from vault import Vault
from vault.kdf import cheap_params_for_tests
from vault.model import Document, Experience, Skill, SkillEvidence


@pytest.fixture
def demo(demo_files: VaultFiles):  # type: ignore[no-untyped-def]
    with demo_files.open() as vault:
        yield vault


def _text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in reader.pages), len(reader.pages)


def _photo_with_exif() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x013B] = "Artiste Secret"  # Artist
    exif[0x010F] = "Appareil Secret"  # Make
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_cover_contents_skills_evidence_and_appendix(demo: Vault) -> None:
    skill = next(s for s in demo.records.list(Skill) if s.label == "gérer les stocks d'un entrepôt")
    pdf = next(d for d in demo.records.list(Document) if d.media_type == "application/pdf")
    photo = demo.documents.add("quai.jpg", _photo_with_exif())
    demo.records.add(SkillEvidence(skill_id=skill.id, record_id=pdf.id, note="Attestation AFPA"))
    demo.records.add(SkillEvidence(skill_id=skill.id, record_id=photo.id))
    data = export.build(demo, "portfolio", ShareChoice(audience="Conseillère CEP"))
    text, pages = _text(data)
    assert (
        text.index("Portfolio de compétences")
        < text.index("Sommaire")
        < text.index("Mes compétences")
    )
    assert "Préparé pour : Conseillère CEP" in text.replace("\u00a0", " ")
    assert "Niveau : Expert" in text.replace("\u00a0", " ")
    assert "Responsable d’entrepôt adjointe — Transports Valmont" in text  # evidence: which job
    assert "Annexe 1 : attestation-management.pdf (Attestation AFPA)" in text.replace("\u00a0", " ")
    assert "Attestation de formation - Management d" in text  # the PDF, appended
    assert pages >= 5
    assert b"Artiste Secret" not in data and b"Appareil Secret" not in data and b"Exif" not in data


def test_a_signed_attestation_prints_with_its_signer_and_fingerprint(
    demo: Vault, tmp_path: Path
) -> None:
    signer_vault = Vault.create(
        tmp_path / "s.musette", "x" * 12, kdf_params=cheap_params_for_tests()
    ).vault
    signer = attest.create_signer(signer_vault, "Hélène Roux")
    skill = next(s for s in demo.records.list(Skill) if s.esco_uri)
    request = issue.parse_request(__import__("json").loads(attest.make_request(demo, skill.id)))
    token = attest.sign_request(signer_vault, request)
    path = tmp_path / "a.jwt"
    path.write_text(token)
    from exporters.actions.import_file import apply
    from exporters.readers import attestations

    plan = attestations.read(path)
    plan.items[0].record = attest.attach(plan.items[0].record, demo)  # type: ignore[arg-type]
    apply(plan, demo)
    text, _ = _text(export.build(demo, "portfolio", ShareChoice()))
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert "signé par Hélène Roux" in flat
    assert "signature valide, signataire pas encore confirmé" in flat
    assert identity.fingerprint(signer.did) in flat


def test_the_same_portfolio_twice_is_the_same_bytes(demo: Vault) -> None:
    pdf = next(d for d in demo.records.list(Document) if d.media_type == "application/pdf")
    skill = demo.records.list(Skill)[0]
    demo.records.add(SkillEvidence(skill_id=skill.id, record_id=pdf.id))
    assert export.build(demo, "portfolio", ShareChoice()) == export.build(
        demo, "portfolio", ShareChoice()
    )


def test_an_english_portfolio(demo: Vault) -> None:
    text, _ = _text(export.build(demo, "portfolio", ShareChoice(language="en")))
    assert "Skills portfolio" in text and "Contents" in text and "Level: Expert" in text


def test_an_excluded_job_is_not_given_as_evidence(demo: Vault) -> None:
    job = next(e for e in demo.records.list(Experience) if e.organisation == "Transports Valmont")
    text, _ = _text(export.build(demo, "portfolio", ShareChoice(exclude=frozenset({job.id}))))
    assert "Transports Valmont" not in text


def test_the_cover_says_whose_and_the_legend_is_said_once_and_appendix_pages_are_numbered(
    demo: Vault,
) -> None:
    skill = next(s for s in demo.records.list(Skill) if s.label == "gérer les stocks d'un entrepôt")
    pdf = next(d for d in demo.records.list(Document) if d.media_type == "application/pdf")
    demo.records.add(SkillEvidence(skill_id=skill.id, record_id=pdf.id, note="Attestation AFPA"))
    data = export.build(demo, "portfolio", ShareChoice())
    reader = PdfReader(io.BytesIO(data))
    text, pages = _text(data)
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert "sophie.lefevre@example.org" in flat  # whose portfolio, and how to reach them
    assert "22 compétences, dont 4 avec une pièce qui les montre." in flat
    assert flat.count("sans pièce jointe") == 1  # the legend, not a line under every skill
    assert "[" not in text  # statuses in words, not in brackets
    assert "Gérer les stocks d’un entrepôt" in flat  # ESCO's label, capitalised for display
    last = " ".join(reader.pages[-1].extract_text().split())  # the attached PDF's page
    assert "Annexe 1 : attestation-management.pdf" in last.replace("\u00a0", " ")
    assert str(pages) in last.split()  # numbered like the portfolio's own pages


def test_a_short_portfolio_has_no_contents_page(demo: Vault) -> None:
    for skill in demo.records.list(Skill)[5:]:
        demo.records.move_to_trash(Skill, skill.id)
    text, pages = _text(export.build(demo, "portfolio", ShareChoice()))
    assert "Sommaire" not in text and pages == 2  # the cover, then the skills


def test_a_job_given_as_evidence_brings_its_highlights(demo: Vault) -> None:
    import dataclasses
    import json

    from vault.model import Experience

    job = next(e for e in demo.records.list(Experience) if e.organisation == "Transports Valmont")
    kept = {"json_resume": {"keep": {"highlights": ["Inventaire annuel sans écart en 2024"]}}}
    demo.records.update(dataclasses.replace(job, extra=json.dumps(kept)))
    text, _ = _text(export.build(demo, "portfolio", ShareChoice()))
    assert "– Inventaire annuel sans écart en 2024" in text.replace("\u00a0", " ")


def test_skills_found_on_the_discovery_path_say_so_with_what_showed_them(demo: Vault) -> None:
    from vault.discovery import Graded, Lived, Part, records_for
    from vault.reference import Reference

    lists = Reference.open_default()
    assert lists is not None
    try:
        unexpected = next(c for c in lists.competences() if c.title == "Agir face à l'imprévu")
    finally:
        lists.close()
    club = Part("voluntary", "Animation sportive", (Lived("J'encadre des entraînements"),))
    made = records_for([club], [Graded(unexpected, 4)], demo.records.list(Skill))
    for record in made:
        demo.records.add(record)
    text, _pages = _text(export.build(demo, "portfolio", ShareChoice()))
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert "Agir face à l'imprévu" in flat or "Agir face à l’imprévu" in flat
    assert "découvert avec Musette (Diagoriente)" in flat
    assert "Animation sportive" in flat
