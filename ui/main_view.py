"""The open musette: navigation on the left, the chosen section on the right, search on top."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vault import VaultError
from vault.model import BY_TYPE

from .icons import icon
from .record_editor import RecordEditor
from .sections.dashboard_view import DashboardView
from .sections.identity_view import IdentityView
from .sections.index import BY_KEY, SECTION_KEYS, SECTIONS
from .sections.search_view import SearchView
from .sections.section_view import SectionView, blank_record, tr_section
from .sections.share_view import ShareView
from .vault_service import VaultService


class _Views(dict[str, QWidget]):
    """The sections' views by key; a view missing is built when it is first asked for."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        view = self._build(key)
        self[key] = view
        return view


class MainView(QWidget):
    """Everything shown while the musette is open; `clear()` drops it all before locking."""

    lock_requested = Signal()
    view_built = Signal(str, QWidget)  # a section's key and its view, built when first shown

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher dans ma musette (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Rechercher dans ma musette"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.lock_button = QPushButton(icon("mdi6.lock-outline"), self.tr("Verrouiller"))
        self.lock_button.setToolTip(self.tr("Verrouiller ma musette (Ctrl+L)"))
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.lock_button)
        layout.addLayout(top)

        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        side = round(self.fontMetrics().height() * 1.3)  # icons follow the text size
        self.nav.setIconSize(QSize(side, side))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

        # Each section's view is built the first time it is shown: unlocking shows the
        # home page at once instead of building a dozen lists and forms first.
        self.views = _Views(self._build_view)
        for section in SECTIONS:
            item = QListWidgetItem(icon(section.icon), tr_section(section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tr_section(section.title))
            self.nav.addItem(item)
        self.search_view = SearchView(service)
        self.stack.addWidget(self.search_view)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 36)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)  # results as you type, without a query per key

        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(find)
        find.triggered.connect(self.focus_search)
        new = QAction(self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(new)
        new.triggered.connect(self.add_in_current_section)

        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._before_search = "home"  # the section to come back to when the search is emptied
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._search_timer.timeout.connect(self.run_search)
        self.search_view.record_activated.connect(self.show_record)
        self.lock_button.clicked.connect(self.lock_requested)
        self.nav.setCurrentRow(0)

    def _build_view(self, key: str) -> QWidget:
        view = BY_KEY[key].build(self.service)
        self.stack.addWidget(view)
        if isinstance(view, DashboardView):
            view.open_section.connect(self.show_section)
            view.open_wizard.connect(self.open_wizard)
            view.add_record.connect(self.add_record)
        if isinstance(view, SectionView):
            view.preview_profile.connect(self.preview_cv)
        self.view_built.emit(key, view)
        return view

    @property
    def dashboard(self) -> DashboardView:
        view = self.views["home"]
        assert isinstance(view, DashboardView)
        return view

    @property
    def share_view(self) -> ShareView:
        view = self.views["share"]
        assert isinstance(view, ShareView)
        return view

    def preview_cv(self, profile_id: str) -> object:
        """Partager, that profile chosen, its CV previewed (a CV made for a job ad)."""
        share = self.show_section("share")
        assert isinstance(share, ShareView)
        share.select_record(profile_id)
        return share.preview("cv")

    # ---- navigation --------------------------------------------------------------

    def current_section(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "home"

    def show_section(self, key: str) -> QWidget:
        # The sidebar always says where the person is, also coming back from a search
        # to the section they were in (no row change then, so the view is set here).
        self.nav.setCurrentRow(SECTION_KEYS.index(key))
        self.stack.setCurrentWidget(self.views[key])
        return self.views[key]

    def section_for_type(self, record_type: str) -> str:
        cls = BY_TYPE[record_type]
        if record_type == "person":
            return "identity"
        for section in SECTIONS:
            if cls in section.types:
                return section.key
        return "home"

    def show_record(self, record_type: str, record_id: str) -> None:
        """Open the section holding a record and select it."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        view = self.show_section(self.section_for_type(record_type))
        if isinstance(view, SectionView):
            view.select_record(record_id)
            view.table.setFocus()

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.views[SECTION_KEYS[row]])

    def open_wizard(self, key: str) -> QWidget | None:
        """A section's guided path, over that section (or another door of it: discover, jobs)."""
        doors = {"discover": "skills", "jobs": "projects", "board": "applications"}
        if key in doors:
            view = self.show_section(doors[key])
            if isinstance(view, SectionView) and not self.service.read_only:
                return view.open_door(key)
            return None
        view = self.show_section(key)
        if isinstance(view, SectionView) and view.spec.wizard and not self.service.read_only:
            return view.open_wizard()
        return None

    def add_record(self, key: str, record_type: str) -> None:
        """A blank form for a new record, in the section that holds it."""
        view = self.show_section(key)
        if isinstance(view, SectionView) and not self.service.read_only:
            view.start_new(BY_TYPE[record_type])

    def add_in_current_section(self) -> None:
        view = self.views.get(self.current_section())
        if isinstance(view, SectionView) and view.spec.creatable and not self.service.read_only:
            view.start_new(view.spec.creatable[0])

    # ---- search ------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def run_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.show_section(self._before_search)
            return
        if self.nav.currentRow() >= 0:
            self._before_search = self.current_section()
            # No section is highlighted while the results show: they are not a section.
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
        self.search_view.search(text)
        self.stack.setCurrentWidget(self.search_view)

    def _on_search_edit_return_pressed(self) -> None:
        self._search_timer.stop()
        self.run_search()
        item = self.search_view.results.currentItem()
        if item is not None:
            self.search_view.results.itemActivated.emit(item)

    # ---- what was typed and not saved ----------------------------------------------

    def editors(self) -> list[RecordEditor]:
        """Every record form of every section."""
        found: list[RecordEditor] = []
        for view in self.views.values():
            if isinstance(view, SectionView):
                found.extend(view.editors.values())
            elif isinstance(view, IdentityView):
                found.append(view.editor)
        return found

    def pending_edits(self) -> list[tuple[RecordEditor, dict[str, Any]]]:
        return [(e, p) for e in self.editors() if (p := e.pending()) is not None]

    def restore_edits(self, edits: list[dict[str, Any]]) -> int:
        """Put back, in their forms, what was being typed before an idle lock; how many."""
        restored = 0
        for pending in edits:
            cls = BY_TYPE.get(str(pending.get("type")))
            if cls is None:
                continue
            key = self.section_for_type(cls.TYPE)
            view = self.show_section(key)
            editor = (
                view.editor
                if isinstance(view, IdentityView)
                else view.editors[cls]
                if isinstance(view, SectionView) and cls in view.spec.types
                else None
            )
            if editor is None:
                continue
            try:
                record = (
                    blank_record(cls)
                    if pending.get("is_new")
                    else self.service.get(cls, str(pending.get("id")))
                )
            except VaultError:
                record = blank_record(cls)  # deleted since: what was typed still comes back
                pending = {**pending, "is_new": True}
            if isinstance(view, SectionView):
                view.editor_stack.setCurrentWidget(editor)
            editor.restore_pending(pending, record)
            restored += 1
        return restored

    # ---- locking -----------------------------------------------------------------

    def clear(self) -> None:
        """Drop every record from every model and widget before the vault closes."""
        self._search_timer.stop()
        self.search_edit.clear()
        self.search_view.clear()
        for view in self.views.values():
            view.clear()  # type: ignore[attr-defined]
