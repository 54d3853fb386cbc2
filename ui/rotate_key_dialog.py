"""Changing the encryption key after a leak: a new passphrase twice, then a new recovery code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import passphrase_strength
from .pages.common import error_line, heading, paragraph, show_error


class RotateKeyDialog(QDialog):
    """Asks for the new passphrase; the window does the re-encryption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changer la clé de chiffrement"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Changer la clé de chiffrement")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "À faire si votre phrase de passe ou votre code de secours a pu être vu par quelqu'un. "
                    "Musette chiffre à nouveau toute votre musette avec une nouvelle clé, vérifie la copie, "
                    "puis vous donne un nouveau code de secours. L'ancien code et l'ancienne phrase de passe "
                    "n'ouvriront plus votre musette. Pensez ensuite à supprimer les anciennes sauvegardes."
                )
            )
        )
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Nouvelle phrase de passe"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Nouvelle phrase de passe, encore une fois"))
        form.addRow(self.tr("Nouvelle phrase de passe"), self.passphrase_edit)
        form.addRow(self.tr("Encore une fois"), self.confirm_edit)
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = buttons.addButton(
            self.tr("Changer la clé"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def _on_accepted(self) -> None:
        if passphrase_strength.level(self.passphrase()) == 0:
            show_error(
                self.error_label,
                self.tr("Cette phrase de passe est trop courte : au moins 12 caractères."),
            )
            return
        if self.passphrase() != self.confirm_edit.text():
            show_error(self.error_label, self.tr("Les deux phrases de passe sont différentes."))
            return
        self.accept()
