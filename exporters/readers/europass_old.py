"""Europass CVs from before 2013 (formats 1.0 to 2.0, root `learnerinfo`), read as format 3.

The old document is rewritten as the SkillsPassport tree of format 3, the way
Cedefop's own converter does it (europass-cv-v2.0-to-v3.0.xsl in
github.com/europass/ewa-cedefop): social skills become communication skills,
technical ones job-related, artistic and other ones "other", the additional
information and annexes become achievements. The format-3 reader then reads it,
so both formats land in the same records.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

NS = "{http://europass.cedefop.europa.eu/Europass}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
_PERSONAL = {
    "social": "Communication",
    "organisational": "Organisational",
    "technical": "JobRelated",
    "computer": "Computer",
    "artistic": "Other",
    "other": "Other",
    "driving": "Other",  # formats 1.x wrote the driving licence as a sentence
}
_GRID = {
    "listening": "Listening",
    "reading": "Reading",
    "spokeninteraction": "SpokenInteraction",
    "spokenproduction": "SpokenProduction",
    "writing": "Writing",
}
_MISC_TITLES = {
    "fr": {"additional": "Informations complémentaires", "annexes": "Annexes"},
    "en": {"additional": "Additional information", "annexes": "Annexes"},
}


def is_old(root: ET.Element) -> bool:
    return root.tag.endswith("}learnerinfo") and "/Europass/V" in root.tag


def _local(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    return next((c for c in element if _local(c) == name), None)


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [c for c in element if _local(c) == name] if element is not None else []


def _text(element: ET.Element | None) -> str:
    """An element's words: its own text, or its <label> (format 2.0 wraps most values)."""
    if element is None:
        return ""
    label = _child(element, "label")
    if label is not None:
        return (label.text or "").strip()
    name = _child(element, "name")
    if name is not None:
        return (name.text or "").strip()
    return (element.text or "").strip()


def _value(parent: ET.Element | None, name: str) -> str:
    return _text(_child(parent, name))


def _sub(parent: ET.Element, tag: str, text: str = "", **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, NS + tag, attributes)
    if text:
        element.text = text
    return element


def _label(
    parent: ET.Element, tag: str, source: ET.Element | None, *, country: bool = False
) -> None:
    """A {Code, Label} element of format 3 from a format-2 one (or from plain text)."""
    if source is None:
        return
    code_element = _child(source, "code")
    code = (code_element.text or "").strip() if code_element is not None else ""
    label = _text(source)
    if country:
        code = {"GR": "EL", "GB": "UK", "NU": ""}.get(code, code)
    if not (code or label):
        return
    element = _sub(parent, tag)
    if code:
        _sub(element, "Code", code)
    if label:
        _sub(element, "Label", label)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _address(parent: ET.Element, source: ET.Element | None, written: str = "") -> None:
    """The address's parts; formats 1.x wrote it as lines of text (`written`)."""
    if source is not None and not len(source):
        written = (source.text or "").strip()
    if written:
        lines = _lines(written)
        contact = _sub(_sub(parent, "Address"), "Contact")
        _sub(contact, "AddressLine", lines[0])
        if len(lines) > 1:
            _sub(contact, "AddressLine2", "\n".join(lines[1:]))
        return
    if source is None or not any(_text(c) or len(c) for c in source):
        return
    contact = _sub(_sub(parent, "Address"), "Contact")
    for old, new in (("addressLine", "AddressLine"), ("postalCode", "PostalCode")):
        if value := _value(source, old):
            _sub(contact, new, value)
    if value := _value(source, "municipality"):
        _sub(contact, "Municipality", value)
    _label(contact, "Country", _child(source, "country"), country=True)
    if not len(contact):
        parent.remove(parent[-1])


def _date(parent: ET.Element, tag: str, source: ET.Element | None) -> None:
    """<from><year>2004</year><month>--09</month></from> -> <From year="2004" month="--09"/>."""
    if source is None:
        return
    attributes = {k: _value(source, k) for k in ("year", "month", "day") if _value(source, k)}
    if attributes.get("year"):
        _sub(parent, tag, **attributes)


def _period(parent: ET.Element, source: ET.Element) -> None:
    period = _child(source, "period")
    if period is None:
        return
    element = _sub(parent, "Period")
    _date(element, "From", _child(period, "from"))
    _date(element, "To", _child(period, "to"))
    # No end written does not say it goes on (a CAP begun in 1994 is not current): without
    # <Current>, the period prints from its start only, never "aujourd'hui".
    if not len(element):
        parent.remove(element)


def upgrade(old: ET.Element, language: str = "fr") -> ET.Element:
    """The same CV as a format-3 SkillsPassport tree."""
    root = ET.Element(NS + "SkillsPassport", {"locale": old.get("locale", "")[:2]})
    learner = _sub(root, "LearnerInfo")
    _identification(learner, old)
    _work(learner, old)
    _education(learner, old)
    _skills(learner, old)
    _misc(learner, old, _MISC_TITLES["fr" if language == "fr" else "en"])
    return root


def _identification(learner: ET.Element, old: ET.Element) -> None:
    ident_old = _child(old, "identification")
    ident = _sub(learner, "Identification")
    name = _sub(ident, "PersonName")
    _sub(name, "FirstName", _value(ident_old, "firstname"))
    _sub(name, "Surname", _value(ident_old, "lastname"))
    contact_old = _child(ident_old, "contactinfo")
    contact = _sub(ident, "ContactInfo")
    _address(contact, _child(contact_old, "address"))
    if email := _value(contact_old, "email"):
        _sub(_sub(contact, "Email"), "Contact", email)
    phones = [
        (number, use)
        for kind, use in (("telephone", ""), ("mobile", "mobile"), ("fax", "fax"))
        for number in [_value(contact_old, kind)]
        if number
    ]
    if phones:
        listed = _sub(contact, "TelephoneList")
        for number, use in phones:
            phone = _sub(listed, "Telephone")
            _sub(phone, "Contact", number)
            if use == "mobile":
                _sub(_sub(phone, "Use"), "Code", "mobile")
            elif use == "fax":
                _sub(_sub(phone, "Use"), "Label", "Fax")
    demographics_old = _child(ident_old, "demographics")
    demographics = _sub(ident, "Demographics")
    birth = _value(demographics_old, "birthdate").split("-")
    if birth[0]:
        parts = {"year": birth[0]}
        if len(birth) > 1 and birth[1]:
            parts["month"] = "--" + birth[1]
        if len(birth) > 2 and birth[2]:
            parts["day"] = "---" + birth[2]
        _sub(demographics, "Birthdate", **parts)
    gender = _value(demographics_old, "gender")
    if gender in ("M", "F"):
        _sub(_sub(demographics, "Gender"), "Code", gender)
    nationalities = _children(demographics_old, "nationality")
    if any(_text(n) or _value(n, "code") for n in nationalities):
        listed = _sub(demographics, "NationalityList")
        for nationality in nationalities:
            _label(listed, "Nationality", nationality)
    photo_old = _child(ident_old, "photo")
    photo = "".join((photo_old.text or "").split()) if photo_old is not None else ""
    if photo:
        element = _sub(ident, "Photo")
        _sub(element, "MimeType", "image/jpeg")
        _sub(element, "Data", photo)
    if application := _value(old, "application"):
        headline = _sub(learner, "Headline")
        kind = _sub(headline, "Type")
        _sub(kind, "Code", "preferred_job")
        _sub(_sub(headline, "Description"), "Label", application)


def _work(learner: ET.Element, old: ET.Element) -> None:
    jobs = _children(_child(old, "workexperiencelist"), "workexperience")
    if not jobs:
        return
    listed = _sub(learner, "WorkExperienceList")
    for job in jobs:
        element = _sub(listed, "WorkExperience")
        _period(element, job)
        _sub(_sub(element, "Position"), "Label", _value(job, "position"))
        if activities := _value(job, "activities"):
            _sub(element, "Activities", activities)
        employer_old = _child(job, "employer")
        sector = _child(job, "sector")
        sector = sector if sector is not None else _child(employer_old, "sector")
        if _name_and_place(employer_old)[0] or sector is not None:
            employer = _organisation(element, "Employer", employer_old)
            _label(employer, "Sector", sector)


def _education(learner: ET.Element, old: ET.Element) -> None:
    studies = _children(_child(old, "educationlist"), "education")
    if not studies:
        return
    listed = _sub(learner, "EducationList")
    for study in studies:
        element = _sub(listed, "Education")
        _period(element, study)
        _sub(element, "Title", _value(study, "title"))
        if skills := _value(study, "skills"):
            _sub(element, "Activities", skills)
        school_old = _child(study, "organisation")
        if _name_and_place(school_old)[0]:
            _organisation(element, "Organisation", school_old)
        # Cedefop keeps only the level's words: ISCED levels are not EQF levels.
        if level := _value(study, "level"):
            _sub(_sub(element, "Level"), "Label", level)
        _label(element, "Field", _child(study, "educationalfield"))


def _organisation(parent: ET.Element, tag: str, source: ET.Element | None) -> ET.Element:
    """An employer or a school of format 3: its name, and its address when there is one."""
    name, place = _name_and_place(source)
    organisation = _sub(parent, tag)
    _sub(organisation, "Name", name)
    contact = ET.Element(NS + "ContactInfo")
    _address(contact, _child(source, "address"), place)
    if len(contact):
        organisation.append(contact)
    return organisation


def _name_and_place(element: ET.Element | None) -> tuple[str, str]:
    """An employer or school: formats 1.x wrote its name, then its address, as lines."""
    if element is None:
        return "", ""
    if len(element):
        return _text(element), ""
    lines = _lines(element.text or "")
    return (lines[0] if lines else ""), "\n".join(lines[1:])


def _kind(language: ET.Element) -> str:
    return (language.get("type") or language.get(XSI_TYPE) or "").rsplit(":", 1)[-1]


def _skills(learner: ET.Element, old: ET.Element) -> None:
    skills = _sub(learner, "Skills")
    languages = [
        language
        for language in _children(_child(old, "languagelist"), "language")
        if _text(language) or _value(language, "code")
    ]
    if languages:
        linguistic = _sub(skills, "Linguistic")
        mother = [lang for lang in languages if _kind(lang) == "mother"]
        foreign = [lang for lang in languages if _kind(lang) != "mother"]
        if mother:
            listed = _sub(linguistic, "MotherTongueList")
            for language in mother:
                _label(_sub(listed, "MotherTongue"), "Description", language)
        if foreign:
            listed = _sub(linguistic, "ForeignLanguageList")
            for language in foreign:
                element = _sub(listed, "ForeignLanguage")
                _label(element, "Description", language)
                level = _child(language, "level")
                grid = {new: _value(level, old).upper() for old, new in _GRID.items()}
                if any(grid.values()):
                    proficiency = _sub(element, "ProficiencyLevel")
                    for part in _GRID.values():
                        if grid[part]:
                            _sub(proficiency, part, grid[part])
    texts: dict[str, list[str]] = {}
    skill_list = _child(old, "skilllist")
    for skill in _children(skill_list, "skill"):
        target = _PERSONAL.get(skill.get("type", ""))
        if target and _text(skill):
            texts.setdefault(target, []).append(_text(skill))
    licences = [
        (licence.text or "").strip()
        for structured in _children(skill_list, "structured-skill")
        for licence in _children(structured, "drivinglicence")
        if (licence.text or "").strip()
    ]
    for name in ("Communication", "Organisational", "JobRelated", "Computer"):
        if name in texts:
            _sub(_sub(skills, name), "Description", "\n".join(texts[name]))
    if licences:
        description = _sub(_sub(skills, "Driving"), "Description")
        for licence in licences:
            _sub(description, "Licence", licence)
    if "Other" in texts:
        _sub(_sub(skills, "Other"), "Description", "\n".join(texts["Other"]))
    if not len(skills):
        learner.remove(skills)


def _misc(learner: ET.Element, old: ET.Element, titles: dict[str, str]) -> None:
    items = [m for m in _children(_child(old, "misclist"), "misc") if _text(m)]
    if not items:
        return
    listed = _sub(learner, "AchievementList")
    for item in items:
        element = _sub(listed, "Achievement")
        kind = item.get("type", "additional")
        _sub(_sub(element, "Title"), "Label", titles.get(kind, kind))
        _sub(element, "Description", _text(item))
