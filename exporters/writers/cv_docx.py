"""The CV as a Word file recruiters and advisors can edit: the PDF's content, in real styles.

A4 (or the share profile's paper), the document's language set, Arial — which
every Word has and LibreOffice replaces by the metric-compatible Liberation
Sans — and Title, Heading 1/2, List Bullet styles, so that a recruiter who
edits it keeps a clean document. Word and LibreOffice shape and order Arabic or
Hebrew themselves, and fall back to their own fonts for other scripts.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

from ..career import Career
from ..cv_content import Entry, cv_content
from ..share import ShareChoice
from .typography import for_language, right_to_left

# A fixed date: the same career gives the same file, and it says nothing about when.
_FIXED = datetime(2000, 1, 1)
_LANGUAGES = {"fr": "fr-FR", "en": "en-GB"}
FONT = "Arial"


def export(career: Career, choice: ShareChoice) -> bytes:
    """A .docx in the PDF's order; core properties say nothing personal."""
    from docx import Document
    from docx.shared import Mm, Pt

    lang = choice.language
    content = cv_content(career, choice)

    def t(text: str) -> str:
        return for_language(text, lang)

    doc = Document()
    section = doc.sections[0]
    if choice.paper == "letter":
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    section.top_margin = section.bottom_margin = Mm(18)
    set_defaults(doc, _LANGUAGES.get(lang, "en-GB"))
    doc.styles["Normal"].font.size = Pt(10.5)

    header = content.header
    if header is not None:
        doc.add_paragraph(t(header.name), style="Title")
        if header.headline:
            doc.add_paragraph(t(header.headline), style="Subtitle")
        if header.contact:
            doc.add_paragraph(" · ".join(t(p) for p in header.contact))
        if header.links:
            line = doc.add_paragraph()
            for index, link in enumerate(header.links):
                if index:
                    line.add_run(" · ")
                if link.url:
                    _hyperlink(line, link.url, link.label)
                else:
                    line.add_run(link.label)
        if header.summary:
            doc.add_heading(t(header.summary_heading), level=1)
            doc.add_paragraph(t(header.summary))
    for block in content.blocks:
        doc.add_heading(t(block.heading), level=1)
        for entry in block.entries:
            if block.inline:
                _inline(doc, entry, lang, t)
            else:
                _entry(doc, entry, t)

    right_to_left_paragraphs(p for p in doc.paragraphs if not _heading(p))
    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    core.title = header.name if header else ""
    core.language = _LANGUAGES.get(lang, "en-GB")
    core.created = _FIXED
    core.modified = _FIXED
    core.revision = 1
    return fixed_bytes(doc)


def right_to_left_paragraphs(paragraphs: Any) -> None:
    """A paragraph written right to left (its first letter Arabic, Hebrew…) is set as one:
    Word and LibreOffice then start it on the right and order its words from there.

    Running text only: a name, a title or an address keeps its block's place, as in the PDF.
    """
    from docx.oxml import OxmlElement

    for paragraph in paragraphs:
        if right_to_left(paragraph.text):
            properties = paragraph._p.get_or_add_pPr()
            # In the order the schema sets: Word refuses a file whose elements are not.
            properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


# What follows <w:bidi/> in a paragraph's properties (ECMA-376, CT_PPrBase and CT_PPr).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip


def _heading(paragraph: Any) -> bool:
    """A name, a headline or a heading: set where the template sets it, in any script."""
    name = paragraph.style.name if paragraph.style is not None else ""
    return bool(name.startswith(("Title", "Subtitle", "Heading")))


def fixed_bytes(doc: Any) -> bytes:
    """The document's bytes, the same each time for the same content."""
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


def _entry(doc: Any, entry: Entry, t: Any) -> None:
    """A job or a diploma: its title as Heading 2, then when and where, text, bullets."""
    title = t(entry.title) + (f" — {t(entry.where)}" if entry.where else "")
    doc.add_heading(title, level=2)
    when = " · ".join(p for p in (entry.when, entry.place) if p)
    if when:
        doc.add_paragraph(t(when))
    if entry.text:
        doc.add_paragraph(t(entry.text))
    for highlight in entry.highlights:
        doc.add_paragraph(t(highlight), style="List Bullet")
    if entry.keywords:
        doc.add_paragraph(t(", ".join(entry.keywords)))
    if entry.url:
        _hyperlink(doc.add_paragraph(), entry.url, entry.url)


def _inline(doc: Any, entry: Entry, lang: str, t: Any) -> None:
    """'Anglais — B2 (courant)', 'Développement web : HTML, CSS' as one bullet."""
    line = doc.add_paragraph(style="List Bullet")
    colon = "\u00a0: " if lang == "fr" else ": "
    if entry.title:
        line.add_run(t(entry.title)).bold = True
    rest = ""
    if entry.where:
        rest += f" — {t(entry.where)}"
    if entry.level:
        rest += (" — " if entry.title else "") + t(entry.level)
    if entry.keywords:
        rest += (colon if entry.title or rest else "") + t(", ".join(entry.keywords))
    if rest:
        line.add_run(rest)


def set_defaults(doc: Any, language: str) -> None:
    """The document's language and fonts, for every script, in its default run properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault"))
    properties = run_defaults.find(qn("w:rPr"))
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for key in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(key), FONT)
    for key in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(key), None)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:bidi"), "ar-SA")
    # Headings use theme fonts (Calibri Light…) unless told otherwise.
    for style in doc.styles:
        element = getattr(style, "element", None)
        if element is None or getattr(style, "type", None) != 1:
            continue
        style_fonts = element.find(qn("w:rPr"))
        if style_fonts is None:
            continue
        own = style_fonts.find(qn("w:rFonts"))
        if own is not None:
            for key in list(own.attrib):
                own.attrib.pop(key)
            for key in ("w:ascii", "w:hAnsi", "w:cs"):
                own.set(qn(key), FONT)


def _hyperlink(paragraph: Any, url: str, label: str) -> None:
    """A clickable link, underlined in blue, as Word writes one."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if not url.lower().startswith(("https://", "http://", "mailto:")):
        paragraph.add_run(label)
        return
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1D4F91")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.extend([colour, underline])
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = label
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
