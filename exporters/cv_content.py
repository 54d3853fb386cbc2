"""What a CV says, in the order a reader expects it, whatever it is printed with.

Every template, the DOCX and meeting mode render this one list of blocks, so
that nothing a person holds is printed by one format and forgotten by another:
highlights under their job, skill groups with their keywords, the person's
website and profiles, awards, publications, interests, references when chosen.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from vault.model import (
    Attestation,
    Certification,
    Contact,
    Education,
    Experience,
    Note,
    Person,
    Record,
    Skill,
)

from .career import Career
from .json_resume_map import json_resume_mark
from .ordering import in_user_order
from .share import SECTIONS, ShareChoice, cv_section, expired_on
from .translations import highlights_in
from .words import capitalised, day_month_year, month_year, period, words

_R = TypeVar("_R", bound=Record)
# Where an import kept a date it could not read: JSON Resume's keys, LinkedIn's columns.
_START_KEYS = ("startDate", "Started On", "Start Date")
_END_KEYS = ("endDate", "Finished On", "End Date")


@dataclass(frozen=True)
class Link:
    """A web address the person gave, with the name a reader sees."""

    label: str
    url: str


@dataclass(frozen=True)
class Entry:
    """One item of a section: a job, a diploma, a skill group, a language…"""

    title: str
    where: str = ""  # employer, school, issuer, publisher
    when: str = ""  # a period or a date, in words
    place: str = ""
    text: str = ""
    highlights: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    url: str = ""
    level: str = ""  # the level in words, or CEFR
    confirmed: bool = False  # an attestation whose signer was confirmed in person


@dataclass(frozen=True)
class Block:
    """A section: its heading and its entries, in print order."""

    key: str
    heading: str
    entries: tuple[Entry, ...]
    inline: bool = False  # short entries (skills, languages, interests): one line each


@dataclass(frozen=True)
class Header:
    """Who: name, headline, contact details, links, photo, summary."""

    name: str
    headline: str = ""
    contact: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    photo: bytes | None = None
    summary: str = ""
    summary_heading: str = ""


@dataclass(frozen=True)
class CvContent:
    """A CV, ready for any template."""

    header: Header | None
    blocks: tuple[Block, ...]
    language: str


# Sections in print order, the summary being in the header; applications are for the
# brief and the meeting only.
ORDER = tuple(section for section in SECTIONS if section not in ("summary", "applications"))


def cv_content(career: Career, choice: ShareChoice) -> CvContent:
    """The CV's content for a career already filtered by `select`."""
    return _Content(career, choice).build()


ENDED = "_ended"  # set by `kept` when a Europass CV said the period is over


def kept(record: Record) -> dict[str, Any]:
    """What an import kept that has no field of its own (JSON Resume or LinkedIn keys)."""
    extra = json.loads(record.extra)
    out: dict[str, Any] = {}
    europass = extra.get("europass")
    if isinstance(europass, dict) and europass.get("current") is False:
        out[ENDED] = True
    linkedin = extra.get("linkedin")
    if isinstance(linkedin, dict):
        out.update(linkedin)
    mark = json_resume_mark(record).get("keep")
    if isinstance(mark, dict):
        out.update(mark)
    return out


def unread_dates(record: Record) -> tuple[str, str]:
    """The start and end an import kept as written because Musette could not read them
    (or the end came before the start): shown as written and marked to check."""
    own = kept(record)
    start = next((text(own.get(k)) for k in _START_KEYS if text(own.get(k))), "")
    end = next((text(own.get(k)) for k in _END_KEYS if text(own.get(k))), "")
    return start, end


def ended(record: Record) -> bool:
    """Whether an import said the period is over though it gave no end date."""
    return kept(record).get(ENDED) is True


def texts(value: Any) -> tuple[str, ...]:
    """A list of text kept by an import, without blanks; anything else is no list."""
    if not isinstance(value, list):
        return ()
    return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def links_of(person: Person) -> tuple[Link, ...]:
    """The person's website and profiles (LinkedIn, GitHub…), in the order they gave them."""
    found: list[Link] = []
    own = kept(person)
    website = text(own.get("url")) or text(own.get("website"))
    if website:
        found.append(Link(_short(website), website))
    profiles = own.get("profiles")
    for profile in profiles if isinstance(profiles, list) else []:
        if not isinstance(profile, dict):
            continue
        url, network = text(profile.get("url")), text(profile.get("network"))
        username = text(profile.get("username"))
        if url:
            found.append(Link(_short(url), url))
        elif network and username:
            found.append(Link(f"{network}: {username}", ""))
    found += [Link(_short(address), address) for address in texts(own.get("Websites"))]
    unique: dict[str, Link] = {}
    for link in found:
        unique.setdefault(link.url or link.label, link)
    return tuple(unique.values())


def _short(url: str) -> str:
    """'https://www.linkedin.com/in/sophie/' -> 'linkedin.com/in/sophie'."""
    return re.sub(r"^[a-z]+://(www\.)?", "", url.strip(), flags=re.IGNORECASE).rstrip("/")


_ESCO_LANGUAGE = re.compile(
    r"^(?:interagir verbalement en|comprendre l[’']?\s*|comprendre le|comprendre la"
    r"|interact verbally in|understand (?:spoken |written )?|write|communiquer en)\s*"
    r"(?P<name>[\w-]+)(?: (?:parlé|écrit)e?)?$",
    re.IGNORECASE,
)


def language_name(label: str) -> str:
    """'interagir verbalement en anglais' -> 'Anglais'; a name the person wrote stays theirs."""
    match = _ESCO_LANGUAGE.match(label.strip())
    return capitalised(match.group("name")) if match else label


class _Content:
    def __init__(self, career: Career, choice: ShareChoice) -> None:
        self.career = career
        self.choice = choice
        self.lang = choice.language
        self.w = words(self.lang)
        self.sections: dict[str, list[Record]] = {}
        for record in career.records:
            section = cv_section(record)
            if section is not None:
                self.sections.setdefault(section, []).append(record)

    def build(self) -> CvContent:
        makers: dict[str, Callable[[], list[Entry]]] = {
            "experience": lambda: self._experiences("experience"),
            "education": self._education,
            "certifications": lambda: self._certificates("certifications"),
            "skills": self._skills,
            "languages": self._languages,
            "volunteering": lambda: self._experiences("volunteering"),
            "projects": lambda: self._experiences("projects"),
            "awards": lambda: self._certificates("awards"),
            "publications": lambda: self._notes("publications"),
            "interests": lambda: self._notes("interests"),
            "additional": lambda: self._notes("additional"),
            "attestations": self._attestations,
            "references": self._references,
        }
        blocks = []
        for key in ORDER:
            if key not in self.choice.sections:
                continue
            entries = makers[key]()
            if entries:
                inline = key in ("skills", "languages", "interests", "attestations")
                blocks.append(Block(key, self.w[key], tuple(entries), inline))
        return CvContent(self._header(), tuple(blocks), self.lang)

    def _header(self) -> Header | None:
        person = self.career.person
        if person is None:
            return None
        place = " ".join(p for p in (person.postcode, person.city) if p)
        contact = tuple(p for p in (person.email, person.phone, person.address, place) if p)
        links = () if "links" in self.choice.hide or self.choice.anonymise else links_of(person)
        photo = self.career.contents.get(person.photo_document_id)
        summary = person.summary if "summary" in self.choice.sections else ""
        return Header(
            name=person.display_name() or self.w["anonymous"],
            headline=person.headline,
            contact=contact,
            links=links,
            photo=photo,
            summary=summary,
            summary_heading=self.w["summary"],
        )

    def _of(self, section: str, cls: type[_R]) -> list[_R]:
        """The section's records in the order the person gave them (dated ones are then
        sorted by date, as a CV reads)."""
        return in_user_order([r for r in self.sections.get(section, []) if isinstance(r, cls)])

    def _experiences(self, section: str) -> list[Entry]:
        chosen = self._of(section, Experience)
        chosen.sort(key=lambda e: (e.end_date == "", e.end_date, e.start_date), reverse=True)
        out = []
        for e in chosen:
            own = kept(e)
            out.append(
                Entry(
                    title=e.title,
                    where=e.organisation,
                    when=self._when(e.start_date, e.end_date, own),
                    # Where, what the organisation does, what kind of project: one small line.
                    place=" · ".join(
                        p
                        for p in (e.location, text(own.get("description")), text(own.get("type")))
                        if p
                    ),
                    text=e.description,
                    highlights=highlights_in(e, self.lang) or texts(own.get("highlights")),
                    keywords=texts(own.get("keywords")) + texts(own.get("roles")),
                    url=text(own.get("url")) or text(own.get("website")),
                )
            )
        return out

    def _when(self, start: str, end: str, own: dict[str, Any]) -> str:
        """The period; a date Musette could not read is printed as the person wrote it,
        never replaced by "today" (a past job must not read as current)."""
        start_text = next((text(own.get(k)) for k in _START_KEYS if text(own.get(k))), "")
        end_text = next((text(own.get(k)) for k in _END_KEYS if text(own.get(k))), "")
        if not start_text and not end_text:
            if start and not end and own.get(ENDED) is True:
                return month_year(start, self.lang)  # over, its end never written
            return period(start, end, self.lang)
        # What the person later typed in Musette wins over the unread text.
        first = month_year(start, self.lang) if start else start_text
        last = month_year(end, self.lang) if end else end_text
        return f"{first}\u00a0– {last}" if first and last else first or last

    def _education(self) -> list[Entry]:
        chosen = self._of("education", Education)
        chosen.sort(key=lambda e: (e.end_date == "", e.end_date, e.start_date), reverse=True)
        out = []
        for e in chosen:
            own = kept(e)
            score = text(own.get("score"))
            details = [e.field_of_study, e.description]
            if score:
                details.append(self.w["score"].format(score=score))
            out.append(
                Entry(
                    title=e.title,
                    where=e.institution,
                    when=self._when(e.start_date, e.end_date, own),
                    text="\n".join(d for d in details if d),
                    highlights=texts(own.get("courses")),
                    url=text(own.get("url")),
                )
            )
        return out

    def _certificates(self, section: str) -> list[Entry]:
        chosen = self._of(section, Certification)
        chosen.sort(key=lambda c: c.issued_on, reverse=True)
        out = []
        for c in chosen:
            own = kept(c)
            out.append(
                Entry(
                    title=c.name,
                    where=c.issuer,
                    when=month_year(c.issued_on, self.lang),
                    text="\n".join(p for p in (c.identifier, text(own.get("summary"))) if p),
                    url=c.url,
                )
            )
        return out

    def _skills(self) -> list[Entry]:
        """Skills with keywords are groups of their own; the others are grouped by level."""
        skills = self._of("skills", Skill)
        out: list[Entry] = []
        # A CV made for an ad: the skills it asks for first, in the order chosen.
        first = {record_id: n for n, record_id in enumerate(self.career.key_skills)}
        key = sorted((s for s in skills if s.id in first), key=lambda s: first[s.id])
        if key:
            labels = tuple(capitalised(self.career.skill_label(s)) for s in key)
            out.append(Entry(title=self.w["key_skills"], keywords=labels))
        by_level: dict[str, list[str]] = {}
        levels: dict[str, int] = {}
        for skill in skills:
            if skill.id in first:
                continue
            own = kept(skill)
            level = self._level_words(skill, text(own.get("level")))
            keywords = texts(own.get("keywords"))
            label = capitalised(self.career.skill_label(skill))
            if keywords:
                out.append(Entry(title=label, level=level, keywords=keywords))
            else:
                by_level.setdefault(level, []).append(label)
                levels[level] = skill.level or 0
        for level in sorted(by_level, key=lambda word: -levels[word]):
            labels = tuple(by_level[level])
            out.append(Entry(title=level, keywords=labels))
        return out

    def _level_words(self, skill: Skill, own_word: str) -> str:
        """The person's own level word when they gave one; else Musette's word for the level."""
        if own_word:
            return own_word
        return self.w[f"level{skill.level}"] if skill.level else ""

    def _languages(self) -> list[Entry]:
        spoken = self._of("languages", Skill)
        out = []
        for s in spoken:
            own = kept(s)
            word = text(own.get("fluency")) or text(own.get("Proficiency"))
            if not word and s.level:
                word = self.w[f"language{s.level}"]
            level = f"{s.cefr} ({word.lower()})" if s.cefr and word else (s.cefr or word)
            label = self.career.skill_label(s)  # ESCO's words in the export's language
            name = language_name(label) if s.esco_uri else label
            out.append(Entry(title=capitalised(name), level=level))
        return out

    def _notes(self, section: str) -> list[Entry]:
        out = []
        for note in self._of(section, Note):
            own = kept(note)
            if section == "interests":
                out.append(Entry(title=note.title, keywords=texts(own.get("keywords"))))
            else:
                out.append(
                    Entry(
                        title=note.title,
                        where=text(own.get("publisher")),
                        when=day_month_year(note.occurred_on, self.lang),
                        text=note.body,
                        url=text(own.get("url")),
                    )
                )
        return out

    def _references(self) -> list[Entry]:
        out = []
        for contact in self._of("references", Contact):
            name = " ".join(p for p in (contact.given_name, contact.family_name) if p)
            where = ", ".join(p for p in (contact.role, contact.organisation) if p)
            out.append(Entry(title=name, where=where, text=contact.note))
        return out

    def _attestations(self) -> list[Entry]:
        out = []
        for attestation in self._of("attestations", Attestation):
            if attestation.status not in ("verified", "confirmed"):
                continue  # only what anyone can check offline goes on a CV
            name = json.loads(attestation.extra).get("badge", {}).get("name", "")
            level = ""
            expired = expired_on(attestation)
            if expired:  # only there because the person chose to include it
                level = self.w["expired_on"].format(date=day_month_year(expired, self.lang))
            confirmed = attestation.status == "confirmed"
            out.append(
                Entry(title=name, where=attestation.issuer_name, level=level, confirmed=confirmed)
            )
        return out
