"""What a share profile lets out: sections, items, fields, language, template, paper."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault.model import (
    Application,
    ApplicationEvent,
    Attestation,
    Certification,
    Contact,
    CoverLetter,
    Education,
    Experience,
    Note,
    Person,
    Record,
    ShareProfile,
    Situation,
    Skill,
)

from .career import Career
from .credentials.credential import NOT_ABOUT_YOU
from .translations import in_language

SECTIONS = (
    "summary",
    "experience",
    "education",
    "certifications",
    "skills",
    "languages",
    "volunteering",
    "projects",
    "awards",
    "publications",
    "interests",
    "additional",
    "attestations",
    "references",
    "applications",
)
# References name other people, and applications name employers and where one stands with
# them: they go out only when a profile asks for them (the brief and the meeting show
# the applications in progress; no CV prints them).
DEFAULT_SECTIONS = tuple(s for s in SECTIONS if s not in ("references", "applications"))
# Sections a profile saved before they existed shows all the same: awards were
# printed with certifications, publications and interests are the person's own, and
# "additional" holds what a Europass CV called additional information.
_ADDED_SINCE = (("0.4", ("awards", "publications", "interests")), ("0.5", ("additional",)))
SECTIONS_OF = _ADDED_SINCE[-1][0]
HIDEABLE = ("address", "birth_date", "phone", "email", "photo", "links", "disability")
# Hidden unless the person chose to show them (a profile stores that consent).
HIDDEN_BY_DEFAULT = frozenset({"address", "birth_date", "disability"})
PAPERS = ("A4", "letter")


def _version(text: str) -> tuple[int, ...]:
    """'0.4' -> (0, 4); '' (a profile saved before versions were noted) -> ()."""
    return tuple(int(part) for part in text.split(".") if part.isdigit())


@dataclass(frozen=True)
class ShareChoice:
    """A share profile as exporters use it (or the defaults when there is none)."""

    name: str = ""
    audience: str = ""
    language: str = "fr"
    template: str = ""
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    hide: frozenset[str] = HIDDEN_BY_DEFAULT
    anonymise: bool = False
    exclude: frozenset[str] = frozenset()  # record ids left out
    paper: str = "A4"
    profile_id: str = ""
    questions: str = ""  # what the person wants to ask at the meeting (advisor brief)
    include_expired: bool = False  # attestations past their validUntil, printed as expired
    # Skills put first, under « Compétences clés » (a CV made for a job ad: those it asks for).
    key_skills: tuple[str, ...] = ()

    @classmethod
    def from_profile(cls, profile: ShareProfile) -> ShareChoice:
        sections = json.loads(profile.sections) or list(DEFAULT_SECTIONS)
        options: dict[str, Any] = json.loads(profile.options)
        saved_with = _version(str(options.get("sections_of", "")))
        for version, added in _ADDED_SINCE:
            if saved_with < _version(version):  # as numbers: "0.10" comes after "0.9"
                sections = [*sections, *(s for s in added if s not in sections)]
        return cls(
            name=profile.name,
            audience=profile.audience,
            language=profile.language,
            template=profile.template,
            sections=tuple(s for s in sections if s in SECTIONS),
            hide=frozenset(
                h for h in options.get("hide", ["address", "birth_date"]) if h in HIDEABLE
            )
            # A disability recognition goes out only with the person's explicit yes,
            # also in profiles saved before it could be shown at all.
            | (frozenset() if options.get("show_disability") is True else {"disability"}),
            anonymise=bool(options.get("anonymise", False)),
            exclude=frozenset(str(i) for i in options.get("exclude", [])),
            paper=options.get("paper", "A4") if options.get("paper") in PAPERS else "A4",
            profile_id=profile.id,
            questions=str(options.get("questions", "")),
            include_expired=options.get("include_expired") is True,
            key_skills=tuple(str(i) for i in options.get("key_skills", []) if isinstance(i, str)),
        )

    def to_options(self) -> str:
        return json.dumps(
            {
                "hide": sorted(self.hide - {"disability"}),
                "show_disability": "disability" not in self.hide,
                "anonymise": self.anonymise,
                "exclude": sorted(self.exclude),
                "paper": self.paper,
                "questions": self.questions,
                "include_expired": self.include_expired,
                "key_skills": list(self.key_skills),
                "sections_of": SECTIONS_OF,
            },
            sort_keys=True,
        )


ANONYMOUS_EMPLOYER = {"fr": "Employeur (nom masqué)", "en": "Employer (name withheld)"}


def select(career: Career, choice: ShareChoice) -> Career:
    """Only what the choice lets out, in its language: left-out items removed, hidden fields
    emptied, the person's texts in the choice's language where they wrote them.

    Exporters then never see what was hidden, so it cannot leak into any format.
    """
    person = career.person
    if person is not None:
        blank: dict[str, Any] = {}
        if "address" in choice.hide:
            blank.update(address="", postcode="")
        for name in ("birth_date", "phone", "email"):
            if name in choice.hide:
                blank[name] = ""
        if "photo" in choice.hide:
            blank["photo_document_id"] = ""
        if "summary" not in choice.sections:
            blank["summary"] = ""
        if choice.anonymise:
            # A French « CV anonyme »: no name, no contact, no photo, no age.
            blank.update(
                given_name="",
                family_name="",
                preferred_name="",
                address="",
                postcode="",
                birth_date="",
                phone="",
                email="",
                photo_document_id="",
            )
        if "links" in choice.hide or choice.anonymise:
            blank["extra"] = _without_links(person.extra)
        person = in_language(dataclasses.replace(person, **blank), choice.language)
    kept: list[Record] = []
    for record in career.records:
        if record.id in choice.exclude or not _wanted(record, choice.sections):
            continue
        if isinstance(record, Attestation) and record.status == NOT_ABOUT_YOU:
            continue  # a credential about someone else never leaves
        if isinstance(record, Attestation) and expired_on(record) and not choice.include_expired:
            continue  # out of date: only when the person chose to show it, and then as such
        if choice.anonymise and isinstance(record, Contact | Note | Situation):
            continue  # references and notes name people; a situation describes one
        if isinstance(record, Situation) and "disability" in choice.hide:
            record = dataclasses.replace(record, disability=False, disability_until="")
        if choice.anonymise and isinstance(record, Experience) and record.anonymise:
            record = dataclasses.replace(
                record, organisation=ANONYMOUS_EMPLOYER.get(choice.language, "…")
            )
        kept.append(in_language(record, choice.language))
    contents = {k: v for k, v in career.contents.items() if k not in choice.exclude}
    shown = {record.id for record in kept}
    key = tuple(i for i in choice.key_skills if i in shown)
    return Career(person, tuple(kept), contents, career.labels, key)


_LINK_KEYS = ("url", "website", "profiles", "Websites", "Twitter Handles")


def _without_links(extra: str) -> str:
    """The person's kept import data without their website and profiles."""
    data = json.loads(extra)
    for source in ("linkedin", "json_resume"):
        kept = data.get(source)
        if source == "json_resume" and isinstance(kept, dict):
            kept = kept.get("keep")
        if isinstance(kept, dict):
            for key in _LINK_KEYS:
                kept.pop(key, None)
    return json.dumps(data, ensure_ascii=False)


def expired_on(attestation: Attestation, today: date | None = None) -> str:
    """The day an attestation stopped being valid (its validUntil), or "" while it is."""
    badge = json.loads(attestation.extra).get("badge", {})
    until = str(badge.get("valid_until") or "") if isinstance(badge, dict) else ""
    if not until:
        return ""
    day = until[:10]
    return day if day < (today or date.today()).isoformat() else ""


def cv_section(record: Record) -> str | None:
    """The CV section a record is printed in, or None when it is in none."""
    if isinstance(record, Experience):
        return {"volunteering": "volunteering", "personal": "projects"}.get(
            record.kind, "experience"
        )
    if isinstance(record, Education):
        return "education"
    if isinstance(record, Skill):
        return "languages" if record.category == "language" else "skills"
    if isinstance(record, Attestation):
        return "attestations"
    if isinstance(record, Certification | Note | Contact):
        mark = json.loads(record.extra).get("json_resume", {})
        marked = mark.get("section") if isinstance(mark, dict) else None
        if isinstance(record, Certification):
            return "awards" if marked == "awards" else "certifications"
        if marked in ("publications", "interests", "references", "additional"):
            return str(marked)
    return None


def _wanted(record: Record, sections: tuple[str, ...]) -> bool:
    if isinstance(record, Application | ApplicationEvent | CoverLetter):
        return "applications" in sections
    section = cv_section(record)
    if section is not None:
        return section in sections
    return not isinstance(record, Person)  # documents, notes… are for exporters to pick
