"""Write a Europass CV: SkillsPassport XML of schema 3.4, which Cedefop's XSD validates.

What an Europass import kept (the language grid, codes, the kind of headline) is
given back where the schema has a place for it; what Musette holds and Europass
has no section for goes where a Europass CV puts it (projects, certificates,
publications, interests: "additional information").
"""

from __future__ import annotations

import base64
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from html import escape
from typing import Any

from vault.model import (
    Certification,
    Contact,
    Education,
    Experience,
    Note,
    Person,
    Record,
    Skill,
    SkillEvidence,
)

from ..career import Career
from ..json_resume_map import json_resume_mark
from ..ordering import user_order
from ..readers.rich_text import plain
from ..share import ShareChoice, cv_section
from ..words import words
from .images import clean_png

URI = "http://europass.cedefop.europa.eu/Europass"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{URI} http://europass.cedefop.europa.eu/xml/v3.4.0/EuropassSchema.xsd"
CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
GRID = ("Listening", "Reading", "SpokenInteraction", "SpokenProduction", "Writing")
DIGITAL_GRID = ("Information", "Communication", "ContentCreation", "Safety", "ProblemSolving")
PERSONAL_SKILLS = ("Communication", "Organisational", "JobRelated", "Computer", "Other")
# The schema's code lists: a code outside them is written as a label only.
ACHIEVEMENT_CODES = frozenset(
    {
        "honors_awards", "presentations", "publications", "projects", "citations",
        "memberships", "conferences", "seminars", "workshops", "references",
        "signature_equivalent", "courses", "certifications",
    }
)  # fmt: skip
HEADLINE_CODES = frozenset(
    {"preferred_job", "job_applied_for", "studies_applied_for", "position", "personal_statement"}
)
DRIVING_LICENCES = frozenset(
    {"A", "A1", "A2", "AM", "B", "B1", "BE", "C", "C1", "C1E", "CE", "D", "D1", "D1E", "DE"}
)
PHONE_USES = frozenset({"home", "work", "mobile"})
WEBSITE_USES = frozenset({"personal", "business", "blog", "portfolio"})
# ISO 3166 codes Europass writes in the EU's own way.
_COUNTRY = {"GB": "UK", "GR": "EL"}


def export(career: Career, choice: ShareChoice, *, now: str = "") -> bytes:
    """The Europass XML, UTF-8; `now` (ISO date-time) fixes the document's dates for tests."""
    ET.register_namespace("", URI)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(_q("SkillsPassport"), {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION})
    root.set("locale", choice.language)
    _Writer(career, choice).write(root, now or _now())
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _q(tag: str) -> str:
    return f"{{{URI}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str = "", **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag), attributes)
    if text:
        element.text = text
    return element


def _code_label(parent: ET.Element, tag: str, code: str, label: str, codes: Any = None) -> None:
    """A {Code, Label} element; a code the schema does not list is left out."""
    if codes is not None and code not in codes:
        code = ""
    if not (code or label):
        return
    element = _sub(parent, tag)
    if code:
        _sub(element, "Code", code)
    if label:
        _sub(element, "Label", label)


def _date(parent: ET.Element, tag: str, iso: str) -> None:
    """'2019-03-10' -> year="2019" month="--03" day="---10", as the schema's DateType says."""
    if not iso[:4].isdigit():
        return
    attributes = {"year": iso[:4]}
    if len(iso) >= 7:
        attributes["month"] = f"--{iso[5:7]}"
    if len(iso) == 10:
        attributes["day"] = f"---{iso[8:10]}"
    _sub(parent, tag, **attributes)


def _html(paragraphs: Iterable[str], items: Iterable[str] = ()) -> str:
    """Europass's rich text: paragraphs, then a bulleted list."""
    out = [f"<p>{escape(p, quote=False)}</p>" for line in paragraphs for p in [plain(line)] if p]
    bullets = [f"<li>{escape(plain(i), quote=False)}</li>" for i in items if plain(i)]
    if bullets:
        out.append("<ul>" + "".join(bullets) + "</ul>")
    return "".join(out)


_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _uri(url: str) -> str:
    """A web address the schema's anyURI accepts (a stray %, brackets outside the host and a
    second # are what it refuses), escaped only where it must be."""
    url = _STRAY_PERCENT.sub("%25", url)
    head, hash_, fragment = url.partition("#")
    authority_end = 0
    if "//" in head:
        start = head.index("//") + 2
        ends = [i for i in (head.find("/", start), head.find("?", start)) if i != -1]
        authority_end = min(ends) if ends else len(head)
    rest = head[authority_end:].replace("[", "%5B").replace("]", "%5D")
    fragment = fragment.replace("#", "%23").replace("[", "%5B").replace("]", "%5D")
    return head[:authority_end] + rest + hash_ + fragment


def _europass(record: Record) -> dict[str, Any]:
    kept = json.loads(record.extra).get("europass", {})
    return kept if isinstance(kept, dict) else {}


def _dict(source: dict[str, Any], key: str) -> dict[str, Any]:
    found = source.get(key)
    return found if isinstance(found, dict) else {}


def _list(source: dict[str, Any], key: str) -> list[Any]:
    found = source.get(key)
    return found if isinstance(found, list) else []


def _keep(record: Record) -> dict[str, Any]:
    kept = json_resume_mark(record).get("keep", {})
    return kept if isinstance(kept, dict) else {}


def _texts(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def _in_order(records: list[Any]) -> list[Any]:
    """The order of the file they came from, then the rest by date, most recent first."""

    def key(record: Record) -> tuple[int, str, int, str]:
        position = json_resume_mark(record).get("position")
        if (place := user_order(record)) is not None:  # dragged into place in Musette
            return (0, "", place, "")
        if isinstance(position, int):
            return (1, record.provenance.detail, position, "")
        when = getattr(record, "end_date", "") or "9999"
        return (2, "", 0, f"{9999 - int(when[:4]) if when[:4].isdigit() else 0:04d}{when}")

    return sorted(records, key=key)


class _Writer:
    def __init__(self, career: Career, choice: ShareChoice) -> None:
        self.career = career
        self.choice = choice
        self.w = words(choice.language)
        self.by_section: dict[str, list[Record]] = {}
        for record in career.records:
            section = cv_section(record)
            if section is not None:
                self.by_section.setdefault(section, []).append(record)
        # Certificates attached to a language or a digital skill (SkillEvidence links).
        by_id = career.by_id()
        self.proofs: dict[str, list[Certification]] = {}
        for evidence in career.records:
            if isinstance(evidence, SkillEvidence):
                proof = by_id.get(evidence.record_id)
                if isinstance(proof, Certification) and _europass(proof).get("certificate_of"):
                    self.proofs.setdefault(evidence.skill_id, []).append(proof)
        self.placed = {c.id for proofs in self.proofs.values() for c in proofs}

    def shows(self, detail: str) -> bool:
        return detail not in self.choice.hide and not self.choice.anonymise

    def of(self, section: str, cls: type[Any]) -> list[Any]:
        return [r for r in self.by_section.get(section, []) if isinstance(r, cls)]

    def write(self, root: ET.Element, now: str) -> None:
        info = _sub(root, "DocumentInfo")
        _sub(info, "DocumentType", "ECV")
        _sub(info, "CreationDate", now)
        _sub(info, "LastUpdateDate", now)
        _sub(info, "XSDVersion", "V3.4")
        _sub(info, "Generator", "Musette")
        learner = _sub(root, "LearnerInfo")
        person = self.career.person
        if person is not None:
            self.identification(learner, person)
        self.work(learner)
        self.education(learner)
        self.skills(learner)
        self.achievements(learner)

    # ---- the person ---------------------------------------------------------------

    def identification(self, learner: ET.Element, person: Person) -> None:
        own = _europass(person)
        ident = _sub(learner, "Identification")
        if person.given_name or person.family_name:
            name = _sub(ident, "PersonName")
            _sub(name, "FirstName", person.given_name)
            _sub(name, "Surname", person.family_name)
        contact = ET.Element(_q("ContactInfo"))
        country = own.get("country", {}) if isinstance(own.get("country"), dict) else {}
        # Musette's country is what the person typed: a code ("FR") or a name ("France").
        typed = person.country.strip()
        is_code = len(typed) == 2 and typed.isalpha()
        code = _COUNTRY.get(typed.upper(), typed.upper()) if is_code else ""
        label = str(country.get("label", "")) if not typed or is_code else typed
        if person.address or person.postcode or person.city or typed or country:
            address = _sub(_sub(contact, "Address"), "Contact")
            lines = person.address.split("\n", 1)
            for tag, value in (
                ("AddressLine", lines[0]),
                ("AddressLine2", lines[1] if len(lines) > 1 else ""),
                ("PostalCode", person.postcode),
                ("Municipality", person.city),
            ):
                if value:
                    _sub(address, tag, value)
            _code_label(address, "Country", code or str(country.get("code", "")), label)
        if person.email:
            _sub(_sub(contact, "Email"), "Contact", person.email)
        phones = own.get("phones") if isinstance(own.get("phones"), list) else None
        if not person.phone:
            phones = None  # hidden by the share profile, or deleted in Musette
        numbers = phones or ([{"number": person.phone}] if person.phone else [])
        if person.phone and phones and phones[0].get("number") != person.phone:
            numbers = [{"number": person.phone}]  # changed in Musette since the import
        if numbers:
            listed = _sub(contact, "TelephoneList")
            for phone in numbers:
                telephone = _sub(listed, "Telephone")
                _sub(telephone, "Contact", str(phone.get("number", "")))
                _code_label(
                    telephone, "Use", phone.get("code", ""), phone.get("label", ""), PHONE_USES
                )
        sites = [
            p for p in _keep(person).get("profiles", []) if isinstance(p, dict) and p.get("url")
        ]
        if url := _keep(person).get("url"):
            sites.insert(0, {"url": url})
        if sites:
            listed = _sub(contact, "WebsiteList")
            for site in sites:
                website = _sub(listed, "Website")
                _sub(website, "Contact", _uri(str(site["url"])))
                network = str(site.get("network", ""))
                use = network.lower() if network.lower() in WEBSITE_USES else ""
                _code_label(website, "Use", use, network)
        messaging = _list(own, "messaging")
        if not self.shows("links") or not person.email:
            messaging = []  # an address to reach the person, like their links
        if messaging:
            listed = _sub(contact, "InstantMessagingList")
            for entry in messaging:
                im = _sub(listed, "InstantMessaging")
                _sub(im, "Contact", str(entry.get("address", "")))
                _code_label(im, "Use", "", str(entry.get("label") or entry.get("code", "")))
        if len(contact):
            ident.append(contact)
        demographics = ET.Element(_q("Demographics"))
        _date(demographics, "Birthdate", person.birth_date)
        # Gender and nationality go out only with the birth date: what a French CV leaves
        # out unless the person chose to show it, and never on an anonymised CV.
        demographic = self.shows("birth_date")
        gender = _dict(own, "gender") if demographic else {}
        if gender:
            _code_label(
                demographics, "Gender", gender.get("code", ""), gender.get("label", ""), {"M", "F"}
            )
        nationalities = _list(own, "nationalities")
        nationalities = nationalities if demographic else []
        if nationalities:
            listed = _sub(demographics, "NationalityList")
            for nationality in nationalities:
                # Europass's nationality codes are its own list: the label says it.
                label = str(nationality.get("label") or nationality.get("code", ""))
                _code_label(listed, "Nationality", "", label)
        if len(demographics):
            ident.append(demographics)
        photo = self.career.contents.get(person.photo_document_id)
        cleaned = clean_png(photo) if photo else None  # re-encoded: no EXIF goes along
        if cleaned is not None:
            element = _sub(ident, "Photo")
            _sub(element, "MimeType", "image/png")
            _sub(element, "Data", base64.b64encode(cleaned[0]).decode("ascii"))
        if person.headline:
            headline = _sub(learner, "Headline")
            kind = _dict(own, "headline_type")
            if kind:
                _code_label(
                    headline, "Type", kind.get("code", ""), kind.get("label", ""), HEADLINE_CODES
                )
            _sub(_sub(headline, "Description"), "Label", person.headline)

    # ---- experience and education -------------------------------------------------

    def period(self, parent: ET.Element, record: Record, start: str, end: str) -> None:
        if not (start or end):
            return
        element = _sub(parent, "Period")
        _date(element, "From", start)
        _date(element, "To", end)
        if start and not end:
            going_on = _europass(record).get("current") is not False
            _sub(element, "Current", "true" if going_on else "false")

    def work(self, learner: ET.Element) -> None:
        jobs = [
            e for section in ("experience", "volunteering") for e in self.of(section, Experience)
        ]
        if not jobs:
            return
        listed = _sub(learner, "WorkExperienceList")
        for job in _in_order(jobs):
            element = _sub(listed, "WorkExperience")
            self.period(element, job, job.start_date, job.end_date)
            _sub(_sub(element, "Position"), "Label", job.title)
            highlights = _texts(_keep(job).get("highlights"))
            activities = _html(job.description.splitlines(), highlights)
            if activities:
                _sub(element, "Activities", activities)
            own = _europass(job)
            address = _dict(own, "employer_address")
            url = str(_keep(job).get("url", ""))
            if job.organisation or job.location or url:
                employer = _sub(element, "Employer")
                if job.organisation:
                    _sub(employer, "Name", job.organisation)
                self.organisation_contact(employer, address, job.location, url)
                sector = _dict(own, "sector")
                if sector.get("label"):
                    _code_label(employer, "Sector", "", str(sector["label"]))

    def organisation_contact(
        self, parent: ET.Element, address: dict[str, Any], location: str, url: str
    ) -> None:
        if not (address or location or url):
            return
        contact = _sub(parent, "ContactInfo")
        if address or location:
            element = _sub(_sub(contact, "Address"), "Contact")
            if address:
                for key in ("AddressLine", "AddressLine2", "PostalCode", "Municipality"):
                    if address.get(key):
                        _sub(element, key, str(address[key]))
                country = _dict(address, "Country")
                if country:
                    code = str(country.get("code", ""))
                    iso = code if len(code) == 2 and code.isalpha() and code.isupper() else ""
                    _code_label(element, "Country", iso, str(country.get("label", "")))
            else:
                _sub(element, "Municipality", location)
        if url:
            _sub(_sub(contact, "Website"), "Contact", _uri(url))

    def education(self, learner: ET.Element) -> None:
        studies = self.of("education", Education)
        if not studies:
            return
        listed = _sub(learner, "EducationList")
        for study in _in_order(studies):
            element = _sub(listed, "Education")
            self.period(element, study, study.start_date, study.end_date)
            _sub(element, "Title", study.title)
            courses = _texts(_keep(study).get("courses"))
            activities = _html(study.description.splitlines(), courses)
            if activities:
                _sub(element, "Activities", activities)
            own = _europass(study)
            address = _dict(own, "school_address")
            url = str(_keep(study).get("url", ""))
            if study.institution or address or url:
                school = _sub(element, "Organisation")
                if study.institution:
                    _sub(school, "Name", study.institution)
                self.organisation_contact(school, address, "", url)
            level = _dict(own, "level")
            if study.level in {str(n) for n in range(1, 9)} or level:
                code = study.level if study.level in {str(n) for n in range(1, 9)} else ""
                _code_label(element, "Level", code, str(level.get("label", "")))
            if study.field_of_study:
                _code_label(element, "Field", "", study.field_of_study)

    # ---- skills -------------------------------------------------------------------

    def skills(self, learner: ET.Element) -> None:
        skills = ET.Element(_q("Skills"))
        self.languages(skills)
        personal: dict[str, list[Skill]] = {name: [] for name in PERSONAL_SKILLS}
        plain: list[Skill] = []
        for skill in _in_order(self.of("skills", Skill)):
            name = _europass(skill).get("personal")
            (personal[name] if name in personal else plain).append(skill)
        for name in PERSONAL_SKILLS:
            self.personal(skills, name, personal[name], plain if name == "JobRelated" else [])
            if name == "Computer":
                self.driving(skills)
        if len(skills):
            learner.append(skills)

    def languages(self, skills: ET.Element) -> None:
        spoken = _in_order(self.of("languages", Skill))
        mother = [
            s for s in spoken if _europass(s).get("mother_tongue") or (s.level == 4 and not s.cefr)
        ]
        foreign = [s for s in spoken if s not in mother]
        if not spoken:
            return
        linguistic = _sub(skills, "Linguistic")
        if mother:
            listed = _sub(linguistic, "MotherTongueList")
            for skill in mother:
                self.language_name(_sub(listed, "MotherTongue"), skill)
        if foreign:
            listed = _sub(linguistic, "ForeignLanguageList")
            for skill in foreign:
                element = _sub(listed, "ForeignLanguage")
                self.language_name(element, skill)
                grid = _dict(_europass(skill), "grid")
                levels = {part: str(grid.get(part) or skill.cefr) for part in GRID}
                if any(v in CEFR for v in levels.values()):
                    proficiency = _sub(element, "ProficiencyLevel")
                    for part in GRID:
                        if levels[part] in CEFR:
                            _sub(proficiency, part, levels[part])
                self.certificates(element, skill, linguistic=True)

    def language_name(self, element: ET.Element, skill: Skill) -> None:
        # The code is only given back as the imported file wrote it: Europass's language
        # list is its own.
        language = _dict(_europass(skill), "language")
        label = self.career.skill_label(skill)
        description = _sub(element, "Description")
        code = str(language.get("code", ""))
        if code:
            _sub(description, "Code", code)
        _sub(description, "Label", label)

    def certificates(self, element: ET.Element, skill: Skill, *, linguistic: bool) -> None:
        proofs = self.proofs.get(skill.id, [])
        if not proofs:
            return
        verified = _sub(element, "VerifiedBy")
        for proof in proofs:
            certificate = _sub(verified, "Certificate")
            _sub(certificate, "Title", proof.name)
            if linguistic:
                if proof.issuer:
                    _sub(certificate, "AwardingBody", proof.issuer)
                _date(certificate, "Date", proof.issued_on)
                level = str(_europass(proof).get("level", ""))
                if level in CEFR:
                    _sub(certificate, "Level", level)

    def personal(self, skills: ET.Element, name: str, own: list[Skill], plain: list[Skill]) -> None:
        """One of Europass's five free-text skills, from what was imported and, for
        job-related skills, every other skill in the person's musette."""
        paragraphs: list[str] = []
        items: list[str] = []
        grid: dict[str, str] = {}
        for skill in own:
            lines = _texts(_keep(skill).get("keywords"))
            count = _europass(skill).get("paragraphs")  # the lines before the bullets
            count = count if isinstance(count, int) else len(lines)
            paragraphs += lines[:count]
            items += lines[count:]
            found = _europass(skill).get("grid")
            if isinstance(found, dict):
                grid.update({k: str(v) for k, v in found.items() if str(v) in ("A", "B", "C")})
        for skill in plain:
            level = self.w[f"level{skill.level}"] if skill.level else ""
            words_ = _texts(_keep(skill).get("keywords"))
            line = self.career.skill_label(skill)
            if words_:
                line += (
                    " : " + ", ".join(words_)
                    if self.choice.language == "fr"
                    else ": " + ", ".join(words_)
                )
            items.append(f"{line} ({level.lower()})" if level else line)
        proofs = [p for skill in own for p in self.proofs.get(skill.id, [])]
        if not (paragraphs or items or grid or proofs):
            return
        element = _sub(skills, name)
        text = _html(paragraphs, items)
        if text:
            _sub(element, "Description", text)
        if name == "Computer" and grid:
            proficiency = _sub(element, "ProficiencyLevel")
            for part in DIGITAL_GRID:
                if part in grid:
                    _sub(proficiency, part, grid[part])
        if proofs and name == "Computer":
            verified = _sub(element, "VerifiedBy")
            for proof in proofs:
                _sub(_sub(verified, "Certificate"), "Title", proof.name)
        elif proofs:
            # Generic skills have no certificates in the schema: they go with the others.
            self.placed -= {p.id for p in proofs}

    def driving(self, skills: ET.Element) -> None:
        licences = [
            str(_europass(c).get("driving"))
            for c in self.of("certifications", Certification)
            if str(_europass(c).get("driving", "")) in DRIVING_LICENCES
        ]
        if licences:
            description = _sub(_sub(skills, "Driving"), "Description")
            for licence in licences:
                _sub(description, "Licence", licence)
            self.placed |= {
                c.id
                for c in self.of("certifications", Certification)
                if _europass(c).get("driving") in DRIVING_LICENCES
            }

    # ---- achievements ("additional information") ------------------------------------

    def achievements(self, learner: ET.Element) -> None:
        # (the file's order, code, label, rich text): imported ones where they were
        entries: list[tuple[tuple[int, str, int], str, str, str]] = []

        def add(code: str, label: str, text: str, record: Record | None = None) -> None:
            position = json_resume_mark(record).get("position") if record is not None else None
            mark = _europass(record).get("achievement") if record is not None else None
            order = (
                (0, record.provenance.detail, position)
                if record is not None and isinstance(position, int) and mark is not None
                else (1, "", len(entries))
            )
            if label or text:
                entries.append((order, code if code in ACHIEVEMENT_CODES else "", label, text))

        def title_of(record: Record, default_code: str, default_label: str) -> tuple[str, str]:
            mark = _europass(record).get("achievement")
            if isinstance(mark, dict):
                return str(mark.get("code", "")), str(mark.get("label", ""))
            return default_code, default_label

        for project in _in_order(self.of("projects", Experience)):
            code, label = title_of(project, "", project.title)
            highlights = _texts(_keep(project).get("highlights"))
            text = _html(project.description.splitlines(), highlights)
            add(code, label or project.title, text, project)
        groups: dict[str, list[str]] = {"certifications": [], "honors_awards": []}
        for section, group in (("certifications", "certifications"), ("awards", "honors_awards")):
            for certification in _in_order(self.of(section, Certification)):
                if certification.id in self.placed:
                    continue
                summary = str(_keep(certification).get("summary", ""))
                if isinstance(_europass(certification).get("achievement"), dict):
                    code, label = title_of(certification, group, certification.name)
                    lines = summary.splitlines()
                    count = _europass(certification).get("paragraphs")
                    count = count if isinstance(count, int) else len(lines)
                    add(code, label, _html(lines[:count], lines[count:]), certification)
                    continue
                detail = " — ".join(
                    p
                    for p in (
                        certification.name,
                        certification.issuer,
                        certification.issued_on,
                        certification.identifier,
                        summary,
                    )
                    if p
                )
                groups[group].append(detail)
        for group, lines in groups.items():
            if lines:
                add(
                    group,
                    self.w["certifications" if group == "certifications" else "awards"],
                    _html((), lines),
                )
        for section, group in (("publications", "publications"), ("additional", "")):
            for note in _in_order(self.of(section, Note)):
                code, label = title_of(note, group, note.title)
                paragraphs = [line for line in note.body.splitlines() if not line.startswith("• ")]
                items = [line[2:] for line in note.body.splitlines() if line.startswith("• ")]
                add(code, label or note.title, _html(paragraphs, items), note)
        interests = self.of("interests", Note)
        if interests:
            lines = [
                n.title
                + (
                    " : " + ", ".join(_texts(_keep(n).get("keywords")))
                    if _texts(_keep(n).get("keywords"))
                    else ""
                )
                for n in _in_order(interests)
            ]
            add("", self.w["interests"], _html((), lines))
        references = self.of("references", Contact)
        if references:
            lines = [
                " — ".join(p for p in (c.display_name(), c.role, c.organisation, c.note) if p)
                for c in references
            ]
            add("references", self.w["references"], _html((), lines))
        if not entries:
            return
        listed = _sub(learner, "AchievementList")
        for _, code, label, text in sorted(entries, key=lambda entry: entry[0]):
            element = _sub(listed, "Achievement")
            _code_label(element, "Title", code, label)
            if text:
                _sub(element, "Description", text)
