"""Small file helpers: private files, atomic replacement, durable directories."""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

PRIVATE_MODE = 0o600


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_folder(folder: Path) -> Path:
    """Create `folder` readable by its owner only, or tighten it to 0700 if Musette finds it looser.

    Only folders Musette owns: a folder of someone else's is left as it is.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = folder.stat()
    if hasattr(os, "getuid") and info.st_uid == os.getuid() and info.st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def move_no_clobber(source: Path, target: Path) -> None:
    """Rename `source` to `target`, or raise FileExistsError if `target` appeared meanwhile.

    A hard link is refused when the name exists, whatever came in between; where
    the file system has no hard links (a FAT USB stick), Linux's renameat2 with
    RENAME_NOREPLACE does the same; only where neither exists is it checked first.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if not _rename_noreplace(source, target):
            if os.path.lexists(target):
                raise FileExistsError(str(target)) from None
            os.rename(source, target)
        return
    os.unlink(source)


def _rename_noreplace(source: Path, target: Path) -> bool:
    """renameat2(RENAME_NOREPLACE); False where the system or file system lacks it."""
    import ctypes
    import errno
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_noreplace = -100, 1
    done = renameat2(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target), rename_noreplace)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code == errno.EEXIST:
        raise FileExistsError(str(target))
    return False


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def copy_atomic(source: Path, path: Path) -> None:
    """Copy a file (of any size) to `path` so that a crash leaves the old file or the new."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as handle:
            shutil.copyfileobj(handle, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only; fail if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    os.close(fd)


def is_writable(path: Path) -> bool:
    """True when `path` and its folder may be written, also for root (mode bits count)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & 0o200:
        return False
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return False
    try:
        return not os.statvfs(path).f_flag & os.ST_RDONLY
    except (OSError, AttributeError):
        return True
