"""Schema versions: `PRAGMA user_version` and numbered steps, each in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources

from ..errors import VaultTooNew
from ..sql import Connection, complete_statement

Step = Callable[[Connection], None]


def _sql_step(name: str) -> Step:
    def run(conn: Connection) -> None:
        script = resources.files(__package__).joinpath(name).read_text("utf-8")
        for statement in split_statements(script):
            conn.execute(statement)

    run.__name__ = name
    return run


def _python_step(name: str) -> Step:
    """A step written in Python, for what SQL alone cannot carry over."""

    def run(conn: Connection) -> None:
        import importlib

        module = importlib.import_module(f".{name}", __package__)
        module.step(conn, split_statements)

    run.__name__ = name
    return run


def split_statements(script: str) -> list[str]:
    """Split a SQL script into statements without committing (unlike executescript)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError("unfinished SQL statement in migration")
    return statements


# STEPS[n - 1] brings a vault from version n - 1 to version n. Never edit a
# released step: add a new one.
STEPS: tuple[Step, ...] = (
    _sql_step("m0001_initial.sql"),
    _sql_step("m0002_extra.sql"),
    _sql_step("m0003_signers.sql"),
    _sql_step("m0004_skill_details.sql"),
    _python_step("m0005_situation"),
    _sql_step("m0006_listing.sql"),
    _sql_step("m0007_applications.sql"),
    _sql_step("m0008_cover_letters.sql"),
    _sql_step("m0009_sync_conflicts.sql"),
)
CURRENT_VERSION = len(STEPS)


def version_of(conn: Connection) -> int:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def refuse_if_too_new(conn: Connection, steps: Sequence[Step] = STEPS) -> int:
    """Return the file's schema version, or raise VaultTooNew before anything is written."""
    version = version_of(conn)
    if version > len(steps):
        raise VaultTooNew(version, len(steps))
    return version


def migrate(
    conn: Connection,
    *,
    backup: Callable[[int], None] | None = None,
    steps: Sequence[Step] = STEPS,
) -> list[int]:
    """Run the missing steps; `backup(version)` is called first for an existing vault.

    Each step and its version bump commit together, so a crash leaves the vault
    at the last finished version, never in between.
    """
    version = refuse_if_too_new(conn, steps)
    if version == len(steps):
        return []
    if version > 0 and backup is not None:
        backup(version)
    done = []
    for number in range(version + 1, len(steps) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            steps[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(number)
    return done
