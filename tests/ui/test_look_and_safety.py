"""Clipboard hygiene, high contrast, and preferences that persist."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.clipboard import SensitiveClipboardGuard, copy_sensitive
from ui.start_window import StartWindow
from ui.theme import contrast_ratio, high_contrast_palette


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


def test_the_idle_delay_is_a_preference(unlocked: StartWindow, app_settings) -> None:
    unlocked.set_idle_minutes(15)
    assert app_settings.idle_minutes == 15
    assert unlocked.idle_lock.is_running()
    unlocked.set_idle_minutes(0)
    assert not unlocked.idle_lock.is_running()
    assert unlocked.service is not None  # "never" does not mean "now"
