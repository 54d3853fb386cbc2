"""Copying sensitive text: the clipboard is cleared after 30 seconds if it still holds it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
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


class SensitiveClipboardGuard(QObject):
    """Watches the clipboard: when it receives a sensitive field's value, clear it later.

    QLineEdit's own copy (menu or Ctrl+C) cannot be intercepted, so the guard
    recognises the copied text instead.
    """

    def __init__(
        self,
        sensitive_values: Callable[[], Iterable[str]],
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = sensitive_values
        self._clear_after_ms = clear_after_ms
        QApplication.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    def _on_clipboard_data_changed(self) -> None:
        text = QApplication.clipboard().text()
        if text and any(text == value for value in self._values() if value):
            clipboard = QApplication.clipboard()
            QTimer.singleShot(
                self._clear_after_ms,
                self,
                lambda: clipboard.clear() if clipboard.text() == text else None,
            )
