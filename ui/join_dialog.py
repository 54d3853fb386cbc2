"""A new computer joins a musette from the folder its sync tool shares, with the passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault import Unlock, Vault

from . import background, dialogs
from .background import Job
from .error_text import explain, refusal
from .pages.common import error_line, heading, paragraph, show_error, size_to_text
from .passphrase_fields import show_typed_box


def _join_and_open(folder: Path, target: Path, passphrase: str) -> Vault:
    from vault import sync

    target.parent.mkdir(parents=True, exist_ok=True)
    sync.join(folder, target, Unlock(passphrase=passphrase))
    return Vault.open(target, Unlock(passphrase=passphrase))


class JoinDialog(QDialog):
    """Folder, where to keep the musette here, passphrase; `opened(vault)` when it is done."""

    opened = Signal(object)  # the Vault, open

    def __init__(self, default_folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rejoindre une musette synchronisée"))
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Ma musette, sur cet ordinateur aussi")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Sur votre autre ordinateur, Musette dépose une copie chiffrée dans un dossier "
                    "que votre outil de synchronisation partage (menu Musette, Synchroniser). "
                    "Choisissez ce dossier ici, puis tapez votre phrase de passe : la copie la "
                    "plus récente devient la musette de cet ordinateur, et les deux se tiennent "
                    "à jour."
                )
            )
        )
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self.tr("Aucun dossier choisi"))
        self.folder_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choisir le dossier…"))
        choose.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Dossier partagé :"), folder_row)
        self.target_edit = QLineEdit(str(default_folder / "ma-musette.musette"))
        form.addRow(self.tr("Garder ma musette ici :"), self.target_edit)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Phrase de passe"))
        form.addRow(self.tr("Phrase de passe :"), self.passphrase_edit)
        form.addRow("", show_typed_box(self.passphrase_edit))
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Annuler"))
        cancel.clicked.connect(self.reject)
        self.join_button = QPushButton(self.tr("Rejoindre"))
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.join)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.join_button)
        layout.addLayout(buttons)
        self.folder: Path | None = None
        size_to_text(self)

    def choose_folder(self) -> None:
        chosen = dialogs.ask_folder(
            self, self.tr("Dossier partagé avec votre autre ordinateur"), str(Path.home())
        )
        if chosen:
            self.folder = Path(chosen)
            self.folder_label.setText(chosen)
            self.passphrase_edit.setFocus()

    def join(self) -> Job | None:
        if self.job is not None:
            return None
        if self.folder is None:
            show_error(self.error_label, self.tr("Choisissez d'abord le dossier partagé."))
            return None
        if not self.passphrase_edit.text():
            show_error(self.error_label, self.tr("Tapez la phrase de passe de votre musette."))
            self.passphrase_edit.setFocus()
            return None
        folder, passphrase = self.folder, self.passphrase_edit.text()
        target = Path(self.target_edit.text()).expanduser()
        self.error_label.hide()
        self.join_button.setEnabled(False)
        self.job = background.run(
            lambda: _join_and_open(folder, target, passphrase),
            self,
            self._joined,
            self._refused,
            saying=self.tr("Copie de votre musette sur cet ordinateur…"),
        )
        return self.job

    def _joined(self, vault: Vault) -> None:
        self.job = None
        self.passphrase_edit.clear()
        self.opened.emit(vault)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.job = None
        self.join_button.setEnabled(True)
        show_error(self.error_label, explain(refusal(error)))
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()
