"""reportlab's platypus (flowing pages), imported without compiling a pattern Musette never uses.

reportlab's paragraph module compiles, on import, a case-insensitive URL pattern over
the range U+00A1-U+FFFF: 60 ms of every export process, for breaking lines inside
URLs (`uriWasteReduce`), which Musette leaves off. The patterns that module compiles
while it is imported are compiled when first used instead; every other `re.compile`,
from any thread, is untouched. Writers import platypus from here.

Its paragraphs shape words through HarfBuzz without the optional ligatures reportlab
turns on (`dlig`, `liga`): a person named محمد saw their name as the calligraphic
ligature ﷴ, Hebrew יי became the Yiddish ײ, and « fichier » was copied out as « ﬁchier ».
"""

from __future__ import annotations

import re
import sys
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts

_PARAGRAPH = "reportlab.platypus.paragraph"


class _CompiledWhenUsed:
    """A regular expression compiled the first time one of its methods is asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        found = getattr(self._compiled, name)
        setattr(self, name, found)  # found directly next time, without this call
        return found


def _import_paragraph() -> None:
    if _PARAGRAPH in sys.modules:
        return
    compile_now = re.compile

    def compile_for(pattern: Any, flags: int = 0) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__")  # noqa: SLF001 (who asks)
        if caller == _PARAGRAPH and isinstance(pattern, str):
            return _CompiledWhenUsed(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_for
    try:
        import reportlab.platypus.paragraph
    finally:
        re.compile = compile_now
    reportlab.platypus.paragraph.shapeFragWord = shape_word  # type: ignore[attr-defined]


# HarfBuzz's required forms for each script (joining, lam-alef, marks) and kerning; no
# optional ligatures: the Latin words of a shaped paragraph look like every other Latin
# word of the document (and « fichier » is copied out as f-i, not as the one sign ﬁ).
_FEATURES = {"kern": True, "liga": False}


def shape_word(word: Any, features: dict[str, bool] | None = None, force: bool = False) -> Any:
    """reportlab's shaping of one word (its width, then (fragment, text) pairs), each run
    of one font apart.

    reportlab shapes a whole word with the font of its first run, then reads the glyphs
    of the other runs in their own fonts by those numbers: « (محمد) », with its brackets
    in Fira Sans, or « LINEとHubSpot » came out as other letters, or failed.
    """
    features = _FEATURES if features is None else features
    pairs = word[1:]
    runs: list[list[Any]] = []
    for pair in pairs:
        if hasattr(pair[0], "cbDefn"):  # an inline image or anchor: shaped as reportlab does
            return ttfonts.shapeFragWord(word, features, force)
        if runs and runs[-1][-1][0].fontName == pair[0].fontName:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    if len(runs) <= 1:
        return ttfonts.shapeFragWord(word, features, force)
    parts = []
    for run in runs:
        width = sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in run)
        part = word.__class__([width, *run])
        parts.append(ttfonts.shapeFragWord(part, features, force))
    if not any(isinstance(part, ttfonts.ShapedFragWord) for part in parts):
        return word
    shaped = ttfonts.makeShapedFragWord(word)([sum(part[0] for part in parts)])
    for part in parts:
        shaped.extend(part[1:])
    return shaped


_import_paragraph()

from reportlab.platypus import (  # noqa: E402 (after the paragraph module, above)
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    Image,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

__all__ = [
    "shape_word",
    "BaseDocTemplate",
    "Flowable",
    "Frame",
    "FrameBreak",
    "Image",
    "KeepInFrame",
    "KeepTogether",
    "NextPageTemplate",
    "PageBreak",
    "PageTemplate",
    "Paragraph",
    "SimpleDocTemplate",
    "Spacer",
    "Table",
    "TableStyle",
]
