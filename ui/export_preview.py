"""See an export page by page before saving it, and print it on paper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vault.fileio import write_atomic

from . import dialogs
from .document_preview import each_pdf_page, render_pdf_pages
from .pages.common import paragraph, resize_within_screen

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def ask_for_printer(parent: QWidget, title: str) -> QPrinter | None:
    """The system's print dialog, on the GUI thread; None if the person cancels."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)  # sharp text on paper; 1 200 dpi pages would take seconds each
    printer.setDocName(title)
    printer.setCreator("Musette")
    return printer if dialogs.ask_printer(parent, printer) else None


def print_pages(printer: QPrinter, data: bytes) -> bool:
    """Send every page to the printer; False if it refuses them. Runs on a worker."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        # « Imprimer dans un fichier »: the document itself, its text still text.
        write_atomic(Path(printer.outputFileName()), data)
        return True
    return draw_pages(printer, data)


# Rows of a page drawn at once: at 128 a band held the window 110-165 ms when printing
# a 10 000-item CV (the PDF engine compresses each band as it is drawn); at 64, 70 ms.
BAND = 64


def draw_pages(printer: QPrinter, data: bytes) -> bool:
    """Draw the pages onto a printer as images fitted to its page; False if it refuses.

    Qt paints on a printer from any thread, but holds the interpreter while it does:
    a page drawn in one call (a third of a second at 300 dpi) would stop the window
    as long. Drawn band by band, the window gets its turn between two bands.
    """
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for number, image in enumerate(each_pdf_page(data, area.width())):
            if number:
                printer.newPage()
            # A page taller than the paper's printable area is drawn smaller, never cut.
            scale = min(1.0, area.height() / max(image.height(), 1))
            for top in range(0, image.height(), BAND):
                # Each band reaches two rows into the next, which paints over them: a
                # viewer or a printer resampling two edges could leave a hairline between.
                rows = min(BAND + 2, image.height() - top)
                target = QRectF(0, top * scale, image.width() * scale, rows * scale)
                painter.drawImage(target, image, QRectF(0, top, image.width(), rows))
    finally:
        painter.end()
    return True


class PreviewDialog(QDialog):
    """The pages, then « Enregistrer… » or « Imprimer… »."""

    def __init__(
        self,
        data: bytes,
        title: str,
        on_save: Callable[[], object],
        on_print: Callable[[], object],
        parent: QWidget | None = None,
        note: str = "",
        drawn: list[QImage] | None = None,
        page_count: int = 0,
    ) -> None:
        """`note`: what the person should know before sending it (texts not translated).
        `drawn`: the pages already drawn on a worker (else drawn here)."""
        super().__init__(parent)
        self.data = data  # the document as it will be saved or printed
        self.setWindowTitle(self.tr("Aperçu : %1").replace("%1", title))
        resize_within_screen(self, 760, 820)
        layout = QVBoxLayout(self)
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Pages du document"))  # scrolled with the arrows
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for number, image in enumerate(drawn or render_pdf_pages(data, 680), start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
            self.page_labels.append(label)
        if page_count > len(self.page_labels):
            more = paragraph(
                self.tr(
                    "L'aperçu montre les %1 premières pages sur %2 ; le fichier enregistré "
                    "ou imprimé les contient toutes."
                )
                .replace("%1", str(len(self.page_labels)))
                .replace("%2", str(page_count))
            )
            more.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(more)
        scroll.setWidget(pages)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.reject)
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.print_button.clicked.connect(on_print)
        self.save_button = QPushButton(self.tr("Enregistrer…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(on_save)
        for button in (close, self.print_button, self.save_button):
            row.addWidget(button)
        layout.addLayout(row)
