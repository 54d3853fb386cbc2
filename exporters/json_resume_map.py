"""How JSON Resume sections map onto Musette records, shared by its importer and exporter."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from vault.model import Certification, Contact, Education, Experience, Note, Record, Skill

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
BASE_FIELDS = frozenset({"id", "created_at", "updated_at", "provenance", "deleted_at", "extra"})
LINK_FIELDS = frozenset({"related_id", "record_id", "skill_id", "contact_id", "project_id"})


@dataclass(frozen=True)
class Section:
    """One array section of a résumé and the record each of its items becomes."""

    name: str
    cls: type[Record]
    fields: tuple[tuple[str, str], ...]  # (JSON key, record field), text values
    dates: tuple[tuple[str, str], ...] = ()  # (JSON key, record field), partial ISO dates
    fixed: dict[str, Any] = field(default_factory=dict)  # record fields the section implies
    required: str = ""  # the record field that may not be empty
    fallbacks: tuple[str, ...] = ()  # JSON keys tried in turn for `required`
    derived: tuple[str, ...] = ()  # record fields computed from kept values, never exported

    def mapped_fields(self) -> set[str]:
        return {f for _, f in self.fields} | {f for _, f in self.dates} | set(self.fixed)

    def musette_fields(self) -> list[dataclasses.Field[Any]]:
        """The record's own fields JSON Resume has no place for (kept under meta.musette)."""
        skip = self.mapped_fields() | BASE_FIELDS | LINK_FIELDS | set(self.derived)
        return [f for f in dataclasses.fields(self.cls) if f.name not in skip]


_PERIOD = (("startDate", "start_date"), ("endDate", "end_date"))

SECTIONS: tuple[Section, ...] = (
    Section(
        "work",
        Experience,
        (
            ("position", "title"),
            ("name", "organisation"),
            ("location", "location"),
            ("summary", "description"),
        ),
        _PERIOD,
        required="title",
        fallbacks=("name",),
    ),
    Section(
        "volunteer",
        Experience,
        (("position", "title"), ("organization", "organisation"), ("summary", "description")),
        _PERIOD,
        fixed={"kind": "volunteering"},
        required="title",
        fallbacks=("organization",),
    ),
    Section(
        "projects",
        Experience,
        (("name", "title"), ("entity", "organisation"), ("description", "description")),
        _PERIOD,
        fixed={"kind": "personal"},
        required="title",
        fallbacks=("entity",),
    ),
    Section(
        "education",
        Education,
        (("studyType", "title"), ("institution", "institution"), ("area", "field_of_study")),
        _PERIOD,
        required="title",
        fallbacks=("area", "institution"),
    ),
    Section(
        "certificates",
        Certification,
        (("name", "name"), ("issuer", "issuer"), ("url", "url")),
        (("date", "issued_on"),),
        required="name",
        fallbacks=("issuer",),
    ),
    Section(
        "awards",
        Certification,
        (("title", "name"), ("awarder", "issuer")),
        (("date", "issued_on"),),
        required="name",
        fallbacks=("awarder",),
    ),
    Section(
        "skills",
        Skill,
        (("name", "label"),),
        required="label",
        derived=("level",),
    ),
    Section(
        "languages",
        Skill,
        (("language", "label"),),
        fixed={"category": "language"},
        required="label",
        derived=("level",),
    ),
    Section(
        "interests",
        Note,
        (("name", "title"),),
        required="title",
        derived=("body",),
    ),
    Section(
        "publications",
        Note,
        (("name", "title"), ("summary", "body")),
        (("releaseDate", "occurred_on"),),
        required="title",
        fallbacks=("publisher",),
    ),
    Section(
        "references",
        Contact,
        (("reference", "note"),),
        required="family_name",
        derived=("given_name", "family_name"),
    ),
)
BY_NAME = {section.name: section for section in SECTIONS}

# Sections whose records can only be told apart by a mark the import leaves.
MARKED_SECTIONS = frozenset({"awards", "interests", "publications", "references"})

BASICS_FIELDS = (
    ("label", "headline"),
    ("email", "email"),
    ("phone", "phone"),
    ("summary", "summary"),
)
LOCATION_FIELDS = (
    ("address", "address"),
    ("postalCode", "postcode"),
    ("city", "city"),
    ("countryCode", "country"),
)
PERSON_MUSETTE_FIELDS = ("given_name", "family_name", "preferred_name", "birth_date")


def section_of(record: Record) -> str | None:
    """The JSON Resume section a record is exported in, or None when it has none."""
    mark = str(json_resume_mark(record).get("section", ""))
    if isinstance(record, Experience):
        return {"volunteering": "volunteer", "personal": "projects"}.get(record.kind, "work")
    if isinstance(record, Education):
        return "education"
    if isinstance(record, Certification):
        return "awards" if mark == "awards" else "certificates"
    if isinstance(record, Skill):
        return "languages" if record.category == "language" else "skills"
    if isinstance(record, Note | Contact):
        return mark if mark in MARKED_SECTIONS else None
    return None


def json_resume_mark(record: Record) -> dict[str, Any]:
    """What the JSON Resume import noted on a record (section, keys kept, titles borrowed)."""
    kept = json.loads(record.extra).get("json_resume", {})
    return kept if isinstance(kept, dict) else {}


def split_name(name: str) -> tuple[str, str]:
    """'Marie-Claire Dupont Moreau' -> ('Marie-Claire', 'Dupont Moreau')."""
    given, _, family = " ".join(name.split()).partition(" ")
    return given, family


def name_as_written(mark: dict[str, Any], given: str, family: str) -> str:
    """The full name as the imported file wrote it, while Musette's two parts still say it."""
    written = mark.get("written_name")
    if isinstance(written, str) and split_name(written) == (given, family):
        return written
    return " ".join(p for p in (given, family) if p)
