"""Text in any script as reportlab markup: each run in a face that draws it, RTL words in order.

A character no font at hand can draw raises `Undrawable` before anything is
written: it is never dropped or printed as a box.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedFragWord

from . import fonts
from .cannot_draw import Undrawable
from .platypus import Flowable, shape_word
from .platypus import Paragraph as _Paragraph
from .typography import right_to_left

_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_TOKENS = re.compile(r"(\s+)")
# Bidi marks, zero-width spaces, soft hyphens: nothing to draw. The two joiners stay
# (they change how HarfBuzz joins Arabic and Persian letters).
_FORMAT_MARKS = re.compile(
    "[\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# The spaces reportlab breaks lines at; a no-break space is part of its word.
_WORDS = re.compile(r"([ \t\n\r\f\v]+)")
# Chinese and Japanese: no spaces between words, so a line may break between any two
# characters, but never before 。、」） nor after 「（ — reportlab's CJK wrapping keeps
# those rules. Wrapped as one long word instead, a line could begin with a full stop.
_CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Scripts whose letters HarfBuzz must join, reorder or stack (Hebrew and Arabic to
# Thaana, Indic to Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian).
_JOINED = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u18af"
    "\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def escape(text: str) -> str:
    """&, < and > as entities, for reportlab's paragraph markup.

    Not xml.sax.saxutils: it imports urllib.request, and with it http, email and ssl
    (35 ms of every export's start, for three replacements).
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(value: str) -> str:
    """An attribute value, escaped and quoted (as xml.sax.saxutils.quoteattr does)."""
    value = escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"{}"'.format(value.replace('"', "&quot;"))


def plain(text: str) -> str:
    """The text as it will be drawn: NFC, and its format marks left out (they draw nothing).

    Right-to-left words come in visual order, ready for a left-to-right line.
    """
    text = _FORMAT_MARKS.sub("", unicodedata.normalize("NFC", text))
    if _RTL.search(text):
        text = "\n".join(visual_order(line) for line in text.split("\n"))
    return text


def markup(text: str, *, bold: bool = False) -> str:
    """Escaped reportlab markup for `text`, with a <font> around each run not in the base face.

    A word with letters in another script is drawn whole in that script's face
    when it can be (its quotes and hyphens included): HarfBuzz shapes a word
    with the face of its first letter. Raises Undrawable on a character no font draws.
    """
    text = plain(text)
    if text.isascii() or set(text) <= fonts.base_characters():
        return escape(text)  # most text: accented Latin, all in the base face
    out: list[str] = []
    for token in _WORDS.split(text):
        if not token or token.isascii():
            out.append(escape(token))
            continue
        out.append(_word(token, bold))
    return "".join(out)


def _word(word: str, bold: bool) -> str:
    faces: list[fonts.Face | None] = []
    for char in word:
        if fonts.invisible(char):
            faces.append(None)
            continue
        face = fonts.face_for(char)
        if face is None:
            raise Undrawable(char, word)
        faces.append(face)
    other = next((f for f in faces if f is not None and f != fonts.BASE), None)
    if other is None:
        return escape(word.replace("\u200c", "").replace("\u200d", ""))
    if all(fonts.covers(other, c) for c in word if not fonts.invisible(c)):
        return _font(other, bold, word)
    out: list[str] = []
    run: list[str] = []
    current: fonts.Face | None = None
    for char, face in zip(word, faces, strict=True):
        if face is not None and face != current:
            if run:
                out.append(_font(current, bold, "".join(run)))
            run = []
            current = face
        run.append(char)
    out.append(_font(current, bold, "".join(run)))
    return "".join(out)


def _font(face: fonts.Face | None, bold: bool, text: str) -> str:
    if face is None or face == fonts.BASE:
        return escape(text)
    return f"<font name='{face.name(bold)}'>{escape(text)}</font>"


def base_only(text: str) -> bool:
    """Whether the base face draws all of the text as it comes (no other script, no marks)."""
    return text.isascii() or set(text) <= fonts.base_characters()


def visual_order(line: str) -> str:
    """One line's words in the order they are seen, by the Unicode bidi rules at word level.

    Each right-to-left word stays in logical order: HarfBuzz draws its letters
    from right to left. A number after Latin letters is read with them (rule W7:
    « (Sage 100) » stays in that order in an Arabic line); numbers and punctuation
    between two right-to-left words join them (rule N1); the rest take the line's direction.
    """
    tokens = [t for t in _TOKENS.split(line) if t]
    base = 1 if right_to_left(line) else 0
    strong = [_direction(t) for t in tokens]
    last = base
    for index, kind in enumerate(strong):
        if kind is not None:
            last = kind
        elif last == 0 and any(c.isdigit() for c in tokens[index]):
            strong[index] = 0
    levels: list[int] = []
    for index, kind in enumerate(strong):
        if kind is None:
            before = next((k for k in reversed(strong[:index]) if k is not None), base)
            after = next((k for k in strong[index + 1 :] if k is not None), base)
            kind = before if before == after else base
        levels.append(kind if base == 0 else (1 if kind == 1 else 2))
    # Rule L2: from the highest level down to the lowest odd one, reverse each run at or above it.
    order = list(range(len(tokens)))
    for level in range(max(levels, default=0), 0, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return "".join(tokens[i] for i in order)


def _direction(token: str) -> int | None:
    """1 for a right-to-left word, 0 for a left-to-right one, None for spaces, numbers, signs."""
    kinds = {unicodedata.bidirectional(c) for c in token}
    if "L" in kinds:
        return 0
    if kinds & {"R", "AL"}:
        return 1
    return None


class Paragraph(_Paragraph):
    """reportlab's Paragraph, breaking its lines once per width.

    A block kept together is wrapped to see whether it fits, then each of its
    paragraphs again as the frame places it: the second time costs nothing.
    """

    _wrapped: tuple[float, float, float, object] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        known = self._wrapped
        if known is not None and known[0] == availWidth:
            _, self.width, self.height, self.blPara = known
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height, self.blPara)
        return width, height


def paragraph(
    text: str, style: ParagraphStyle, *, bold: bool | None = None, block: bool = False
) -> Flowable:
    """A paragraph for plain `text` in any script: shaped when a face needs it, right-aligned
    when the text is written right to left. Newlines are kept as line breaks.

    `block`: a line of a block (a name, an address, a signature) keeps the style's
    alignment whatever its script: a name in Arabic heads a CV or signs a letter where
    a name in Latin letters would, its words still read from the right.
    """
    if bold is None:
        bold = style.fontName == fonts.BOLD
    if right_to_left(text) and _RTL.search(text) and not block:
        return RightToLeftParagraph(text, style, bold)
    content = markup(text, bold=bold).replace("\n", "<br/>")
    return Paragraph(content, shaped_style(style, content))


class RightToLeftParagraph(Flowable):
    """A paragraph written right to left, broken into lines in reading order.

    reportlab breaks lines from the left; a right-to-left paragraph put in visual
    order first would then start with its last words. Here the lines are cut from
    the logical text, then each line's words are put in visual order and set
    flush right, each line a Paragraph of its own.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, bold: bool, lines: list[str] | None = None
    ):
        super().__init__()
        self.text = unicodedata.normalize("NFC", text)
        self.style = style
        self.bold = bold
        self._given = lines
        self._drawn: list[Paragraph] = []

    def _lines(self, width: float) -> list[str]:
        if self._given is not None:
            return self._given
        out: list[str] = []
        space = _width(" ", self.style, self.bold)
        for logical in self.text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in logical.split(" "):
                size = _width(word, self.style, self.bold)
                if line and used + space + size > width - self.style.leftIndent:
                    out.append(" ".join(line))
                    line, used = [], 0.0
                used += (space if line else 0.0) + size
                line.append(word)
            out.append(" ".join(line))
        return out

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._drawn = []
        for line in self._lines(available_width):
            content = markup(line, bold=self.bold)
            drawn = Paragraph(content, shaped_style(self.style, content, rtl=True))
            drawn.wrap(available_width, available_height)
            self._drawn.append(drawn)
        self.width = available_width
        self.height = sum(p.height for p in self._drawn)
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._lines(available_width)
        self.wrap(available_width, available_height)
        used, fitting = 0.0, 0
        for drawn in self._drawn:
            if used + drawn.height > available_height:
                break
            used += drawn.height
            fitting += 1
        if fitting in (0, len(lines)):
            return [] if fitting == 0 else [self]
        return [
            RightToLeftParagraph(self.text, self.style, self.bold, lines[:fitting]),
            RightToLeftParagraph(self.text, self.style, self.bold, lines[fitting:]),
        ]

    def draw(self) -> None:
        y = self.height
        for drawn in self._drawn:
            y -= drawn.height
            drawn.drawOn(self.canv, 0, y)


def _width(word: str, style: ParagraphStyle, bold: bool) -> float:
    """The word's width, each run in the face that draws it, joined letters as HarfBuzz
    sets them (narrower than the letters apart: measured apart, lines ended short)."""
    runs: list[tuple[fonts.Face | None, str]] = []
    for char in plain(word):
        face = fonts.face_for(char) if not fonts.invisible(char) or char == " " else None
        if face is None and char != " ":
            continue  # a format mark: nothing drawn
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    total = 0.0
    for face, text in runs:
        name = style.fontName if face is None else face.name(bold)
        if face is not None and face.shaped and _JOINED.search(text):
            shaped = shape_word([0.0, (ABag(fontName=name, fontSize=style.fontSize), text)])
            if isinstance(shaped, ShapedFragWord):
                total += shaped[0]
                continue
        total += pdfmetrics.stringWidth(text, name, style.fontSize)
    return total


def shaped_style(style: ParagraphStyle, content: str, rtl: bool = False) -> ParagraphStyle:
    """The style itself, or a copy that lets HarfBuzz shape the runs that need it, sets
    right-to-left lines flush right, or breaks Chinese and Japanese lines their way."""
    shaping = "<font name='" in content and any(
        f"<font name='{name}'" in content for name in fonts.shaped_names()
    )
    # reportlab's CJK wrapping draws character by character, unshaped: a paragraph that
    # also holds Arabic or an Indic script keeps its words whole, and their letters joined.
    cjk = _CJK.search(content) is not None and _JOINED.search(content) is None
    if not (shaping or rtl or cjk):
        return style
    return _variant(style, shaping, rtl, cjk)


_variants: dict[tuple[int, bool, bool, bool], ParagraphStyle] = {}


def _variant(style: ParagraphStyle, shaping: bool, rtl: bool, cjk: bool) -> ParagraphStyle:
    key = (id(style), shaping, rtl, cjk)
    found = _variants.get(key)
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}-shaped", parent=style)
        if shaping:
            found.shaping = 1
        if rtl:
            found.alignment = TA_RIGHT
        if cjk:
            found.wordWrap = "CJK"
        _variants[key] = found
    return found
