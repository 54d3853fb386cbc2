"""A new passphrase, and with it (by default) a new encryption key and recovery code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import passphrase_strength
from .pages.common import error_line, heading, paragraph, show_error, size_to_text
from .passphrase_fields import StrengthBar, show_typed_box


class RotateKeyDialog(QDialog):
    """Asks for the new passphrase; the window changes it, and re-encrypts when asked.

    `choose`: the person changes the passphrase and may keep the encryption key
    (the box is ticked by default); without it, this is the change after a leak.
    """

    def __init__(self, parent: QWidget | None = None, *, choose: bool = False) -> None:
        super().__init__(parent)
        title = (
            self.tr("Changer la phrase de passe")
            if choose
            else self.tr("Changer la clé de chiffrement")
        )
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(
            paragraph(
                self.tr(
                    "À faire si votre phrase de passe ou votre code de secours a pu être vu par quelqu'un. "
                    "Musette chiffre à nouveau toute votre musette avec une nouvelle clé, vérifie la copie, "
                    "puis vous donne un nouveau code de secours. L'ancien code et l'ancienne phrase de passe "
                    "n'ouvriront plus votre musette. Pensez ensuite à supprimer les anciennes sauvegardes."
                )
                if not choose
                else self.tr(
                    "Changer seulement la phrase de passe ne change que le fichier de clés : une copie de "
                    "l'ancien fichier de clés, avec l'ancienne phrase de passe, ouvrirait encore votre "
                    "musette. En changeant aussi la clé de chiffrement, elle ne l'ouvre plus, et vous "
                    "recevez un nouveau code de secours."
                )
            )
        )
        self.rotate_box = QCheckBox(
            self.tr("Changer aussi la clé de chiffrement (recommandé ; nouveau code de secours)")
        )
        self.rotate_box.setChecked(True)
        self.rotate_box.setVisible(choose)
        layout.addWidget(self.rotate_box)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Nouvelle phrase de passe"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Nouvelle phrase de passe, encore une fois"))
        form.addRow(self.tr("Nouvelle phrase de passe"), self.passphrase_edit)
        form.addRow(self.tr("Encore une fois"), self.confirm_edit)
        form.addRow("", show_typed_box(self.passphrase_edit, self.confirm_edit))
        self.strength_bar = StrengthBar(self.passphrase_edit)
        form.addRow(self.tr("Solidité"), self.strength_bar)
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = buttons.addButton(
            self.tr("Changer") if choose else self.tr("Changer la clé"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        layout.addWidget(buttons)
        size_to_text(self)  # the whole warning readable, at any text size
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def rotate(self) -> bool:
        """Re-encrypt under a new data key too (always, after a leak)."""
        return self.rotate_box.isChecked()

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
