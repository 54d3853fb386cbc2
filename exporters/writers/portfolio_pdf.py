"""The skills portfolio people print: cover, contents, each skill with its evidence, appendix."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vault.discovery import SOURCE as DISCOVERY
from vault.model import (
    ATTESTED,
    IMPORTED,
    Attestation,
    Certification,
    Document,
    Education,
    Experience,
    Record,
    Skill,
    SkillEvidence,
)

from ..career import Career
from ..credentials.identity import fingerprint
from ..cv_content import kept, texts
from ..share import ShareChoice, expired_on
from ..translations import highlights_in
from ..words import capitalised, dashed, day_month_year, month_year, period, words
from . import fonts, images, scripts
from .pdf_common import document_settings, page_number
from .platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from .progress import ExportCancelled, Progress
from .typography import for_language

ACCENT = HexColor("#1d4f91")
CONTENTS_FROM = 20  # skills: a contents page from this many on

_WORDS = {
    "fr": {
        "title": "Portfolio de compétences",
        "contents": "Sommaire",
        "skills": "Mes compétences",
        "appendix": "Annexes",
        "evidence": "Ce qui le montre",
        "legend": "Sous chaque compétence, « Ce qui le montre » renvoie aux expériences, "
        "formations, documents ou attestations qui la prouvent ; une compétence qui n’en a "
        "pas est déclarée, sans pièce jointe pour l’instant. La provenance dit qui l’a écrite : "
        "moi (déclaré), un fichier importé, ou une personne qui l’a signée.",
        "count": "{skills} compétences, dont {shown} avec une pièce qui les montre.",
        "declared": "déclaré",
        "discovered": "déclaré, découvert avec Musette (Diagoriente)",
        "imported": "importé de {source}",
        "attested": "signé par {name}",
        "fingerprint": "empreinte {digits}",
        "confirmed": "signataire confirmé en personne",
        "unconfirmed": "signature valide, signataire pas encore confirmé",
        "offline": "non vérifiée hors ligne",
        "issuer_offline": "signature valide, émetteur non vérifiable hors ligne",
        "unsigned": "non signée",
        "appendix_item": "Annexe {n} : {name}",
        "prepared_for": "Préparé pour : {audience}",
        "level": "Niveau : {level}",
        "esco": "Référentiel européen ESCO",
        "unrated": "Niveau non précisé",
    },
    "en": {
        "title": "Skills portfolio",
        "contents": "Contents",
        "skills": "My skills",
        "appendix": "Appendix",
        "evidence": "What shows it",
        "legend": "Under each skill, “What shows it” points to the experience, training, "
        "documents or attestations that prove it; a skill without it is declared, with no "
        "evidence attached yet. The origin says who wrote it: me (declared), an imported "
        "file, or a person who signed it.",
        "count": "{skills} skills, {shown} of them with evidence.",
        "declared": "declared",
        "discovered": "declared, discovered with Musette (Diagoriente)",
        "imported": "imported from {source}",
        "attested": "signed by {name}",
        "fingerprint": "fingerprint {digits}",
        "confirmed": "signer confirmed in person",
        "unconfirmed": "valid signature, signer not yet confirmed",
        "offline": "not verified offline",
        "issuer_offline": "valid signature, issuer not verifiable offline",
        "unsigned": "not signed",
        "appendix_item": "Appendix {n}: {name}",
        "prepared_for": "Prepared for: {audience}",
        "level": "Level: {level}",
        "esco": "European ESCO classification",
        "unrated": "Level not given",
    },
}


class _Doc(BaseDocTemplate):
    """Numbers pages after `offset` earlier ones and notes where each heading lands."""

    def __init__(
        self,
        *args: object,
        offset: int = 0,
        progress: Progress | None = None,
        total: int = 0,
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.offset = offset
        self.headings: list[tuple[int, str, int]] = []  # (level, text, page)
        self.progress = progress
        self.total = total
        self.done = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        self.done += 1
        if self.progress is not None and self.done % 50 == 0:
            if not self.progress(min(self.done, self.total), self.total):
                raise ExportCancelled()
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            self.headings.append((level, flowable.getPlainText(), self.page + self.offset))


def export(career: Career, choice: ShareChoice, progress: Progress | None = None) -> bytes:
    """The portfolio's bytes; PDFs chosen as evidence are appended page by page.

    `progress(done, total)` is called as pages fill; returning False cancels.
    """
    fonts.register()
    return _Builder(career, choice, progress).build()


class _Builder:
    def __init__(self, career: Career, choice: ShareChoice, progress: Progress | None) -> None:
        self.progress = progress
        self.career = career
        self.choice = choice
        self.lang = choice.language
        self.w = {**words(self.lang), **_WORDS["fr" if self.lang == "fr" else "en"]}
        self.by_id = career.by_id()
        body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
        self.body = body
        self.small = ParagraphStyle(
            "small",
            parent=body,
            fontSize=9.5,
            leading=12.5,
            textColor=HexColor("#333333"),
            leftIndent=10,
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=18,
            leading=22,
            textColor=ACCENT,
            spaceAfter=8,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=2,
            keepWithNext=1,
        )
        self.skill_style = ParagraphStyle("skill", parent=body, spaceBefore=7, leading=15)
        self.toc1 = ParagraphStyle("toc1", parent=body, fontName=fonts.BOLD)
        self.toc2 = ParagraphStyle("toc2", parent=body, leftIndent=14)
        self.toc_page = ParagraphStyle("toc-page", parent=body, alignment=2)  # right-aligned
        self.cover = ParagraphStyle(
            "cover", parent=body, fontName=fonts.BOLD, fontSize=28, leading=34, textColor=ACCENT
        )
        self.appendix: list[tuple[str, Document]] = []  # (number, document) in order
        self.counts = (0, 0)  # skills, skills with evidence
        self.with_contents = True

    def para(self, value: str, style: ParagraphStyle, *, block: bool = False) -> Flowable:
        return scripts.paragraph(for_language(value, self.lang), style, block=block)

    def text(self, value: str, bold: bool = False) -> str:
        return scripts.markup(for_language(value, self.lang), bold=bold).replace("\n", "<br/>")

    def build(self) -> bytes:
        """Body first, in one pass (fast for 10 000 skills); then the cover and contents.

        The contents page gets the page numbers the body just found: no second
        layout of the whole body, as reportlab's multiBuild would do.
        """
        person = self.career.person
        title = self.w["title"] + (f" — {person.display_name()}" if person else "")
        self.appendix = []
        skills = self._skills()  # also counts them, and says whether contents will help
        offset = 2 if self.with_contents else 1  # a cover, and one page of contents
        for attempt in range(3):
            if attempt:  # laid-out flowables are not reused: build them again
                self.appendix = []
                skills = self._skills()
            story = [*skills, *self._appendix()]
            body, headings = self._render(story, offset, title, self.progress)
            front, _ = self._render(self._front(headings), 0, title, None)
            pages = _page_count(front)
            if pages == offset:
                break
            offset = pages  # a very long contents list: number the body again
        attached = [
            (self.w["appendix_item"].format(n=number, name=d.name), self.career.contents[d.id])
            for number, d in self.appendix
            if d.media_type == "application/pdf"
        ]
        if not attached:
            return _join([front, body], [], title)
        # The attached pages are numbered on from the body's last page.
        first = offset + _page_count(body) + 1
        return _join([front, body], self._stamped(attached, first), title)

    def _stamped(self, attached: list[tuple[str, bytes]], first: int) -> list[bytes]:
        """Each attached PDF with the appendix's name at the top of its pages and the
        portfolio's page numbers at the foot, so a printed page is never anonymous.

        A damaged PDF is left out, as `_join` would.
        """
        from pypdf import PdfReader, PdfWriter, Transformation
        from pypdf.errors import PdfReadError

        out: list[bytes] = []
        number = first
        for label, data in attached:
            try:
                writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
                for page in writer.pages:
                    box = page.mediabox
                    width, height = float(box.width), float(box.height)
                    overlay = PdfReader(io.BytesIO(self._stamp(label, number, width, height)))
                    move = Transformation().translate(float(box.left), float(box.bottom))
                    page.merge_transformed_page(overlay.pages[0], move)
                    number += 1
            except (PdfReadError, ValueError, KeyError, OSError):
                continue
            buffer = io.BytesIO()
            writer.write(buffer)
            out.append(buffer.getvalue())
        return out

    def _stamp(self, label: str, number: int, width: float, height: float) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
        style = ParagraphStyle("stamp", fontName=fonts.REGULAR, fontSize=8, leading=10,
                               textColor=HexColor("#555555"))  # fmt: skip
        header = scripts.paragraph(for_language(label, self.lang), style)
        header.wrapOn(canvas, width - 30 * mm, 10 * mm)
        header.drawOn(canvas, 15 * mm, height - 8 * mm)
        page_number(canvas, width, number)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def _render(
        self, story: list[Flowable], offset: int, title: str, progress: Progress | None
    ) -> tuple[bytes, list[tuple[int, str, int]]]:
        buffer = io.BytesIO()
        doc = _Doc(
            buffer,
            offset=offset,
            progress=progress,
            total=len(story),
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            **document_settings(title, self.lang, self.choice.paper),
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])
        doc.build(story)
        return buffer.getvalue(), doc.headings

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page_number(canvas, doc.pagesize[0], doc.page + getattr(doc, "offset", 0))

    def _front(self, headings: list[tuple[int, str, int]]) -> list[Flowable]:
        story: list[Flowable] = []
        person = self.career.person
        story.append(Spacer(1, 60 * mm))
        story.append(self.para(self.w["title"], self.cover))
        if person is not None:
            story.append(Spacer(1, 6 * mm))
            name = ParagraphStyle("cover-name", parent=self.h1)  # not in the contents
            story.append(self.para(person.display_name(), name, block=True))
            if person.headline:
                story.append(self.para(person.headline, self.body, block=True))
            contact = " · ".join(p for p in (person.email, person.phone, person.city) if p)
            if contact:
                story.append(self.para(contact, self.body, block=True))
        if self.choice.audience:
            story.append(Spacer(1, 10 * mm))
            line = self.w["prepared_for"].format(audience=self.choice.audience)
            story.append(self.para(line, self.body))
        skills, shown = self.counts
        story.append(Spacer(1, 10 * mm))
        story.append(self.para(self.w["count"].format(skills=skills, shown=shown), self.body))
        # Said once here rather than under every skill without evidence.
        story.append(Spacer(1, 4 * mm))
        story.append(self.para(self.w["legend"], self.small))
        story.append(PageBreak())
        if not self.with_contents:
            return story
        contents = ParagraphStyle("contents", parent=self.h1)
        story.append(self.para(self.w["contents"], contents))
        rows = []
        for level, text, page in headings:
            style = self.toc1 if level == 0 else self.toc2
            rows.append([scripts.paragraph(text, style), Paragraph(str(page), self.toc_page)])
        if rows:
            table = Table(rows, colWidths=[None, 16 * mm])
            table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, HexColor("#cccccc")),
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ]
                )
            )
            story.append(table)
        story.append(PageBreak())
        return story

    # ---- skills and evidence ------------------------------------------------------

    def _skills(self) -> list[Flowable]:
        skills = [r for r in self.career.records if isinstance(r, Skill)]
        skills.sort(key=lambda s: (s.category == "language", -(s.level or 0), s.label.casefold()))
        evidence: dict[str, list[tuple[Record, str]]] = defaultdict(list)
        for record in self.career.records:
            if isinstance(record, SkillEvidence) and record.record_id in self.by_id:
                evidence[record.skill_id].append((self.by_id[record.record_id], record.note))
            if isinstance(record, Attestation) and record.record_id:
                evidence[record.record_id].append((record, ""))
        out: list[Flowable] = [self.para(self.w["skills"], self.h1)]
        self.counts = (len(skills), sum(1 for s in skills if evidence.get(s.id)))
        group = None
        for skill in skills:
            # Contents list groups (languages, then each level), not 10 000 skills.
            key = ("language", 0) if skill.category == "language" else ("level", skill.level or 0)
            if key != group:
                group = key
                out.append(self.para(self._group_title(key), self.h2))
            out.append(self._skill(skill, evidence.get(skill.id, [])))
        # A contents page helps a long portfolio; for a few skills it is a page to turn.
        self.with_contents = len(skills) > CONTENTS_FROM or len(self.appendix) > 3
        return out

    def _group_title(self, key: tuple[str, int]) -> str:
        kind, level = key
        if kind == "language":
            return self.w["languages"]
        return self.w[f"level{level}"] if level else self.w["unrated"]

    def _skill(self, skill: Skill, items: list[tuple[Record, str]]) -> Flowable:
        """One skill as one block of plain lines: its name, facts, then its evidence."""
        facts = []
        if skill.level:
            prefix = "language" if skill.category == "language" else "level"
            facts.append(self.w["level"].format(level=self.w[f"{prefix}{skill.level}"]))
        if skill.esco_uri:
            facts.append(self.w["esco"])
        facts.append(self._provenance(skill))
        lines: list[_Line] = [
            _Line(
                fonts.BOLD,
                12,
                _TEXT,
                for_language(capitalised(self.career.skill_label(skill)), self.lang),
                0,
            ),
            _Line(fonts.REGULAR, 10.5, _TEXT, for_language(" · ".join(facts), self.lang), 0),
        ]
        if items:
            lines.append(
                _Line(fonts.REGULAR, 10.5, _TEXT, for_language(self.w["evidence"], self.lang), 0)
            )
            for record, note in items:
                lines.append(
                    _Line(fonts.REGULAR, 9.5, _GREY, "• " + self._evidence(record, note), 10)
                )
                # What the person achieved there, as on the CV: the evidence in their words.
                lines.extend(
                    _Line(fonts.REGULAR, 9.5, _GREY, "– " + for_language(h, self.lang), 22)
                    for h in self._highlights(record)
                )
        return _Block(lines)

    def _highlights(self, record: Record) -> tuple[str, ...]:
        if not isinstance(record, Experience):
            return ()
        return highlights_in(record, self.lang) or texts(kept(record).get("highlights"))

    def _provenance(self, record: Record) -> str:
        kind = record.provenance.kind
        if kind == IMPORTED:
            return self.w["imported"].format(source=record.provenance.source)
        if kind == ATTESTED:
            return self.w["attested"].format(name=record.provenance.source)
        if record.provenance.source == DISCOVERY:
            return self.w["discovered"]
        return self.w["declared"]

    def _evidence(self, record: Record, note: str) -> str:
        """One line of evidence with where it comes from (and, when signed, by whom)."""
        if isinstance(record, Experience):
            when = period(record.start_date, record.end_date, self.lang)
            line = dashed(record.title, record.organisation, when)
        elif isinstance(record, Education):
            when = period(record.start_date, record.end_date, self.lang)
            line = dashed(record.title, record.institution, when)
        elif isinstance(record, Certification):
            line = dashed(record.name, record.issuer, month_year(record.issued_on, self.lang))
        elif isinstance(record, Document):
            number = self._appendix_number(record)
            line = self.w["appendix_item"].format(n=number, name=record.name)
        elif isinstance(record, Attestation):
            return self._attestation(record)
        else:
            line = record.display_name()
        plain = line + (f" ({note})" if note else "")
        return for_language(dashed(plain, self._provenance(record)), self.lang)

    def _attestation(self, attestation: Attestation) -> str:
        badge = json.loads(attestation.extra).get("badge", {})
        status = {
            "confirmed": self.w["confirmed"],
            "verified": self.w["unconfirmed"],
            "issuer_unverifiable": self.w["issuer_offline"],
            "unsigned": self.w["unsigned"],
        }.get(attestation.status, self.w["offline"])
        seal = badge.get("edc", {}).get("seal") if isinstance(badge.get("edc"), dict) else None
        if isinstance(seal, dict):  # a European Digital Credential: its seal, said as it is
            from ..credentials.edc import SEAL_WORDS

            words = SEAL_WORDS[bool(seal.get("checked"))]
            said = words[0] if self.lang == "fr" else words[1]
            status = said.format(who=seal.get("sealed_by", ""))
        signer = self.w["attested"].format(name=attestation.issuer_name)
        parts = [str(badge.get("name", "")), signer, status]
        expired = expired_on(attestation)
        if expired:
            parts.append(self.w["expired_on"].format(date=day_month_year(expired, self.lang)))
        if attestation.issuer_fingerprint.startswith("did:key:"):
            digits = fingerprint(attestation.issuer_fingerprint)
            parts.append(self.w["fingerprint"].format(digits=digits))
        return for_language(dashed(*parts), self.lang)

    # ---- appendix -----------------------------------------------------------------

    def _appendix_number(self, document: Document) -> int:
        for number, (_, known) in enumerate(self.appendix, start=1):
            if known.id == document.id:
                return number
        if document.id in self.career.contents:
            self.appendix.append((str(len(self.appendix) + 1), document))
            return len(self.appendix)
        return 0

    def _appendix(self) -> list[Flowable]:
        if not self.appendix:
            return []
        out: list[Flowable] = [PageBreak(), self.para(self.w["appendix"], self.h1)]
        for number, document in self.appendix:
            title = self.w["appendix_item"].format(n=number, name=document.name)
            out.append(self.para(title, self.h2))
            if document.media_type in ("image/png", "image/jpeg"):
                image = _clean_image(self.career.contents[document.id])
                if image is not None:
                    out.append(image)
        return out


def _clean_image(data: bytes) -> Flowable | None:
    """The picture without its EXIF, at most 150 × 180 mm and about 0.35 mm a pixel."""
    return images.fitted(data, 150 * mm, 180 * mm, pixel=0.35 * mm)


_TEXT = HexColor("#000000")
_GREY = HexColor("#333333")


@dataclass(frozen=True)
class _Line:
    font: str
    size: float
    colour: Color
    text: str
    indent: float


class _Block(Flowable):
    """Plain lines drawn straight on the canvas, wrapped to the width, never split.

    A Paragraph parses markup; 10 000 skills do not need it, and this is
    several times faster while staying real, extractable text.
    """

    def __init__(self, lines: list[_Line]) -> None:
        super().__init__()
        self.lines = lines
        self.laid: list[tuple[_Line, str | Flowable]] = []
        self.spaceBefore = 7

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        from reportlab.lib.utils import simpleSplit

        self.laid = []
        for line in self.lines:
            if scripts.base_only(line.text):
                for piece in simpleSplit(
                    line.text, line.font, line.size, available_width - line.indent
                ) or [""]:
                    self.laid.append((line, piece))
            else:  # another script: a paragraph draws it, shaped, in its own face
                style = ParagraphStyle(
                    "line", fontName=line.font, fontSize=line.size, leading=line.size * 1.35,
                    leftIndent=line.indent, textColor=line.colour,
                )  # fmt: skip
                paragraph = scripts.paragraph(line.text, style)
                paragraph.wrap(available_width, available_height)
                self.laid.append((line, paragraph))
        self.width = available_width
        self.height = sum(
            line.size * 1.35 if isinstance(piece, str) else piece.height
            for line, piece in self.laid
        )
        return available_width, self.height

    def draw(self) -> None:
        y = self.height
        for line, piece in self.laid:
            if not isinstance(piece, str):
                y -= piece.height
                piece.drawOn(self.canv, 0, y)
                continue
            y -= line.size * 1.35
            self.canv.setFont(line.font, line.size)
            self.canv.setFillColor(line.colour)
            self.canv.drawString(line.indent, y + line.size * 0.3, piece)


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _join(ours: list[bytes], attached: list[bytes], title: str) -> bytes:
    """Our pages, then the attached ones, page by page; metadata set by us only.

    A damaged attached PDF is left out rather than spoiling the portfolio.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    writer = PdfWriter()
    for data in ours:
        writer.append(PdfReader(io.BytesIO(data)))  # our own pages must be there
    for data in attached:
        try:
            writer.append(PdfReader(io.BytesIO(data)))
        except (PdfReadError, ValueError, KeyError, OSError):
            continue
    writer.add_metadata({"/Title": title, "/Producer": "Musette", "/Creator": "Musette"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
