"""A table of records (title, details, kind): one row per record, read a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vault.model import Record

from ..record_text import details, kind_label, title

RecordRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-musette-row"  # a row dragged within its own list
PAGE = 200  # rows read at once: a screenful or two
KEPT_PAGES = 20  # pages kept in memory; the others are read again when scrolled back to


class Rows(Protocol):
    """Where a list's rows come from: counted, and read a page at a time."""

    def count(self) -> int: ...

    def page(self, offset: int, limit: int) -> Sequence[Record]: ...

    def position(self, record_id: str) -> int: ...


class LoadedRows:
    """Rows from a function that returns them all (short lists, such as the trash)."""

    def __init__(self, loader: Callable[[], Sequence[Record]]) -> None:
        self._loader = loader
        self._records: list[Record] = []

    def count(self) -> int:
        self._records = list(self._loader())  # read once per reload: count comes first
        return len(self._records)

    def page(self, offset: int, limit: int) -> Sequence[Record]:
        return self._records[offset : offset + limit]

    def position(self, record_id: str) -> int:
        return next((n for n, r in enumerate(self._records) if r.id == record_id), -1)


class RecordTableModel(QAbstractTableModel):
    """Shows records a page at a time: a list of 100 000 opens as fast as one of ten."""

    def __init__(
        self,
        rows: Rows,
        show_kind: bool,
        marks: Callable[[], dict[str, str]] | None = None,
        moved: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self._moved = moved  # (from row, to row) when the person drags a row; None: fixed order
        self._rows = rows
        self._show_kind = show_kind
        self._marks_loader = marks  # record id -> a short note, e.g. how it is attested
        self._marks: dict[str, str] = {}
        self._count = 0
        self._pages: dict[int, list[Record]] = {}  # page number -> its records, last read last
        self._headers = [self.tr("Nom"), self.tr("Détails")]

    def reload(self) -> None:
        self.beginResetModel()
        self._pages = {}
        self._count = self._rows.count()
        self._marks = self._marks_loader() if self._marks_loader else {}
        self.endResetModel()

    def clear(self) -> None:
        """Drop every record (locking must leave nothing personal in memory models)."""
        self.beginResetModel()
        self._pages = {}
        self._count = 0
        self._marks = {}
        self.endResetModel()

    def record_at(self, row: int) -> Record:
        if not 0 <= row < self._count:
            raise IndexError(row)
        number, place = divmod(row, PAGE)
        page = self._pages.pop(number, None)
        if page is None:
            page = list(self._rows.page(number * PAGE, PAGE))
            while len(self._pages) >= KEPT_PAGES:
                del self._pages[next(iter(self._pages))]  # the least recently read
        self._pages[number] = page
        return page[place]

    def records(self) -> list[Record]:
        """Every record of the list, in order (reordering needs them all)."""
        return list(self._rows.page(0, self._count))

    def row_of(self, record_id: str) -> int:
        for number, page in self._pages.items():
            for place, record in enumerate(page):
                if record.id == record_id:
                    return number * PAGE + place
        return self._rows.position(record_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        try:
            record = self.record_at(index.row())
        except IndexError:  # the vault changed and the list is about to be reloaded
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text, when the row ends in « … »
        ):
            if index.column() == 0:
                return title(record)
            text = " · ".join(p for p in (details(record), self._marks.get(record.id, "")) if p)
            # Sections mixing kinds say which kind each row is, before its details.
            if self._show_kind:
                return " · ".join(p for p in (kind_label(type(record)), text) if p)
            return text
        if role == RecordRole:
            return record
        return None

    # ---- dragging a row to a new place (only when the list's order is the person's) ----

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._moved is None:
            return flags
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled  # between rows

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if self._moved is None or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        target = parent.row() if row < 0 and parent.isValid() else row
        target = self._count if target < 0 else target
        if 0 <= source < self._count:
            # The row lands before `target`; once taken out, the places after it shift up.
            self._moved(source, target - 1 if target > source else target)
        return False  # the list is reloaded from the vault; Qt must not remove a row itself
