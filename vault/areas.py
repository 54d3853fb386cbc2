"""Per-area doors into an open vault (records, documents, drafts, exports), and one batch of writes.

The connection never leaves `vault/`: callers reach the data through these
accessors, as Anki's collection offers `col.decks` and `col.models`.
"""

from __future__ import annotations

import builtins
import functools
import json
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from . import documents, listing, records, search
from .errors import RecordNotFound, StorageFull, VaultDamaged
from .model import RECORD_TYPES, Document, ExportLog, Provenance, Record
from .sql import Connection, DatabaseError

if TYPE_CHECKING:
    from .vault import Vault

R = TypeVar("R", bound=Record)
F = TypeVar("F", bound=Callable[..., Any])


def is_full(error: BaseException) -> bool:
    """SQLite's words for a full disk or medium (also a vanished one: "disk I/O")."""
    text = str(error).lower()
    return "full" in text or "disk i/o" in text or "too large" in text


def damage_is_typed(method: F) -> F:
    """A read that meets a damaged page raises VaultDamaged, not a driver error."""

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except DatabaseError as exc:
            if is_full(exc):
                raise StorageFull(str(exc)) from None
            raise VaultDamaged(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def _draft_key(name: str) -> str:
    return f"draft:{name}"


class Batch:
    """The writes of one user action: they commit together, or not at all."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, record: Record) -> records.Change:
        return records.add(self._conn, record)

    def update(self, record: Record) -> records.Change:
        return records.update(self._conn, record)

    def get(self, cls: type[R], record_id: str) -> R:
        return records.get(self._conn, cls, record_id)

    def list(self, cls: type[R]) -> builtins.list[R]:
        return records.list_records(self._conn, cls)

    def add_document(self, document: Document, data: bytes) -> records.Change:
        """A described document and its bytes (checked against its hash)."""
        return documents.store(self._conn, document, data)

    def forget_draft(self, name: str) -> None:
        self._conn.execute("DELETE FROM vault_meta WHERE key = ?", (_draft_key(name),))


class _Area:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _conn(self) -> Connection:
        return self._vault._connection


class Records(_Area):
    """Every kind of record: read, add, change, trash and restore, search."""

    def add(self, record: Record) -> records.Change:
        with self._vault.batch() as batch:
            return batch.add(record)

    def update(self, record: Record) -> records.Change:
        with self._vault.batch() as batch:
            return batch.update(record)

    @damage_is_typed
    def get(self, cls: type[R], record_id: str) -> R:
        return records.get(self._conn, cls, record_id)

    @damage_is_typed
    def list(self, cls: type[R]) -> builtins.list[R]:
        return records.list_records(self._conn, cls)

    def iter(self, cls: type[R]) -> Iterator[R]:
        """Records one by one, for listings of any size."""
        return records.iter_records(self._conn, cls)

    @damage_is_typed
    def count_listed(self, shown: listing.Listing) -> int:
        """How many records a list shows (from an index: instant at any size)."""
        return listing.count(self._conn, shown)

    @damage_is_typed
    def page(self, shown: listing.Listing, offset: int, limit: int) -> builtins.list[Record]:
        """The records a list shows at places offset … offset + limit - 1."""
        return listing.page(self._conn, shown, offset, limit)

    @damage_is_typed
    def position(self, shown: listing.Listing, record_id: str) -> int:
        """A record's place in a list, or -1."""
        return listing.position(self._conn, shown, record_id)

    @damage_is_typed
    def find_type(self, record_id: str) -> type[Record]:
        return records.find_type(self._conn, record_id)

    @damage_is_typed
    def counts(self) -> dict[str, int]:
        """Record type -> number of records outside the trash.

        Only the types this file has a table for: a backup made before a
        migration is counted at its own, older version.
        """
        tables = {
            str(row[0])
            for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        return {
            cls.TYPE: records.count(self._conn, cls) for cls in RECORD_TYPES if cls.TYPE in tables
        }

    @damage_is_typed
    def recent(self, *, limit: int = 8) -> builtins.list[Record]:
        return records.recent(self._conn, limit=limit)

    @damage_is_typed
    def search(self, text: str, *, limit: int = 50) -> builtins.list[search.SearchHit]:
        return search.search(self._conn, text, limit=limit)

    def move_to_trash(self, cls: type[Record], record_id: str) -> records.Change:
        with self._vault.transaction() as conn:
            return records.move_to_trash(conn, cls, record_id)

    def restore(self, cls: type[Record], record_id: str) -> records.Change:
        with self._vault.transaction() as conn:
            return records.restore(conn, cls, record_id)

    @damage_is_typed
    def trashed(self) -> builtins.list[Record]:
        return records.list_trash(self._conn)

    def empty_trash(self) -> builtins.list[records.Change]:
        with self._vault.transaction() as conn:
            return records.empty_trash(conn)


class Documents(_Area):
    """Files kept inside the encrypted vault."""

    def add(
        self, name: str, data: bytes, *, note: str = "", provenance: Provenance | None = None
    ) -> Document:
        document = documents.describe(name, data, note=note, provenance=provenance)
        with self._vault.batch() as batch:
            batch.add_document(document, data)
        return document

    @damage_is_typed
    def content(self, document_id: str) -> bytes:
        return documents.read_content(self._conn, document_id)


class Drafts(_Area):
    """A wizard's unfinished answers, kept in the vault, never beside it."""

    @damage_is_typed
    def get(self, name: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT value FROM vault_meta WHERE key = ?", (_draft_key(name),)
        ).fetchone()
        return dict(json.loads(row[0])) if row else None

    def save(self, name: str, answers: dict[str, Any]) -> None:
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_draft_key(name), json.dumps(answers, ensure_ascii=False, sort_keys=True)),
            )

    def finish(
        self, name: str, new_records: builtins.list[Record]
    ) -> builtins.list[records.Change]:
        """Write what a wizard produced and forget its draft, in one transaction.

        A record whose id is already stored (the situation, edited again) is updated.
        """
        with self._vault.batch() as batch:
            changes = [
                batch.update(record) if _stored(batch, record) else batch.add(record)
                for record in new_records
            ]
            batch.forget_draft(name)
        return changes


def _stored(batch: Batch, record: Record) -> bool:
    try:
        batch.get(type(record), record.id)
    except RecordNotFound:
        return False
    return True


class Exports(_Area):
    """The log of what was shared: what, when, for whom, which file."""

    def log(self, entry: ExportLog) -> records.Change:
        with self._vault.batch() as batch:
            return batch.add(entry)

    @damage_is_typed
    def list(self) -> builtins.list[ExportLog]:
        return records.list_records(self._conn, ExportLog)
