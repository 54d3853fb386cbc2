"""A section of the musette: a list of records beside an editor, with add, delete and undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vault.listing import Listing
from vault.model import Application, ApplicationEvent, Record

from ..icons import icon
from ..models.record_table_model import RecordTableModel
from ..pages.common import heading, paragraph
from ..record_editor import RecordEditor
from ..record_text import kind_label, title
from ..vault_service import VaultService


def tr_section(text: str) -> str:
    return QCoreApplication.translate("sections", text)


@dataclass(frozen=True)
class SectionSpec:
    """What a section shows: its name, icon, record types and what to say when empty."""

    key: str
    title: str
    icon: str
    types: tuple[type[Record], ...]
    intro: str
    empty_text: str
    creatable: tuple[type[Record], ...] = ()
    wizard: str = ""  # the guided wizard this section offers, if any
    doors: tuple[str, ...] = ()  # more guided paths it opens: "discover", "jobs"
    order: str = "created"  # or "timeline": the most recent first (vault/listing.py)
    # The person orders the list (drag, or Alt+Up / Alt+Down); the exports follow.
    reorderable: bool = False
    # For a section filled by importing (no Add): the importer's kind and its button text.
    import_kind: str = ""
    import_text: str = ""


class SectionView(QWidget):
    """List and editor for the records of one section."""

    import_requested = Signal(str)  # an importer's kind, for a section filled by importing
    preview_profile = Signal(str)  # a share profile's id: its CV, previewed in Partager

    def __init__(
        self, spec: SectionSpec, service: VaultService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._service = service
        outer = QVBoxLayout(self)
        self.outer = outer  # subclasses add their own rows to it
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(heading(tr_section(spec.title)))
        outer.addWidget(paragraph(tr_section(spec.intro)))

        bar = QHBoxLayout()
        # Made with their parent: shown or hidden before the bar holds them, a parentless
        # button would flash as a window of its own and take the focus from the main one.
        self.add_button = QPushButton(icon("mdi6.plus"), self.tr("Ajouter"), self)
        self.add_button.setAccessibleDescription(
            self.tr("Ajoute une nouvelle fiche dans cette section.")
        )
        if len(spec.creatable) > 1:
            menu = QMenu(self.add_button)
            for cls in spec.creatable:
                action = menu.addAction(kind_label(cls))
                action.triggered.connect(lambda _=False, c=cls: self.start_new(c))
            self.add_button.setMenu(menu)
        elif spec.creatable:
            self.add_button.clicked.connect(lambda: self.start_new(spec.creatable[0]))
        self.add_button.setVisible(bool(spec.creatable) and not service.read_only)
        self.delete_button = QPushButton(
            icon("mdi6.delete-outline"), self.tr("Mettre à la corbeille"), self
        )
        self.delete_button.setEnabled(False)
        self.delete_button.setVisible(not service.read_only)
        self.wizard_button: QPushButton | None = None
        if spec.wizard and not service.read_only:
            self.wizard_button = QPushButton(icon("mdi6.compass-outline"), self.tr("Assistant…"))
            self.wizard_button.setAccessibleDescription(
                self.tr("Vous guide pas à pas ; rien n'est enregistré avant la fin.")
            )
            self.wizard_button.clicked.connect(self.open_wizard)
            bar.addWidget(self.wizard_button)
        self.door_buttons: dict[str, QPushButton] = {}
        doors = {
            "discover": ("mdi6.lightbulb-on-outline", self.tr("Découvrir ce que je sais faire…")),
            "jobs": ("mdi6.map-search-outline", self.tr("Explorer des métiers…")),
            "board": ("mdi6.view-column-outline", self.tr("Tableau de suivi…")),
        }
        for door in spec.doors if not service.read_only else ():  # the board moves cards
            name, text = doors[door]
            button = QPushButton(icon(name), text)
            button.clicked.connect(lambda _=False, d=door: self.open_door(d))
            self.door_buttons[door] = button
            bar.addWidget(button)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        self.up_button = QPushButton(icon("mdi6.arrow-up"), self.tr("Monter"), self)
        self.down_button = QPushButton(icon("mdi6.arrow-down"), self.tr("Descendre"), self)
        for button, shortcut, step in (
            (self.up_button, "Alt+Up", -1),
            (self.down_button, "Alt+Down", 1),
        ):
            button.setToolTip(
                self.tr(
                    "Change la place de la fiche dans la liste ; vos CV suivent cet "
                    "ordre (%1, ou glissez la ligne)."
                ).replace("%1", shortcut)
            )
            button.clicked.connect(lambda _=False, s=step: self.move_selected(s))
            if spec.reorderable:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda _=False, s=step: self.move_selected(s))
                self.addAction(action)
            button.setEnabled(False)
            button.setVisible(spec.reorderable and not service.read_only)
            bar.addWidget(button)
        bar.addStretch(1)
        outer.addLayout(bar)

        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(icon("mdi6.undo"), self.tr("Annuler"))
        self.undo_button.setToolTip(self.tr("Annuler la suppression (Ctrl+Z)"))
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        outer.addWidget(self.undo_bar)

        reorder = spec.reorderable and not service.read_only
        self.model = RecordTableModel(
            SectionRows(service, self.listing),
            show_kind=len(spec.types) > 1,
            marks=service.attestation_marks,
            moved=self.move_record if reorder else None,
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        if reorder:
            self.table.setDragEnabled(True)
            self.table.setAcceptDrops(True)
            self.table.setDropIndicatorShown(True)
            self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(
            False
        )  # one line per row: a long text ends in « … », not cut in half
        # Fixed row heights keep a 10 000-row list instant (no per-row measuring).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        # Name and details share the width the window gives (no name cut short while the
        # details column is half empty); nothing is measured row by row.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr_section(spec.title))
        self.empty_label = paragraph(tr_section(spec.empty_text))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        # An empty list says what goes in it and shows the button that fills it.
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_label)
        self.empty_button: QPushButton | None = None
        if not service.read_only and (spec.creatable or spec.import_kind):
            if spec.import_kind:
                self.empty_button = QPushButton(
                    icon("mdi6.file-import-outline"), tr_section(spec.import_text)
                )
                self.empty_button.clicked.connect(
                    lambda: self.import_requested.emit(spec.import_kind)
                )
            else:
                self.empty_button = QPushButton(icon("mdi6.plus"), self.tr("Ajouter"))
                self.empty_button.clicked.connect(lambda: self.start_new(spec.creatable[0]))
            empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        # It scrolls rather than cut its words when the text is large and the window small.
        self.empty_page = QScrollArea()
        self.empty_page.setWidget(empty)
        self.empty_page.setWidgetResizable(True)
        self.empty_page.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its button
        self.empty_page.setAccessibleName(tr_section(spec.title))
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_page)

        self.editors = Editors(self._make_editor)
        self.editor_stack = QStackedWidget()
        self.hint_label = paragraph(
            self.tr("Choisissez une fiche dans la liste, ou ajoutez-en une.")
        )
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.editor_stack.addWidget(self.hint_label)

        splitter = QSplitter()
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.editor_stack)
        # The list gets the room it needs; the editor grows with the text size.
        self.editor_stack.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])
        outer.addWidget(splitter, 1)

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)

        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_action.triggered.connect(self.undo_delete)
        service.changed.connect(self._on_service_changed)
        self.reload()

    def _make_editor(self, cls: type[Record]) -> RecordEditor:
        if cls not in self.spec.types:
            raise KeyError(cls)
        editor = RecordEditor(self._service, cls)
        editor.saved.connect(self._on_editor_saved)
        if cls is Application and not self._service.read_only:
            ad_skills = QPushButton(self.tr("Ce que l'annonce demande…"))
            ad_skills.setToolTip(
                self.tr("Les compétences de l'annonce face aux vôtres, lues sur cet ordinateur.")
            )
            ad_skills.clicked.connect(lambda: self.show_ad_skills(editor))
            editor.add_action(ad_skills)
            letter = QPushButton(self.tr("Lettre de motivation…"))
            letter.setToolTip(
                self.tr("Une lettre pour cette candidature, en PDF ou pour Word ; chaque version "
                        "est gardée.")
            )  # fmt: skip
            letter.clicked.connect(lambda: self.show_letters(editor))
            editor.add_action(letter)
        self.editor_stack.addWidget(editor)
        return editor

    def show_ad_skills(self, editor: RecordEditor) -> QWidget | None:
        """The skills of the application's ad against the person's (saved first if new)."""
        from ..ad_skills_dialog import AdSkillsDialog

        application = editor.record
        if not isinstance(application, Application):
            from .. import dialogs

            dialogs.tell(
                self,
                self.tr("Ce que l'annonce demande"),
                self.tr("Enregistrez d'abord la candidature, avec le texte de son annonce."),
            )
            return None
        dialog = AdSkillsDialog(self._service, application, self)
        dialog.profile_made.connect(self.preview_profile)
        dialog.open()
        return dialog

    def show_letters(self, editor: RecordEditor) -> QWidget | None:
        """The application's letters (saved first if new)."""
        from ..letter_dialog import LetterDialog

        application = editor.record
        if not isinstance(application, Application):
            from .. import dialogs

            dialogs.tell(
                self,
                self.tr("Lettre de motivation"),
                self.tr("Enregistrez d'abord la candidature."),
            )
            return None
        dialog = LetterDialog(self._service, application, self)
        dialog.open()
        return dialog

    # ---- data ------------------------------------------------------------------

    @property
    def listing(self) -> Listing:
        """What the list shows, in which order (the person's, for a reorderable one)."""
        return Listing(self.spec.types, "placed" if self.spec.reorderable else self.spec.order)

    def reload(self, select_id: str | None = None) -> None:
        self.model.reload()
        self.list_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty_page)
        if select_id:
            self.select_record(select_id)

    def select_record(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def clear(self) -> None:
        """Drop every record from the model and the editors."""
        self.model.clear()
        for editor in self.editors.values():
            editor.clear()
        self.undo_label.clear()

    # ---- actions ---------------------------------------------------------------

    def open_wizard(self) -> QWidget | None:
        from ..wizards import open_wizard

        return open_wizard(self.spec.wizard, self._service, self)

    def open_door(self, name: str) -> QWidget | None:
        """Another guided path from this section (discovering skills, exploring jobs)."""
        from ..wizards import open_wizard

        return open_wizard(name, self._service, self)

    def start_new(self, cls: type[Record]) -> RecordEditor:
        """Open a blank form for a new record of `cls`."""
        record = blank_record(cls)
        if isinstance(record, ApplicationEvent):
            # What happened today, in the application chosen in the list (if one is).
            index = self.table.currentIndex()
            chosen = self.model.record_at(index.row()) if index.isValid() else None
            record = dataclasses.replace(
                record,
                occurred_on=date.today().isoformat(),
                application_id=chosen.id if isinstance(chosen, Application) else "",
            )
        self.table.clearSelection()
        editor = self.editors[cls]
        editor.load(record, is_new=True)
        self.editor_stack.setCurrentWidget(editor)
        return editor

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self._service.read_only:
            return
        record = self.model.record_at(index.row())
        self._service.move_to_trash(type(record), record.id)
        self.undo_label.setText(
            self.tr("« %1 » est dans la corbeille.").replace("%1", title(record))
        )
        self.undo_bar.show()
        self.undo_button.setFocus()

    def move_selected(self, step: int) -> None:
        """Alt+Up / Alt+Down: the selected record one place up or down."""
        index = self.table.currentIndex()
        if index.isValid():
            self.move_record(index.row(), index.row() + step)

    def move_record(self, source: int, target: int) -> None:
        """Put the record at row `source` at row `target`; the vault keeps the new order."""
        rows = self.model.rowCount()
        if not (0 <= source < rows and 0 <= target < rows) or source == target:
            return
        records = self.model.records()
        moving = records.pop(source)
        records.insert(target, moving)
        self._service.reorder(records)
        self.select_record(moving.id)

    def undo_delete(self) -> None:
        last = self._service.last_trashed
        if last is None:
            return
        self._service.undo_trash()
        self.undo_bar.hide()
        self.select_record(last[1])

    # ---- signals ---------------------------------------------------------------

    def _on_table_current_row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        self.delete_button.setEnabled(current.isValid() and not self._service.read_only)
        self.up_button.setEnabled(current.isValid() and current.row() > 0)
        self.down_button.setEnabled(current.isValid() and current.row() < self.model.rowCount() - 1)
        if not current.isValid():
            return
        record = self.model.record_at(current.row())
        editor = self.editors[type(record)]
        editor.load(record)
        self.editor_stack.setCurrentWidget(editor)

    def _on_editor_saved(self, record: Record) -> None:
        self.reload(select_id=record.id)

    def _on_service_changed(self, change) -> None:  # type: ignore[no-untyped-def]
        # An attestation changes how the records it concerns are marked.
        if change.record_type in {cls.TYPE for cls in self.spec.types} | {"attestation"}:
            current = self.table.currentIndex()
            keep = self.model.record_at(current.row()).id if current.isValid() else None
            self.reload(select_id=keep)


class Editors(dict[type[Record], RecordEditor]):
    """A section's forms, one per kind of record, each made the first time it is needed
    (a section of four kinds opened in twice the time it takes to show one form)."""

    def __init__(self, make: Callable[[type[Record]], RecordEditor]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, cls: type[Record]) -> RecordEditor:
        editor = self[cls] = self._make(cls)
        return editor


class SectionRows:
    """A section's rows from the vault: counted and read a page at a time, in its order."""

    def __init__(self, service: VaultService, listing: Listing) -> None:
        self._service = service
        self._listing = listing

    def count(self) -> int:
        return self._service.count_listed(self._listing)

    def page(self, offset: int, limit: int) -> Sequence[Record]:
        return self._service.page(self._listing, offset, limit)

    def position(self, record_id: str) -> int:
        return self._service.position(self._listing, record_id)


def blank_record(cls: type[Record]) -> Record:
    """A new record with empty required text, for the form to fill."""
    from dataclasses import MISSING, fields

    needed: dict[str, Any] = {
        f.name: ("" if "str" in str(f.type) else None)
        for f in fields(cls)
        if f.default is MISSING and f.default_factory is MISSING
    }
    return cls(**needed)
