"""CV as PDF in four templates, all drawn from the same content (`cv_content`).

- « classique »: one column, black headings — what applicant-tracking systems read best;
- « moderne »: a blue band on every page, dates in a left column, the photo;
- « colonnes »: a tinted sidebar (photo, contact, skills, languages, interests) beside the career;
- « compact »: one page when the content allows it, set tighter.

Every template keeps the reading order `pdftotext` extracts, prints every word
the share profile lets out, and numbers its pages "1 / 2" — or not at all when
there is one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..career import Career
from ..cv_content import Block, CvContent, Entry, Header, cv_content
from ..share import ShareChoice
from ..words import words
from . import fonts, images, scripts
from .pdf_common import NumberedCanvas, document_settings
from .platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from .scripts import Paragraph, quoteattr
from .typography import for_language

TEMPLATES = ("classique", "moderne", "colonnes", "compact")
Item = list[Flowable]  # the flowables of one entry, kept together
# Beyond this many keywords an item may run over a page break instead of moving whole.
KEPT_KEYWORDS = 60
LISTED = 300  # keywords in one paragraph, at most
SIDEBAR_SECTIONS = ("skills", "languages", "interests")


@dataclass(frozen=True)
class Look:
    """What differs between templates."""

    accent: Color
    rule: Color
    date_column: bool = False
    band: bool = False
    sidebar: bool = False
    photo: bool = False
    size: float = 10.5  # body text, in points
    space: float = 1.0  # how airy: a factor on the space between items
    one_page: bool = False  # tighten until it fits one page, within reason


LOOKS = {
    "classique": Look(black, HexColor("#555555")),
    "moderne": Look(HexColor("#1d4f91"), HexColor("#1d4f91"), date_column=True, band=True,
                    photo=True),
    "colonnes": Look(HexColor("#0f5c56"), HexColor("#0f5c56"), sidebar=True, photo=True),
    "compact": Look(HexColor("#333333"), HexColor("#777777"), size=9.5, space=0.6,
                    one_page=True),
}  # fmt: skip
SIDEBAR_TINT = HexColor("#e8f1f0")
# (type size, space between items, the share of the height it saves): the share
# was measured on the demo career in « classique » and « moderne ».
_TIGHTER = ((0.96, 0.7, 0.06), (0.93, 0.5, 0.15), (0.9, 0.4, 0.2))


def export(career: Career, choice: ShareChoice) -> bytes:
    """The CV's bytes; the same career and choice always give the same bytes."""
    fonts.register()
    template = choice.template if choice.template in LOOKS else "classique"
    look = LOOKS[template]
    content = cv_content(career, choice)
    first = _Builder(content, choice, look).lay_out()
    if first.pages <= 1 or (first.fill > 0.3 and not look.one_page):
        return first.save()
    # A last page with a few lines on it looks unfinished: lay the CV out once more,
    # tighter — the space between items first, the type down to 90 % — by as much
    # as the overflow asks, and keep it if it ends on one page less or a fuller one.
    # Only the kept layout is written out.
    overflow = first.fill / (first.pages - 1 + first.fill)
    step = next((s for s in _TIGHTER if s[2] >= overflow), _TIGHTER[-1])
    if step[2] < overflow and not look.one_page:
        return first.save()  # too much to tighten away: the pages stay as they are
    size, space, _ = step
    second = _Builder(
        content, choice, replace(look, size=look.size * size, space=look.space * space)
    ).lay_out()
    better = second.pages < first.pages or second.fill > first.fill
    return (second if better else first).save()


@dataclass
class _Layout:
    """A CV laid out, its pages held in memory until it is kept and written out."""

    doc: _Doc
    buffer: io.BytesIO
    pages: int
    fill: float  # how far down the last page the text goes, 0 to 1

    def save(self) -> bytes:
        self.doc.canv.save()
        return self.buffer.getvalue()


class _Doc(BaseDocTemplate):
    """Remembers where the last flowable ended, to tell how full the last page is."""

    last_y: float = 0.0
    frame_top: float = 1.0
    frame_height: float = 1.0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        frame = getattr(self, "frame", None)
        if frame is None:
            return
        self.last_y = frame._y
        self.frame_top = frame._y1 + frame._height
        self.frame_height = frame._height


class _Builder:
    def __init__(self, content: CvContent, choice: ShareChoice, look: Look) -> None:
        self.content = content
        self.choice = choice
        self.look = look
        self.lang = choice.language
        self.w = words(self.lang)
        size = look.size
        self.body = ParagraphStyle(
            "body", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.32
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=size - 1, leading=(size - 1) * 1.3,
            textColor=HexColor("#444444"),
        )  # fmt: skip
        self.item = ParagraphStyle(
            "item", parent=self.body, fontName=fonts.BOLD, spaceBefore=5 * look.space
        )
        self.bullet = ParagraphStyle(
            "bullet", parent=self.body, leftIndent=11, bulletIndent=2, spaceBefore=1,
            bulletFontName=fonts.REGULAR,
        )  # fmt: skip
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=fonts.BOLD, fontSize=size + 2.5,
            leading=(size + 2.5) * 1.25, textColor=look.accent,
            spaceBefore=12 * look.space, spaceAfter=3, keepWithNext=1,
        )  # fmt: skip
        # autoLeading: a name in letters taller than Fira Sans's (Arabic's deep tails,
        # Chinese) grows its line to hold them instead of touching the headline. Only
        # here: set on the body text, reportlab left words of two real résumés out of
        # « moderne » and « colonnes » (test_every_field_of_a_résumé_is_in_every_cv).
        self.name = ParagraphStyle(
            "name", parent=self.body, fontName=fonts.BOLD, fontSize=size * 2.1,
            leading=size * 2.5, textColor=look.accent, autoLeading="max",
        )  # fmt: skip
        self.headline = ParagraphStyle(
            "headline", parent=self.body, fontSize=size + 2, leading=(size + 2) * 1.3
        )
        self.side_heading = ParagraphStyle(
            "side_heading", parent=self.heading, fontSize=size + 1, leading=(size + 1) * 1.3,
            spaceBefore=10 * look.space,
        )  # fmt: skip
        self.side = ParagraphStyle("side", parent=self.small, spaceBefore=2)

    # ---- text -----------------------------------------------------------------------

    def para(self, value: str, style: ParagraphStyle, *, block: bool = False) -> Flowable:
        """A paragraph of the person's own text, in any script, set for the language."""
        return scripts.paragraph(for_language(value, self.lang), style, block=block)

    def markup(self, value: str, bold: bool = False) -> str:
        return scripts.markup(for_language(value, self.lang), bold=bold).replace("\n", "<br/>")

    def joined(self, parts: list[str], style: ParagraphStyle) -> Paragraph:
        """A paragraph made of pieces of markup."""
        content = "".join(parts)
        return Paragraph(content, scripts.shaped_style(style, content))

    # ---- document ---------------------------------------------------------------------

    def lay_out(self) -> _Layout:
        """The pages, laid out and not yet written: only a kept layout pays for that."""
        buffer = io.BytesIO()
        header = self.content.header
        name = header.name if header else ""
        title = f"{name} — {self.w['cv']}" if name else self.w["cv"]
        top = (24 if self.look.band else 18) * mm
        doc = _Doc(
            buffer,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=top,
            bottomMargin=18 * mm,
            **document_settings(title, self.lang, self.choice.paper),
        )
        empty = self.content.header is None and not self.content.blocks
        if self.look.sidebar and not empty:
            doc.addPageTemplates(self._sidebar_pages(doc))
            story = self._sidebar_story(doc)
        else:
            frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text")
            doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
            story = self._identity() + self._blocks(self.content.blocks)
        if not story:  # a PDF of no pages is one no reader opens: say why it is empty
            story = [self.para(self.w["empty_cv"], self.small)]
        doc._doSave = 0  # type: ignore[attr-defined]  # reportlab's switch: keep the canvas unsaved
        doc.build(story, canvasmaker=NumberedCanvas)
        fill = (doc.frame_top - doc.last_y) / doc.frame_height if doc.frame_height else 1.0
        canvas = doc.canv
        assert isinstance(canvas, NumberedCanvas)
        return _Layout(doc, buffer, canvas.page_count, fill)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        if self.look.band:  # on every page: a designed page stays designed after page 1
            canvas.setFillColor(self.look.accent)
            canvas.rect(0, height - 8 * mm, width, 8 * mm, stroke=0, fill=1)

    # ---- the one-column templates -------------------------------------------------------

    def _identity(self, *, with_photo: bool = True, with_contact: bool = True) -> list[Flowable]:
        header = self.content.header
        if header is None:
            return []
        block: list[Flowable] = [self.para(header.name, self.name, block=True)]
        if header.headline:
            block.append(self.para(header.headline, self.headline, block=True))
        if with_contact:
            block.extend(self._contact(header, self.small, " · "))
        out: list[Flowable] = block
        picture = (
            images.fitted(header.photo, 28 * mm, 36 * mm)
            if header.photo and self.look.photo and with_photo
            else None
        )
        if picture is not None:
            table = Table([[block, picture]], colWidths=[None, 32 * mm])
            table.setStyle(
                TableStyle([
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ])
            )  # fmt: skip
            out = [table]
        if header.summary:
            out.append(self.para(header.summary_heading, self.heading))
            out.append(_Rule(self.look.rule))
            out.append(self.para(header.summary, self.body))
        return out

    def _contact(self, header: Header, style: ParagraphStyle, separator: str) -> list[Flowable]:
        """Contact details, then the website and profiles as links a reader can click."""
        out: list[Flowable] = []
        pieces = [self.markup(p) for p in header.contact]
        pieces += [self._link(link.label, link.url) for link in header.links]
        if not pieces:
            return out
        if separator == "\n":
            out.extend(self.joined([p], style) for p in pieces)
        else:
            out.append(Spacer(1, 3))
            out.append(self.joined([separator.join(pieces)], style))
        return out

    def _link(self, label: str, url: str) -> str:
        text = self.markup(label)
        if not url.lower().startswith(("https://", "http://", "mailto:")):
            return text
        colour = self.look.accent.hexval().replace("0x", "#")
        return f"<a href={quoteattr(url)} color='{colour}'>{text}</a>"

    def _blocks(self, blocks: tuple[Block, ...], *, compact: bool = False) -> list[Flowable]:
        story: list[Flowable] = []
        for block in blocks:
            items = (
                [self._inline(e) for e in block.entries]
                if block.inline
                else [self._entry(e) for e in block.entries]
            )
            heading = self.para(block.heading, self.side_heading if compact else self.heading)
            # A heading never stays alone at the foot of a page: it travels with its
            # first item (or its first lines); each item stays on one page when it fits.
            # A long list of keywords flows on: keeping it together would measure the
            # whole of it again on every page (minutes for a list of 15 000 skills).
            flowing = [len(block.entries[n].keywords) > KEPT_KEYWORDS for n in range(len(items))]
            first = items[0]
            if flowing[0]:
                story.append(KeepTogether([heading, _Rule(self.look.rule)]))
                story.extend(first)
            else:
                story.append(KeepTogether([heading, _Rule(self.look.rule), *first]))
            for item, flows in zip(items[1:], flowing[1:], strict=True):
                story.extend(item) if flows else story.append(KeepTogether(item))
        return story

    def _inline(self, entry: Entry, style: ParagraphStyle | None = None) -> Item:
        """One line: 'Anglais — B2 (courant)', 'Développement web : HTML, CSS'."""
        style = style or self.body
        colon = "\u00a0: " if self.lang == "fr" else ": "
        parts = []
        if entry.title:  # in bold, in whichever script it is written
            parts.append(f"<font name='{fonts.BOLD}'>{self.markup(entry.title, bold=True)}</font>")
        if entry.where:
            parts.append(" — " + self.markup(entry.where))
        if entry.level:
            parts.append((" — " if parts else "") + self.markup(entry.level))
        keywords = [self.markup(k) for k in entry.keywords]
        # A list of thousands runs on in paragraphs of a few hundred: reportlab breaks a
        # paragraph's lines again for what is left after each page, and slower the longer
        # it is (a CV of 32 000 items took 52 s, most of it re-breaking four lists).
        chunks = [keywords[start : start + LISTED] for start in range(0, len(keywords), LISTED)]
        if chunks:
            more = len(chunks) > 1
            parts.append((colon if parts else "") + ", ".join(chunks[0]) + ("," if more else ""))
        content = "".join(parts)
        out: Item = [Paragraph(content, scripts.shaped_style(style, content))]
        for number, chunk in enumerate(chunks[1:], start=2):
            text = ", ".join(chunk) + ("," if number < len(chunks) else "")
            out.append(Paragraph(text, scripts.shaped_style(style, text)))
        return out

    def _entry(self, entry: Entry) -> Item:
        """A job, a diploma, a certificate: title — where, when, place, text, bullets."""
        head = [self.markup(entry.title, bold=True)]
        if entry.where:
            head.append(" — " + self.markup(entry.where, bold=True))
        title = self.joined(head, self.item)
        details: list[Flowable] = []
        if entry.place and self.look.date_column:
            details.append(self.para(entry.place, self.small))
        if entry.text:
            details.append(self.para(entry.text, self.body))
        for highlight in entry.highlights:
            content = self.markup(highlight)
            details.append(
                Paragraph(content, scripts.shaped_style(self.bullet, content), bulletText="•")
            )
        if entry.keywords:
            details.append(self.para(", ".join(entry.keywords), self.small))
        if entry.url:
            details.append(self.joined([self._link(entry.url, entry.url)], self.small))
        place = "" if self.look.date_column else entry.place  # else under the title
        when = " · ".join(p for p in (entry.when, place) if p)
        if self.look.date_column:
            table = Table(
                [[self.para(entry.when, self.small), [title, *details]]],
                colWidths=[34 * mm, None],
            )
            table.setStyle(
                TableStyle([
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 4),
                    ("TOPPADDING", (0, 0), (0, 0), 5 * self.look.space + 2),
                ])
            )  # fmt: skip
            return [table]
        out: list[Flowable] = [title]
        if when:
            out.append(self.para(when, self.small))
        return out + details

    # ---- the sidebar template ---------------------------------------------------------

    def _sidebar_pages(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        """Page 1: the name across the top, then the sidebar and the career; later pages:
        the career column beside an empty tinted sidebar."""
        width, height = doc.pagesize
        self.side_width = 66 * mm
        self.header_height = 34 * mm
        top = height - 12 * mm
        below_header = top - self.header_height
        # A wide gutter: text extractors (pdftotext, applicant-tracking systems) then
        # read the sidebar and the career as two columns, not as shared lines.
        main_x = self.side_width + 10 * mm
        main_width = width - main_x - 16 * mm
        bottom = doc.bottomMargin
        header = Frame(main_x, below_header, main_width, self.header_height, id="header")
        side = Frame(10 * mm, bottom, self.side_width - 18 * mm, below_header - bottom, id="side")
        first = Frame(main_x, bottom, main_width, below_header - bottom, id="main")
        later = Frame(main_x, bottom, main_width, top - bottom, id="main-later")
        return [
            PageTemplate("first", [header, side, first], onPage=self._tint),
            PageTemplate("later", [later], onPage=self._tint),
        ]

    def _tint(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        height = doc.pagesize[1]
        canvas.setFillColor(SIDEBAR_TINT)
        canvas.rect(0, 0, self.side_width, height, stroke=0, fill=1)

    def _sidebar_story(self, doc: BaseDocTemplate) -> list[Flowable]:
        header = self.content.header
        top: list[Flowable] = []
        side: list[Flowable] = []
        if header is not None:
            top = [self.para(header.name, self.name, block=True)]
            if header.headline:
                top.append(self.para(header.headline, self.headline, block=True))
            picture = images.fitted(header.photo, 38 * mm, 46 * mm) if header.photo else None
            if picture is not None:
                side += [picture, Spacer(1, 6)]
            side.append(self.para(self.w["contact"], self.side_heading))
            side.extend(self._contact(header, self.side, "\n"))
        for block in self.content.blocks:
            if block.key in SIDEBAR_SECTIONS:
                side.append(self.para(block.heading, self.side_heading))
                for entry in block.entries:
                    side.extend(self._inline(entry, self.side))
        main: list[Flowable] = []
        if header is not None and header.summary:
            main += [
                self.para(header.summary_heading, self.heading),
                _Rule(self.look.rule),
                self.para(header.summary, self.body),
            ]
        career = tuple(b for b in self.content.blocks if b.key not in SIDEBAR_SECTIONS)
        main += self._blocks(career)
        height = doc.pagesize[1] - 12 * mm - self.header_height - doc.bottomMargin
        # The name and the sidebar stay on the first page: long ones are set smaller
        # rather than spilling into the career column.
        return [
            NextPageTemplate("later"),
            KeepInFrame(doc.pagesize[0], self.header_height, top, mode="shrink"),
            FrameBreak(),
            KeepInFrame(self.side_width - 18 * mm, height, side, mode="shrink"),
            FrameBreak(),
            *main,
        ]


class _Rule(Flowable):
    """A thin line under a heading."""

    def __init__(self, colour: Color) -> None:
        super().__init__()
        self.colour = colour
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 4

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 2, self.width, 2)
