"""The advisor brief: one page with the situation, rights, project, next steps and questions."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ..advisor import advisor_content, words_for
from ..career import Career
from ..share import ShareChoice
from . import fonts, scripts
from .pdf_common import document_settings
from .platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer
from .typography import for_language

ACCENT = HexColor("#1d4f91")

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Fiche pour mon rendez-vous",
        "questions": "Mes questions",
        "for": "Pour : {audience}",
    },
    "en": {
        "title": "Brief for my meeting",
        "questions": "My questions",
        "for": "For: {audience}",
    },
}


def export(career: Career, choice: ShareChoice) -> bytes:
    """One page (A4 or US Letter); the same career and choice give the same bytes."""
    fonts.register()
    lang = "fr" if choice.language == "fr" else "en"
    w = {**words_for(lang), **_WORDS[lang]}
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
    heading = ParagraphStyle(
        "h",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=12.5,
        leading=16,
        textColor=ACCENT,
        spaceBefore=8,
        spaceAfter=2,
        keepWithNext=1,
    )
    title = ParagraphStyle("t", parent=body, fontName=fonts.BOLD, fontSize=18, leading=22)
    subheading = ParagraphStyle("sub", parent=body, fontName=fonts.BOLD, spaceBefore=4)
    small_bullet = ParagraphStyle("small_bullet", parent=body, fontSize=9.5, leading=12.5,
                                  leftIndent=11, bulletIndent=1)  # fmt: skip

    bullet = ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=1)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5,
                           textColor=HexColor("#333333"))  # fmt: skip

    def p(text: str, style: ParagraphStyle = body, *, block: bool = False) -> Flowable:
        return scripts.paragraph(for_language(text, lang), style, block=block)

    def item(text: str, style: ParagraphStyle = bullet) -> Paragraph:
        """A bullet whose second line hangs under the first word, not under the bullet."""
        content = scripts.markup(for_language(text, lang))
        return Paragraph(content, scripts.shaped_style(style, content), bulletText="•")

    person = career.person
    story: list[Flowable] = [
        p(w["title"] + (f" — {person.display_name()}" if person else ""), title)
    ]
    if person is not None:
        contact = [person.email, person.phone, person.city]
        if any(contact):
            story.append(p(" · ".join(c for c in contact if c), small, block=True))
    if choice.audience:
        story.append(p(w["for"].format(audience=choice.audience)))
    advice = advisor_content(career, lang)
    story.append(p(w["situation"], heading))
    story.extend(p(line, block=True) for line in advice.situation)  # facts, lined up
    story.append(p(w["rights"], heading))
    story.append(p(advice.cpf))
    story.extend(item(line) for line in advice.schemes)
    if advice.fitting:
        story.append(p(w["fit"], subheading))
        story.extend(item(line, small_bullet) for line in advice.fitting)
    story.append(p(w["project"], heading))
    story.extend(p(line) for line in advice.project or (w["no_project"],))
    if advice.steps:
        story.append(p(w["steps"], heading))
        story.extend(item(line) for line in advice.steps)
    if advice.applications:
        story.append(p(w["applications"], heading))
        story.extend(item(line) for line in advice.applications)
    if advice.background:
        story.append(p(w["background"], heading))
        story.extend(item(line) for line in advice.background)

    if choice.questions.strip():
        story.append(p(w["questions"], heading))
        for line in choice.questions.strip().splitlines():
            if line.strip():
                story.append(item(line.strip().lstrip("•-* ")))
    story.append(Spacer(1, 2))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        **document_settings(w["title"], lang, choice.paper),
    )
    doc.build(story)
    return buffer.getvalue()
