"""Accueil: how complete the musette is, what is due, what changed, and where to go next."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault import model
from vault.applications import NextStep, next_steps

from ..flow_layout import FlowLayout
from ..i18n import plural
from ..icons import icon
from ..pages.common import heading, paragraph, scrolled_column
from ..record_text import choice_label, kind_label, title
from ..vault_service import VaultService

SOON_DAYS = 60


def _long_date(iso: str) -> str:
    parsed = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(parsed, QLocale.FormatType.LongFormat) if parsed.isValid() else iso


class DashboardView(QWidget):
    """The answer to "where am I?"."""

    key = "home"
    open_section = Signal(str)
    open_wizard = Signal(str)  # a section's key: its guided path
    add_record = Signal(str, str)  # a section's key and a record type: a blank form
    backup_requested = Signal()
    sync_requested = Signal()  # Musette › Synchroniser
    conflicts_requested = Signal()  # the versions to choose between

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        # On a small screen or at large text the home page scrolls rather than grow the window.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = scrolled_column(outer, (24, 16, 24, 16))
        self.greeting = heading("")
        layout.addWidget(self.greeting)
        self.read_only_label = paragraph(
            self.tr(
                "🔒 Lecture seule : cette musette est sur un support qui ne peut pas être modifié. "
                "Vous pouvez la consulter, pas la changer."
            )
        )
        self.read_only_label.setVisible(service.read_only)
        layout.addWidget(self.read_only_label)
        backup_row = QHBoxLayout()
        self.backup_label = paragraph("")
        self.backup_button = QPushButton(
            icon("mdi6.content-save-outline"), self.tr("Sauvegarder maintenant")
        )
        backup_row.addWidget(self.backup_label, 1)
        backup_row.addWidget(self.backup_button)
        self.backup_box = QWidget()
        self.backup_box.setLayout(backup_row)
        layout.addWidget(self.backup_box)
        self.backup_button.clicked.connect(self.backup_requested)

        # Shown when this computer syncs the musette: each computer's last sync, what waits.
        sync_row = QHBoxLayout()
        self.sync_label = paragraph("")
        self.sync_label.setAccessibleName(self.tr("Synchronisation"))
        self.conflicts_button = QPushButton(self.tr("Choisir entre les versions…"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.sync_button = QPushButton(icon("mdi6.sync"), self.tr("Synchronisation…"))
        self.sync_button.clicked.connect(self.sync_requested)
        sync_row.addWidget(self.sync_label, 1)
        sync_row.addWidget(self.conflicts_button)
        sync_row.addWidget(self.sync_button)
        self.sync_box = QWidget()
        self.sync_box.setLayout(sync_row)
        layout.addWidget(self.sync_box)

        grid = QGridLayout()
        layout.addLayout(grid, 1)
        complete_box = QGroupBox(self.tr("Ma musette est remplie à"))
        complete_layout = QVBoxLayout(complete_box)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Remplissage de la musette"))
        complete_layout.addWidget(self.progress)
        # Each line opens what completes it (a section, a new record, or a wizard).
        self.checklist = QWidget()
        self.checklist_layout = QVBoxLayout(self.checklist)
        self.checklist_layout.setContentsMargins(0, 0, 0, 0)
        self.checklist_layout.setSpacing(0)
        self.checklist_buttons: list[QPushButton] = []
        complete_layout.addWidget(self.checklist)
        grid.addWidget(complete_box, 0, 0)

        due_box = QGroupBox(self.tr("À venir"))
        due_layout = QVBoxLayout(due_box)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        due_layout.addWidget(self.due_label)
        grid.addWidget(due_box, 0, 1)

        self.project_box = QGroupBox(self.tr("Mon projet"))
        project_layout = QVBoxLayout(self.project_box)
        self.project_label = QLabel()
        self.project_label.setWordWrap(True)
        self.project_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.project_progress = QProgressBar()
        self.project_progress.setAccessibleName(self.tr("Avancement du projet"))
        project_layout.addWidget(self.project_label)
        project_layout.addWidget(self.project_progress)
        grid.addWidget(self.project_box, 2, 0, 1, 2)

        # Shown once there is an application: where each stands, and the board one click away.
        self.applications_box = QGroupBox(self.tr("Mes candidatures"))
        applications_layout = QHBoxLayout(self.applications_box)
        self.applications_label = QLabel()
        self.applications_label.setWordWrap(True)
        self.board_button = QPushButton(
            icon("mdi6.view-column-outline"), self.tr("Tableau de suivi")
        )
        self.board_button.setAccessibleDescription(
            self.tr("Vos candidatures par étape : déplacez-les d'une colonne à l'autre.")
        )
        self.board_button.clicked.connect(lambda: self.open_wizard.emit("board"))
        applications_layout.addWidget(self.applications_label, 1)
        applications_layout.addWidget(self.board_button)
        grid.addWidget(self.applications_box, 3, 0, 1, 2)

        recent_box = QGroupBox(self.tr("Dernières modifications"))
        recent_layout = QVBoxLayout(recent_box)
        self.recent_label = QLabel()
        self.recent_label.setWordWrap(True)
        self.recent_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        recent_layout.addWidget(self.recent_label)
        grid.addWidget(recent_box, 1, 0, 1, 2)

        buttons = FlowLayout()  # five doors wrap onto two lines in a narrow window
        self.rights_button = QPushButton(icon("mdi6.scale-balance"), self.tr("Mes droits"))
        self.skills_button = QPushButton(icon("mdi6.star-outline"), self.tr("Mes compétences"))
        self.project_button = QPushButton(icon("mdi6.flag-outline"), self.tr("Mon projet"))
        self.discover_button = QPushButton(
            icon("mdi6.lightbulb-on-outline"), self.tr("Découvrir ce que je sais faire")
        )
        self.jobs_button = QPushButton(
            icon("mdi6.map-search-outline"), self.tr("Explorer des métiers")
        )
        # The doors of the home screen open their guided paths, not empty lists.
        for button, key, help_text in (
            (self.rights_button, "rights", self.tr("Ouvre l'assistant « Mes droits ».")),
            (self.skills_button, "skills", self.tr("Ouvre l'assistant compétences.")),
            (self.project_button, "projects", self.tr("Ouvre l'assistant projet.")),
            (
                self.discover_button,
                "discover",
                self.tr("De ce que vous avez vécu aux compétences, sans avoir à les nommer."),
            ),
            (
                self.jobs_button,
                "jobs",
                self.tr("Ce qui vous attire, les métiers proches des vôtres (France Travail)."),
            ),
        ):
            button.setMinimumHeight(button.sizeHint().height() * 2)
            button.setAccessibleDescription(help_text)
            button.clicked.connect(lambda _=False, k=key: self.open_wizard.emit(k))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        # Hidden, it only notes that it is out of date: an import of eight kinds of record
        # reloaded it eight times behind the importer (a tenth of a second).
        self._stale = False
        service.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, _change: object) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def checklist_items(self) -> list[tuple[bool, str]]:
        return [(ok, text) for ok, text, _ in self._checklist()]

    def _checklist(self) -> list[tuple[bool, str, tuple[str, str, str]]]:
        """(done, what, where it is completed: (signal, section, record type))."""
        stats = self._service.stats()
        person = self._service.person()
        return [
            (
                person is not None and bool(person.display_name()),
                self.tr("Mon identité"),
                ("section", "identity", ""),
            ),
            (
                stats["experience"] > 0,
                self.tr("Au moins une expérience"),
                ("add", "path", "experience"),
            ),
            (
                stats["education"] + stats["certification"] > 0,
                self.tr("Une formation ou une certification"),
                ("add", "path", "education"),
            ),
            (stats["skill"] >= 5, self.tr("Au moins cinq compétences"), ("wizard", "skills", "")),
            (stats["cpf_reading"] > 0, self.tr("Le solde de mon CPF"), ("wizard", "rights", "")),
            (stats["project"] > 0, self.tr("Un projet professionnel"), ("wizard", "projects", "")),
            (
                stats["contact"] > 0,
                self.tr("Un contact dans mon réseau"),
                ("add", "network", "contact"),
            ),
        ]

    def _go(self, where: tuple[str, str, str]) -> None:
        kind, section, record_type = where
        if kind == "wizard":
            self.open_wizard.emit(section)
        elif kind == "add":
            self.add_record.emit(section, record_type)
        else:
            self.open_section.emit(section)

    def reload(self) -> None:
        person = self._service.person()
        name = person.given_name if person and person.given_name else ""
        self.greeting.setText(
            self.tr("Bonjour %1").replace("%1", name).strip() if name else self.tr("Bonjour")
        )
        items = self._checklist()
        done = sum(ok for ok, _, _ in items)
        self.progress.setRange(0, len(items))
        self.progress.setValue(done)
        self.progress.setFormat(f"{round(100 * done / len(items))} %")
        for button in self.checklist_buttons:
            button.deleteLater()
        self.checklist_buttons = []
        for ok, text, where in items:
            # State by symbol and words, never by colour alone.
            label = f"{'✓' if ok else '○'} {text}" + ("" if ok else self.tr(" — à compléter"))
            button = QPushButton(label)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleDescription(
                self.tr("Ouvre ce qu'il faut pour le compléter.")
                if not ok
                else self.tr("Ouvre ce qui est déjà rempli.")
            )
            button.clicked.connect(lambda _=False, w=where: self._go(w))
            self.checklist_layout.addWidget(button)
            self.checklist_buttons.append(button)
        # Made after the buttons below them, the lines are put back in reading order for Tab.
        chain = [
            self.backup_button,
            self.conflicts_button,
            self.sync_button,
            *self.checklist_buttons,
            self.rights_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.due_label.setText(self._due_text())
        self._show_project()
        self._show_applications()
        problem = self._service.backup_problem
        self.backup_box.setVisible(problem is not None)
        if problem:
            self.backup_label.setText(
                "⚠ "
                + self.tr(
                    "La dernière sauvegarde a échoué. Votre musette est intacte, mais elle n'a pas de copie récente."
                )
                + "\n"
                + problem
            )
        self._show_sync()
        recent = self._service.recent(6)
        self.recent_label.setText(
            "\n".join(self._pair(kind_label(type(r)), title(r)) for r in recent)
            or self.tr("Rien pour l'instant.")
        )

    def _show_sync(self) -> None:
        """When each computer last synced, a sync that failed, and the choices waiting."""
        from .. import sync_text

        state = self._service.sync_state()
        problem = self._service.sync_problem
        self.sync_box.setVisible(state is not None or problem is not None)
        if state is None and problem is None:
            return
        lines = ["🔄 " + "\n".join(sync_text.computers(state))] if state is not None else []
        if problem:
            lines.append(
                "⚠ " + self.tr("La dernière synchronisation n'a pas pu se faire.") + " " + problem
            )
        waiting = len(self._service.sync_conflicts()) if state is not None else 0
        if waiting:
            lines.append(
                "⚠ "
                + plural(
                    waiting,
                    self.tr("%1 différence entre vos ordinateurs attend votre choix."),
                    self.tr("%1 différences entre vos ordinateurs attendent votre choix."),
                )
            )
        self.sync_label.setText("\n".join(lines))
        self.conflicts_button.setVisible(waiting > 0)

    def _show_project(self) -> None:
        """The active project: its next step and how far along it is."""
        projects = [p for p in self._service.list(model.Project) if p.status == "active"]
        self.project_box.setVisible(bool(projects))
        if not projects:
            return
        project = max(projects, key=lambda p: p.updated_at)
        steps = [s for s in self._service.list(model.ProjectStep) if s.project_id == project.id]
        done = sum(s.status == "done" for s in steps)
        waiting = sorted(
            (s for s in steps if s.status != "done"), key=lambda s: (s.due_on or "9999", s.position)
        )
        text = project.title
        if waiting:
            nxt = waiting[0]
            when = f" ({_long_date(nxt.due_on)})" if len(nxt.due_on) == 10 else ""
            text += "\n" + self._pair(self.tr("Prochaine étape"), nxt.title + when)
        self.project_label.setText(text)
        self.project_progress.setRange(0, max(len(steps), 1))
        self.project_progress.setValue(done)
        self.project_progress.setFormat(
            plural(
                done,
                self.tr("%1 étape faite sur %2"),
                self.tr("%1 étapes faites sur %2"),
            ).replace("%2", QLocale().toString(len(steps)))
        )

    def _show_applications(self) -> None:
        """« Envoyée : 2 · Entretien : 1 », in the pipeline's order."""
        applications = self._service.list(model.Application)
        self.applications_box.setVisible(bool(applications))
        parts = []
        for status in model.APPLICATION_STATUSES:
            n = sum(1 for a in applications if a.status == status)
            if n:
                parts.append(self._pair(choice_label(model.Application, "status", status), str(n)))
        self.applications_label.setText(" · ".join(parts))

    def _due_text(self) -> str:
        today = date.today().isoformat()
        horizon = (date.today() + timedelta(days=SOON_DAYS)).isoformat()
        due: list[tuple[str, str]] = []
        for reminder in self._service.list(model.Reminder):
            if not reminder.done and reminder.due_on <= horizon:
                due.append((reminder.due_on, reminder.title))
        for step in self._service.list(model.ProjectStep):
            if step.status != "done" and len(step.due_on) == 10 and step.due_on <= horizon:
                due.append((step.due_on, step.title))
        for nxt in next_steps(self._service.list(model.Application)):
            if nxt.on <= horizon:
                due.append((nxt.on, self._application_step(nxt)))
        if not due:
            return self.tr("Rien dans les deux prochains mois.")
        lines = []
        for when, what in sorted(due):
            late = self.tr(" (en retard)") if when < today else ""
            lines.append(self._pair(_long_date(when) + late, what))
        return "\n".join(lines)

    def _application_step(self, step: NextStep) -> str:
        """« Relancer Transports Valmont (Cariste) », « Date limite : Cariste »…"""
        application = step.application
        named = application.display_name()
        if step.kind == "follow_up":
            who = application.employer or application.title
            return self.tr("Relancer %1 (%2)").replace("%1", who).replace("%2", application.title)
        if step.kind == "deadline":
            return self.tr("Date limite de candidature : %1").replace("%1", named)
        action = step.what or self.tr("Candidature")
        return f"{action} — {named}"

    def _pair(self, label: str, text: str) -> str:
        # "Label : texte" in French, "Label: text" in English.
        return self.tr("%1 : %2").replace("%1", label).replace("%2", text)

    def clear(self) -> None:
        for button in self.checklist_buttons:
            button.deleteLater()
        self.checklist_buttons = []
        for label in (
            self.due_label,
            self.recent_label,
            self.greeting,
            self.project_label,
        ):
            label.clear()
