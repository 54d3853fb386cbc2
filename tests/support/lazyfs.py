"""A FUSE filesystem that keeps written data in memory until fsync, like a page cache.

Killing this process is a power cut for whatever was written through the mount:
only what was fsynced reached the folder underneath. Metadata (create, rename,
unlink) goes through at once; a truncate first flushes the file (a simplification
that loses less, never more). Run: python -m tests.support.lazyfs BACKING MOUNT
"""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

import mfusepy as fuse


class LazyFS(fuse.Operations):
    """Passthrough to `root`, with unsynced writes held per path."""

    use_ns = True

    def __init__(self, root: str) -> None:
        self.root = root
        self.pending: dict[str, list[tuple[int, bytes]]] = {}

    def _path(self, path: str) -> str:
        return os.path.join(self.root, path.lstrip("/"))

    def _flush(self, path: str) -> None:
        writes = self.pending.pop(path, [])
        if not writes:
            return
        fd = os.open(self._path(path), os.O_WRONLY)
        try:
            for offset, data in writes:
                os.pwrite(fd, data, offset)
            os.fsync(fd)
        finally:
            os.close(fd)

    def getattr(self, path: str, fh: int | None = None) -> dict[str, Any]:
        st = os.lstat(self._path(path))
        attrs = {
            key: getattr(st, key)
            for key in (
                "st_atime_ns",
                "st_ctime_ns",
                "st_mtime_ns",
                "st_gid",
                "st_mode",
                "st_nlink",
                "st_size",
                "st_uid",
            )
        }
        attrs = {k.replace("_ns", ""): v for k, v in attrs.items()}
        for offset, data in self.pending.get(path, []):
            attrs["st_size"] = max(attrs["st_size"], offset + len(data))
        return attrs

    def readdir(self, path: str, fh: int) -> list[str]:
        return [".", "..", *os.listdir(self._path(path))]

    def open(self, path: str, flags: int) -> int:
        return os.open(self._path(path), flags & ~os.O_APPEND)

    def create(self, path: str, mode: int, fi: Any = None) -> int:
        return os.open(self._path(path), os.O_RDWR | os.O_CREAT | os.O_TRUNC, mode)

    def read(self, path: str, size: int, offset: int, fh: int) -> bytes:
        data = bytearray(os.pread(fh, size, offset))
        for start, chunk in self.pending.get(path, []):
            end = start + len(chunk)
            if end <= offset or start >= offset + size:
                continue
            if start + len(chunk) > offset + len(data):
                data.extend(bytes(min(end, offset + size) - offset - len(data)))
            lo, hi = max(start, offset), min(end, offset + size)
            data[lo - offset : hi - offset] = chunk[lo - start : hi - start]
        return bytes(data)

    def write(self, path: str, data: bytes, offset: int, fh: int) -> int:
        self.pending.setdefault(path, []).append((offset, bytes(data)))
        return len(data)

    def truncate(self, path: str, length: int, fh: int | None = None) -> None:
        self._flush(path)
        os.truncate(self._path(path), length)

    def fsync(self, path: str, datasync: int, fh: int) -> None:
        self._flush(path)

    def fsyncdir(self, path: str, datasync: int, fh: int) -> None:
        pass  # metadata goes through at once here

    def flush(self, path: str, fh: int) -> None:
        pass  # close() is not a sync point: the data stays "in the page cache"

    def release(self, path: str, fh: int) -> None:
        os.close(fh)

    def unlink(self, path: str) -> None:
        self.pending.pop(path, None)
        os.unlink(self._path(path))

    def rename(self, old: str, new: str) -> None:
        os.rename(self._path(old), self._path(new))
        self.pending.pop(new, None)
        if old in self.pending:
            self.pending[new] = self.pending.pop(old)

    def chmod(self, path: str, mode: int) -> None:
        os.chmod(self._path(path), mode)

    def chown(self, path: str, uid: int, gid: int) -> None:
        os.chown(self._path(path), uid, gid)

    def utimens(self, path: str, times: Any = None) -> None:
        os.utime(self._path(path), ns=times) if times else os.utime(self._path(path))

    def mkdir(self, path: str, mode: int) -> None:
        os.mkdir(self._path(path), mode)

    def rmdir(self, path: str) -> None:
        os.rmdir(self._path(path))

    def link(self, target: str, source: str) -> None:
        self._flush(source)
        os.link(self._path(source), self._path(target))

    def access(self, path: str, amode: int) -> None:
        if not os.access(self._path(path), amode):
            raise fuse.FuseOSError(errno.EACCES)

    def statfs(self, path: str) -> dict[str, Any]:
        st = os.statvfs(self._path(path))
        return {
            key: getattr(st, key)
            for key in (
                "f_bavail",
                "f_bfree",
                "f_blocks",
                "f_bsize",
                "f_favail",
                "f_ffree",
                "f_files",
                "f_flag",
                "f_frsize",
                "f_namemax",
            )
        }


if __name__ == "__main__":
    fuse.FUSE(LazyFS(sys.argv[1]), sys.argv[2], foreground=True, nothreads=True)
