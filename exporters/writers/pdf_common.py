"""What every PDF Musette writes shares: metadata (only what the person chose), page numbers."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import fonts


def document_settings(title: str, language: str, paper: str) -> dict[str, Any]:
    """Keyword arguments for a reportlab document template.

    No author, subject or keywords; "Musette" without a version as creator and
    producer; a fixed date (`invariant`), so the same career gives the same
    bytes; and the embedded font as the first one, else Helvetica is declared
    without being embedded.
    """
    return {
        "pagesize": A4 if paper == "A4" else LETTER,
        "title": title,
        "author": "",
        "subject": "",
        "creator": "Musette",
        "producer": "Musette",
        "keywords": [],
        "invariant": 1,
        "lang": language,
        "initialFontName": fonts.REGULAR,
    }


class NumberedCanvas(Canvas):
    """A canvas that numbers every page "n / total" once it knows the total, or none at all.

    Pages are kept until the document ends (reportlab's own recipe), so the
    numbers cost no second layout.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    @property
    def page_count(self) -> int:
        """The pages laid out so far."""
        return len(self._pages)

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if total > 1:
                self.setFont(fonts.REGULAR, 8.5)
                self.setFillColor(HexColor("#555555"))
                width = self._pagesize[0]  # type: ignore[attr-defined]
                label = f"{self.getPageNumber()}\u00a0/\u00a0{total}"
                self.drawRightString(width - 20 * mm, 10 * mm, label)
            super().showPage()
        super().save()


def page_number(canvas: Canvas, page_width: float, number: int) -> None:
    """The page number at the foot of the page, from the second page on (the portfolio's)."""
    if number > 1:
        canvas.setFont(fonts.REGULAR, 9)
        canvas.setFillColor(HexColor("#555555"))
        canvas.drawRightString(page_width - 20 * mm, 10 * mm, str(number))
