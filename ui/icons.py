"""Icons from one icon font (Material Design Icons via qtawesome), drawn in the text colour."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication


def icon(name: str) -> QIcon:
    """An icon that stays visible in dark and high-contrast palettes."""
    palette = QApplication.palette()
    return qta.icon(
        name,
        color=palette.color(QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    )
