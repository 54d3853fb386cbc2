"""Repository functions: store and read any record type; callers own the transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from . import search
from .errors import InvalidRecord, RecordNotFound
from .model import BY_TYPE, RECORD_TYPES, Provenance, Record, now_utc
from .sql import Connection, IntegrityError

R = TypeVar("R", bound=Record)

_PROVENANCE_COLUMNS = ("provenance_kind", "provenance_source", "provenance_detail")
# In the trash: every text date (the same rows as IS NOT NULL), written so that SQLite
# walks the index on deleted_at; it scans the whole table for IS NOT NULL.
TRASHED = "deleted_at >= ''"


@dataclass(frozen=True)
class Change:
    """What a mutation changed, so that screens can refresh from one signal."""

    action: str  # "add", "update", "trash", "restore", "purge"
    record_type: str
    record_ids: tuple[str, ...]


def columns(cls: type[Record]) -> list[str]:
    """The table columns for a record type, in a stable order."""
    names: list[str] = []
    for f in dataclasses.fields(cls):
        names.extend(_PROVENANCE_COLUMNS if f.name == "provenance" else (f.name,))
    return names


def _to_row(record: Record) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name == "provenance":
            row["provenance_kind"] = value.kind
            row["provenance_source"] = value.source
            row["provenance_detail"] = value.detail
        elif isinstance(value, bool):
            row[f.name] = int(value)
        else:
            row[f.name] = value
    return row


_PLANS: dict[type[Record], tuple[tuple[str, int, bool], ...]] = {}


def _row_plan(cls: type[Record]) -> tuple[tuple[str, int, bool], ...]:
    """For each field: its name, its column index, and whether it is a bool.

    Worked out once per type, so that reading 10 000 rows does no introspection.
    """
    if cls in _PLANS:
        return _PLANS[cls]
    names = columns(cls)
    _PLANS[cls] = tuple(
        (
            f.name,
            names.index("provenance_kind" if f.name == "provenance" else f.name),
            f.type in ("bool", bool),
        )
        for f in dataclasses.fields(cls)
    )
    return _PLANS[cls]


def from_row(cls: type[R], values: tuple[Any, ...]) -> R:
    """A record from a row selected with `columns(cls)`, in that order."""
    kwargs: dict[str, Any] = {}
    for name, column, is_bool in _row_plan(cls):
        if name == "provenance":
            kwargs[name] = Provenance(values[column], values[column + 1], values[column + 2])
        elif is_bool:
            kwargs[name] = bool(values[column])
        else:
            kwargs[name] = values[column]
    return cls(**kwargs)


def add(conn: Connection, record: Record) -> Change:
    """Validate and insert a record, and index its text."""
    record.validate()
    row = _to_row(record)
    names = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    try:
        conn.execute(f"INSERT INTO {record.TYPE} ({names}) VALUES ({marks})", row)
    except IntegrityError as exc:
        raise InvalidRecord("id", f"conflicts with what is stored ({exc})") from None
    search.index(conn, record)
    return Change("add", record.TYPE, (record.id,))


def update(conn: Connection, record: Record) -> Change:
    """Validate and replace a record that is not in the trash; stamps `updated_at`."""
    record = dataclasses.replace(record, updated_at=now_utc())
    record.validate()
    row = _to_row(record)
    row.pop("created_at")
    row.pop("deleted_at")
    assignments = ", ".join(f"{k} = :{k}" for k in row if k != "id")
    try:
        cursor = conn.execute(
            f"UPDATE {record.TYPE} SET {assignments} WHERE id = :id AND deleted_at IS NULL", row
        )
    except IntegrityError as exc:
        raise InvalidRecord("id", f"conflicts with what is stored ({exc})") from None
    if cursor.rowcount != 1:
        raise RecordNotFound(record.id)
    search.index(conn, record)
    return Change("update", record.TYPE, (record.id,))


def get(conn: Connection, cls: type[R], record_id: str, *, trashed: bool = False) -> R:
    """Return one record by id (from the trash when `trashed`)."""
    names = columns(cls)
    where = TRASHED if trashed else "deleted_at IS NULL"
    found = conn.execute(
        f"SELECT {', '.join(names)} FROM {cls.TYPE} WHERE id = ? AND {where}", (record_id,)
    ).fetchone()
    if found is None:
        raise RecordNotFound(record_id)
    return from_row(cls, found)


def find_type(conn: Connection, record_id: str) -> type[Record]:
    """Return the type of the record with this id, wherever it is."""
    for cls in RECORD_TYPES:
        if conn.execute(f"SELECT 1 FROM {cls.TYPE} WHERE id = ?", (record_id,)).fetchone():
            return cls
    raise RecordNotFound(record_id)


def iter_records(
    conn: Connection, cls: type[R], *, trashed: bool = False, order_by: str = "created_at"
) -> Iterator[R]:
    """Yield the records of one type, streaming (a 100 000-row table is not loaded at once)."""
    names = columns(cls)
    if order_by not in names:
        raise ValueError(f"cannot order {cls.TYPE} by {order_by}")
    where = TRASHED if trashed else "deleted_at IS NULL"
    cursor = conn.execute(
        f"SELECT {', '.join(names)} FROM {cls.TYPE} WHERE {where} ORDER BY {order_by}, id"
    )
    for values in cursor:
        yield from_row(cls, values)


def list_records(conn: Connection, cls: type[R], *, trashed: bool = False) -> list[R]:
    return list(iter_records(conn, cls, trashed=trashed))


def count(conn: Connection, cls: type[Record], *, trashed: bool = False) -> int:
    where = TRASHED if trashed else "deleted_at IS NULL"
    (total,) = conn.execute(f"SELECT count(*) FROM {cls.TYPE} WHERE {where}").fetchone()
    return int(total)


def move_to_trash(conn: Connection, cls: type[Record], record_id: str) -> Change:
    """Put a record in the trash; it leaves lists and search until restored."""
    cursor = conn.execute(
        f"UPDATE {cls.TYPE} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        (now_utc(), record_id),
    )
    if cursor.rowcount != 1:
        raise RecordNotFound(record_id)
    search.remove(conn, record_id)
    return Change("trash", cls.TYPE, (record_id,))


def restore(conn: Connection, cls: type[Record], record_id: str) -> Change:
    """Bring a record back from the trash."""
    record = get(conn, cls, record_id, trashed=True)
    conn.execute(f"UPDATE {cls.TYPE} SET deleted_at = NULL WHERE id = ?", (record_id,))
    search.index(conn, record)
    return Change("restore", cls.TYPE, (record_id,))


def list_trash(conn: Connection) -> list[Record]:
    """Everything in the trash, most recently deleted first."""
    found: list[Record] = []
    for cls in RECORD_TYPES:
        found.extend(iter_records(conn, cls, trashed=True))
    return sorted(found, key=lambda r: r.deleted_at or "", reverse=True)


def empty_trash(conn: Connection) -> list[Change]:
    """Delete for good everything in the trash (the only irreversible deletion)."""
    changes = []
    for cls in RECORD_TYPES:
        ids = tuple(row[0] for row in conn.execute(f"SELECT id FROM {cls.TYPE} WHERE {TRASHED}"))
        if ids:
            conn.execute(f"DELETE FROM {cls.TYPE} WHERE {TRASHED}")
            changes.append(Change("purge", cls.TYPE, ids))
    return changes


def recent(conn: Connection, *, limit: int = 8) -> list[Record]:
    """The records changed last, across every type, newest first."""
    found: list[Record] = []
    for cls in RECORD_TYPES:
        names = columns(cls)
        rows = conn.execute(
            f"SELECT {', '.join(names)} FROM {cls.TYPE} WHERE deleted_at IS NULL "
            "ORDER BY updated_at DESC LIMIT ?",
            (limit,),
        )
        found.extend(from_row(cls, values) for values in rows)
    return sorted(found, key=lambda r: r.updated_at, reverse=True)[:limit]


def type_named(name: str) -> type[Record]:
    """The record class for a type name such as 'skill'."""
    try:
        return BY_TYPE[name]
    except KeyError:
        raise ValueError(f"unknown record type {name!r}") from None
