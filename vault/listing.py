"""A section's records in its order, counted and read a page at a time (lists of any size).

A list of 100 000 skills opens as fast as a list of ten: the count comes from an
index, and only the rows on screen are read. The orders below are the ones the
indexes of migration 6 hold, expression for expression, so that SQLite walks an
index instead of sorting the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import records
from .model import Record
from .sql import Connection

# The place the person gave a record by dragging it (extra's "order"); the others after.
PLACED = (
    "(CASE json_type(extra, '$.order') WHEN 'integer' THEN json_extract(extra, '$.order')"
    " ELSE 9223372036854775807 END)"
)
# The date a path entry is placed at, the most recent first.
_TIMELINE_COLUMN = {
    "experience": "start_date",
    "education": "start_date",
    "certification": "issued_on",
}
ORDERS = ("created", "placed", "timeline")


@dataclass(frozen=True)
class Listing:
    """Which record types a list shows, and in which order.

    "created": type by type, each as the records came; "placed": the person's
    order, then the others as they came; "timeline": the most recent date first,
    whatever the type. Equal keys keep the order the records came in.
    """

    types: tuple[type[Record], ...]
    order: str = "created"

    def __post_init__(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"unknown order {self.order!r}")

    def key(self, cls: type[Record]) -> str:
        """The SQL expression a record of `cls` is ordered by (before created_at, id)."""
        if self.order == "placed":
            return PLACED
        if self.order == "timeline":
            column = _TIMELINE_COLUMN.get(cls.TYPE)
            return f"coalesce({column}, '')" if column else "''"
        return "0"

    @property
    def descending(self) -> bool:
        return self.order == "timeline"


def count(conn: Connection, listing: Listing) -> int:
    return sum(records.count(conn, cls) for cls in listing.types)


def _merged(listing: Listing) -> str:
    """SELECT (type number, id) of every listed record, by key then date of creation.

    No type number in the ORDER BY: each arm then comes in its index's order and
    SQLite merges them as they stream (MERGE (UNION ALL)), instead of sorting.
    """
    direction = "DESC" if listing.descending else ""
    arms = " UNION ALL ".join(
        f"SELECT {n} AS t, id, {listing.key(cls)} AS k, created_at AS c"
        f" FROM {cls.TYPE} WHERE deleted_at IS NULL"
        for n, cls in enumerate(listing.types)
    )
    return f"{arms} ORDER BY k {direction}, c, id"


def _places(conn: Connection, listing: Listing, offset: int, limit: int) -> list[tuple[int, str]]:
    """(type number, id) of the records at places offset … offset + limit - 1."""
    if listing.order != "created":
        rows = conn.execute(f"{_merged(listing)} LIMIT ? OFFSET ?", (limit, offset))
        return [(int(row[0]), str(row[1])) for row in rows]
    # Type after type: skip whole types by their count, then read within one.
    found: list[tuple[int, str]] = []
    for number, cls in enumerate(listing.types):
        if limit == 0:
            break
        rows = conn.execute(
            f"SELECT {number}, id FROM {cls.TYPE} WHERE deleted_at IS NULL"
            " ORDER BY created_at, id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        found.extend(rows)
        if limit > 0:
            limit -= len(rows)
        offset = max(0, offset - records.count(conn, cls)) if not rows else 0
    return found


def page(conn: Connection, listing: Listing, offset: int, limit: int) -> list[Record]:
    """The records at places offset … offset + limit - 1 of the list (limit -1: to the end)."""
    found = _places(conn, listing, offset, limit)
    by_id: dict[str, Record] = {}
    for number, cls in enumerate(listing.types):
        ids = [record_id for t, record_id in found if t == number]
        names = ", ".join(records.columns(cls))
        for start in range(0, len(ids), 500):  # under SQLite's limit on bound values
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for values in conn.execute(
                f"SELECT {names} FROM {cls.TYPE} WHERE id IN ({marks})", chunk
            ):
                record = records.from_row(cls, values)
                by_id[record.id] = record
    return [by_id[record_id] for _, record_id in found if record_id in by_id]


def position(conn: Connection, listing: Listing, record_id: str) -> int:
    """The record's place in the list (from 0), or -1 when it is not listed.

    Counted, not read: the records before it are those whose key, date of
    creation and id come first, which each index answers without a sort.
    """
    place = _locate(conn, listing, record_id)
    if place is None:
        return -1
    number, key_value, created = place
    before = 0
    for n, cls in enumerate(listing.types):
        key = listing.key(cls)
        args: tuple[Any, ...] = ()
        if listing.order == "created":
            if n != number:  # a whole type before this one, or none of one after
                before += records.count(conn, cls) if n < number else 0
                continue
            where, args = "(created_at, id) < (?, ?)", (created, record_id)
        elif listing.descending:
            where = f"({key} > ? OR ({key} = ? AND (created_at, id) < (?, ?)))"
            args = (key_value, key_value, created, record_id)
        else:
            where, args = f"({key}, created_at, id) < (?, ?, ?)", (key_value, created, record_id)
        (found,) = conn.execute(
            f"SELECT count(*) FROM {cls.TYPE} WHERE deleted_at IS NULL AND {where}", args
        ).fetchone()
        before += int(found)
    return before


def _locate(conn: Connection, listing: Listing, record_id: str) -> tuple[int, Any, str] | None:
    """(type number, key value, created_at) of a listed record, or None."""
    for number, cls in enumerate(listing.types):
        row = conn.execute(
            f"SELECT {listing.key(cls)}, created_at FROM {cls.TYPE}"
            " WHERE id = ? AND deleted_at IS NULL",
            (record_id,),
        ).fetchone()
        if row is not None:
            return number, row[0], str(row[1])
    return None
