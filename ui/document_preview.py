"""Previews of stored documents: images as they are, PDFs by their first page, text by its start."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

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
    """The first `limit` pages as images, and how many pages the PDF has: one reading."""
    with _PDFIUM:
        document = _open(data)
        try:
            images = []
            for number in range(len(document)):
                if limit is not None and number >= limit:
                    break
                with _drawn(document, number, width) as image:
                    images.append(image.copy())  # own the pixels before pdfium frees them
            return images, len(document)
        finally:
            document.close()


def each_pdf_page(data: bytes, width: int) -> Iterator[QImage]:
    """Every page as an image `width` pixels wide, one at a time, for printing.

    Each image lives only until the next one is asked for: a page at printer resolution
    is 35 MB, and copying it holds the interpreter (and so the window) for 30 ms.
    """
    with _PDFIUM:
        document = _open(data)
        try:
            for number in range(len(document)):
                with _drawn(document, number, width) as image:
                    yield image
        finally:
            document.close()


def _open(data: bytes) -> Any:
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(data)


@contextmanager
def _drawn(document: Any, number: int, width: int) -> Iterator[QImage]:
    """One page drawn by pdfium, as a QImage over pdfium's own pixels while inside.

    PDFium is not thread-safe: the template thumbnails are drawn on a worker while a
    print or a preview draws on another, so every use holds _PDFIUM, and each page and
    bitmap is closed inside it (not left to the garbage collector, which may run on
    another thread). Its pixels live in memory the system hands over already zeroed
    (see _zeroed_by_the_system).
    Opaque BGRA pixels are what Qt calls RGB32: shown as they are, with no conversion
    on the GUI thread (twelve preview pages took a tenth of a second).
    """
    import pypdfium2 as pdfium

    page = document[number]
    try:
        bitmap = page.render(
            scale=width / max(page.get_width(), 1.0),
            force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA,
            bitmap_maker=_zeroed_by_the_system,
        )
        try:
            yield QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,
            )
        finally:
            bitmap.close()
    finally:
        page.close()


def _zeroed_by_the_system(width: int, height: int, format: int, rev_byteorder: bool) -> Any:  # noqa: A002
    """A bitmap over an anonymous memory map, which the system hands over already zeroed:
    pypdfium2's own ctypes buffer (and a bytearray) is cleared byte by byte while holding
    the interpreter (30 ms for a page at printer resolution, the window stopped as long).
    """
    import ctypes
    import mmap

    import pypdfium2 as pdfium

    stride = width * 4
    memory = (ctypes.c_ubyte * (stride * height)).from_buffer(mmap.mmap(-1, stride * height))
    return pdfium.PdfBitmap.new_native(
        width, height, format, rev_byteorder, buffer=memory, stride=stride
    )


_PDFIUM = threading.Lock()
