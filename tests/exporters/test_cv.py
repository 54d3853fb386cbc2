"""The CV as a recruiter and an applicant-tracking system read it, and what it never shows."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from exporters.actions import export
from exporters.actions.export import career_from
from exporters.share import ShareChoice, select
from exporters.writers import cv_pdf
from tests.cli.test_command_line import musette
from tests.conftest import PASSPHRASE, VaultFiles
from vault import Vault
from vault.model import Experience, ExportLog, Person, ShareProfile


def _cv(vault: Vault, **choice: object) -> bytes:
    chosen = ShareChoice(**choice)  # type: ignore[arg-type]
    return cv_pdf.export(select(career_from(vault), chosen), chosen)


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def demo(demo_files: VaultFiles):  # type: ignore[no-untyped-def]
    with demo_files.open() as vault:
        yield vault


@pytest.mark.parametrize("template", cv_pdf.TEMPLATES)
def test_the_cv_reads_in_order_with_its_accents(demo: Vault, template: str) -> None:
    text = _text(_cv(demo, template=template))
    assert "Sophie Lefèvre" in text
    order = [
        "Profil",
        "Expérience professionnelle",
        "Formation",
        "Certifications",
        "Compétences",
        "Langues",
    ]
    if template == "colonnes":  # the sidebar is read first, then the career
        order = ["Sophie Lefèvre", "Coordonnées", "Compétences", "Langues", "Profil",
                 "Expérience professionnelle", "Formation", "Certifications"]  # fmt: skip
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    # The most recent job comes first.
    assert text.index("Responsable d’entrepôt adjointe") < text.index("Préparatrice de commandes")
    assert "sept. 2018 – aujourd’hui" in " ".join(text.split())


def test_an_english_cv_uses_english_headings_and_dates(demo: Vault) -> None:
    text = _text(_cv(demo, language="en"))
    assert "Work experience" in text and "Sep 2018 – present" in text


@pytest.mark.parametrize("template", cv_pdf.TEMPLATES)
def test_fonts_are_embedded_and_the_metadata_says_nothing_personal(
    demo: Vault, template: str
) -> None:
    data = _cv(demo, template=template)
    reader = PdfReader(io.BytesIO(data))
    assert 1 <= len(reader.pages) <= 3
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded TrueType
    meta = reader.metadata
    assert meta is not None
    assert meta.get("/Producer") == "Musette" and meta.get("/Creator") == "Musette"
    assert not meta.get("/Author") and not meta.get("/Subject")
    assert "2000" in str(meta.get("/CreationDate", "D:2000"))  # reportlab's invariant date, not now


def test_the_same_vault_and_choice_give_the_same_bytes(demo: Vault) -> None:
    assert _cv(demo, template="moderne") == _cv(demo, template="moderne")


def test_documents_are_typeset_with_reportlab_s_c_accelerators() -> None:
    # Without rl_accel reportlab falls back, silently, to Python versions of the same
    # functions, and every document takes about half as long again to lay out.
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "escapePDF", "sameFrag"):
        assert type(getattr(rl_accel, name)).__name__ == "builtin_function_or_method", name


def test_us_letter_is_an_option(demo: Vault) -> None:
    box = PdfReader(io.BytesIO(_cv(demo, paper="letter"))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def _longer(vault: Vault, jobs: int) -> None:
    for number in range(jobs):
        vault.records.add(
            Experience(
                title=f"Mission d’intérim {number + 1}",
                organisation="Agence Rhône Intérim",
                start_date=f"{2000 + number % 8}-0{1 + number % 9}",
                end_date=f"{2000 + number % 8}-1{number % 3}",
                description="Préparation de commandes, réception, inventaires tournants. " * 3,
            )
        )


def test_every_page_is_numbered_n_of_total_or_none_is(demo: Vault) -> None:
    one = PdfReader(io.BytesIO(_cv(demo, template="compact")))
    assert len(one.pages) == 1
    assert not any(line.strip() == "1 / 1" for line in _lines(one.pages[0]))
    _longer(demo, 12)
    reader = PdfReader(io.BytesIO(_cv(demo)))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"{number} / {total}" in _lines(page), number


def _lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        " ".join(line.replace("\u00a0", " ").split()) for line in page.extract_text().splitlines()
    ]


@pytest.mark.parametrize("template", cv_pdf.TEMPLATES)
def test_the_last_page_is_never_nearly_empty(demo: Vault, template: str) -> None:
    """A few lines spilling over are set tighter onto fewer pages, or onto a fuller last one."""
    assert _last_page_fill(_cv(demo, template=template)) > 0.3  # the demo career as it is
    for jobs in range(1, 9):
        _longer(demo, 1)
        fill = _last_page_fill(_cv(demo, template=template))
        assert fill > 0.15, (template, jobs, fill)


def _last_page_fill(data: bytes) -> float:
    """How far down the last page the text goes (0 to 1), the page number left aside."""
    reader = PdfReader(io.BytesIO(data))
    if len(reader.pages) == 1:
        return 1.0
    page = reader.pages[-1]
    height = float(page.mediabox.height)
    lowest: list[float] = []

    def visit(text: str, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > 15 * 2.835:  # above the footer with the page number
            lowest.append(y)

    page.extract_text(visitor_text=visit)
    top, bottom = height - 18 * 2.835, 18 * 2.835
    return (top - min(lowest)) / (top - bottom)


def test_french_typography() -> None:
    from exporters.writers.typography import french

    assert french("Compétences : Excel!") == "Compétences\u00a0: Excel\u00a0!"
    assert french("«bonjour»") == "«\u00a0bonjour\u00a0»"
    assert french("Coût : 1 200 €") == "Coût\u00a0: 1\u00a0200\u00a0€"
    assert french("€50") == "50\u00a0€"
    assert french("à 10:30, voir https://a.fr/b?c=d") == "à 10:30, voir https://a.fr/b?c=d"


HIDDEN = {
    "phone": "06 12 34 56 78",
    "email": "sophie.lefevre@example.org",
}


@pytest.mark.parametrize(("field", "value"), sorted(HIDDEN.items()))
def test_a_hidden_field_appears_nowhere_in_the_output(demo: Vault, field: str, value: str) -> None:
    shown = _text(_cv(demo, hide=frozenset()))
    assert value.replace(" ", "") in shown.replace(" ", "").replace("\u00a0", "")
    data = _cv(demo, hide=frozenset({field}))
    assert value.replace(" ", "") not in _text(data).replace(" ", "").replace("\u00a0", "")
    assert value.encode() not in data


def test_address_and_birth_date_are_hidden_unless_chosen(demo: Vault) -> None:
    person = demo.records.list(Person)[0]
    demo.records.update(
        dataclasses.replace(person, address="12 rue des Lilas", birth_date="1988-03-14")
    )
    assert "Lilas" not in _text(_cv(demo))
    assert "Lilas" in _text(_cv(demo, hide=frozenset()))


def test_anonymised_employers_are_withheld(demo: Vault) -> None:
    job = next(e for e in demo.records.list(Experience) if e.organisation == "LogiSud")
    demo.records.update(dataclasses.replace(job, anonymise=True))
    text = _text(_cv(demo, anonymise=True))
    assert "LogiSud" not in text and "Employeur (nom masqué)" in text
    assert "sophie.lefevre@example.org" not in text


def test_left_out_sections_and_items_are_left_out(demo: Vault) -> None:
    job = next(e for e in demo.records.list(Experience) if e.organisation == "LogiSud")
    text = _text(_cv(demo, sections=("experience",), exclude=frozenset({job.id})))
    assert "Compétences" not in text and "LogiSud" not in text and "Transports Valmont" in text


def test_every_export_is_logged_with_its_hash(demo: Vault, tmp_path: Path) -> None:
    target = tmp_path / "cv.pdf"
    log = export.to_file(demo, "cv", target, ShareChoice(audience="Recruteur société X"))
    import hashlib

    assert log.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    (stored,) = demo.records.list(ExportLog)
    assert (stored.format, stored.audience, stored.file_name) == (
        "cv",
        "Recruteur société X",
        "cv.pdf",
    )
    left = [p.name for p in tmp_path.iterdir() if p.is_file()]
    assert left == ["cv.pdf"]  # no temporary file left behind


def test_musette_export_cv_with_a_profile(demo_files: VaultFiles, tmp_path: Path) -> None:
    with demo_files.open() as vault:
        vault.records.add(
            ShareProfile(
                name="Recruteur",
                audience="Société X",
                language="en",
                template="moderne",
                sections=json.dumps(["experience", "skills"]),
                options=json.dumps({"hide": ["phone"]}),
            )
        )
    out = tmp_path / "cv.pdf"
    result = musette(
        "export",
        "cv",
        str(out),
        "--vault",
        str(demo_files.path),
        "--profile",
        "recruteur",
        MUSETTE_PASSPHRASE=PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    text = _text(out.read_bytes())
    assert "Work experience" in text and "Education" not in text and "06 12" not in text
    unknown = musette(
        "export",
        "cv",
        str(out),
        "--vault",
        str(demo_files.path),
        "--profile",
        "nobody",
        MUSETTE_PASSPHRASE=PASSPHRASE,
    )
    assert unknown.returncode == 2
    json_out = tmp_path / "cv.json"
    done = musette(
        "export",
        "json-resume",
        str(json_out),
        "--vault",
        str(demo_files.path),
        MUSETTE_PASSPHRASE=PASSPHRASE,
    )
    assert (
        done.returncode == 0
        and json.loads(json_out.read_text())["basics"]["name"] == "Sophie Lefèvre"
    )


def test_a_cv_of_an_empty_musette_is_one_page_that_says_so(vault_files: VaultFiles) -> None:
    # reportlab writes a document of no pages for no text: no reader opens it.
    with vault_files.open() as vault:
        for template in cv_pdf.TEMPLATES:
            for language, said in (("fr", "Ce CV est vide"), ("en", "This CV is empty")):
                choice = ShareChoice(template=template, language=language)
                pages = PdfReader(io.BytesIO(export.build(vault, "cv", choice))).pages
                assert len(pages) == 1, template
                assert said in pages[0].extract_text(), (template, language)
