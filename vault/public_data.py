"""Public reference files beside the vault (ESCO, ROME): where they live, and how one is rebuilt.

Not encrypted and not in the vault: a person's own import lives in Musette's data
folder; the installed app may carry one built when it was packaged (`resources/`).
A rebuild writes a staging file and renames it, so a failed import keeps the old one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import resources

from .fileio import fsync_dir, private_folder


def own_path(variable: str, name: str) -> Path:
    """Where the person's own import of `name` goes (the environment `variable` overrides it)."""
    if variable in os.environ:
        return Path(os.environ[variable])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Musette" / name


def shipped_path(name: str) -> Path:
    """Where the installed app carries `name`, built when it was packaged (`make package`)."""
    return resources.path(name)


def reading_path(variable: str, name: str, shipped: Path) -> Path | None:
    """The file the app reads: the person's own import, else the one `shipped` with the app."""
    own = own_path(variable, name)
    if own.exists():
        return own
    if variable not in os.environ and shipped.exists():
        return shipped
    return None


@contextlib.contextmanager
def rebuilt(target: Path, schema_version: int) -> Iterator[sqlite3.Connection]:
    """A fresh database to fill in one transaction; it replaces `target` only when the block
    ends without an error (the staging file is removed otherwise)."""
    private_folder(target.parent)  # Musette's data folder: its owner's only
    staging = target.with_name(f".{target.name}.importing")
    staging.unlink(missing_ok=True)
    conn = sqlite3.connect(staging, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a staging file: the rename is the commit
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        yield conn
        conn.execute(f"PRAGMA user_version = {int(schema_version)}")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    except BaseException:
        conn.close()
        staging.unlink(missing_ok=True)
        raise
    conn.close()
    with open(staging, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(staging, target)
    fsync_dir(target.parent)
