"""The little HTML a Europass CV writes in its text fields, read as paragraphs and bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# HTML's white space: a no-break space (and any other Unicode space) is a character.
_SPACES = re.compile(r"[ \t\r\n\f]+")


_BULLET = re.compile(r"^[-•*·–]\s+")


def plain(text: str) -> str:
    """Runs of HTML white space made one space, and none at either end."""
    return _SPACES.sub(" ", text).strip(" \t\r\n\f")


@dataclass(frozen=True)
class RichText:
    """Paragraphs (outside any list) and list items, each in the order written."""

    paragraphs: tuple[str, ...]
    items: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.items: list[str] = []
        self.current: list[str] = []
        self.in_item = 0

    def flush(self) -> None:
        line = plain("".join(self.current))
        self.current = []
        if line:
            (self.items if self.in_item else self.paragraphs).append(line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self.flush()
            self.in_item += 1
        elif tag in ("p", "div", "br", "ul", "ol", "tr"):
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self.flush()
            self.in_item = max(0, self.in_item - 1)
        elif tag in ("p", "div", "ul", "ol", "tr"):
            self.flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def read(markup: str) -> RichText:
    """'<p>Main tasks:</p><ul><li>Plans</li></ul>' -> (('Main tasks:',), ('Plans',))."""
    if "<" not in markup:
        # Plain text, as older Europass CVs wrote it: "- " or "• " lines are its bullets.
        lines = [plain(line) for line in markup.split("\n")]
        items = tuple(_BULLET.sub("", line) for line in lines if _BULLET.match(line))
        paragraphs = tuple(line for line in lines if line and not _BULLET.match(line))
        return RichText(paragraphs, tuple(item for item in items if item))
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    reader.flush()
    return RichText(tuple(reader.paragraphs), tuple(reader.items))
