"""A Europass CV brought in (XML or the Europass PDF carrying it), and a Europass CV taken out
that Cedefop's own schema validates."""

from __future__ import annotations

import base64
import functools
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from lxml import etree  # type: ignore[import-untyped]
from pypdf import PdfWriter

from exporters.actions import export
from exporters.actions.import_file import apply, prepare
from exporters.readers import europass as reader
from exporters.readers import rich_text
from exporters.readers.errors import ImportRefused
from exporters.registry import sniff
from exporters.share import ShareChoice
from exporters.writers import europass as writer
from tests.conftest import VaultFiles
from vault import Vault
from vault.model import (
    Certification,
    Document,
    Education,
    Experience,
    Note,
    Person,
    Skill,
    SkillEvidence,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "europass"
SAMPLES = DATA / "samples"
XSD = DATA / "xsd"
NOW = "2026-12-01T10:00:00.000Z"
CURRENT = sorted(
    p
    for p in SAMPLES.glob("*.xml")
    if b"<SkillsPassport" in p.read_bytes()[:2000] and "ESP_CL_LP" not in p.name
)


class _Local(etree.Resolver):  # type: ignore[misc]
    """The schema's includes and imports read from tests/data, never from the network."""

    def resolve(self, url: str, pubid: Any, context: Any) -> Any:
        name = url.rsplit("/", 1)[-1]
        for folder in (XSD, XSD / "included", XSD / "imported"):
            if (folder / name).exists():
                return self.resolve_filename(str(folder / name), context)
        raise AssertionError(f"the schema asks for {url}, which is not in tests/data")


@functools.cache
def schema() -> Any:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_Local())
    return etree.XMLSchema(etree.parse(str(XSD / "EuropassSchema.xsd"), parser))


def assert_valid(data: bytes) -> None:
    document = etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))
    checked = schema()
    assert checked.validate(document), [f"{e.line}: {e.message}" for e in checked.error_log][:5]


def _import(vault: Vault, path: Path, language: str = "fr") -> Any:
    plan = reader.read(path, language=language)
    apply(prepare(plan, vault), vault)
    return plan


def _europass_of(vault: Vault, choice: ShareChoice | None = None) -> bytes:
    choice = choice or ShareChoice(language="en", hide=frozenset())
    return writer.export(export.career_for(vault, "europass", choice), choice, now=NOW)


def test_the_official_example_lands_in_the_right_records(opened: Vault) -> None:
    _import(opened, SAMPLES / "Europass_CV_V3.4.0_Example.xml")
    (person,) = opened.records.list(Person)
    assert (person.given_name, person.family_name) == ("Chuck", "NORRIS")
    assert (person.address, person.postcode) == ("12 Strawberry Hille", "12345")
    assert person.city == "London"
    assert (person.birth_date, person.phone) == ("1940-03-10", "+44 123456789")
    assert person.headline == "Chuck Norris law enforcement"
    (job,) = [e for e in opened.records.list(Experience) if e.kind == "job"]
    assert (job.title, job.organisation, job.location) == (
        "Martial Arts Instructor",
        "School of Ninjutsu",
        "Japan",
    )
    assert (job.start_date, job.end_date) == ("2001", "")
    assert job.description == "Main activities and responsibilities:"
    (study,) = opened.records.list(Education)
    assert (study.level, study.field_of_study) == ("6", "Arts")  # EQF 6 is France's level 6
    languages = {s.label: s for s in opened.records.list(Skill) if s.category == "language"}
    assert (languages["English"].level, languages["Elvish"].level) == (4, 4)
    assert languages["Japanese"].cefr == "C1"
    proofs = {
        e.record_id for e in opened.records.list(SkillEvidence)
        if e.skill_id == languages["Japanese"].id
    }  # fmt: skip
    names = {c.id: c.name for c in opened.records.list(Certification)}
    assert {names[i] for i in proofs} == {"Cambridge Proficiency", "Michigan Proficiency"}
    assert {"Permis A", "Permis B", "Permis BE"} <= set(names.values())
    labels = {s.label for s in opened.records.list(Skill)}
    assert {"Compétences en communication", "Compétences numériques"} <= labels
    notes = {n.title: n for n in opened.records.list(Note)}
    assert notes["Theatre Participations"].body == "Bla Bla my theatres."
    assert [d.name for d in opened.records.list(Document)] == []  # no bytes in the example


def test_a_europass_pdf_gives_the_cv_it_carries(opened: Vault) -> None:
    pdf = SAMPLES / "Europass-CV-20130618-Emmanouilidi-EN.pdf"
    assert sniff(pdf) == "europass"
    _import(opened, pdf)
    (person,) = opened.records.list(Person)
    assert person.display_name() == "Sofia Emmanouilidi"
    assert person.provenance.detail == pdf.name


def test_the_photo_comes_in_as_a_document_of_the_person(opened: Vault) -> None:
    _import(opened, SAMPLES / "cv-photo.xml")
    (person,) = opened.records.list(Person)
    assert person.display_name() == "Λουκία Παπαδάκη"
    photo = opened.records.get(Document, person.photo_document_id)
    assert photo.media_type == "image/jpeg"
    assert opened.documents.content(photo.id).startswith(b"\xff\xd8")


@pytest.mark.parametrize("sample", CURRENT, ids=lambda p: p.name)
def test_what_comes_in_goes_out_in_a_file_the_official_schema_validates(
    vault_files: VaultFiles, sample: Path
) -> None:
    with vault_files.open() as vault:
        _import(vault, sample)
        data = _europass_of(vault)
    assert_valid(data)
    for value in _values(ET.fromstring(sample.read_bytes())):
        assert value in _written(data), value


def test_europass_out_and_in_again_gives_the_same_file(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    with vault_files.open() as vault:
        _import(vault, SAMPLES / "Europass_CV_V3.4.0_Example.xml")
        first = _europass_of(vault)
    again = tmp_path / "again.musette"
    created = Vault.create(again, "une autre phrase de passe")
    with created.vault as other:
        (tmp_path / "cv-europass.xml").write_bytes(first)
        _import(other, tmp_path / "cv-europass.xml")
        assert _europass_of(other) == first


def test_a_musette_career_goes_out_as_valid_europass(demo_files: VaultFiles) -> None:
    with demo_files.open() as vault:
        data = export.build(vault, "europass", ShareChoice(language="fr"))
    assert_valid(data)
    text = data.decode("utf-8")
    assert "<XSDVersion>V3.4</XSDVersion>" in text and "<WorkExperience>" in text


def test_a_job_whose_end_was_never_written_does_not_print_as_current(
    opened: Vault, tmp_path: Path
) -> None:
    sample = (SAMPLES / "Europass_CV_V3.4.0_Example.xml").read_text("utf-8")
    ended = sample.replace("<Current>true</Current>", "<Current>false</Current>", 1)
    (tmp_path / "ended.xml").write_text(ended, "utf-8")
    _import(opened, tmp_path / "ended.xml")
    data = export.build(opened, "docx", ShareChoice(language="fr"))
    from docx import Document as Docx

    text = "\n".join(p.text for p in Docx(io.BytesIO(data)).paragraphs)
    job = text.split("Martial Arts Instructor")[1][:200]
    assert "2001" in job and "aujourd" not in job


# ---- what bad input gets -----------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><LearnerInfo>
<Identification><PersonName><FirstName>&lol3;</FirstName></PersonName></Identification>
</LearnerInfo></SkillsPassport>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><LearnerInfo>
<Identification><PersonName><FirstName>&secret;</FirstName></PersonName></Identification>
</LearnerInfo></SkillsPassport>"""
DEEP = b"<SkillsPassport>" + b"<a>" * 200 + b"</a>" * 200 + b"</SkillsPassport>"


def _pdf_carrying(name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    document = PdfWriter()
    document.add_blank_page(595, 842)
    document.add_attachment(name, content)
    document.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (BILLION_LAUGHS, "xml_unsafe"),
        (EXTERNAL_ENTITY, "xml_unsafe"),
        (DEEP, "xml_unsafe"),
        (b"<cv><name>Jeanne</name></cv>", "not_europass"),
        (b"<SkillsPassport xmlns='http://europass.cedefop.europa.eu/Europass'/>", "europass_no_cv"),
        (b"<SkillsPassport><LearnerInfo>", "xml_syntax"),
        (b"\x00\x01 not xml", "xml_syntax"),
        ((SAMPLES / "no-attachments.pdf").read_bytes(), "pdf_no_europass"),
        (_pdf_carrying("facture.xml", b"<facture>12 EUR</facture>"), "pdf_no_europass"),
        (b"%PDF-1.4 this is no PDF at all", "unreadable"),
    ],
    ids=[
        "billion-laughs", "external-entity", "too-deep", "other-xml", "no-cv", "cut-short",
        "binary", "pdf-without-attachment",
        "pdf-with-another-attachment", "damaged-pdf",
    ],
)  # fmt: skip
def test_a_file_that_is_no_europass_cv_is_refused_in_plain_words(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    suffix = ".pdf" if content.startswith(b"%PDF") else ".xml"
    path = tmp_path / f"cv{suffix}"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        reader.read(path)
    assert refused.value.reason == reason
    french, english = refused.value.describe("fr"), refused.value.describe("en")
    assert path.name in french and path.name in english and french != english
    assert "secret" not in french and "root:" not in french


OLD = sorted(p for p in SAMPLES.glob("Europass-CV-version[12]*.xml") if "corrupt" not in p.name)


@pytest.mark.parametrize("sample", OLD, ids=lambda p: p.name)
def test_a_europass_cv_from_before_2013_is_read_as_cedefop_reads_it(
    vault_files: VaultFiles, sample: Path
) -> None:
    """Formats 1.0 to 2.0 (2005–2013): every line the person wrote reaches the records and
    comes out again in a Europass 3.4 file the official schema validates."""
    with vault_files.open() as vault:
        _import(vault, sample)
        data = _europass_of(vault)
    assert_valid(data)
    written = _written(data)
    for line in _old_lines(ET.fromstring(sample.read_bytes())):
        assert line in written, line


def test_an_old_french_europass_cv_lands_in_the_right_records(opened: Vault) -> None:
    _import(opened, SAMPLES / "Europass-CV-version1.1.xml")
    (person,) = opened.records.list(Person)
    assert person.address == "2, rue de la cache\n13000 Marseille"
    assert person.headline == "Serrurier-métallier"
    jobs = {e.title: e for e in opened.records.list(Experience)}
    assert jobs["Artisan serrurier"].organisation == "Sésame Serrures"
    assert jobs["Artisan serrurier"].start_date == "2001-02"
    # Its "- " lines are bullets: they come in as the job's highlights, printed as such.
    highlights = json.loads(jobs["Artisan serrurier"].extra)["json_resume"]["keep"]["highlights"]
    assert "installation de coffres-forts" in highlights
    assert jobs["Artisan serrurier"].end_date == "" and "aujourd" not in _cv_text(opened)
    languages = {s.label: s for s in opened.records.list(Skill) if s.category == "language"}
    # One level for the whole language: the lowest of the five the person gave.
    assert languages["Français"].level == 4 and languages["Italien"].cefr == "A2"


def test_the_europass_pdf_of_2013_carrying_format_2_is_read() -> None:
    plan = reader.read(SAMPLES / "Europass-CV-130619-Emmanouilidi.pdf")
    (person,) = [i.record for i in plan.items if isinstance(i.record, Person)]
    assert person.display_name() == "Sofia Emmanouilidi"


_GRID = {"listening", "reading", "spokeninteraction", "spokenproduction", "writing"}
_OLD_NOT_CV = {"docinfo", "prefs", "photo", "code", "gender", "birthdate", "year", "month", "day"}


def _old_lines(root: ET.Element) -> list[str]:
    """Every line of text a CV of the old formats holds (layout, codes and dates aside)."""
    found: list[str] = []

    def walk(element: ET.Element) -> None:
        if element.tag.rsplit("}", 1)[-1] in _OLD_NOT_CV:
            return
        text = element.text or ""
        if element.tag in _GRID:
            text = text.upper()  # a CEFR level, written a2 then, A2 since
        # A leading "- " is the bullet the old editor typed, not the person's words.
        found.extend(
            re.sub(r"^[-•*·–]\s+", "", line.strip()) for line in text.split("\n") if line.strip()
        )
        for child in element:
            walk(child)

    walk(root)
    return found


# ---- what "nothing lost" compares --------------------------------------------------

_NOT_CV = {"DocumentInfo", "PrintingPreferences", "AttachmentList", "Documentation", "Photo"}


def _values(root: ET.Element) -> set[str]:
    """Every text the person wrote in their Europass CV (codes, dates and layout aside)."""
    found: set[str] = set()

    def walk(element: ET.Element) -> None:
        local = element.tag.split("}")[-1]
        if local in _NOT_CV:
            return
        text = (element.text or "").strip()
        if text and local not in ("Code", "Current"):
            written = rich_text.read(text)
            found.update(written.paragraphs + written.items)
        for child in element:
            walk(child)

    walk(root)
    return found


def _written(data: bytes) -> str:
    """The exported file's texts, rich text read back as plain lines."""
    lines: list[str] = []
    for element in ET.fromstring(data).iter():
        written = rich_text.read((element.text or "").strip())
        lines += [*written.paragraphs, *written.items]
    return "\n".join(lines)


def test_an_attached_file_the_vault_would_refuse_is_named_and_the_rest_comes_in(
    tmp_path: Path,
) -> None:
    """A program attached as "image/jpeg" is judged by its bytes, as any document."""
    program = base64.b64encode(b"MZ\x90\x00" + bytes(200)).decode()
    sample = (SAMPLES / "Europass_CV_V3.4.0_Example.xml").read_text("utf-8")
    sample = sample.replace(
        "<Data><!-- Photo bytes go here --></Data>", f"<Data>{program}</Data>", 1
    )
    path = tmp_path / "cv.xml"
    path.write_text(sample, "utf-8")
    plan = reader.read(path)
    assert not any(isinstance(i.record, Document) for i in plan.items)
    assert [w.path for w in plan.warnings] == ["Identification.Photo.Data"]
    (person,) = [i.record for i in plan.items if isinstance(i.record, Person)]
    assert person.family_name == "NORRIS" and person.photo_document_id == ""


def _cv_text(vault: Vault) -> str:
    from docx import Document as Docx

    data = export.build(vault, "docx", ShareChoice(language="fr"))
    return "\n".join(p.text for p in Docx(io.BytesIO(data)).paragraphs)
