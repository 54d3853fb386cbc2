"""The app's font, Atkinson Hyperlegible, loaded from its font package."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication


def install_app_font(app: QApplication) -> str | None:
    """Load the static TTFs and make them the app's font; return the family or None."""
    import fontpkg_atkinson_hyperlegible as package

    family = None
    for ttf in sorted((package.ROOT / "files").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0 and QFontDatabase.applicationFontFamilies(font_id):
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family is None:
        return None
    font = QFont(family)
    # Never smaller than the system's size: people with low vision set it on purpose.
    font.setPointSizeF(max(app.font().pointSizeF(), 11.0))
    app.setFont(font)
    return family
