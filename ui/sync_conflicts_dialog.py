"""Choosing between two versions: a field changed differently on two computers, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault import VaultError
from vault.model import BY_TYPE

from .error_text import explain
from .fields import FIELDS
from .pages.common import error_line, heading, paragraph, resize_within_screen, show_error
from .record_text import choice_label, kind_label, title
from .vault_service import VaultService

if TYPE_CHECKING:
    from vault.sync import SyncConflict


def field_label(record_type: str, column: str) -> str:
    """The field as its form names it (« Intitulé du poste »), else its column's name."""
    cls = BY_TYPE.get(record_type)
    for spec in FIELDS.get(cls, ()) if cls is not None else ():
        if spec.name == column:
            return QCoreApplication.translate("fields", spec.label)
    return column


def shown(record_type: str, column: str, value: Any) -> str:
    """A kept value as the form would show it (a choice in words, nothing as « (vide) »)."""
    if value is None or value == "":
        return QCoreApplication.translate("sync", "(vide)")
    cls = BY_TYPE.get(record_type)
    if cls is not None and isinstance(value, str):
        worded = choice_label(cls, column, value)
        if worded:
            return worded
    return str(value)


class ConflictsDialog(QDialog):
    """The differences waiting for a choice; each is settled by « Garder celle-ci »."""

    def __init__(self, service: VaultService, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._conflicts: list[SyncConflict] = []
        self.setWindowTitle(self.tr("Choisir entre les versions"))
        resize_within_screen(self, 820, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Deux versions d'une même fiche")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Ces champs ont été modifiés différemment sur deux de vos ordinateurs. Les "
                    "deux versions sont gardées tant que vous n'avez pas choisi ; votre choix "
                    "vaudra pour tous vos ordinateurs à la prochaine synchronisation."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Différences à choisir"))
        self.list.currentRowChanged.connect(self._show)
        layout.addWidget(self.list, 1)
        sides = QHBoxLayout()
        self.here_box, self.here_text, self.keep_here = self._side(
            self.tr("Dans la fiche maintenant")
        )
        self.other_box, self.other_text, self.keep_other = self._side(
            self.tr("L'autre version, gardée")
        )
        self.keep_here.setAccessibleName(self.tr("Garder la version dans la fiche"))
        self.keep_other.setAccessibleName(self.tr("Garder l'autre version"))
        self.keep_here.clicked.connect(lambda: self._keep(self._here_value))
        self.keep_other.clicked.connect(lambda: self._keep(self._other_value))
        sides.addWidget(self.here_box)
        sides.addWidget(self.other_box)
        layout.addLayout(sides, 1)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        self.done_label = paragraph(self.tr("Plus aucune différence : tout est choisi."))
        layout.addWidget(self.done_label)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self._here_value: Any = None
        self._other_value: Any = None
        self.reload()

    def _side(self, caption: str) -> tuple[QGroupBox, QPlainTextEdit, QPushButton]:
        box = QGroupBox(caption)
        column = QVBoxLayout(box)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(caption)
        keep = QPushButton(self.tr("Garder celle-ci"))
        column.addWidget(text, 1)
        column.addWidget(keep)
        return box, text, keep

    def reload(self) -> None:
        self._conflicts = self._service.sync_conflicts()
        self.list.clear()
        for conflict in self._conflicts:
            self.list.addItem(QListWidgetItem(self._describe(conflict)))
        waiting = bool(self._conflicts)
        for widget in (self.list, self.here_box, self.other_box):
            widget.setVisible(waiting)
        self.done_label.setVisible(not waiting)
        if waiting:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _describe(self, conflict: SyncConflict) -> str:
        cls = BY_TYPE.get(conflict.record_type)
        name = ""
        if cls is not None:
            try:
                name = title(self._service.get(cls, conflict.record_id))
            except VaultError:
                name = self.tr("(fiche à la corbeille)")
        kind = kind_label(cls) if cls is not None else conflict.record_type
        return f"{kind} « {name} » — {field_label(conflict.record_type, conflict.column)}"

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]
        current = self._current_value(conflict)
        # The version the record holds now on the left; the one kept aside on the right.
        if current == conflict.second:
            self._here_value, self._other_value = conflict.second, conflict.first
        else:
            self._here_value, self._other_value = conflict.first, conflict.second
        self.here_text.setPlainText(shown(conflict.record_type, conflict.column, self._here_value))
        self.other_text.setPlainText(
            shown(conflict.record_type, conflict.column, self._other_value)
        )
        self.error_label.hide()

    def _current_value(self, conflict: SyncConflict) -> Any:
        cls = BY_TYPE.get(conflict.record_type)
        if cls is None:
            return None
        try:
            record = self._service.get(cls, conflict.record_id)
        except VaultError:
            return None
        return getattr(record, conflict.column, None)

    def _keep(self, value: Any) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        try:
            self._service.resolve_conflict(self._conflicts[row], value)
        except (VaultError, OSError) as exc:
            show_error(self.error_label, explain(exc))
            return
        self.reload()
