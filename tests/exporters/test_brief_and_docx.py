"""The one-page advisor brief, and the CV as a Word file."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from exporters.actions import export
from exporters.share import ShareChoice
from tests.conftest import VaultFiles
from vault import Vault
from vault.model import ShareProfile, Situation


@pytest.fixture
def demo(demo_files: VaultFiles):  # type: ignore[no-untyped-def]
    with demo_files.open() as vault:
        yield vault


def test_the_brief_is_one_page_with_rights_project_and_questions(demo: Vault) -> None:
    choice = ShareChoice(
        audience="Conseillère CEP",
        questions="Puis-je financer la formation ?\n- Qui contacter pour la VAE ?",
    )
    reader = PdfReader(io.BytesIO(export.build(demo, "brief", choice)))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().replace("\u00a0", " ").split())
    for expected in (
        "Ma situation",
        "Salarié(e) du privé, à temps plein, depuis août 2018",
        "Employeur de 50 à 249 salariés",
        "Solde CPF : 3 120,00 €",
        "Conseil en évolution professionnelle (CEP) : en cours",
        "Devenir responsable QHSE",
        "Prochaines étapes",
        "Qui contacter pour la VAE ?",
    ):
        assert expected in text, expected
    assert text.index("Mes droits") < text.index("Mon projet") < text.index("Mes questions")


def _brief_text(vault: Vault, choice: ShareChoice) -> str:
    reader = PdfReader(io.BytesIO(export.build(vault, "brief", choice)))
    return " ".join(reader.pages[0].extract_text().replace("\u00a0", " ").split())


def test_the_english_brief_writes_money_and_dates_the_british_way(demo: Vault) -> None:
    text = _brief_text(demo, ShareChoice(language="en"))
    assert "CPF balance: €3,120.00 (read on 1 Oct 2026)" in text, text[:400]


def test_the_brief_prints_the_situation_and_a_disability_only_with_a_yes(demo: Vault) -> None:
    (situation,) = demo.records.list(Situation)
    demo.records.update(
        dataclasses.replace(
            situation, working_time_percent=60, disability=True, low_qualification=True
        )
    )
    default = _brief_text(demo, ShareChoice())
    assert "à 60 % d’un temps plein" in default
    assert "Sans diplôme de niveau CAP/BEP" in default
    assert "RQTH" not in default  # never printed unless the person says so
    profile = ShareProfile(name="CEP", options=json.dumps({"show_disability": True}))
    shown = _brief_text(demo, ShareChoice.from_profile(profile))
    assert "Reconnaissance de travailleur handicapé (RQTH)" in shown
    old_profile = ShareProfile(name="Ancien", options=json.dumps({"hide": ["address"]}))
    assert "RQTH" not in _brief_text(demo, ShareChoice.from_profile(old_profile))
    assert "RQTH" not in _brief_text(demo, ShareChoice(hide=frozenset(), anonymise=True))


def test_the_docx_has_real_headings_and_reads_back(demo: Vault) -> None:
    data = export.build(demo, "docx", ShareChoice(hide=frozenset({"phone"})))
    document = WordDocument(io.BytesIO(data))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "Sophie Lefèvre")
    headings = [text for style, text in styles if style == "Heading 1"]
    assert headings[:3] == ["Profil", "Expérience professionnelle", "Formation"]
    assert not any("06 12 34 56 78" in text for _, text in styles)
    assert document.core_properties.author == ""
    assert data == export.build(demo, "docx", ShareChoice(hide=frozenset({"phone"})))


def test_the_brief_gives_the_advisor_contact_dates_in_words_fitting_schemes_and_background(
    demo: Vault,
) -> None:
    text = _brief_text(demo, ShareChoice())
    assert "sophie.lefevre@example.org" in text  # how to reach the person
    assert "relevé le 1er oct. 2026" in text  # the CPF reading's date, as French writes it
    assert "2026-10-01" not in text and "2026-12-20" not in text  # no ISO dates
    assert "Dispositifs qui correspondent à ma situation" in text
    assert "Validation des acquis de l’expérience (VAE)" in text  # found by the rights engine
    assert "Mon parcours en bref" in text
    assert "BTS Gestion des transports et logistique associée" in text
    hidden = _brief_text(demo, ShareChoice(hide=frozenset({"email", "phone"})))
    assert "sophie.lefevre@example.org" not in hidden and "06 12 34 56 78" not in hidden


def test_a_docx_sets_right_to_left_paragraphs_as_such(demo: Vault) -> None:
    """Word and LibreOffice start an Arabic paragraph on the right only when it says so."""
    from docx.oxml.ns import qn

    from vault.model import Person

    arabic = "مسؤول عن الحسابات (Sage 100) منذ 2019"
    person = demo.records.list(Person)[0]
    demo.records.update(dataclasses.replace(person, summary=arabic, headline="Comptable"))
    paragraphs = WordDocument(io.BytesIO(export.build(demo, "docx", ShareChoice()))).paragraphs
    bidi = qn("w:bidi")
    marked = {p.text: p._p.pPr is not None and p._p.pPr.find(bidi) is not None for p in paragraphs}
    assert marked[arabic] and not marked["Comptable"]
    for paragraph in paragraphs:  # in the schema's order, or Word refuses the file
        tags = [child.tag for child in (paragraph._p.pPr if paragraph._p.pPr is not None else [])]
        if bidi in tags:
            assert not {qn("w:pStyle"), qn("w:keepNext")} & set(tags[tags.index(bidi) :])
