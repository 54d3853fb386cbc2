"""Corbeille: what was deleted, to restore, or to empty for good after one question."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import dialogs
from ..icons import icon
from ..models.record_table_model import LoadedRows, RecordTableModel
from ..pages.common import heading, paragraph
from ..translated import QT_TRANSLATE_NOOP
from ..vault_service import VaultService
from .section_view import tr_section


def confirm_empty_trash(parent: QWidget, count: int) -> bool:
    """Asks once, naming what will be lost (tests replace this seam)."""
    return dialogs.ask_confirmation(
        parent,
        parent.tr("Vider la corbeille"),
        parent.tr(
            "Les %1 fiches de la corbeille seront effacées pour toujours. Continuer ?"
        ).replace("%1", str(count)),
    )


class TrashView(QWidget):
    """Lists trashed records, newest first; restore one, or empty the trash."""

    key = "trash"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(tr_section(QT_TRANSLATE_NOOP("sections", "Corbeille"))))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Ce que vous avez supprimé reste ici jusqu'à ce que vous vidiez la corbeille. "
                    "Vous pouvez tout restaurer."
                )
            )
        )
        row = QHBoxLayout()
        self.restore_button = QPushButton(icon("mdi6.undo"), self.tr("Restaurer"))
        self.empty_button = QPushButton(
            icon("mdi6.delete-forever-outline"), self.tr("Vider la corbeille…")
        )
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        layout.addLayout(row)
        self.model = RecordTableModel(LoadedRows(service.trash), show_kind=True)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(280)
        self.table.setAccessibleName(tr_section(QT_TRANSLATE_NOOP("sections", "Corbeille")))
        layout.addWidget(self.table, 1)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self._on_empty_button_clicked)
        service.changed.connect(lambda _change: self.reload())
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        has_items = self.model.rowCount() > 0
        self.empty_button.setEnabled(has_items and not self._service.read_only)
        self.restore_button.setEnabled(has_items and not self._service.read_only)

    def restore_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            record = self.model.record_at(index.row())
            self._service.restore(type(record), record.id)

    def _on_empty_button_clicked(self) -> None:
        if confirm_empty_trash(self, self.model.rowCount()):
            self._service.empty_trash()

    def clear(self) -> None:
        self.model.clear()
