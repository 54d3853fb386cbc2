"""Clipboard hygiene, high contrast, and preferences that persist."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.clipboard import SensitiveClipboardGuard, copy_sensitive
from ui.start_window import StartWindow
from ui.theme import READ_PAIRS, contrast_ratio, high_contrast_palette, readable


def test_a_copied_recovery_code_leaves_the_clipboard(qtbot) -> None:
    copy_sensitive("ABCD-EFGH", clear_after_ms=100)
    assert QApplication.clipboard().text() == "ABCD-EFGH"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)


def test_the_clipboard_is_left_alone_when_the_person_copied_something_else(qtbot) -> None:
    copy_sensitive("secret", clear_after_ms=100)
    QApplication.clipboard().setText("liste de courses")
    qtbot.wait(300)
    assert QApplication.clipboard().text() == "liste de courses"


def test_copying_a_sensitive_field_clears_the_clipboard_later(qtbot, unlocked: StartWindow) -> None:
    identity = unlocked.main_view.show_section("identity")
    phone = identity.editor.input("phone")
    assert phone.text() == "06 12 34 56 78"
    identity.editor.clipboard_guard.deleteLater()
    SensitiveClipboardGuard(
        identity.editor.sensitive_values, clear_after_ms=100, parent=identity.editor
    )
    phone.selectAll()
    phone.copy()
    assert QApplication.clipboard().text() == "06 12 34 56 78"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)


def test_high_contrast_passes_wcag_aa_by_far(unlocked: StartWindow, app_settings) -> None:
    palette = high_contrast_palette()
    for text, background in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ):
        assert contrast_ratio(palette.color(text), palette.color(background)) >= 7.0
    unlocked.set_high_contrast(True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app_settings.high_contrast
    unlocked.set_high_contrast(False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() != "#000000"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_everyday_palette_reads_at_aa_in_every_state(qapp, scheme: str) -> None:
    """Greyed hints, selected rows, links: 4.5:1 at least, on light and dark desktops."""
    system = qapp.style().standardPalette()
    if scheme == "dark":
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#e0e0e0"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.Text, "#e0e0e0"),
            (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e0e0e0"),
            (QPalette.ColorRole.Highlight, "#3daee9"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.Link, "#2a82da"),
        ):
            system.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            system.setColor(QPalette.ColorGroup.Disabled, role, QColor("#5a5a5a"))
    palette = readable(system)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        for text, background in READ_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            assert ratio >= 4.5, (scheme, group.name, text.name, round(ratio, 2))


def test_the_idle_delay_is_a_preference(unlocked: StartWindow, app_settings) -> None:
    unlocked.set_idle_minutes(15)
    assert app_settings.idle_minutes == 15
    assert unlocked.idle_lock.is_running()
    unlocked.set_idle_minutes(0)
    assert not unlocked.idle_lock.is_running()
    assert unlocked.service is not None  # "never" does not mean "now"
