"""CV as PDF: « classique » (one column that applicant-tracking systems read) and « moderne »."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vault.model import Attestation, Certification, Education, Experience, Record, Skill

from ..career import Career
from ..share import ShareChoice, expired_on
from ..words import day_month_year, month_year, period, words
from . import fonts, images
from .pdf_common import document_settings, page_number
from .typography import for_language

TEMPLATES = ("classique", "moderne")
Item = list[Flowable]  # the flowables of one entry, kept together


@dataclass(frozen=True)
class Look:
    """What differs between templates: colours, and whether dates sit in a left column."""

    accent: Color
    rule: Color
    date_column: bool
    band: bool


LOOKS = {
    "classique": Look(black, HexColor("#555555"), date_column=False, band=False),
    "moderne": Look(HexColor("#1d4f91"), HexColor("#1d4f91"), date_column=True, band=True),
}


def export(career: Career, choice: ShareChoice) -> bytes:
    """The CV's bytes; the same career and choice always give the same bytes."""
    fonts.register()
    template = choice.template if choice.template in LOOKS else "classique"
    return _Builder(career, choice, LOOKS[template]).build()


class _Builder:
    def __init__(self, career: Career, choice: ShareChoice, look: Look) -> None:
        self.career = career
        self.choice = choice
        self.look = look
        self.lang = choice.language
        self.w = words(self.lang)
        size = 10.5
        self.body = ParagraphStyle(
            "body", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.35
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=9.5, leading=12.5,
                                    textColor=HexColor("#333333"))  # fmt: skip
        self.item = ParagraphStyle("item", parent=self.body, fontName=fonts.BOLD, spaceBefore=4)
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=fonts.BOLD, fontSize=13, leading=16,
            textColor=look.accent, spaceBefore=12, spaceAfter=4, keepWithNext=1,
        )  # fmt: skip
        self.name = ParagraphStyle(
            "name", parent=self.body, fontName=fonts.BOLD, fontSize=22, leading=26,
            textColor=look.accent,
        )  # fmt: skip
        self.headline = ParagraphStyle("headline", parent=self.body, fontSize=12.5, leading=16)

    def text(self, value: str) -> str:
        return escape(for_language(value, self.lang)).replace("\n", "<br/>")

    # ---- document -----------------------------------------------------------------

    def build(self) -> bytes:
        buffer = io.BytesIO()
        person = self.career.person
        name = person.display_name() if person else ""
        title = f"{name} — {self.w['cv']}" if name else self.w["cv"]
        doc = BaseDocTemplate(
            buffer,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=(24 if self.look.band else 18) * mm,
            bottomMargin=18 * mm,
            **document_settings(title, self.lang, self.choice.paper),
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        doc.build(self.story())
        return buffer.getvalue()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        if self.look.band and doc.page == 1:
            canvas.setFillColor(self.look.accent)
            canvas.rect(0, height - 8 * mm, width, 8 * mm, stroke=0, fill=1)
        page_number(canvas, width, doc.page)

    # ---- content ------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = self._identity()
        sections: dict[str, Callable[[], list[Item]]] = {
            "experience": lambda: self._experiences(
                lambda e: e.kind not in ("volunteering", "personal")
            ),
            "education": self._education,
            "certifications": self._certifications,
            "skills": self._skills,
            "languages": self._languages,
            "volunteering": lambda: self._experiences(lambda e: e.kind == "volunteering"),
            "projects": lambda: self._experiences(lambda e: e.kind == "personal"),
            "attestations": self._attestations,
        }
        for key in ("experience", "education", "certifications", "skills", "languages",
                    "volunteering", "projects", "attestations"):  # fmt: skip
            if key not in self.choice.sections:
                continue
            items = sections[key]()
            if items:
                # A heading never stays alone at the foot of a page: it travels with
                # its first item.
                heading = Paragraph(self.text(self.w[key]), self.heading)
                story.append(KeepTogether([heading, _Rule(self.look.rule), *items[0]]))
                # Each item stays on one page when it fits: none is cut in two.
                story.extend(KeepTogether(item) for item in items[1:])
        return story

    def _identity(self) -> list[Flowable]:
        person = self.career.person
        if person is None:
            return []
        name = person.display_name() or self.w["anonymous"]
        block: list[Flowable] = [Paragraph(self.text(name), self.name)]
        if person.headline:
            block.append(Paragraph(self.text(person.headline), self.headline))
        place = " ".join(p for p in (person.postcode, person.city) if p)
        contact = [person.email, person.phone, person.address, place]
        line = " · ".join(self.text(p) for p in contact if p)
        if line:
            block.append(Spacer(1, 3))
            block.append(Paragraph(line, self.small))
        out: list[Flowable] = block
        photo = self.career.contents.get(person.photo_document_id)
        # The photo only on the designed template: recruitment software ignores it anyway.
        if photo and self.look.band:
            picture = images.fitted(photo, 28 * mm, 36 * mm)
            if picture is not None:
                table = Table([[block, picture]], colWidths=[None, 32 * mm])
                table.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                        ]
                    )
                )
                out = [table]
        if person.summary and "summary" in self.choice.sections:
            out.append(Paragraph(self.text(self.w["summary"]), self.heading))
            out.append(_Rule(self.look.rule))
            out.append(Paragraph(self.text(person.summary), self.body))
        return out

    def _entry(self, title: str, where: str, when: str, text: str) -> Item:
        """One item's flowables."""
        head = self.text(title) + (f" — {self.text(where)}" if where else "")
        parts: list[Flowable] = []
        if self.look.date_column:
            body = [Paragraph(head, self.item)]
            if text:
                body.append(Paragraph(self.text(text), self.body))
            table = Table(
                [[Paragraph(self.text(when), self.small), body]],
                colWidths=[32 * mm, None],
            )
            table.setStyle(
                TableStyle([
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (0, 0), 6),
                ])
            )  # fmt: skip
            parts.append(table)
        else:
            parts.append(Paragraph(head, self.item))
            if when:
                parts.append(Paragraph(self.text(when), self.small))
            if text:
                parts.append(Paragraph(self.text(text), self.body))
        return parts

    def _of(self, cls: type[Record]) -> list[Record]:
        return [r for r in self.career.records if isinstance(r, cls)]

    def _experiences(self, keep: Callable[[Experience], bool]) -> list[Item]:
        chosen = [r for r in self._of(Experience) if isinstance(r, Experience) and keep(r)]
        chosen.sort(
            key=lambda e: (e.end_date == "", e.end_date, e.start_date, e.title), reverse=True
        )
        return [
            self._entry(
                e.title,
                e.organisation,
                period(e.start_date, e.end_date, self.lang),
                "\n".join(p for p in (e.location, e.description) if p),
            )  # fmt: skip
            for e in chosen
        ]

    def _education(self) -> list[Item]:
        chosen = [r for r in self._of(Education) if isinstance(r, Education)]
        chosen.sort(key=lambda e: (e.end_date, e.start_date, e.title), reverse=True)
        return [
            self._entry(
                e.title,
                e.institution,
                period(e.start_date, e.end_date, self.lang),
                "\n".join(p for p in (e.field_of_study, e.description) if p),
            )  # fmt: skip
            for e in chosen
        ]

    def _certifications(self) -> list[Item]:
        chosen = [r for r in self._of(Certification) if isinstance(r, Certification)]
        chosen.sort(key=lambda c: (c.issued_on, c.name), reverse=True)
        return [
            self._entry(c.name, c.issuer, month_year(c.issued_on, self.lang), c.identifier)
            for c in chosen
        ]

    def _skills(self) -> list[Item]:
        skills = [r for r in self._of(Skill) if isinstance(r, Skill) and r.category != "language"]
        groups: dict[int, list[str]] = {}
        for skill in skills:
            groups.setdefault(skill.level or 0, []).append(self.career.skill_label(skill))
        out: list[Item] = []
        for level in sorted(groups, reverse=True):
            labels = ", ".join(
                self.text(label) for label in sorted(groups[level], key=str.casefold)
            )
            name = self.w[f"level{level}"] if level else ""
            colon = "\u00a0: " if self.lang == "fr" else ": "
            prefix = f"<font name='{fonts.BOLD}'>{escape(name)}</font>{colon}" if name else ""
            out.append([Paragraph(prefix + labels, self.body)])
        return out

    def _languages(self) -> list[Item]:
        spoken = [r for r in self._of(Skill) if isinstance(r, Skill) and r.category == "language"]
        spoken.sort(key=lambda s: (-(s.level or 0), s.label.casefold()))
        return [
            [
                Paragraph(
                    self.text(self.career.skill_label(s))
                    + (f" — {escape(self.w[f'language{s.level}'])}" if s.level else ""),
                    self.body,
                )
            ]
            for s in spoken
        ]

    def _attestations(self) -> list[Item]:
        import json

        out: list[Item] = []
        for attestation in self._of(Attestation):
            assert isinstance(attestation, Attestation)
            if attestation.status not in ("verified", "confirmed"):
                continue  # only what anyone can check offline goes on a CV
            name = json.loads(attestation.extra).get("badge", {}).get("name", "")
            line = f"{name} — {attestation.issuer_name}"
            expired = expired_on(attestation)
            if expired:  # only there because the person chose to include it
                when = day_month_year(expired, self.lang)
                line += " (" + self.w["expired_on"].format(date=when) + ")"
            out.append([Paragraph(self.text(line), self.body)])
        return out


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
