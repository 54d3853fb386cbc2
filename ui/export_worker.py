"""Builds an export off the GUI thread, with progress and cancel (a 10 000-skill portfolio)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from exporters.career import Career
from exporters.registry import WRITERS, ExportCancelled
from exporters.share import ShareChoice
from exporters.translations import missing
from exporters.writers.cannot_draw import CannotDraw
from vault import VaultError

from . import build_process, quiet_collector
from .document_preview import first_pdf_pages, render_pdf_pages
from .error_text import explain

PREVIEW_WIDTH = 680  # pixels: the preview dialog's page width
# Pages the preview shows: a 200-page portfolio is saved or printed whole, but
# drawing and holding every page as an image would take seconds and memory.
PREVIEW_PAGES = 12


class ExportWorker(QThread):
    """Reads the records (its own read-only connection) and has the document built."""

    progressed = Signal(int)  # percent
    built = Signal(bytes)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, format_name: str, read: Callable[[], Career], choice: ShareChoice) -> None:
        super().__init__()
        self._format = format_name
        self._read = read
        self._choice = choice
        self._cancel = False
        # Texts with nothing in the export's language (worked out here, off the GUI thread).
        self.untranslated: list[tuple[str, str, str]] = []
        self.pages: list[QImage] = []  # a PDF's first pages, drawn for the preview
        self.page_count = 0

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        with quiet_collector.working():
            self._run()

    def _run(self) -> None:
        try:
            career = self._read()
            data = build_process.build(
                self._format,
                career,
                self._choice,
                self.progressed.emit,
                lambda: self._cancel,
            )
            if WRITERS[self._format].suffix == ".pdf":
                # The pages the preview shows, drawn here rather than on the GUI thread.
                self.pages, self.page_count = first_pdf_pages(data, PREVIEW_WIDTH, PREVIEW_PAGES)
            person = career.person
            records = [person, *career.records] if person else list(career.records)
            self.untranslated = missing(records, self._choice.language)
        except ExportCancelled:
            self.cancelled.emit()
            return
        except CannotDraw as exc:
            self.failed.emit(exc.describe(self._choice.language))
            return
        except (VaultError, OSError) as exc:
            self.failed.emit(explain(exc))
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

    def __init__(self, read: Callable[[], Career], choice: ShareChoice, width: int) -> None:
        super().__init__()
        self._read = read
        self._choice = choice
        self._width = width
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        with quiet_collector.working():
            self._draw()

    def _draw(self) -> None:
        from exporters.writers.cv_pdf import TEMPLATES

        try:
            career = self._read()
        except (VaultError, OSError):
            return  # the export buttons will say what is wrong
        for template in TEMPLATES:
            if self._cancel:
                return
            choice = dataclasses.replace(self._choice, template=template)
            try:
                data = build_process.build("cv", career, choice, None, lambda: self._cancel)
            except ExportCancelled:
                return
            except Exception:  # noqa: BLE001 - the preview says why; a thumbnail just stays blank
                continue
            pages = render_pdf_pages(data, self._width, limit=1)
            if pages and not self._cancel:
                self.drawn.emit(template, pages[0])
