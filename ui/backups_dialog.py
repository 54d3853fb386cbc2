"""Sauvegardes: the backups of this musette, with date and contents; back up or restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault import VaultError

from . import dialogs
from .error_text import explain
from .flow_layout import flow_box
from .icons import icon
from .pages.common import heading, paragraph, resize_within_screen
from .settings import AppSettings
from .vault_service import VaultService


def confirm_replace(parent: QWidget, when: str) -> bool:
    """Replacing cannot be undone from the app: ask once (tests replace this seam)."""
    return dialogs.ask_confirmation(
        parent,
        parent.tr("Remplacer ma musette"),
        parent.tr(
            "Votre musette actuelle sera remplacée par la sauvegarde du %1. Ce que vous avez "
            "ajouté depuis n'y sera pas, mais l'actuelle est gardée à côté, renommée. Continuer ?"
        ).replace("%1", when),
    )


class BackupsDialog(QDialog):
    """Lists backups newest first; `replace_requested(path)` asks the window to swap files."""

    replace_requested = Signal(object)  # Path of the backup

    def __init__(
        self, service: VaultService, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self.setWindowTitle(self.tr("Sauvegardes"))
        resize_within_screen(self, 720, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sauvegardes")))
        self._intro = self.tr(
            "Musette enregistre une copie chiffrée de votre musette quand vous la fermez, et une fois "
            "par jour. Chaque copie est vérifiée. Elles sont rangées ici : %1. Pour changer "
            "d'ordinateur, emportez la sauvegarde la plus récente et restaurez-la sur l'autre."
        )
        self.intro_label = paragraph("")
        layout.addWidget(self.intro_label)
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Liste des sauvegardes"))
        layout.addWidget(self.backup_list, 1)
        self.status_label = paragraph("")
        layout.addWidget(self.status_label)
        self.backup_button = QPushButton(
            icon("mdi6.content-save-outline"), self.tr("Sauvegarder maintenant")
        )
        self.restore_button = QPushButton(self.tr("Restaurer dans un nouveau fichier…"))
        self.replace_button = QPushButton(self.tr("Remplacer ma musette par cette sauvegarde…"))
        self.second_button = QPushButton(self.tr("Choisir un second emplacement…"))
        self.second_button.setToolTip(
            self.tr("Par exemple une clé USB : chaque sauvegarde y sera aussi copiée.")
        )
        self.second_button.clicked.connect(self._on_second_button_clicked)
        close = QPushButton(self.tr("Fermer"))
        # The buttons wrap onto a second line at large text rather than widen the dialog.
        layout.addWidget(
            flow_box(
                [
                    self.backup_button,
                    self.restore_button,
                    self.replace_button,
                    self.second_button,
                    close,
                ]
            )
        )
        self.backup_button.setEnabled(not service.read_only)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.backup_list.currentItemChanged.connect(self._on_backup_list_current_item_changed)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        folders = ", ".join(str(f) for f in self._settings.backup_folders)
        self.intro_label.setText(self._intro.replace("%1", folders))
        self.backup_list.clear()
        for info in self._service.backups(self._settings.backup_folders):
            moment = QDateTime.fromMSecsSinceEpoch(int(info.created_at.timestamp() * 1000))
            when = QLocale().toString(moment, "d MMMM yyyy, HH:mm")
            item = QListWidgetItem(f"{when}\n{info.path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, info.path)
            self.backup_list.addItem(item)
        has_any = self.backup_list.count() > 0
        self.restore_button.setEnabled(has_any)
        self.replace_button.setEnabled(has_any and not self._service.read_only)
        if has_any:
            self.backup_list.setCurrentRow(0)
        else:
            self.status_label.setText(self.tr("Aucune sauvegarde pour l'instant."))

    def _current(self) -> Path | None:
        item = self.backup_list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _on_backup_list_current_item_changed(self, *_args: object) -> None:
        path = self._current()
        if path is None:
            return
        try:
            counts = self._service.backup_counts(path)
        except VaultError as exc:
            self.status_label.setText("⚠ " + explain(exc))
            return
        self.status_label.setText(
            self.tr("Sauvegarde vérifiée : %1 fiches.").replace("%1", str(sum(counts.values())))
        )

    def _on_backup_button_clicked(self) -> None:
        self.backup_button.setEnabled(False)
        self.status_label.setText(self.tr("Sauvegarde en cours…"))
        self._service.start_backup(self._settings.backup_folders, self, self._on_backed_up)

    def _on_backed_up(self, written: list[Path]) -> None:
        self.backup_button.setEnabled(not self._service.read_only)
        if self._service.backup_problem:
            self.status_label.setText("⚠ " + self._service.backup_problem)
        elif written:
            self.status_label.setText(self.tr("Sauvegarde faite et vérifiée."))
        self.reload()

    def _on_restore_button_clicked(self) -> None:
        path = self._current()
        if path is None:
            return
        start = str(self._settings.data_folder / "musette-restauree.musette")
        target = dialogs.ask_save_path(self, self.tr("Où restaurer cette sauvegarde ?"), start)
        if not target:
            return
        target_path = Path(target if target.endswith(".musette") else target + ".musette")
        try:
            counts = self._service.restore_copy(path, target_path)
        except (VaultError, OSError) as exc:
            self.status_label.setText("⚠ " + explain(exc))
            return
        self.status_label.setText(
            self.tr("Restaurée dans %1 (%2 fiches). Votre musette actuelle n'a pas changé.")
            .replace("%1", str(target_path))
            .replace("%2", str(sum(counts.values())))
        )

    def _on_second_button_clicked(self) -> None:
        folder = dialogs.ask_folder(
            self, self.tr("Second emplacement des sauvegardes"), str(Path.home())
        )
        if folder:
            self._settings.second_backup_folder = folder
            self._on_backup_button_clicked()  # a first copy there right away

    def _on_replace_button_clicked(self) -> None:
        path = self._current()
        item = self.backup_list.currentItem()
        if path is None or item is None:
            return
        if confirm_replace(self, item.text().splitlines()[0]):
            self.replace_requested.emit(path)
            self.accept()
