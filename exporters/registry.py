"""The one list of formats, in and out: each reader and writer with its name and file suffixes.

The Importer dialog, a file dropped on it and the command line all choose a
reader here; Partager and `musette export` choose a writer here. Readers are
known by their content too (`sniff`), so a dropped file needs no question.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .writers.progress import ExportCancelled, Progress

if TYPE_CHECKING:
    from .career import Career
    from .readers.plan import ImportPlan
    from .share import ShareChoice

__all__ = ["READERS", "WRITERS", "ExportCancelled", "Progress", "Reader", "Writer", "sniff"]

Build = Callable[["Career", "ShareChoice", Progress | None], bytes]
Read = Callable[[Path, str], "ImportPlan"]  # (file, language of the warnings) -> plan
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Writer:
    """A format Musette writes: the person's records in, the file's bytes out."""

    name: str
    suffix: str
    build: Build
    needs_documents: bool = False  # the bytes of documents given as evidence


@dataclass(frozen=True)
class Reader:
    """A format Musette reads: a file in, a plan of records and warnings out."""

    name: str
    suffixes: tuple[str, ...]
    read: Read
    looks_like: Callable[[Path, bytes], bool]  # (file, its first bytes) -> is it one of ours?


# ---- writers ------------------------------------------------------------------------


def _drawn(build: Build) -> Build:
    """A PDF writer whose undrawable character is named with its record and field."""

    def checked(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
        from .writers.cannot_draw import Undrawable, located

        try:
            return build(career, choice, progress)
        except Undrawable as problem:
            raise located(problem, career) from None

    return checked


@_drawn
def _cv(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from .writers import cv_pdf

    return cv_pdf.export(career, choice)


@_drawn
def _portfolio(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from .writers import portfolio_pdf

    return portfolio_pdf.export(career, choice, progress)


@_drawn
def _brief(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from .writers import brief_pdf

    return brief_pdf.export(career, choice)


def _docx(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from .writers import cv_docx

    return cv_docx.export(career, choice)


def _json_resume(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from .writers import json_resume

    return json_resume.export(career)


def _europass(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from .writers import europass

    return europass.export(career, choice)


WRITERS: dict[str, Writer] = {
    "cv": Writer("cv", ".pdf", _cv),
    "portfolio": Writer("portfolio", ".pdf", _portfolio, needs_documents=True),
    "brief": Writer("brief", ".pdf", _brief),
    "json-resume": Writer("json-resume", ".json", _json_resume),
    "docx": Writer("docx", ".docx", _docx),
    "europass": Writer("europass", ".xml", _europass),
}


# ---- readers ------------------------------------------------------------------------


def _read_json_resume(path: Path, language: str) -> ImportPlan:
    from .readers import json_resume

    return json_resume.read(path)


def _read_linkedin(path: Path, language: str) -> ImportPlan:
    from .readers import linkedin

    return linkedin.read(path, language=language)


def _read_europass(path: Path, language: str) -> ImportPlan:
    from .readers import europass

    return europass.read(path, language=language)


def _read_badge(path: Path, language: str) -> ImportPlan:
    from .readers import badges

    return badges.read(path)


def _read_attestation(path: Path, language: str) -> ImportPlan:
    from .readers import attestations

    return attestations.read(path)


_BADGE_MARKS = (
    b"openbadges",
    b"purl.imsglobal.org/spec/ob",
    b"OpenBadgeCredential",
    b"EuropeanDigitalCredential",  # Europass EDC, sealed or not
    b"data.europa.eu/snb/model/context",
)


def _png_carries_a_badge(path: Path) -> bool:
    """Walk the PNG's chunk headers (the baked text often comes after the image data)."""
    with open(path, "rb") as handle:
        if handle.read(8) != b"\x89PNG\r\n\x1a\n":
            return False
        while header := handle.read(8):
            if len(header) < 8:
                return False
            length, kind = struct.unpack(">I4s", header)
            if kind in (b"iTXt", b"tEXt", b"zTXt"):
                keyword = handle.read(min(length, 80)).partition(b"\0")[0]
                if keyword in (b"openbadgecredential", b"openbadges"):
                    return True
                handle.seek(length - min(length, 80) + 4, 1)
            elif kind == b"IEND":
                return False
            else:
                handle.seek(length + 4, 1)  # the data and its CRC, unread
    return False


def _looks_like_badge(path: Path, head: bytes) -> bool:
    if head.startswith(b"\x89PNG"):
        return _png_carries_a_badge(path)
    if head.lstrip().startswith(b"<"):
        marks = (b"openbadges", b"openbadge", b"europassCredential")
        return any(mark in head for mark in marks)
    text = head.strip()
    if text.startswith(b"{"):
        return any(mark in text for mark in _BADGE_MARKS)
    # A compact JWT: three base64url parts, the first a JSON header ("eyJ").
    return text.startswith(b"eyJ") and text.count(b".") == 2


def _looks_like_json_resume(path: Path, head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"{") or any(mark in text for mark in _BADGE_MARKS):
        return False
    return any(key in text for key in (b'"basics"', b'"work"', b'"education"', b'"skills"'))


def _looks_like_europass(path: Path, head: bytes) -> bool:
    if head.lstrip().startswith(b"<"):
        return b"SkillsPassport" in head or b"europass:learnerinfo" in head
    # A Europass PDF names its XML attachment; the name is in the file, not always
    # in its first bytes, so a PDF is read whole only when it says "Europass".
    return head.startswith(b"%PDF-") and b"Europass" in head


def _looks_like_linkedin(path: Path, head: bytes) -> bool:
    names = ("Profile.csv", "Positions.csv", "Education.csv", "Skills.csv")
    if path.is_dir():
        return any((path / name).exists() for name in names)
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return any(Path(member).name in names for member in archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


READERS: dict[str, Reader] = {
    "linkedin": Reader("linkedin", (".zip",), _read_linkedin, _looks_like_linkedin),
    "json-resume": Reader("json-resume", (".json",), _read_json_resume, _looks_like_json_resume),
    "europass": Reader("europass", (".xml", ".pdf"), _read_europass, _looks_like_europass),
    "badge": Reader(
        "badge",
        (".png", ".svg", ".json", ".jsonld", ".jwt", ".xml"),
        _read_badge,
        _looks_like_badge,
    ),
    # Never sniffed: an attestation is a badge asked for from this musette; the person says so.
    "attestation": Reader(
        "attestation",
        (".jwt", ".json", ".jsonld", ".png", ".svg"),
        _read_attestation,
        lambda path, head: False,
    ),
}


def sniff(path: Path) -> str | None:
    """The reader a file looks made for, by its content; None when none fits."""
    head = b""
    if path.is_file():
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    for reader in READERS.values():
        if reader.looks_like(path, head):
            return reader.name
    return None


def file_filter(reader: Reader, label: str) -> str:
    """A file dialog's filter for a reader: 'LABEL (*.zip)'."""
    return f"{label} ({' '.join('*' + suffix for suffix in reader.suffixes)})"
