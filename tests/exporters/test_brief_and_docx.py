"""The one-page advisor brief, and the CV as a Word file."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from exporters import exporting
from exporters.share import ShareChoice
from tests.conftest import VaultFiles
from vault import Vault


@pytest.fixture
def demo(demo_files: VaultFiles):  # type: ignore[no-untyped-def]
    with demo_files.open() as vault:
        yield vault


def test_the_brief_is_one_page_with_rights_project_and_questions(demo: Vault) -> None:
    choice = ShareChoice(
        audience="Conseillère CEP",
        questions="Puis-je financer la formation ?\n- Qui contacter pour la VAE ?",
    )
    reader = PdfReader(io.BytesIO(exporting.build(demo, "brief", choice)))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().replace("\u00a0", " ").split())
    for expected in (
        "Ma situation",
        "Solde CPF : 3 120,00 €",
        "Conseil en évolution professionnelle (CEP) : en cours",
        "Devenir responsable QHSE",
        "Prochaines étapes",
        "Qui contacter pour la VAE ?",
    ):
        assert expected in text, expected
    assert text.index("Mes droits") < text.index("Mon projet") < text.index("Mes questions")


def test_the_docx_has_real_headings_and_reads_back(demo: Vault) -> None:
    data = exporting.build(demo, "docx", ShareChoice(hide=frozenset({"phone"})))
    document = WordDocument(io.BytesIO(data))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "Sophie Lefèvre")
    headings = [text for style, text in styles if style == "Heading 1"]
    assert headings[:3] == ["Profil", "Expérience professionnelle", "Formation"]
    assert not any("06 12 34 56 78" in text for _, text in styles)
    assert document.core_properties.author == ""
    assert data == exporting.build(demo, "docx", ShareChoice(hide=frozenset({"phone"})))
