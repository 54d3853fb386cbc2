"""A cover letter as a Word file the person can still edit: the PDF's layout, in Arial."""

from __future__ import annotations

from typing import Any

from ..letters import LetterPage
from .cv_docx import _FIXED, _LANGUAGES, fixed_bytes, right_to_left_paragraphs, set_defaults
from .letter_pdf import RIGHT_BLOCK
from .typography import for_language


def export(letter: LetterPage, paper: str = "A4") -> bytes:
    """A .docx in the PDF's order; its properties say nothing personal but the subject."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    lang = letter.language

    def t(text: str) -> str:
        return for_language(text, lang)

    doc = Document()
    section = doc.sections[0]
    if paper == "letter":
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    set_defaults(doc, _LANGUAGES.get(lang, "en-GB"))
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(7)
    normal.paragraph_format.line_spacing = Pt(15.5)

    def line(text: str, *, indent: bool = False, after: float = 0, before: float = 0) -> Any:
        paragraph = doc.add_paragraph()
        _lines(paragraph, t(text))
        paragraph.paragraph_format.space_after = Pt(after)
        paragraph.paragraph_format.space_before = Pt(before)
        if indent:
            # RIGHT_BLOCK is in points, reportlab's unit.
            paragraph.paragraph_format.left_indent = Pt(RIGHT_BLOCK)
        return paragraph

    for text in letter.sender:
        line(text)
    for index, text in enumerate(letter.recipient):
        line(text, indent=True, before=28 if index == 0 else 0)
    if letter.place_date:
        dated = line(letter.place_date, before=26)
        dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if letter.subject:
        subject = doc.add_paragraph()
        subject.paragraph_format.space_before = Pt(26)
        subject.paragraph_format.space_after = Pt(14)
        subject.add_run(t(f"{letter.subject_label} {letter.subject}".strip())).bold = True
    running = []  # the letter's text, set right to left when written so
    if letter.salutation:
        running.append(line(letter.salutation, after=7))
    for text in letter.paragraphs:
        running.append(line(text, after=7))
    if letter.closing:
        closing = line(letter.closing, after=7)
        closing.paragraph_format.keep_with_next = True
        running.append(closing)
    if letter.signature:
        line(letter.signature, indent=lang == "fr", before=22)

    right_to_left_paragraphs(running)
    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    core.title = letter.title
    core.language = _LANGUAGES.get(lang, "en-GB")
    core.created = _FIXED
    core.modified = _FIXED
    core.revision = 1
    return fixed_bytes(doc)


def _lines(paragraph: Any, text: str) -> None:
    """The text with its line breaks kept as breaks inside the paragraph."""
    for index, part in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()
        run.add_text(part)
