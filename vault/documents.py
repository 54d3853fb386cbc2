"""Attachments kept in the vault: size limit, and type decided by content, not by name."""

from __future__ import annotations

import hashlib
import io

from . import records
from .errors import DocumentRefused, RecordNotFound
from .model import Document, Provenance
from .sql import Connection

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_OOXML = "application/vnd.openxmlformats-officedocument."
_ZIP_TYPES = {
    "word/document.xml": _OOXML + "wordprocessingml.document",
    "xl/workbook.xml": _OOXML + "spreadsheetml.sheet",
    "ppt/presentation.xml": _OOXML + "presentationml.presentation",
}
_ODF_PREFIX = "application/vnd.oasis.opendocument."


def sniff_media_type(data: bytes) -> str:
    """Return the media type of an accepted document, or raise DocumentRefused."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if b"\0" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            # SVG and HTML may carry scripts: only plain text is kept.
            if not text.lstrip().startswith("<"):
                return "text/plain"
    raise DocumentRefused("content", "this kind of file is not accepted")


def _sniff_zip(data: bytes) -> str:
    import zipfile  # with its compressors: only when an office document arrives

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared.startswith(_ODF_PREFIX):
                    return declared
            for member, media_type in _ZIP_TYPES.items():
                if member in names:
                    return media_type
    except (zipfile.BadZipFile, KeyError, RuntimeError, OSError):
        raise DocumentRefused("content", "this archive is damaged") from None
    raise DocumentRefused("content", "archives are not accepted, only office documents")


def add_document(
    conn: Connection,
    name: str,
    data: bytes,
    *,
    note: str = "",
    provenance: Provenance | None = None,
) -> tuple[Document, records.Change]:
    """Store a file's bytes in the vault after checking its size and content."""
    document = describe(name, data, note=note, provenance=provenance)
    return document, store(conn, document, data)


def describe(
    name: str, data: bytes, *, note: str = "", provenance: Provenance | None = None
) -> Document:
    """The record for a file, after checking its size and content (nothing is written)."""
    if not data:
        raise DocumentRefused("content", "the file is empty")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentRefused("size", f"larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
    return Document(
        name=name,
        media_type=sniff_media_type(data),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        note=note,
        provenance=provenance or Provenance(),
    )


def store(conn: Connection, document: Document, data: bytes) -> records.Change:
    """Insert a described document and its bytes; the caller owns the transaction."""
    if hashlib.sha256(data).hexdigest() != document.sha256:
        raise DocumentRefused("content", "the bytes do not match the record")
    change = records.add(conn, document)
    conn.execute(
        "INSERT INTO document_content (document_id, content) VALUES (?, ?)", (document.id, data)
    )
    return change


def read_content(conn: Connection, document_id: str) -> bytes:
    """The bytes of a stored document."""
    row = conn.execute(
        "SELECT content FROM document_content WHERE document_id = ?", (document_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(document_id)
    return bytes(row[0])
