"""The system's print dialog, answered « Imprimer dans un fichier » (no printer on CI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def printing_to(target: Path) -> Callable[[Any, Any], bool]:
    """A stand-in for ui.dialogs.ask_printer: the person chose to print into `target`."""

    def answered(_parent: Any, printer: Any) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        assert isinstance(printer, QPrinter)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    return answered
