"""Icons from one icon font (Material Design Icons via qtawesome), drawn in the text colour."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication


def icon(name: str) -> QIcon:
    """An icon that stays visible in dark and high-contrast palettes."""
    import qtawesome as qta  # 150 ms of fonts: loaded with the first icon, not at start-up

    palette = QApplication.palette()
    drawn: QIcon = qta.icon(
        name,
        color=palette.color(QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    )
    return drawn


def preload() -> None:
    """Load the icon font at a calm moment (80 ms), not when a page first needs an icon."""
    icon("mdi6.lock-outline")
