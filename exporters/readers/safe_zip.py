"""Read chosen members of a ZIP archive without trusting its names or its sizes."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from .errors import ImportRefused
from .limits import MAX_FILE_BYTES, MAX_ZIP_MEMBERS, MAX_ZIP_RATIO, MAX_ZIP_TOTAL_BYTES

_CHUNK = 64 * 1024


def _unsafe(info: zipfile.ZipInfo) -> str | None:
    """Why a member must not be trusted, or None."""
    name = info.filename
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if name.startswith(("/", "\\")) or ":" in name or ".." in parts:
        return f"a file named outside the archive ({name[:80]})"
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"a symbolic link ({name[:80]})"
    return None


def read_members(path: Path, wanted: Iterable[str]) -> dict[str, bytes]:
    """The content of each wanted member present (matched by base name, any case).

    Every member is checked, not only the wanted ones: an archive carrying a
    traversal name, a link or two files of the same name is refused whole.
    """
    name = path.name
    wanted_lower = {w.lower(): w for w in wanted}
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise ImportRefused(name, "zip_bomb", f"{len(infos)} files")
            seen: set[str] = set()
            chosen: dict[str, zipfile.ZipInfo] = {}
            for info in infos:
                problem = _unsafe(info)
                if problem:
                    raise ImportRefused(name, "zip_unsafe", problem)
                key = info.filename.lower()
                if key in seen:
                    raise ImportRefused(name, "zip_unsafe", f"two files named {info.filename[:80]}")
                seen.add(key)
                base = PurePosixPath(info.filename).name.lower()
                if base in wanted_lower and not info.is_dir():
                    if wanted_lower[base] in chosen:
                        raise ImportRefused(name, "zip_unsafe", f"two files named {base}")
                    chosen[wanted_lower[base]] = info
            total = sum(info.file_size for info in chosen.values())
            if total > MAX_ZIP_TOTAL_BYTES:
                raise ImportRefused(name, "zip_bomb", f"{total // (1024 * 1024)} MB")
            return {key: _read_bounded(archive, info, name) for key, info in chosen.items()}
    except ImportRefused:
        raise
    except FileNotFoundError:
        raise ImportRefused(name, "unreadable", "no such file") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise ImportRefused(name, "zip_damaged", str(exc)[:120] or "truncated") from None
    except NotImplementedError as exc:  # an unknown compression method
        raise ImportRefused(name, "zip_damaged", str(exc)[:120]) from None
    except OSError as exc:
        raise ImportRefused(name, "zip_damaged", exc.strerror or "read error") from None


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """Inflate one member, stopping as soon as it outgrows what its header declared.

    The declared sizes are the attacker's to choose, so the cap is enforced on
    what actually comes out of the decompressor.
    """
    limit = min(MAX_FILE_BYTES, max(info.compress_size, 1) * MAX_ZIP_RATIO, info.file_size)
    if (
        info.file_size > MAX_FILE_BYTES
        or info.file_size > max(info.compress_size, 1) * MAX_ZIP_RATIO
    ):
        raise ImportRefused(name, "zip_bomb", f"{info.filename[:80]}")
    out = bytearray()
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            out += chunk
            if len(out) > limit:
                raise ImportRefused(name, "zip_bomb", f"{info.filename[:80]}")
    return bytes(out)


def csv_names(path: Path) -> list[str]:
    """The base names of the CSV files in an archive already read by `read_members`."""
    with zipfile.ZipFile(path) as archive:
        return [
            PurePosixPath(info.filename).name
            for info in archive.infolist()
            if info.filename.lower().endswith(".csv") and not info.is_dir()
        ]
