"""The look: the system's light or dark palette, or a high-contrast one (WCAG AA and beyond)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def high_contrast_palette() -> QPalette:
    """White on black with a yellow accent: contrast ratios above 15:1."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd400")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.ToolTipBase,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#c0c0c0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#c0c0c0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#c0c0c0"))
    return palette


_system_palette: QPalette | None = None


def apply_theme(high_contrast: bool) -> None:
    """High contrast on request; otherwise the palette the system gave (light or dark)."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = readable(app.palette())
    app.setPalette(high_contrast_palette() if high_contrast else _system_palette)


# The text and background pairs a person reads, in every state (RGAA 3.2, WCAG 1.4.3).
READ_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)
AA = 4.5


def readable(system: QPalette) -> QPalette:
    """The system's palette, with each pair brought to 4.5:1 where it falls short.

    Fusion draws greyed text at 1.6:1 (Musette's field hints use it) and a selected
    row's white on blue at 3.7:1: both are moved just far enough, keeping their look.
    """
    palette = QPalette(system)
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        for text_role, background_role in READ_PAIRS:
            text, background = (
                palette.color(group, text_role),
                palette.color(group, background_role),
            )
            if text_role == QPalette.ColorRole.HighlightedText:
                palette.setColor(group, background_role, _apart(background, text))
            else:
                palette.setColor(group, text_role, _apart(text, background))
    return palette


def _apart(moved: QColor, fixed: QColor) -> QColor:
    """`moved`, made darker or lighter (away from `fixed`) until they contrast at 4.5:1."""
    towards = QColor("#000000") if fixed.lightnessF() > 0.5 else QColor("#ffffff")
    colour = QColor(moved)
    for step in range(1, 21):
        if contrast_ratio(colour, fixed) >= AA:
            break
        share = step / 20
        colour = QColor.fromRgbF(
            moved.redF() * (1 - share) + towards.redF() * share,
            moved.greenF() * (1 - share) + towards.greenF() * share,
            moved.blueF() * (1 - share) + towards.blueF() * share,
        )
    return colour


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio between two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
