"""« Tableau de suivi »: the applications by status (move a card with the mouse or Ctrl+arrows)
and as a list sorted by any column — what a person juggling twenty applications needs."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault import VaultError
from vault.applications import NextStep, next_steps
from vault.errors import InvalidRecord
from vault.model import APPLICATION_STATUSES, Application

from .error_text import explain
from .pages.common import error_line, paragraph, resize_within_screen, show_error
from .record_text import choice_label
from .typed_dates import shown
from .vault_service import VaultService

IdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-musette-application"


def status_words(status: str) -> str:
    """« À préparer », « Envoyée »…: the words the application form uses."""
    return choice_label(Application, "status", status)


class StatusColumn(QListWidget):
    """The cards of one status; a card dropped here, or moved here by keyboard, takes it."""

    dropped = Signal(str, str)  # application id, status
    step = Signal(str, int)  # application id, -1 (previous column) or +1 (next)

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        # Each card framed, so that two applications never read as one.
        self.setStyleSheet(
            # No padding: Qt measures a wrapped card without it, and would cut its last line.
            "QListWidget::item { border: 1px solid palette(mid); border-radius: 4px; }"
            " QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        # Cards as wide as their column, their lines wrapped: no sideways scrolling.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setTabKeyNavigation(False)

    def fit_cards(self) -> None:
        """Each card as tall as its wrapped lines at this column's width (Qt's own measure
        ran before the column had its width, and cut the last line)."""
        width = self.viewport().width() - 2 * self.spacing() - 8
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            box = metrics.boundingRect(
                QRect(0, 0, max(width, 40), 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(max(width, 40), box.height() + 8))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_cards()

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt's name)
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(IdRole)).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [MIME]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        moved = bytes(event.mimeData().data(MIME).data()).decode()
        # The board redraws itself from the vault: Qt moves no item on its own.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moved:
            self.dropped.emit(moved, self.status)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        item = self.currentItem()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if item is not None and ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step.emit(str(item.data(IdRole)), 1 if event.key() == Qt.Key.Key_Right else -1)
            return
        super().keyPressEvent(event)


class _Sorted(QTableWidgetItem):
    """A cell shown in words, sorted by its value (a date, the status's place)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return str(self.data(SortRole)) < str(other.data(SortRole))


class ApplicationsBoard(QDialog):
    """Every application at a glance: a board by status, and a sortable list."""

    open_requested = Signal(str)  # an application's id: show its form

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Tableau de suivi des candidatures"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Glissez une carte d'une colonne à l'autre, ou choisissez-la et appuyez sur "
                    "Ctrl+→ ou Ctrl+←. Entrée ouvre la candidature. Chaque changement est noté "
                    "dans son historique."
                )
            )
        )
        self.tabs = QTabWidget()
        board = QWidget()
        columns = QHBoxLayout(board)
        columns.setContentsMargins(0, 0, 0, 0)
        self.columns: dict[str, StatusColumn] = {}
        self.headers: dict[str, QLabel] = {}
        for status in APPLICATION_STATUSES:
            column = QVBoxLayout()
            header = QLabel()
            header.setStyleSheet("font-weight: bold;")
            cards = StatusColumn(status)
            header.setBuddy(cards)
            cards.dropped.connect(self.move_to)
            cards.step.connect(self.step)
            cards.itemActivated.connect(lambda item: self._open(str(item.data(IdRole))))
            column.addWidget(header)
            column.addWidget(cards, 1)
            columns.addLayout(column, 1)
            self.columns[status] = cards
            self.headers[status] = header
        self.tabs.addTab(board, self.tr("Tableau"))

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Poste"),
                self.tr("Employeur"),
                self.tr("Où j'en suis"),
                self.tr("Envoyée le"),
                self.tr("Prochaine étape"),
                self.tr("Date limite"),
            ]
        )
        self.table.setAccessibleName(self.tr("Liste des candidatures"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open_row)
        self.tabs.addTab(self.table, self.tr("Liste"))
        layout.addWidget(self.tabs, 1)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_within_screen(self, 1280, 640)
        self.reload()

    # ---- what is shown ------------------------------------------------------------

    def reload(self, current: str = "") -> None:
        applications = sorted(self.service.list(Application), key=lambda a: a.created_at)
        steps = {step.application.id: step for step in next_steps(applications)}
        for status, cards in self.columns.items():
            cards.clear()
            mine = [a for a in applications if a.status == status]
            words = status_words(status)
            self.headers[status].setText(f"{words} ({len(mine)})")
            cards.setAccessibleName(
                self.tr("%1 : %2 candidature(s)").replace("%1", words).replace("%2", str(len(mine)))
            )
            for application in mine:
                lines = [application.title, application.employer]
                step = steps.get(application.id)
                if step is not None:
                    lines.append(self.step_words(step))
                item = QListWidgetItem("\n".join(line for line in lines if line))
                item.setData(IdRole, application.id)
                item.setToolTip(application.display_name())
                cards.addItem(item)
                if application.id == current:
                    cards.setCurrentItem(item)
                    cards.setFocus()
            cards.fit_cards()
        self._fill_table(applications, steps)

    def _fill_table(self, applications: list[Application], steps: dict[str, NextStep]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(applications))
        order = {status: f"{n}" for n, status in enumerate(APPLICATION_STATUSES)}
        for row, application in enumerate(applications):
            step = steps.get(application.id)
            cells = (
                (application.title, application.title.casefold()),
                (application.employer, application.employer.casefold()),
                (status_words(application.status), order[application.status]),
                (shown(application.sent_on), application.sent_on or "9"),
                (
                    self.step_words(step) if step else "",
                    step.on if step else "9",
                ),
                (shown(application.deadline), application.deadline or "9"),
            )
            for column, (text, key) in enumerate(cells):
                item = _Sorted(text)
                item.setData(SortRole, key)
                item.setData(IdRole, application.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)

    def step_words(self, step: NextStep) -> str:
        """« Relancer le 04/12/2026 », « Date limite : 15/12/2026 », « Appeler le 03/12/2026 »."""
        when = shown(step.on)
        if step.kind == "follow_up":
            return self.tr("Relancer le %1").replace("%1", when)
        if step.kind == "deadline":
            return self.tr("Date limite : %1").replace("%1", when)
        return (
            self.tr("%1 le %2").replace("%1", step.what or self.tr("À faire")).replace("%2", when)
        )

    # ---- moving a card ------------------------------------------------------------

    def step(self, application_id: str, direction: int) -> None:
        """Ctrl+→ / Ctrl+←: the card to the next or previous column."""
        application = self.service.get(Application, application_id)
        at = APPLICATION_STATUSES.index(application.status) + direction
        if 0 <= at < len(APPLICATION_STATUSES):
            self.move_to(application_id, APPLICATION_STATUSES[at])

    def move_to(self, application_id: str, status: str) -> None:
        """The application takes this status; its history notes it (and « envoyée » is dated)."""
        application = self.service.get(Application, application_id)
        if application.status != status:
            try:
                self.service.save(dataclasses.replace(application, status=status), is_new=False)
            except (VaultError, InvalidRecord) as exc:
                show_error(self.error_label, explain(exc))
                return
        self.reload(current=application_id)
        self.columns[status].setFocus()

    def _open(self, application_id: str) -> None:
        self.open_requested.emit(application_id)
        self.accept()

    def _open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self._open(str(item.data(IdRole)))
