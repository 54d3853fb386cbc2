"""Builds an export off the GUI thread, with progress and cancel (a 10 000-skill portfolio)."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from exporters.career import Career
from exporters.registry import WRITERS, ExportCancelled
from exporters.share import ShareChoice
from exporters.writers.cannot_draw import CannotDraw


class ExportWorker(QThread):
    """Gets plain records (read on the GUI thread), never the vault: no SQL off that thread."""

    progressed = Signal(int)  # percent
    built = Signal(bytes)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, format_name: str, career: Career, choice: ShareChoice) -> None:
        super().__init__()
        self._format = format_name
        self._career = career
        self._choice = choice
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(int(done * 100 / max(total, 1)))
        return not self._cancel

    def run(self) -> None:
        try:
            data = WRITERS[self._format].build(self._career, self._choice, self._progress)
        except ExportCancelled:
            self.cancelled.emit()
            return
        except CannotDraw as exc:
            self.failed.emit(exc.describe(self._choice.language))
            return
        except Exception as exc:  # a thread must report, never die silently
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if self._cancel:
            self.cancelled.emit()
        else:
            self.built.emit(data)
