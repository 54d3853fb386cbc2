"""Copying sensitive text: the clipboard is cleared after 30 seconds if it still holds it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setText(text)

    def clear_if_unchanged() -> None:
        # Leave alone whatever the person copied since.
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clear_if_unchanged)
