"""What an import brings, one row per record, and what to do with each: no widget per row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from exporters.readers.plan import ADD, MERGE, SKIP, ImportPlan

Index = QModelIndex | QPersistentModelIndex
ACTION_COLUMN = 3
ActionRole = Qt.ItemDataRole.UserRole + 1


class ImportPlanModel(QAbstractTableModel):
    """The planned records (kind, name, the record already there, what to do)."""

    action_changed = Signal()

    def __init__(
        self,
        headers: list[str],
        kind_name: Callable[[str], str],
        action_name: Callable[[str], str],
        accessible: Callable[[str], str],
    ) -> None:
        super().__init__()
        self._headers = headers
        self._kind_name = kind_name  # record type -> « Compétence »
        self._action_name = action_name  # ADD -> « Ajouter »
        self._accessible = accessible  # record name -> « Que faire de … »
        self.plan: ImportPlan | None = None

    def show(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def choices(self, row: int) -> tuple[str, ...]:
        """What may be done with a row's record: merge only when it is already there."""
        assert self.plan is not None
        item = self.plan.items[row]
        return (MERGE, ADD, SKIP) if item.duplicate_of is not None else (ADD, SKIP)

    def action_name(self, action: str) -> str:
        return self._action_name(action)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.plan is None:
            return None
        item = self.plan.items[index.row()]
        column = index.column()
        if role == ActionRole:
            return item.action
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == ACTION_COLUMN:
            return self._accessible(item.record.display_name())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if column == 0:
            return self._kind_name(item.record.TYPE)
        if column == 1:
            return item.record.display_name()
        if column == 2:
            return item.duplicate_of.display_name() if item.duplicate_of is not None else ""
        return self._action_name(item.action)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ACTION_COLUMN:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = ActionRole) -> bool:  # noqa: N802
        if not index.isValid() or self.plan is None or index.column() != ACTION_COLUMN:
            return False
        if value not in self.choices(index.row()):
            return False
        self.plan.items[index.row()].action = str(value)
        self.dataChanged.emit(index, index)
        self.action_changed.emit()
        return True


class ActionDelegate(QStyledItemDelegate):
    """The « Que faire » cell: a list of the choices for that record, opened by a key or a click.

    Painted as a closed drop-down list, so that it looks like what it is: a choice.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.currentText = str(index.data())
        box.editable = False
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 32, hint.height())  # the arrow's room

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, ImportPlanModel)
        box = QComboBox(parent)
        for action in model.choices(index.row()):
            box.addItem(model.action_name(action), action)
        box.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleDescriptionRole)))
        # A choice made is a choice kept: no need to leave the cell first.
        box.activated.connect(lambda _n: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(ActionRole))))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), ActionRole)
