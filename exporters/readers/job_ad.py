"""A job ad from a file — plain text, a saved web page or a PDF — as the text it says."""

from __future__ import annotations

import io
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .errors import ImportRefused
from .safe_text import decode, read_bytes

MAX_AD_BYTES = 10 * 1024 * 1024
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}
# Blocks after which a web page's text starts a new line (a skill list stays a list).
_BLOCKS = frozenset("p br div li ul ol tr h1 h2 h3 h4 h5 h6 section article dd dt".split())


@dataclass(frozen=True)
class Ad:
    """The ad's text, and the file itself (kept in the vault with the application)."""

    text: str
    file_name: str
    media_type: str
    content: bytes


class _PageText(HTMLParser):
    """The words a browser shows: no script, no style, a line per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ImportRefused(name, "unreadable", "the PDF is locked with a password")
        return "\n".join(page.extract_text() or "" for page in reader.pages[:50])
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ImportRefused(name, "unreadable", f"not a readable PDF ({exc})") from None


def read(path: Path) -> Ad:
    """The ad in `path`; refused in plain words when it is none of the three kinds."""
    kind = MEDIA_TYPES.get(path.suffix.lower())
    if kind is None:
        raise ImportRefused(path.name, "ad_kind")
    data = read_bytes(path, limit=MAX_AD_BYTES)
    if kind == "application/pdf":
        text = _pdf_text(data, path.name)
    elif kind == "text/html":
        page = _PageText()
        page.feed(decode(data, path.name))
        page.close()
        text = "".join(page.parts)
    else:
        text = decode(data, path.name)
    text = _tidy(text)
    if not text:
        raise ImportRefused(path.name, "ad_no_text")
    return Ad(text, path.name, kind, data)
