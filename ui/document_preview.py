"""Previews of stored documents: images as they are, PDFs by their first page, text by its start."""

from __future__ import annotations

import threading

from PySide6.QtGui import QImage


def render_preview(data: bytes, media_type: str, width: int = 360) -> QImage | str | None:
    """A QImage for images and PDFs, the first lines for text, None when there is no preview."""
    if media_type.startswith("image/"):
        image = QImage.fromData(data)
        return None if image.isNull() else image.scaledToWidth(min(width, image.width()))
    if media_type == "application/pdf":
        return _pdf_first_page(data, width)
    if media_type == "text/plain":
        return data[:2000].decode("utf-8", "replace")
    return None


def _pdf_first_page(data: bytes, width: int) -> QImage | None:
    import pypdfium2 as pdfium

    try:
        pages = render_pdf_pages(data, width, limit=1)
    except pdfium.PdfiumError:
        return None
    return pages[0] if pages else None


def render_pdf_pages(data: bytes, width: int, limit: int | None = None) -> list[QImage]:
    """PDF pages as images `width` pixels wide (pdfium; nothing is written to disk)."""
    return first_pdf_pages(data, width, limit)[0]


def first_pdf_pages(data: bytes, width: int, limit: int | None) -> tuple[list[QImage], int]:
    """The first `limit` pages as images, and how many pages the PDF has: one reading.

    PDFium is not thread-safe: the template thumbnails are drawn on a worker while a
    print or a preview draws on the GUI thread, so every use holds one lock, and each
    page and bitmap is closed inside it (not left to the garbage collector, which may
    run on the other thread).
    """
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            images = []
            for number in range(len(document)):
                if limit is not None and number >= limit:
                    break
                page = document[number]
                try:
                    scale = width / max(page.get_width(), 1.0)
                    bitmap = page.render(
                        scale=scale,
                        rev_byteorder=True,
                        force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA,
                    )
                    try:
                        image = QImage(
                            bytes(bitmap.buffer),
                            bitmap.width,
                            bitmap.height,
                            bitmap.stride,
                            QImage.Format.Format_RGBA8888,
                        )
                        images.append(image.copy())  # own the pixels before pdfium frees them
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            return images, len(document)
        finally:
            document.close()


_PDFIUM = threading.Lock()
