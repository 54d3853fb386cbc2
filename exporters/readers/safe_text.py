"""Read an input file whole, bounded in size, and decode it as UTF-8 (a BOM is allowed)."""

from __future__ import annotations

from pathlib import Path

from .errors import ImportRefused
from .limits import MAX_FILE_BYTES


def read_bytes(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing before reading when it is bigger than `limit`."""
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except IsADirectoryError:
        raise ImportRefused(path.name, "unreadable", "it is a folder") from None
    except FileNotFoundError:
        raise ImportRefused(path.name, "unreadable", "no such file") from None
    except OSError as exc:
        raise ImportRefused(path.name, "unreadable", exc.strerror or "read error") from None
    if len(data) > limit:
        raise ImportRefused(path.name, "too_big", f"more than {limit // (1024 * 1024)} MB")
    return data


def decode(data: bytes, name: str) -> str:
    """UTF-8 text without its BOM; the line of the first bad byte when it is not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRefused(name, "encoding", line=None)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportRefused(name, "encoding", line=line) from None
