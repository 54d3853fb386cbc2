"""reportlab's platypus (flowing pages), imported without compiling a pattern Musette never uses.

reportlab's paragraph module compiles, on import, a case-insensitive URL pattern over
the range U+00A1-U+FFFF: 60 ms of every export process, for breaking lines inside
URLs (`uriWasteReduce`), which Musette leaves off. The patterns that module compiles
while it is imported are compiled when first used instead; every other `re.compile`,
from any thread, is untouched. Writers import platypus from here.
"""

from __future__ import annotations

import re
import sys
from typing import Any

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
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = compile_now


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
