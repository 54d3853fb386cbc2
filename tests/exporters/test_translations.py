"""A title, summary or highlight in French and in English: each export prints its language."""

from __future__ import annotations

import dataclasses
import io
import json

from pypdf import PdfReader

from exporters.actions import export
from exporters.share import ShareChoice
from exporters.translations import describe_missing, translations, with_translations
from tests.cli.test_command_line import musette
from tests.conftest import VaultFiles
from vault.model import Experience


def _text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(p.extract_text() or "" for p in pages).split())


def _translate_the_current_job(demo_files: VaultFiles) -> None:
    """The current job with a highlight, and its title, description and highlight in English."""
    with demo_files.open() as vault:
        job = next(
            e for e in vault.records.list(Experience) if e.organisation == "Transports Valmont"
        )
        kept = {"json_resume": {"keep": {"highlights": ["Réduction des litiges de 30 %"]}}}
        job = dataclasses.replace(job, extra=json.dumps(kept))
        job = with_translations(
            job, "en", {"title": "Deputy warehouse manager", "description": "25 people, 18,000 m²."}
        )
        extra = json.loads(job.extra)
        extra["translations"]["en"]["highlights"] = ["Cut disputes by 30%"]
        vault.records.update(dataclasses.replace(job, extra=json.dumps(extra)))


def test_an_english_cv_prints_the_english_texts_and_a_french_one_the_french(
    demo_files: VaultFiles,
) -> None:
    _translate_the_current_job(demo_files)
    with demo_files.open() as vault:
        english = _text(export.build(vault, "cv", ShareChoice(language="en")))
        french = _text(export.build(vault, "cv", ShareChoice(language="fr")))
        docx = export.build(vault, "docx", ShareChoice(language="en"))
        untranslated = export.untranslated(vault, ShareChoice(language="en"))
    assert "Deputy warehouse manager — Transports Valmont" in english
    assert "25 people, 18,000 m²." in english and "Cut disputes by 30%" in english
    assert "Responsable d’entrepôt adjointe — Transports Valmont" not in english
    assert "Responsable d’entrepôt adjointe — Transports Valmont" in french
    assert "Réduction des litiges de 30" in french and "Deputy" not in french
    assert b"Deputy warehouse manager" in _docx_xml(docx)
    # The other texts have no English yet: the export says which.
    fields = {(kind, title, field) for kind, title, field in untranslated}
    assert ("Experience", "Cheffe d'équipe logistique", "title") in fields
    assert ("Experience", "Deputy warehouse manager", "title") not in fields
    sentence = describe_missing(untranslated, "en", "fr")
    assert sentence.startswith(f"{len(untranslated)} champ(s) sans texte en anglais")
    assert "Expérience « Cheffe d'équipe logistique » (intitulé)" in sentence


def _docx_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


def test_the_command_line_notes_the_fields_without_english(
    demo_files: VaultFiles, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "cv.pdf"
    untouched = musette(
        "export", "cv", str(target), "--vault", str(demo_files.path), "--lang", "en",
        MUSETTE_PASSPHRASE=demo_files.passphrase,
    )  # fmt: skip
    assert untouched.returncode == 0 and "note" not in untouched.stderr  # nothing translated yet
    _translate_the_current_job(demo_files)
    result = musette(
        "export", "cv", str(target), "--vault", str(demo_files.path), "--lang", "en",
        MUSETTE_PASSPHRASE=demo_files.passphrase,
    )  # fmt: skip
    assert result.returncode == 0 and target.exists()
    assert (
        "sans texte en anglais" in result.stderr and "Cheffe d'équipe logistique" in result.stderr
    )


def test_a_translation_emptied_is_gone() -> None:
    job = Experience(title="Cariste")
    job = with_translations(job, "en", {"title": "Forklift driver"})
    assert translations(job) == {"en": {"title": "Forklift driver"}}
    assert translations(with_translations(job, "en", {"title": "  "})) == {}
