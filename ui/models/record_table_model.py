"""A table of records (title, details, kind): one row per record, no widget per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


class RecordTableModel(QAbstractTableModel):
    """Holds plain records; `reload` swaps them all (a 10 000-row list reloads in one reset)."""

    def __init__(
        self,
        loader: Callable[[], Sequence[Record]],
        show_kind: bool,
        marks: Callable[[], dict[str, str]] | None = None,
        moved: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self._moved = moved  # (from row, to row) when the person drags a row; None: fixed order
        self._loader = loader
        self._show_kind = show_kind
        self._marks_loader = marks  # record id -> a short note, e.g. how it is attested
        self._marks: dict[str, str] = {}
        self._records: list[Record] = []
        self._headers = [self.tr("Nom"), self.tr("Détails")]

    def reload(self) -> None:
        self.beginResetModel()
        self._records = list(self._loader())
        self._marks = self._marks_loader() if self._marks_loader else {}
        self.endResetModel()

    def clear(self) -> None:
        """Drop every record (locking must leave nothing personal in memory models)."""
        self.beginResetModel()
        self._records = []
        self._marks = {}
        self.endResetModel()

    def record_at(self, row: int) -> Record:
        return self._records[row]

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

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
        record = self._records[index.row()]
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
        target = len(self._records) if target < 0 else target
        if 0 <= source < len(self._records):
            # The row lands before `target`; once taken out, the places after it shift up.
            self._moved(source, target - 1 if target > source else target)
        return False  # the list is reloaded from the vault; Qt must not remove a row itself
