"""Synchroniser: the folder a sync tool shares, when each computer last synced, and what waits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vault import VaultError

from . import dialogs, sync_text
from .error_text import explain
from .flow_layout import flow_box
from .i18n import plural
from .icons import icon
from .pages.common import error_line, heading, paragraph, resize_within_screen, show_error
from .sync_runner import SyncRunner
from .vault_service import VaultService


def confirm_leave(parent: QWidget) -> bool:
    """Leaving cannot be undone from here (tests replace this seam)."""
    return dialogs.ask_confirmation(
        parent,
        parent.tr("Arrêter la synchronisation"),
        parent.tr(
            "Cet ordinateur ne déposera plus de copie dans le dossier, et la sienne en sera "
            "retirée. Votre musette reste ici, entière ; vos autres ordinateurs gardent la leur. "
            "Continuer ?"
        ),
    )


class SyncDialog(QDialog):
    """Choose the folder, sync now, see each computer's last sync; `conflicts_requested` opens
    the view where the person chooses between two versions."""

    conflicts_requested = Signal()
    align_requested = Signal(object)  # the Path of the other computer's snapshot

    def __init__(self, service: VaultService, runner: SyncRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self.setWindowTitle(self.tr("Synchroniser avec mes autres ordinateurs"))
        resize_within_screen(self, 680, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Une musette sur plusieurs ordinateurs")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Choisissez un dossier que votre outil de synchronisation (Syncthing, "
                    "Nextcloud, Dropbox…) partage avec vos autres ordinateurs. Musette y dépose "
                    "une copie chiffrée et vérifiée de votre musette, jamais le fichier lui-même, "
                    "et reprend fiche par fiche ce que vos autres ordinateurs y ont déposé. Sur "
                    "un nouvel ordinateur, choisissez « Rejoindre une musette synchronisée » à "
                    "l'accueil."
                )
            )
        )
        self.folder_label = paragraph("")
        self.folder_label.setAccessibleName(self.tr("Dossier de synchronisation"))
        layout.addWidget(self.folder_label)
        self.computers_label = paragraph("")
        layout.addWidget(self.computers_label)
        self.outcome_label = paragraph("")
        layout.addWidget(self.outcome_label)
        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        layout.addWidget(self.conflicts_label)
        self.align_label = paragraph("")
        self.align_button = QPushButton(self.tr("Taper la phrase de passe de l'autre ordinateur…"))
        self.align_button.clicked.connect(self._on_align_clicked)
        layout.addWidget(self.align_label)
        layout.addWidget(self.align_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.choose_button = QPushButton(icon("mdi6.folder-sync-outline"), "")
        self.choose_button.clicked.connect(self.choose_folder)
        self.sync_button = QPushButton(icon("mdi6.sync"), self.tr("Synchroniser maintenant"))
        self.sync_button.clicked.connect(self.sync_now)
        self.conflicts_button = QPushButton(self.tr("Choisir entre les versions…"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.leave_button = QPushButton(self.tr("Arrêter sur cet ordinateur"))
        self.leave_button.clicked.connect(self.leave)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.accept)
        layout.addWidget(flow_box([self.choose_button, self.sync_button, self.conflicts_button]))
        # Stopping is kept apart from the everyday buttons, on the other side from « Fermer ».
        bottom = QHBoxLayout()
        bottom.addWidget(self.leave_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        service.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: object) -> None:
        if getattr(change, "action", "") == "sync" and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        folder = self._runner.folder()
        syncing = folder is not None
        if syncing:
            self.folder_label.setText(
                self.tr("Dossier de synchronisation : %1").replace("%1", str(folder))
            )
        else:
            self.folder_label.setText(
                self.tr("Cette musette n'est pas encore synchronisée sur cet ordinateur.")
            )
        self.choose_button.setText(
            self.tr("Changer de dossier…") if syncing else self.tr("Choisir le dossier…")
        )
        self.sync_button.setDefault(syncing)
        self.choose_button.setDefault(not syncing)
        for button in (self.sync_button, self.leave_button):
            button.setVisible(syncing)
        state = self._service.sync_state()
        self.computers_label.setText("\n".join(sync_text.computers(state)) if state else "")
        self.computers_label.setVisible(state is not None)
        report = self._service.last_sync
        self.outcome_label.setText(sync_text.outcome(report) if report else "")
        self.outcome_label.setVisible(report is not None)
        aligning = report is not None and report.align_with is not None
        if report is not None and aligning:
            self.align_label.setText(
                "⚠ "
                + self.tr(
                    "La phrase de passe a changé sur « %1 ». Tapez-la ici une fois (ou votre code "
                    "de secours) : cet ordinateur la prend aussi, et les deux se retrouvent."
                ).replace("%1", report.align_from)
            )
        self.align_label.setVisible(aligning)
        self.align_button.setVisible(aligning)
        waiting = len(self._service.sync_conflicts()) if syncing else 0
        self.conflicts_label.setText(
            "⚠ "
            + plural(
                waiting,
                self.tr("%1 différence entre vos ordinateurs attend votre choix."),
                self.tr("%1 différences entre vos ordinateurs attendent votre choix."),
            )
        )
        self.conflicts_label.setVisible(waiting > 0)
        self.conflicts_button.setVisible(waiting > 0)
        problem = self._service.sync_problem
        if problem:
            show_error(self.error_label, problem)
        else:
            self.error_label.hide()
        busy = self._runner.busy()
        for button in (self.choose_button, self.sync_button, self.leave_button):
            button.setEnabled(not busy and not self._service.read_only)

    def choose_folder(self) -> None:
        current = self._runner.folder()
        chosen = dialogs.ask_folder(
            self,
            self.tr("Dossier partagé avec vos autres ordinateurs"),
            str(current or Path.home()),
        )
        if not chosen:
            return
        self._sync(Path(chosen))

    def sync_now(self) -> None:
        folder = self._runner.folder()
        if folder is not None:
            self._sync(folder)

    def _sync(self, folder: Path) -> None:
        self.error_label.hide()
        if self._runner.sync(folder, quiet=False, parent=self) is not None:
            self.refresh()  # the buttons wait for the end

    def _on_align_clicked(self) -> None:
        report = self._service.last_sync
        if report is not None and report.align_with is not None:
            self.align_requested.emit(report.align_with)
            self.accept()  # the musette is closed and reopened with the new passphrase

    def leave(self) -> None:
        folder = self._runner.folder()
        if folder is None or not confirm_leave(self):
            return
        try:
            self._service.leave_sync(folder)
        except (VaultError, OSError) as exc:
            show_error(self.error_label, explain(exc))
            return
        self.refresh()
