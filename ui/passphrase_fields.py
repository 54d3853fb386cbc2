"""What every passphrase field offers: showing what is typed, and how solid it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QProgressBar

from . import passphrase_strength


def show_typed_box(*edits: QLineEdit) -> QCheckBox:
    """A box that shows the passphrase while it is typed (it is hidden again when unticked)."""
    box = QCheckBox(QCoreApplication.translate("passphrase", "Afficher ce que je tape"))
    box.setAccessibleDescription(
        QCoreApplication.translate(
            "passphrase", "Montre la phrase de passe en clair, pour vérifier ce que vous tapez."
        )
    )

    def toggle(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in edits:
            edit.setEchoMode(mode)

    box.toggled.connect(toggle)
    return box


class StrengthBar(QProgressBar):
    """How hard the passphrase is to guess, in words as well as length of bar."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__()
        self.setRange(0, 3)
        self.setTextVisible(True)
        self.setAccessibleName(
            QCoreApplication.translate("passphrase", "Solidité de la phrase de passe")
        )
        edit.textChanged.connect(self.show_for)
        self.show_for(edit.text())

    def show_for(self, text: str) -> None:
        level = passphrase_strength.level(text)
        words = [
            QCoreApplication.translate("passphrase", "Trop courte : au moins 12 caractères"),
            QCoreApplication.translate("passphrase", "Faible : ajoutez un mot"),
            QCoreApplication.translate("passphrase", "Correcte"),
            QCoreApplication.translate("passphrase", "Solide"),
        ]
        self.setValue(level)
        self.setFormat(words[level])
