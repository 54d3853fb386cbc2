"""Previews of stored documents: images as they are, PDFs by their first page, text by its start."""

from __future__ import annotations

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
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        if len(document) == 0:
            return None
        page = document[0]
        scale = width / max(page.get_width(), 1.0)
        bitmap = page.render(
            scale=scale, rev_byteorder=True, force_bitmap_format=pdfium.raw.FPDFBitmap_BGRA
        )
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBA8888,
        )
        return image.copy()  # own the pixels before pdfium frees its buffer
    finally:
        document.close()
