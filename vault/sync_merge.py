"""Merging two copies of one musette by record: a three-way merge against the copy both last shared.

Two computers edit the same career file; each record keeps its UUID wherever it goes.
Against the base (the last snapshot both devices shared), for each record:

- added on one side only: it comes in;
- changed on one side only: the change applies, field by field;
- the same field changed on both sides to different values: a **conflict** — both values
  are kept in the conflict, the record takes one of them (the side whose record was saved
  later, then the larger value, so that merging A into B and B into A give the same
  content), and nothing is lost until the person chooses;
- deleted on one side (removed, or put in the trash with `deleted_at`) and untouched on
  the other: the deletion applies; deleted on one side and edited on the other: the edited
  record is kept, out of the trash, and marked so the person sees why.

Rows are plain dicts of column values, so this module knows no table and no SQL: the
caller reads the three copies of a table and writes back what `merge_table` returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Row = Mapping[str, Any]
# Columns every record table has that say when, not what: they never conflict.
_WHEN = frozenset({"updated_at"})
_TRASH = "deleted_at"


@dataclass(frozen=True)
class Conflict:
    """One field both sides changed differently since the base: both values, kept."""

    record_id: str
    column: str
    mine: Any
    theirs: Any


@dataclass
class Merged:
    """A table merged: its rows by id, what changed on this side, and what needs a choice."""

    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # deleted on one side, edited on the other


def _trashed(row: Row | None) -> bool:
    return row is None or bool(row.get(_TRASH))


def _gone(base: Row, row: Row | None) -> bool:
    """Whether a side deleted the record since the base (removed it, or put it in the trash)."""
    return row is None or (_trashed(row) and not _trashed(base))


def _edited(base: Row, row: Row | None) -> bool:
    """Whether a side changed what the record says; putting it in the trash is no edit,
    taking it out is one."""
    if row is None:
        return False
    ignored = _WHEN | ({_TRASH} if _trashed(row) else set())
    return any(row.get(c) != base.get(c) for c in set(base) | set(row) if c not in ignored)


def _later(mine: Row, theirs: Row) -> Row:
    """The side saved later (a tie goes to the larger text of the record, for symmetry)."""
    key_mine = (str(mine.get("updated_at", "")), repr(sorted(mine.items())))
    key_theirs = (str(theirs.get("updated_at", "")), repr(sorted(theirs.items())))
    return mine if key_mine >= key_theirs else theirs


def _fields(record_id: str, base: Row, mine: Row, theirs: Row, merged: Merged) -> dict[str, Any]:
    """Field by field: the side that changed a field wins; both changed it: a conflict."""
    later = _later(mine, theirs)
    row: dict[str, Any] = {}
    for column in sorted(set(base) | set(mine) | set(theirs)):
        was, m, t = base.get(column), mine.get(column), theirs.get(column)
        if column in _WHEN or (column == _TRASH and m and t):
            row[column] = max(str(m or ""), str(t or "")) or None
        elif m == t or t == was:
            row[column] = m
        elif m == was:
            row[column] = t
        else:
            row[column] = later.get(column)
            merged.conflicts.append(Conflict(record_id, column, m, t))
    return row


def merge_table(
    base: Mapping[str, Row], mine: Mapping[str, Row], theirs: Mapping[str, Row]
) -> Merged:
    """The three copies of one table merged by record id (see the module's docstring).
    `added`, `updated` and `deleted` count what changes on this side (`mine`)."""
    merged = Merged()
    for record_id in sorted(set(base) | set(mine) | set(theirs)):
        was, m, t = base.get(record_id), mine.get(record_id), theirs.get(record_id)
        if was is None:
            if m is not None and t is not None:  # the same new record reached both sides
                row = _fields(record_id, {}, m, t, merged)
            elif m is not None:
                row = dict(m)
            else:
                assert t is not None
                row = dict(t)
                merged.added += 1
        elif _gone(was, m) or _gone(was, t):
            deleted_here, deleted_there = _gone(was, m), _gone(was, t)
            if (deleted_here and _edited(was, t)) or (deleted_there and _edited(was, m)):
                # Deleted on one side, edited on the other: the edit is kept, in sight.
                row = _fields(record_id, was, m or was, t or was, merged)
                row[_TRASH] = None
                merged.kept.append(record_id)
            elif m is None or t is None:
                merged.deleted += int(m is not None)
                continue  # removed for good on one side: removed on both
            else:
                row = _fields(record_id, was, m, t, merged)
        else:
            assert m is not None and t is not None
            if m == t or t == was:  # most records: untouched, or changed on this side only
                row = dict(m)
            elif m == was:
                row = dict(t)
            else:
                row = _fields(record_id, was, m, t, merged)
        merged.rows[record_id] = row
        if m is not None and was is not None and row != dict(m):
            if _trashed(row) and not _trashed(m):
                merged.deleted += 1
            else:
                merged.updated += 1
        elif m is None and was is not None:
            merged.updated += 1  # came back here: edited on the other side
    return merged
