"""The skills portfolio people print: cover, contents, each skill with its evidence, appendix."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

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

from . import fonts
from .career import Career
from .openbadges.identity import fingerprint
from .share import ShareChoice
from .typography import for_language
from .words import month_year, period, words

ACCENT = HexColor("#1d4f91")
MAX_IMAGE_PIXELS = 40_000_000

_WORDS = {
    "fr": {
        "title": "Portfolio de compétences",
        "contents": "Sommaire",
        "skills": "Mes compétences",
        "appendix": "Annexes",
        "evidence": "Ce qui le montre",
        "no_evidence": "Déclarée, sans pièce jointe pour l'instant.",
        "declared": "déclaré",
        "imported": "importé de {source}",
        "attested": "signé par {name}",
        "fingerprint": "empreinte {digits}",
        "confirmed": "signataire confirmé en personne",
        "unconfirmed": "signature valide, signataire pas encore confirmé",
        "offline": "non vérifiée hors ligne",
        "appendix_item": "Annexe {n} : {name}",
        "prepared_for": "Préparé pour : {audience}",
        "level": "Niveau : {level}",
        "esco": "Référentiel européen ESCO",
    },
    "en": {
        "title": "Skills portfolio",
        "contents": "Contents",
        "skills": "My skills",
        "appendix": "Appendix",
        "evidence": "What shows it",
        "no_evidence": "Declared, no evidence attached yet.",
        "declared": "declared",
        "imported": "imported from {source}",
        "attested": "signed by {name}",
        "fingerprint": "fingerprint {digits}",
        "confirmed": "signer confirmed in person",
        "unconfirmed": "valid signature, signer not yet confirmed",
        "offline": "not verified offline",
        "appendix_item": "Appendix {n}: {name}",
        "prepared_for": "Prepared for: {audience}",
        "level": "Level: {level}",
        "esco": "European ESCO classification",
    },
}


class _Doc(BaseDocTemplate):
    """Registers headings with the table of contents as they are laid out."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def export(career: Career, choice: ShareChoice) -> bytes:
    """The portfolio's bytes; PDFs chosen as evidence are appended page by page."""
    fonts.register()
    return _Builder(career, choice).build()


class _Builder:
    def __init__(self, career: Career, choice: ShareChoice) -> None:
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
        self.cover = ParagraphStyle(
            "cover", parent=body, fontName=fonts.BOLD, fontSize=28, leading=34, textColor=ACCENT
        )
        self.appendix: list[tuple[str, Document]] = []  # (number, document) in order

    def text(self, value: str) -> str:
        return escape(for_language(value, self.lang)).replace("\n", "<br/>")

    def build(self) -> bytes:
        buffer = io.BytesIO()
        pagesize = A4 if self.choice.paper == "A4" else LETTER
        person = self.career.person
        title = self.w["title"] + (f" — {person.display_name()}" if person else "")
        doc = _Doc(
            buffer,
            pagesize=pagesize,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=title,
            author="",
            subject="",
            creator="Musette",
            producer="Musette",
            keywords=[],
            invariant=1,
            lang=self.lang,
            initialFontName=fonts.REGULAR,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])
        doc.multiBuild(self.story())
        main = buffer.getvalue()
        pdfs = [(n, d) for n, d in self.appendix if d.media_type == "application/pdf"]
        return _append_pdfs(main, [self.career.contents[d.id] for _, d in pdfs], title)

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if doc.page > 1:
            width, _ = doc.pagesize
            canvas.setFont(fonts.REGULAR, 9)
            canvas.setFillColor(HexColor("#555555"))
            canvas.drawRightString(width - 20 * mm, 10 * mm, str(doc.page))

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        person = self.career.person
        story.append(Spacer(1, 60 * mm))
        story.append(Paragraph(self.text(self.w["title"]), self.cover))
        if person is not None:
            story.append(Spacer(1, 6 * mm))
            name = ParagraphStyle("cover-name", parent=self.h1)  # not in the contents
            story.append(Paragraph(self.text(person.display_name()), name))
            if person.headline:
                story.append(Paragraph(self.text(person.headline), self.body))
        if self.choice.audience:
            story.append(Spacer(1, 10 * mm))
            line = self.w["prepared_for"].format(audience=self.choice.audience)
            story.append(Paragraph(self.text(line), self.body))
        story.append(PageBreak())
        toc = TableOfContents()
        toc.levelStyles = [
            ParagraphStyle("toc1", parent=self.body, fontName=fonts.BOLD, leftIndent=0),
            ParagraphStyle("toc2", parent=self.body, leftIndent=14),
        ]
        story.append(
            Paragraph(self.text(self.w["contents"]), ParagraphStyle("contents", parent=self.h1))
        )
        story.append(toc)
        story.append(PageBreak())
        story.extend(self._skills())
        story.extend(self._appendix())
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
        out: list[Flowable] = [Paragraph(self.text(self.w["skills"]), self.h1)]
        for skill in skills:
            parts: list[Flowable] = [Paragraph(self.text(skill.label), self.h2)]
            facts = []
            if skill.level:
                key = (
                    f"language{skill.level}"
                    if skill.category == "language"
                    else f"level{skill.level}"
                )
                facts.append(self.w["level"].format(level=self.w[key]))
            if skill.esco_uri:
                facts.append(self.w["esco"])
            facts.append(self._provenance(skill))
            parts.append(Paragraph(self.text(" · ".join(facts)), self.body))
            items = evidence.get(skill.id, [])
            if items:
                parts.append(Paragraph(self.text(self.w["evidence"]), self.body))
                parts.extend(
                    Paragraph("• " + self._evidence(r, note), self.small) for r, note in items
                )
            else:
                parts.append(Paragraph(self.text(self.w["no_evidence"]), self.small))
            out.append(KeepTogether(parts))
        return out

    def _provenance(self, record: Record) -> str:
        kind = record.provenance.kind
        if kind == IMPORTED:
            return self.w["imported"].format(source=record.provenance.source)
        if kind == ATTESTED:
            return self.w["attested"].format(name=record.provenance.source)
        return self.w["declared"]

    def _evidence(self, record: Record, note: str) -> str:
        """One line of evidence with where it comes from (and, when signed, by whom)."""
        if isinstance(record, Experience):
            line = " — ".join(
                p
                for p in (
                    record.title,
                    record.organisation,
                    period(record.start_date, record.end_date, self.lang),
                )
                if p
            )
        elif isinstance(record, Education):
            line = " — ".join(
                p
                for p in (
                    record.title,
                    record.institution,
                    period(record.start_date, record.end_date, self.lang),
                )
                if p
            )
        elif isinstance(record, Certification):
            line = " — ".join(
                p
                for p in (record.name, record.issuer, month_year(record.issued_on, self.lang))
                if p
            )
        elif isinstance(record, Document):
            number = self._appendix_number(record)
            line = self.w["appendix_item"].format(n=number, name=record.name)
        elif isinstance(record, Attestation):
            return self._attestation(record)
        else:
            line = record.display_name()
        text = self.text(line + (f" ({note})" if note else ""))
        return f"{text} <font color='#555555'>[{escape(self._provenance(record))}]</font>"

    def _attestation(self, attestation: Attestation) -> str:
        badge = json.loads(attestation.extra).get("badge", {})
        status = {
            "confirmed": self.w["confirmed"],
            "verified": self.w["unconfirmed"],
        }.get(attestation.status, self.w["offline"])
        signer = self.w["attested"].format(name=attestation.issuer_name)
        parts = [str(badge.get("name", "")), signer, status]
        if attestation.issuer_fingerprint.startswith("did:key:"):
            digits = fingerprint(attestation.issuer_fingerprint)
            parts.append(self.w["fingerprint"].format(digits=digits))
        return self.text(" — ".join(p for p in parts if p))

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
        out: list[Flowable] = [PageBreak(), Paragraph(self.text(self.w["appendix"]), self.h1)]
        for number, document in self.appendix:
            title = self.w["appendix_item"].format(n=number, name=document.name)
            out.append(Paragraph(self.text(title), self.h2))
            if document.media_type in ("image/png", "image/jpeg"):
                image = _clean_image(self.career.contents[document.id])
                if image is not None:
                    out.append(image)
        return out


def _clean_image(data: bytes) -> Flowable | None:
    """The image re-encoded as PNG, so no EXIF (place, camera, date) goes along; fitted to A5."""
    import warnings

    from PIL import Image as PILImage

    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            with PILImage.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as source:
                if source.width * source.height > MAX_IMAGE_PIXELS:
                    return None
                pixels = source.convert("RGB")
        except (
            OSError,
            ValueError,
            PILImage.DecompressionBombWarning,
            PILImage.DecompressionBombError,
        ):
            return None
    out = io.BytesIO()
    pixels.save(out, format="PNG", optimize=False)
    out.seek(0)
    width, height = pixels.size
    scale = min(150 * mm / width, 180 * mm / height, 1.0 * mm * 0.35)
    return Image(out, width=width * scale, height=height * scale)


def _append_pdfs(main: bytes, pdfs: list[bytes], title: str) -> bytes:
    """The portfolio followed by each appended PDF, page by page, metadata set by us only."""
    if not pdfs:
        return main
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(main)))
    for data in pdfs:
        try:
            writer.append(PdfReader(io.BytesIO(data)))
        except (PdfReadError, ValueError, KeyError, OSError):
            continue  # a damaged attachment is left out rather than spoiling the portfolio
    writer.add_metadata({"/Title": title, "/Producer": "Musette", "/Creator": "Musette"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
