"""Builds an export off the GUI thread, with progress and cancel (a 10 000-skill portfolio)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from exporters.career import Career
from exporters.registry import WRITERS, ExportCancelled
from exporters.share import ShareChoice
from exporters.translations import missing
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
        # Texts with nothing in the export's language (worked out here, off the GUI thread).
        self.untranslated: list[tuple[str, str, str]] = []

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(int(done * 100 / max(total, 1)))
        return not self._cancel

    def run(self) -> None:
        try:
            data = WRITERS[self._format].build(self._career, self._choice, self._progress)
            person = self._career.person
            records = [person, *self._career.records] if person else list(self._career.records)
            self.untranslated = missing(records, self._choice.language)
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


class ThumbnailWorker(QThread):
    """Draws the first page of the person's own CV in each template, off the GUI thread."""

    drawn = Signal(str, QImage)  # template, its first page

    def __init__(self, career: Career, choice: ShareChoice, width: int) -> None:
        super().__init__()
        self._career = career
        self._choice = choice
        self._width = width
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from exporters.writers.cv_pdf import TEMPLATES

        from .document_preview import render_pdf_pages

        for template in TEMPLATES:
            if self._cancel:
                return
            choice = dataclasses.replace(self._choice, template=template)
            try:
                data = WRITERS["cv"].build(self._career, choice, None)
            except Exception:  # noqa: BLE001 - the preview says why; a thumbnail just stays blank
                continue
            pages = render_pdf_pages(data, self._width, limit=1)
            if pages and not self._cancel:
                self.drawn.emit(template, pages[0])
