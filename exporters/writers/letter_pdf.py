"""A cover letter as PDF, in the CV's faces: the French layout (sender, recipient on the right,
place and date, « Objet : », appel, body, formule, signature) or the English one."""

from __future__ import annotations

import io

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ..letters import LetterPage
from . import fonts, scripts
from .pdf_common import document_settings
from .platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer
from .typography import for_language

MARGIN = 22 * mm
# The recipient, the date and the signature stand in the right half, where a window
# envelope shows the address (the French habit; an English letter keeps it too).
RIGHT_BLOCK = 95 * mm


def export(letter: LetterPage, paper: str = "A4") -> bytes:
    """One or two pages; the same letter gives the same bytes."""
    fonts.register()
    lang = letter.language
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=11, leading=15.5,
                          spaceAfter=7)  # fmt: skip
    block = ParagraphStyle("block", parent=body, spaceAfter=0)
    right = ParagraphStyle("right", parent=block, leftIndent=RIGHT_BLOCK)
    dated = ParagraphStyle("dated", parent=block, alignment=TA_RIGHT)
    bold = ParagraphStyle("bold", parent=body, fontName=fonts.BOLD)

    def p(text: str, style: ParagraphStyle = body) -> Flowable:
        # The sender's, the recipient's and the signature's lines keep their block's place.
        lined_up = style in (block, right, dated)
        return scripts.paragraph(for_language(text, lang), style, block=lined_up)

    story: list[Flowable] = [p(line, block) for line in letter.sender]
    if letter.recipient:
        story.append(Spacer(1, 10 * mm))
        story.extend(p(line, right) for line in letter.recipient)
    if letter.place_date:
        story.extend([Spacer(1, 9 * mm), p(letter.place_date, dated)])
    story.append(Spacer(1, 9 * mm))
    if letter.subject:
        subject = f"{letter.subject_label} {letter.subject}".strip()
        story.append(p(subject, bold))
        story.append(Spacer(1, 3 * mm))
    if letter.salutation:
        story.append(p(letter.salutation))
    story.extend(p(paragraph) for paragraph in letter.paragraphs)
    # The formule and the signature stay together: a signature alone on a page is no letter.
    ending: list[Flowable] = []
    if letter.closing:
        ending.append(p(letter.closing))
    if letter.signature:
        # French letters sign under the recipient's block; English ones under the closing.
        ending.extend([Spacer(1, 8 * mm), p(letter.signature, right if lang == "fr" else block)])
    if ending:
        story.append(KeepTogether(ending))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        **document_settings(letter.title, lang, paper),
    )
    doc.build(story)
    return buffer.getvalue()
