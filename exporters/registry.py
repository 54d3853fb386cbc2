"""The one list of export formats: name -> what builds the bytes, and the file suffix."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .career import Career
from .share import ShareChoice

# progress(done, total) -> False to cancel (raises ExportCancelled); used by long exports.
Progress = Callable[[int, int], bool]
Builder = Callable[[Career, ShareChoice, Progress | None], bytes]


class ExportCancelled(Exception):
    """The person cancelled a long export; nothing was written."""


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    build: Builder
    needs_documents: bool = False  # the bytes of documents given as evidence


def _cv(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from . import cv_pdf

    return cv_pdf.export(career, choice)


def _portfolio(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from . import portfolio_pdf

    return portfolio_pdf.export(career, choice, progress)


def _brief(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from . import brief_pdf

    return brief_pdf.export(career, choice)


def _docx(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from . import cv_docx

    return cv_docx.export(career, choice)


def _json_resume(career: Career, choice: ShareChoice, progress: Progress | None) -> bytes:
    from . import json_resume

    return json_resume.export(career)


FORMATS: dict[str, Format] = {
    "cv": Format("cv", ".pdf", _cv),
    "portfolio": Format("portfolio", ".pdf", _portfolio, needs_documents=True),
    "brief": Format("brief", ".pdf", _brief),
    "json-resume": Format("json-resume", ".json", _json_resume),
    "docx": Format("docx", ".docx", _docx),
}
