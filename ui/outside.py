"""Copies of documents opened in another app: one private folder per run, swept at every start.

The plaintext copy must exist for the other app to read it; it is removed at
lock, and if Musette crashed with one open, the next start removes it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from vault.fileio import private_folder


def root() -> Path:
    """The per-user folder: the session's runtime folder (memory, emptied at logout) if any."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / "musette-outside"
    return Path.home() / ".cache" / "Musette" / "outside"


def folder() -> Path:
    """This run's folder (named by its process id), created 0700."""
    return private_folder(root() / str(os.getpid()))


def write(name: str, data: bytes) -> Path:
    """A 0600 copy of a document under its own name, for another app to open."""
    target = folder() / Path(name).name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return target


def remove_mine() -> None:
    """At lock: this run's copies go."""
    shutil.rmtree(root() / str(os.getpid()), ignore_errors=True)


def sweep() -> list[Path]:
    """At start: remove the copies of runs that are no longer alive (a crash, a kill)."""
    removed: list[Path] = []
    base = root()
    if base.is_dir():
        for run in base.iterdir():
            if run.name.isdigit() and not _alive(int(run.name)):
                shutil.rmtree(run, ignore_errors=True)
                removed.append(run)
    # Musette 0.3 put them in /tmp/musette-XXXXXXXX (its key scratch is musette-keys-*).
    uid = os.getuid() if hasattr(os, "getuid") else None
    for old in Path(tempfile.gettempdir()).glob("musette-*"):
        if old.name.startswith("musette-keys-") or not old.is_dir() or old.is_symlink():
            continue
        if uid is not None and old.stat().st_uid == uid and len(old.name) == len("musette-") + 8:
            shutil.rmtree(old, ignore_errors=True)
            removed.append(old)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True
