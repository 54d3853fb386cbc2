"""The fonts exporters embed: Atkinson Hyperlegible from its font package (static TTFs)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "AtkinsonHyperlegible"
BOLD = "AtkinsonHyperlegible-Bold"


def register() -> None:
    """Register the regular and bold faces with reportlab (once)."""
    import fontpkg_atkinson_hyperlegible as package

    registered = pdfmetrics.getRegisteredFontNames()
    files = package.ROOT / "files"
    if REGULAR not in registered:
        pdfmetrics.registerFont(TTFont(REGULAR, str(files / "AtkinsonHyperlegible-Regular.ttf")))
    if BOLD not in registered:
        pdfmetrics.registerFont(TTFont(BOLD, str(files / "AtkinsonHyperlegible-Bold.ttf")))
