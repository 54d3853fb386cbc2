"""Full-text search over every record, accents ignored (FTS5, unicode61 remove_diacritics 2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .sql import Connection

if TYPE_CHECKING:
    from .model import Record

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    """One record matching a search, with a short excerpt around the match."""

    record_id: str
    record_type: str
    title: str
    excerpt: str  # the match between MATCH_START and MATCH_END


def index(conn: Connection, record: Record) -> None:
    """(Re)index a record's text."""
    body = "\n".join(str(getattr(record, name) or "") for name in record.SEARCH_FIELDS)
    remove(conn, record.id)
    cursor = conn.execute(
        "INSERT INTO search_index (record_id, record_type, title, body) VALUES (?, ?, ?, ?)",
        (record.id, record.TYPE, record.display_name(), body),
    )
    conn.execute(
        "INSERT INTO search_row (record_id, fts_rowid) VALUES (?, ?)", (record.id, cursor.lastrowid)
    )


def remove(conn: Connection, record_id: str) -> None:
    found = conn.execute(
        "DELETE FROM search_row WHERE record_id = ? RETURNING fts_rowid", (record_id,)
    ).fetchone()
    if found is not None:
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (found[0],))


def to_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word, as a prefix."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


# Private-use characters mark the match in an excerpt: no text a person writes has them,
# unlike brackets.
MATCH_START, MATCH_END = "\ue000", "\ue001"


def search(conn: Connection, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Records whose text matches every word typed (as prefixes), best first."""
    query = to_query(text)
    if not query:
        return []
    rows = conn.execute(
        "SELECT record_id, record_type, title, snippet(search_index, 3, ?, ?, '…', 8) "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        (MATCH_START, MATCH_END, query, limit),
    ).fetchall()
    return [SearchHit(*row) for row in rows]
