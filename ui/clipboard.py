"""Copying sensitive text: the clipboard is cleared after 30 seconds if it still holds it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000


# Clipboard managers (KDE's Klipper, and others that honour it) keep no history of
# data marked so.
SECRET_HINT = "x-kde-passwordManagerHint"
_ours: list[str] = []  # what Musette put there, to clear at lock and quit


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Copy a secret, marked as one; cleared after a while, at lock and at quit."""
    clipboard = QApplication.clipboard()
    data = QMimeData()
    data.setText(text)
    data.setData(SECRET_HINT, QByteArray(b"secret"))
    clipboard.setMimeData(data)
    _ours.append(text)

    def clear_if_unchanged() -> None:
        # Leave alone whatever the person copied since.
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clear_if_unchanged)


def clear_ours() -> None:
    """At lock and quit: empty the clipboard if it still holds a secret Musette put there."""
    clipboard = QApplication.clipboard()
    if clipboard.text() and clipboard.text() in _ours:
        clipboard.clear()
    _ours.clear()


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
