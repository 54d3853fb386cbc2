"""Cover letters: a draft that says only what the musette holds, every version kept, and the
page read back from the PDF and the Word file."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from exporters.actions import applications
from exporters.letters import unfinished, written_date
from exporters.readers import job_ad
from tests.conftest import VaultFiles
from tests.exporters.test_fidelity import _flat, _pdf_text
from vault import Vault
from vault.applications import letters_of, save_letter, versions_of
from vault.model import Application, Contact, Experience, Person, Skill

ADS = Path(__file__).resolve().parents[1] / "data" / "ads"


@pytest.fixture
def demo(demo_files: VaultFiles):  # type: ignore[no-untyped-def]
    with demo_files.open() as vault:
        yield vault


def _plieur(vault: Vault) -> Application:
    """The real Adecco ad, for a person who has « métrologie » among her skills."""
    vault.records.add(Skill(label="métrologie", level=3))
    ad = job_ad.read(ADS / "plieur-regleur-167GHBR.txt")
    return applications.add(
        vault, title="Plieur régleur", employer="Adecco Bernay", ad=ad, today="2026-11-30"
    )


def _finished(letter):  # type: ignore[no-untyped-def]
    """The letter as a person finishes it: the bracketed passage written in her words."""
    mine = "Le pliage de précision est ce que je veux apprendre à fond, près de chez moi."
    return dataclasses.replace(letter, body=letter.body.replace(unfinished(letter), mine))


def test_the_draft_says_only_what_the_musette_holds(demo: Vault) -> None:
    application = _plieur(demo)
    letter = applications.draft_letter(demo, application, today="2026-12-02")
    person = demo.records.list(Person)[0]
    assert letter.place == person.city and letter.written_on == "2026-12-02"
    assert letter.subject == "Candidature au poste de plieur régleur"
    assert letter.recipient == "Adecco Bernay"
    assert letter.salutation == "Madame, Monsieur,"
    # The formule repeats the appel, as French letters do.
    assert letter.closing == (
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
    )
    assert letter.signature == person.display_name()
    current = [e for e in demo.records.list(Experience) if e.kind == "job" and not e.end_date][0]
    assert f"chez {current.organisation}" in letter.body
    # Her own skill, in her words; nothing she does not hold.
    assert "voici celles que j'exerce déjà : métrologie." in letter.body
    assert "mécanique" not in letter.body  # asked by the ad, not in her musette
    assert unfinished(letter) == (
        "[Ce qui vous attire dans ce poste et chez cet employeur, avec vos mots.]"
    )


def test_an_english_letter_follows_english_conventions(demo: Vault) -> None:
    application = _plieur(demo)
    contact = Contact(given_name="Hannah", family_name="Moreau")
    demo.records.add(contact)
    application = dataclasses.replace(application, contact_id=contact.id)
    letter = applications.draft_letter(demo, application, language="en", today="2026-12-02")
    assert letter.salutation == "Dear Hannah Moreau,"
    assert letter.closing == "Yours sincerely,"  # a named reader: sincerely, not faithfully
    assert letter.recipient == "Adecco Bernay\nFor the attention of Hannah Moreau"
    assert letter.body.startswith("I am writing to apply for the post of Plieur régleur")


def test_each_save_is_a_new_version_and_the_old_ones_stay(demo: Vault) -> None:
    application = _plieur(demo)
    first = save_letter(demo, applications.draft_letter(demo, application))
    assert (first.version, first.lineage) == (1, "")
    assert save_letter(demo, first) == first  # nothing changed, nothing written
    second = save_letter(demo, _finished(first))
    third = save_letter(demo, dataclasses.replace(second, subject="Plieur régleur — réf. 167GHBR"))
    assert [v.version for v in versions_of(demo, third)] == [1, 2, 3]
    assert [v.body for v in versions_of(demo, third)][0] == first.body  # never overwritten
    assert letters_of(demo, application.id) == [third]
    other = save_letter(demo, applications.draft_letter(demo, application, language="en"))
    assert {letter.id for letter in letters_of(demo, application.id)} == {third.id, other.id}


def test_the_letter_reads_back_whole_from_the_pdf_and_the_word_file(demo: Vault) -> None:
    person = demo.records.list(Person)[0]
    demo.records.update(dataclasses.replace(person, given_name="Thị Lan", family_name="Nguyễn"))
    application = _plieur(demo)
    letter = save_letter(demo, _finished(applications.draft_letter(demo, application)))
    letter = save_letter(
        demo, dataclasses.replace(letter, recipient="Adecco Bernay\nМария Иванова")
    )
    pdf = applications.letter_bytes(demo, letter, "letter-pdf")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    docx = applications.letter_bytes(demo, letter, "letter-docx")
    word = "\n".join(p.text for p in WordDocument(io.BytesIO(docx)).paragraphs)
    for text in (_flat(_pdf_text(pdf)), _flat(word)):
        for field in ("Thị Lan Nguyễn", "Мария Иванова", letter.subject, letter.salutation,
                      letter.body, letter.closing, written_date(letter.written_on, "fr"),
                      "Objet"):  # fmt: skip
            assert _flat(field) in text, field
    assert "Lyon, le" in _pdf_text(pdf).replace("\u00a0", " ")


def test_the_application_names_the_letter_it_sent(demo: Vault, tmp_path: Path) -> None:
    application = _plieur(demo)
    letter = save_letter(demo, _finished(applications.draft_letter(demo, application)))
    logged = applications.export_files(
        demo, application, cv=tmp_path / "cv.pdf", letter=tmp_path / "lettre.docx"
    )
    assert [log.format for log in logged] == ["cv", "letter-docx"]
    application = demo.records.get(Application, application.id)
    sent = applications.facts(demo, application)["sent_files"]
    assert {s["file_name"] for s in sent} == {"cv.pdf", "lettre.docx"}
    assert applications.facts(demo, application)["letters"][0]["id"] == letter.id


def test_the_brief_lists_the_applications_in_progress_only_when_chosen(demo: Vault) -> None:
    from exporters.actions import export
    from exporters.share import DEFAULT_SECTIONS, ShareChoice

    application = _plieur(demo)
    demo.records.update(
        dataclasses.replace(application, status="sent", sent_on="2026-11-24", follow_up_days=10)
    )
    demo.records.add(
        Application(title="Cariste", employer="Transports Nordiques", status="rejected")
    )

    def brief(choice: ShareChoice) -> str:
        return " ".join(
            _pdf_text(export.build(demo, "brief", choice)).replace("\u00a0", " ").split()
        )

    assert "candidatures" not in brief(ShareChoice()).casefold()  # not unless asked
    said = brief(ShareChoice(sections=(*DEFAULT_SECTIONS, "applications")))
    assert "Mes candidatures en cours" in said
    assert (
        "Plieur régleur — Adecco Bernay : envoyée depuis le 24 nov. 2026 — relance le 4 déc. 2026"
        in said
    )
    assert "Transports Nordiques" not in said  # refused: no longer in progress
    cv = _pdf_text(
        export.build(demo, "cv", ShareChoice(sections=(*DEFAULT_SECTIONS, "applications")))
    )
    assert "Adecco" not in cv  # a CV never prints them
