"""Read a Europass CV (SkillsPassport XML, format 3.x, or the formats before it), or the
Europass PDF that carries it.

Every value lands in a record's field or, when Musette has no field for it, in the
record's `extra`: under "json_resume"/"keep" when JSON Resume has the same key
(highlights, url, profiles, keywords, summary: the CV prints them), under
"europass" otherwise (the language grid, codes, nationality), so that the
Europass export gives them back.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from vault import documents
from vault.errors import DocumentRefused, InvalidRecord
from vault.model import (
    IMPORTED,
    Certification,
    Document,
    Education,
    Experience,
    Note,
    Person,
    Provenance,
    Record,
    Skill,
    SkillEvidence,
)

from . import europass_old, rich_text, safe_text, safe_xml
from .dates import partial_iso
from .errors import ImportRefused
from .plan import ImportPlan, ImportWarning

SOURCE = "europass"
NS = "{http://europass.cedefop.europa.eu/Europass}"
CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
GRID = ("Listening", "Reading", "SpokenInteraction", "SpokenProduction", "Writing")
DIGITAL_GRID = ("Information", "Communication", "ContentCreation", "Safety", "ProblemSolving")
# Europass's free-text skills, in the order its CV prints them.
PERSONAL_SKILLS = ("Communication", "Organisational", "JobRelated", "Computer", "Other")

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "Communication": "Compétences en communication",
        "Organisational": "Compétences organisationnelles",
        "JobRelated": "Compétences liées à l'emploi",
        "Computer": "Compétences numériques",
        "Other": "Autres compétences",
        "driving": "Permis {licence}",
        "photo": "Photo (CV Europass)",
        "achievement": "Réalisation",
    },
    "en": {
        "Communication": "Communication skills",
        "Organisational": "Organisational skills",
        "JobRelated": "Job-related skills",
        "Computer": "Digital skills",
        "Other": "Other skills",
        "driving": "Driving licence {licence}",
        "photo": "Photo (Europass CV)",
        "achievement": "Achievement",
    },
}


def read(path: Path, *, language: str = "fr") -> ImportPlan:
    """The plan for one Europass XML file or Europass PDF (nothing is written)."""
    data = safe_text.read_bytes(path)
    if data.lstrip()[:5] == b"%PDF-":
        data = _xml_in_pdf(data, path.name)
    root = safe_xml.parse(data, path.name)
    return parse(root, path.name, language)


def _xml_in_pdf(data: bytes, name: str) -> bytes:
    """The Europass XML a Europass PDF carries as an attached file."""
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        attached: list[bytes] = [
            content for contents in reader.attachments.values() for content in contents
        ]
        # Older Europass PDFs attach the XML to an annotation on a page instead.
        for page in reader.pages:
            for annotation in page.get("/Annots", None) or []:
                annotation = annotation.get_object()
                if annotation.get("/Subtype") != "/FileAttachment":
                    continue
                embedded = annotation["/FS"].get_object().get("/EF", {}).get("/F")
                if embedded is not None:
                    attached.append(embedded.get_object().get_data())
    except (PyPdfError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ImportRefused(name, "unreadable", f"damaged PDF ({exc})"[:120]) from None
    for content in attached:
        head = content[:2048]
        if b"SkillsPassport" in head or b"europass" in head.lower():
            return content
    raise ImportRefused(name, "pdf_no_europass")


def parse(root: ET.Element, file_name: str, language: str = "fr") -> ImportPlan:
    if europass_old.is_old(root):  # before 2013: read as Cedefop's converter reads it
        root = europass_old.upgrade(root, language)
    if root.tag != f"{NS}SkillsPassport":
        raise ImportRefused(file_name, "not_europass", root.tag.split("}")[-1][:40])
    return _Reader(file_name, language).plan(root)


def _all(element: ET.Element | None, path: str) -> list[ET.Element]:
    if element is None:
        return []
    return element.findall("/".join(NS + part for part in path.split("/")))


def _one(element: ET.Element | None, path: str) -> ET.Element | None:
    found = _all(element, path)
    return found[0] if found else None


def _text(element: ET.Element | None, path: str = "") -> str:
    """The element's text, stripped; '' when absent."""
    target = _one(element, path) if path else element
    if target is None or target.text is None:
        return ""
    return target.text.strip()


def _code_label(element: ET.Element | None) -> dict[str, str]:
    """A Europass {Code, Label} pair, without its empty parts."""
    found = {"code": _text(element, "Code"), "label": _text(element, "Label")}
    return {k: v for k, v in found.items() if v}


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class _Reader:
    """Walks one SkillsPassport into one plan."""

    def __init__(self, file_name: str, language: str) -> None:
        self.file = file_name
        self.words = WORDS["fr" if language == "fr" else "en"]
        self.plan_ = ImportPlan(SOURCE, file_name)
        self.provenance = Provenance(IMPORTED, SOURCE, file_name)
        self.attachments: dict[str, str] = {}

    def warn(self, code: str, path: str, detail: str = "") -> None:
        self.plan_.warnings.append(ImportWarning(code, path, detail[:120]))

    def add(self, record: Record, path: str, *, content: bytes | None = None) -> Record | None:
        try:
            record.validate()
        except InvalidRecord as exc:
            self.warn("invalid", path, exc.problem)
            return None
        return self.plan_.add(record, content=content)

    def plan(self, root: ET.Element) -> ImportPlan:
        learner = _one(root, "LearnerInfo")
        if learner is None:
            raise ImportRefused(self.file, "europass_no_cv")
        self._attachments(root)
        self._identification(learner, root.get("locale", ""))
        for index, work in enumerate(_all(learner, "WorkExperienceList/WorkExperience")):
            self._work(work, f"WorkExperience[{index}]", index)
        for index, study in enumerate(_all(learner, "EducationList/Education")):
            self._education(study, f"Education[{index}]", index)
        self._skills(_one(learner, "Skills"))
        for index, item in enumerate(_all(learner, "AchievementList/Achievement")):
            self._achievement(item, f"Achievement[{index}]", index)
        return self.plan_

    # ---- values -------------------------------------------------------------------

    def date(self, element: ET.Element | None, path: str, unread: dict[str, str]) -> str:
        """Europass writes year="2001" month="--03" day="---10"; Musette '2001-03-10'."""
        if element is None:
            return ""
        year = element.get("year", "").strip()
        month = element.get("month", "").strip().lstrip("-")
        day = element.get("day", "").strip().lstrip("-")
        written = "-".join(
            p for p in (year, month.zfill(2) if month else "", day.zfill(2) if day else "") if p
        )
        if not written:
            return ""
        found = partial_iso(written) if year and (day == "" or month) else None
        if found != written:
            self.warn("date", path, written)
            unread[path.rsplit(".", 1)[-1]] = written
            return ""
        return written

    def period(
        self, item: ET.Element, path: str, keep: dict[str, Any]
    ) -> tuple[str, str, dict[str, Any]]:
        """Start, end, and whether it goes on; a date Musette cannot read goes to `keep`
        under JSON Resume's key, printed as written."""
        unread: dict[str, str] = {}
        period = _one(item, "Period")
        start = self.date(_one(period, "From"), f"{path}.From", unread)
        end = self.date(_one(period, "To"), f"{path}.To", unread)
        if start and end and end[: len(start)] < start[: len(end)]:
            self.warn("date", f"{path}.To", end)
            unread["To"], end = end, ""
        europass: dict[str, Any] = {}
        for key, json_key in (("From", "startDate"), ("To", "endDate")):
            if key in unread:
                keep[json_key] = unread[key]
        # Without an end date, Europass says whether it is still going on: a past job
        # whose end was never written must not print as current.
        if not end and _text(period, "Current") != "true" and period is not None:
            europass["current"] = False
        return start, end, europass

    def documentation(self, item: ET.Element, europass: dict[str, Any]) -> None:
        refs = [r.get("idref", "") for r in _all(item, "Documentation/ReferenceTo")]
        if refs := [self.attachments.get(r, r) for r in refs if r]:
            europass["attachments"] = refs

    # ---- the person ---------------------------------------------------------------

    def _attachments(self, root: ET.Element) -> None:
        for index, attachment in enumerate(_all(root, "AttachmentList/Attachment")):
            path = f"Attachment[{index}]"
            found = self._file(
                attachment,
                _text(attachment, "Name") or path,
                path,
                note=_text(attachment, "Description"),
            )
            if found is not None and self.add(found[0], path, content=found[1]):
                self.attachments[attachment.get("id", "")] = found[0].id

    def _file(
        self, element: ET.Element, name: str, path: str, *, note: str = ""
    ) -> tuple[Document, bytes] | None:
        """A file the XML carries in base64 (a photo, an attachment), checked as any document
        the vault keeps (its size, its type by content, not by the MimeType it claims)."""
        encoded = "".join((_text(element, "Data") or "").split())
        if not encoded:
            return None
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            self.warn("invalid", f"{path}.Data", "not base64")
            return None
        try:
            document = documents.describe(name, content, note=note, provenance=self.provenance)
        except DocumentRefused as refused:
            self.warn("invalid", f"{path}.Data", refused.problem)
            return None
        return document, content

    def _identification(self, learner: ET.Element, locale: str) -> None:
        ident = _one(learner, "Identification")
        contact = _one(ident, "ContactInfo")
        address = _one(contact, "Address/Contact")
        demographics = _one(ident, "Demographics")
        europass: dict[str, Any] = {}
        keep: dict[str, Any] = {}
        if locale:
            europass["locale"] = locale
        lines = [_text(address, "AddressLine"), _text(address, "AddressLine2")]
        country = _code_label(_one(address, "Country"))
        if country:
            europass["country"] = country
        phones = [
            {"number": _text(t, "Contact"), **_code_label(_one(t, "Use"))}
            for t in _all(contact, "TelephoneList/Telephone")
        ]
        phones = [p for p in phones if p["number"]]
        if len(phones) > 1 or (phones and len(phones[0]) > 1):
            europass["phones"] = phones
        profiles = []
        for site in _all(contact, "WebsiteList/Website"):
            use = _code_label(_one(site, "Use"))
            url = _text(site, "Contact")
            if url:
                profiles.append({"network": use.get("label") or use.get("code", ""), "url": url})
        if profiles:
            keep["profiles"] = profiles
        messaging = [
            {"address": _text(m, "Contact"), **_code_label(_one(m, "Use"))}
            for m in _all(contact, "InstantMessagingList/InstantMessaging")
        ]
        if messaging := [m for m in messaging if m["address"]]:
            europass["messaging"] = messaging
        unread: dict[str, str] = {}
        birth = self.date(_one(demographics, "Birthdate"), "Identification.Birthdate", unread)
        if birth and len(birth) != 10:
            unread["Birthdate"], birth = birth, ""
        if unread:
            europass["unread"] = unread
        gender = _code_label(_one(demographics, "Gender"))
        if gender:
            europass["gender"] = gender
        nationalities = [_code_label(n) for n in _all(demographics, "NationalityList/Nationality")]
        if nationalities := [n for n in nationalities if n]:
            europass["nationalities"] = nationalities
        headline = _one(learner, "Headline")
        kind = _code_label(_one(headline, "Type"))
        if kind:
            europass["headline_type"] = kind
        photo_id = ""
        photo_element = _one(ident, "Photo")
        if photo_element is not None:
            found = self._file(photo_element, self.words["photo"], "Identification.Photo")
            if found is not None and self.add(found[0], "Identification.Photo", content=found[1]):
                photo_id = found[0].id
        email = _text(contact, "Email/Contact")
        person = Person(
            given_name=_text(ident, "PersonName/FirstName"),
            family_name=_text(ident, "PersonName/Surname"),
            birth_date=birth,
            email=email,
            phone=phones[0]["number"] if phones else "",
            address="\n".join(line for line in lines if line),
            postcode=_text(address, "PostalCode"),
            city=_text(address, "Municipality"),
            country=country.get("code", "")[:2] if len(country.get("code", "")) == 2 else "",
            headline=_text(headline, "Description/Label"),
            photo_document_id=photo_id,
            provenance=self.provenance,
            extra=self._extra(europass, keep),
        )
        try:
            person.validate()
        except InvalidRecord as exc:  # an odd e-mail address: kept aside, said in the report
            self.warn("invalid", "Identification.ContactInfo.Email", exc.problem)
            europass["email"] = email
            person = dataclasses.replace(person, email="", extra=self._extra(europass, keep))
        if any((person.given_name, person.family_name, person.email, person.headline)) or (
            europass or keep
        ):
            self.plan_.add(person)

    def _extra(self, europass: dict[str, Any], keep: dict[str, Any], **mark: Any) -> str:
        extra: dict[str, Any] = {}
        if europass:
            extra["europass"] = europass
        if keep or mark:
            extra["json_resume"] = {**mark, **({"keep": keep} if keep else {})}
        return _json(extra)

    # ---- experience and education ---------------------------------------------------

    def _work(self, work: ET.Element, path: str, position: int) -> None:
        keep: dict[str, Any] = {}
        start, end, europass = self.period(work, path, keep)
        self.documentation(work, europass)
        activities = rich_text.read(_text(work, "Activities"))
        employer = _one(work, "Employer")
        where = _one(employer, "ContactInfo/Address/Contact")
        place = ", ".join(
            p
            for p in (
                _text(where, "Municipality"),
                _code_label(_one(where, "Country")).get("label", ""),
            )
            if p
        )
        if activities.items:
            keep["highlights"] = list(activities.items)
        if url := _text(employer, "ContactInfo/Website/Contact"):
            keep["url"] = url
        if sector := _code_label(_one(employer, "Sector")):
            europass["sector"] = sector
        if address := self._address(where):
            europass["employer_address"] = address
        title = _text(work, "Position/Label") or _text(employer, "Name")
        if not title:
            self.warn("empty", path)
            return
        self.add(
            Experience(
                title=title,
                organisation=_text(employer, "Name"),
                location=place,
                start_date=start,
                end_date=end,
                description=activities.text,
                provenance=self.provenance,
                extra=self._extra(europass, keep, position=position),
            ),
            path,
        )

    def _address(self, contact: ET.Element | None) -> dict[str, Any]:
        found: dict[str, Any] = {
            key: _text(contact, key)
            for key in ("AddressLine", "AddressLine2", "PostalCode", "Municipality")
            if _text(contact, key)
        }
        if country := _code_label(_one(contact, "Country")):
            found["Country"] = country
        return found

    def _education(self, study: ET.Element, path: str, position: int) -> None:
        keep: dict[str, Any] = {}
        start, end, europass = self.period(study, path, keep)
        self.documentation(study, europass)
        activities = rich_text.read(_text(study, "Activities"))
        school = _one(study, "Organisation")
        if activities.items:
            keep["courses"] = list(activities.items)
        if url := _text(school, "ContactInfo/Website/Contact"):
            keep["url"] = url
        if address := self._address(_one(school, "ContactInfo/Address/Contact")):
            europass["school_address"] = address
        level = _code_label(_one(study, "Level"))
        field = _code_label(_one(study, "Field"))
        if level:
            europass["level"] = level
        if field:
            europass["field"] = field
        title = _text(study, "Title") or _text(school, "Name")
        if not title:
            self.warn("empty", path)
            return
        # The French levels (nomenclature of 2019) are the EQF's: 3 = CAP, 6 = licence.
        eqf = level.get("code", "")
        self.add(
            Education(
                title=title,
                institution=_text(school, "Name"),
                field_of_study=field.get("label", ""),
                level=eqf if eqf in {str(n) for n in range(1, 9)} else "",
                start_date=start,
                end_date=end,
                description=activities.text,
                provenance=self.provenance,
                extra=self._extra(europass, keep, position=position),
            ),
            path,
        )

    # ---- skills -------------------------------------------------------------------

    def _skills(self, skills: ET.Element | None) -> None:
        if skills is None:
            return
        position = 0
        for index, mother in enumerate(_all(skills, "Linguistic/MotherTongueList/MotherTongue")):
            description = _code_label(_one(mother, "Description"))
            label = description.get("label") or description.get("code", "")
            if not label:
                self.warn("empty", f"MotherTongue[{index}]")
                continue
            europass = {"mother_tongue": True, "language": description}
            self.add(
                Skill(
                    label=label,
                    category="language",
                    level=4,
                    provenance=self.provenance,
                    extra=self._extra(europass, {}, position=position),
                ),
                f"MotherTongue[{index}]",
            )
            position += 1
        foreign = _all(skills, "Linguistic/ForeignLanguageList/ForeignLanguage")
        for index, language in enumerate(foreign):
            self._foreign(language, f"ForeignLanguage[{index}]", position)
            position += 1
        for name in PERSONAL_SKILLS:
            element = _one(skills, name)
            if element is not None:
                self._personal(element, name)
        self._driving(_one(skills, "Driving"))

    def _foreign(self, language: ET.Element, path: str, position: int) -> None:
        description = _code_label(_one(language, "Description"))
        label = description.get("label") or description.get("code", "")
        if not label:
            self.warn("empty", path)
            return
        grid: dict[str, str] = {}
        for part in GRID:
            value = _text(language, f"ProficiencyLevel/{part}").upper()
            if value in CEFR:
                grid[part] = value
            elif value:
                self.warn("invalid", f"{path}.{part}", f"« {value} » is no CEFR level")
        europass: dict[str, Any] = {"language": description}
        if grid:
            europass["grid"] = grid
        self.documentation(language, europass)
        # One level for the whole language: the lowest of the grid, never more than
        # the person said for every part.
        cefr = min(grid.values(), key=CEFR.index) if grid else ""
        level = {"A1": 1, "A2": 1, "B1": 2, "B2": 3, "C1": 3, "C2": 4}.get(cefr)
        skill = self.add(
            Skill(
                label=label,
                category="language",
                cefr=cefr,
                level=level,
                provenance=self.provenance,
                extra=self._extra(europass, {}, position=position),
            ),
            path,
        )
        for index, certificate in enumerate(_all(language, "VerifiedBy/Certificate")):
            self._certificate(certificate, f"{path}.Certificate[{index}]", skill)

    def _certificate(self, element: ET.Element, path: str, skill: Record | None) -> None:
        """A certificate proving a language (or digital) skill: a certification, linked to it."""
        unread: dict[str, str] = {}
        issued = self.date(_one(element, "Date"), f"{path}.Date", unread)
        name = _text(element, "Title")
        if not name:
            self.warn("empty", path)
            return
        europass: dict[str, Any] = {"certificate_of": True}
        if level := _text(element, "Level"):
            europass["level"] = level
        if unread:
            europass["unread"] = unread
        certification = self.add(
            Certification(
                name=name,
                issuer=_text(element, "AwardingBody"),
                issued_on=issued,
                provenance=self.provenance,
                extra=self._extra(europass, {}),
            ),
            path,
        )
        if certification is not None and skill is not None:
            self.plan_.add(
                SkillEvidence(
                    skill_id=skill.id, record_id=certification.id, provenance=self.provenance
                )
            )

    def _personal(self, element: ET.Element, name: str) -> None:
        """Europass's free-text skills: a skill named for its kind, its text as keywords."""
        written = rich_text.read(_text(element, "Description"))
        lines = [*written.paragraphs, *written.items]
        europass: dict[str, Any] = {"personal": name}
        if written.items:
            europass["paragraphs"] = len(written.paragraphs)  # the rest were bullets
        grid = {
            part: _text(element, f"ProficiencyLevel/{part}")
            for part in DIGITAL_GRID
            if _text(element, f"ProficiencyLevel/{part}")
        }
        if grid:
            europass["grid"] = grid
        self.documentation(element, europass)
        certificates = _all(element, "VerifiedBy/Certificate")
        if not lines and not grid and not certificates:
            return
        skill = self.add(
            Skill(
                label=self.words[name],
                provenance=self.provenance,
                extra=self._extra(europass, {"keywords": lines} if lines else {}),
            ),
            name,
        )
        for index, certificate in enumerate(certificates):
            self._certificate(certificate, f"{name}.Certificate[{index}]", skill)

    def _driving(self, element: ET.Element | None) -> None:
        for licence in _all(element, "Description/Licence"):
            code = (licence.text or "").strip()
            if code:
                self.add(
                    Certification(
                        name=self.words["driving"].format(licence=code),
                        provenance=self.provenance,
                        extra=self._extra({"driving": code}, {}),
                    ),
                    "Driving",
                )

    # ---- achievements -------------------------------------------------------------

    def _achievement(self, item: ET.Element, path: str, position: int) -> None:
        """Europass's "additional information": each kind goes where Musette prints it."""
        title = _code_label(_one(item, "Title"))
        label = title.get("label") or title.get("code") or self.words["achievement"]
        written = rich_text.read(_text(item, "Description"))
        europass: dict[str, Any] = {"achievement": title or {"label": label}}
        self.documentation(item, europass)
        keep: dict[str, Any] = {}
        if written.items:
            keep["highlights"] = list(written.items)
        code = title.get("code", "")
        record: Record
        if code == "projects":
            record = Experience(
                kind="personal",
                title=label,
                description=written.text,
                provenance=self.provenance,
                extra=self._extra(europass, keep, position=position),
            )
        elif code in ("honors_awards", "certifications"):
            summary = "\n".join([*written.paragraphs, *written.items])
            if written.items:
                europass["paragraphs"] = len(written.paragraphs)  # the rest were bullets
            record = Certification(
                name=label,
                provenance=self.provenance,
                extra=self._extra(
                    europass,
                    {"summary": summary} if summary else {},
                    position=position,
                    **({"section": "awards"} if code == "honors_awards" else {}),
                ),
            )
        else:
            section = "publications" if code == "publications" else "additional"
            record = Note(
                title=label,
                body="\n".join([*written.paragraphs, *(f"• {i}" for i in written.items)]),
                provenance=self.provenance,
                extra=self._extra(europass, {}, position=position, section=section),
            )
        self.add(record, path)
