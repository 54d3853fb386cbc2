"""The CV as a Word file recruiters and advisors can edit: real headings and styles."""

from __future__ import annotations

import io
from datetime import datetime

from vault.model import Certification, Education, Experience, Skill

from ..career import Career
from ..share import ShareChoice
from ..words import month_year, period, words
from .typography import for_language

# A fixed date: the same career gives the same file, and it says nothing about when.
_FIXED = datetime(2000, 1, 1)


def export(career: Career, choice: ShareChoice) -> bytes:
    """A .docx with Title, Heading 1 and Normal styles; core properties say nothing personal."""
    import zipfile

    from docx import Document
    from docx.shared import Pt

    lang = choice.language
    w = words(lang)

    def t(text: str) -> str:
        return for_language(text, lang)

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Atkinson Hyperlegible"
    normal.font.size = Pt(10.5)
    person = career.person
    if person is not None:
        doc.add_heading(t(person.display_name() or w["anonymous"]), level=0)
        if person.headline:
            doc.add_paragraph(t(person.headline))
        place = " ".join(p for p in (person.postcode, person.city) if p)
        contact = " · ".join(p for p in (person.email, person.phone, person.address, place) if p)
        if contact:
            doc.add_paragraph(contact)
        if person.summary and "summary" in choice.sections:
            doc.add_heading(w["summary"], level=1)
            doc.add_paragraph(t(person.summary))

    def entry(title: str, where: str, when: str, text: str) -> None:
        line = doc.add_paragraph()
        line.add_run(t(title) + (f" — {t(where)}" if where else "")).bold = True
        if when:
            doc.add_paragraph(t(when))
        if text:
            doc.add_paragraph(t(text))

    def experiences(key: str, kinds: tuple[str, ...], keep: bool) -> None:
        chosen = [
            r for r in career.records if isinstance(r, Experience) and (r.kind in kinds) == keep
        ]
        if key not in choice.sections or not chosen:
            return
        doc.add_heading(w[key], level=1)
        for e in sorted(
            chosen,
            key=lambda e: (e.end_date == "", e.end_date, e.start_date, e.title),
            reverse=True,
        ):
            entry(
                e.title,
                e.organisation,
                period(e.start_date, e.end_date, lang),
                "\n".join(p for p in (e.location, e.description) if p),
            )

    experiences("experience", ("volunteering", "personal"), False)
    schooling = [r for r in career.records if isinstance(r, Education)]
    if "education" in choice.sections and schooling:
        doc.add_heading(w["education"], level=1)
        for e in sorted(schooling, key=lambda e: (e.end_date, e.start_date, e.title), reverse=True):
            entry(e.title, e.institution, period(e.start_date, e.end_date, lang), e.field_of_study)
    certificates = [r for r in career.records if isinstance(r, Certification)]
    if "certifications" in choice.sections and certificates:
        doc.add_heading(w["certifications"], level=1)
        for c in sorted(certificates, key=lambda c: (c.issued_on, c.name), reverse=True):
            entry(c.name, c.issuer, month_year(c.issued_on, lang), c.identifier)
    skills = [r for r in career.records if isinstance(r, Skill) and r.category != "language"]
    if "skills" in choice.sections and skills:
        doc.add_heading(w["skills"], level=1)
        for skill in sorted(skills, key=lambda s: (-(s.level or 0), s.label.casefold())):
            level = f" — {w[f'level{skill.level}']}" if skill.level else ""
            doc.add_paragraph(t(career.skill_label(skill)) + level, style="List Bullet")
    spoken = [r for r in career.records if isinstance(r, Skill) and r.category == "language"]
    if "languages" in choice.sections and spoken:
        doc.add_heading(w["languages"], level=1)
        for s in sorted(spoken, key=lambda s: (-(s.level or 0), s.label.casefold())):
            level = f" — {w[f'language{s.level}']}" if s.level else ""
            doc.add_paragraph(t(career.skill_label(s)) + level, style="List Bullet")
    experiences("volunteering", ("volunteering",), True)
    experiences("projects", ("personal",), True)

    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    core.title = person.display_name() if person else ""
    core.created = _FIXED
    core.modified = _FIXED
    core.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    # Zip entries carry their own times: rewrite them fixed, so the bytes are the same each time.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            fixed = zipfile.ZipInfo(item.filename, date_time=(2000, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(item.filename))
    return out.getvalue()
