"""Unlocking: the passphrase, or the recovery code, for the last musette or another one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vault import Unlock, Vault, VaultError, VaultReadOnly
from vault.fileio import is_writable

from .. import dialogs
from ..error_text import explain
from .common import error_line, heading, page_layout, show_error


class UnlockPage(QWidget):
    """Asks for what opens the chosen musette and opens it."""

    opened = Signal(object)  # Vault
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Ouvrir ma musette")))
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        layout.addWidget(self.path_label)
        form = QFormLayout()
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Phrase de passe"))
        self.secret_label = QLabel(self.tr("Phrase de passe"))
        form.addRow(self.secret_label, self.secret_edit)
        layout.addLayout(form)
        self.recovery_box = QCheckBox(
            self.tr("J'ai oublié ma phrase de passe : j'utilise mon code de secours")
        )
        layout.addWidget(self.recovery_box)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        row = QHBoxLayout()
        other = QPushButton(self.tr("Ouvrir une autre musette…"))
        create = QPushButton(self.tr("Créer une nouvelle musette"))
        self.open_button = QPushButton(self.tr("Ouvrir ma musette"))
        self.open_button.setDefault(True)
        row.addWidget(other)
        row.addWidget(create)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._path = ""

        other.clicked.connect(self._on_other_clicked)
        create.clicked.connect(self.create_requested)
        self.recovery_box.toggled.connect(self._on_recovery_box_toggled)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.secret_edit.returnPressed.connect(self._on_open_clicked)

    def set_path(self, path: str) -> None:
        self._path = path
        self.path_label.setText(self.tr("Fichier : ") + path)
        self.secret_edit.clear()
        self.error_label.hide()
        self.secret_edit.setFocus()

    def _on_other_clicked(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Quelle musette ouvrir ?"), self._path)
        if path:
            self.set_path(path)

    def _on_recovery_box_toggled(self, use_code: bool) -> None:
        self.secret_label.setText(
            self.tr("Code de secours") if use_code else self.tr("Phrase de passe")
        )
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if use_code else QLineEdit.EchoMode.Password
        )
        self.secret_edit.setAccessibleName(self.secret_label.text())
        self.secret_edit.clear()

    def _on_open_clicked(self) -> None:
        secret = self.secret_edit.text()
        if not secret:
            show_error(self.error_label, self.tr("Saisissez d'abord votre phrase de passe."))
            return
        unlock = (
            Unlock(recovery_code=secret)
            if self.recovery_box.isChecked()
            else Unlock(passphrase=secret)
        )
        try:
            try:
                vault = Vault.open(self._path, unlock)
            except VaultReadOnly:
                if is_writable(Path(self._path)):
                    raise
                vault = Vault.open(self._path, unlock, read_only=True)
        except (VaultError, OSError) as exc:
            show_error(self.error_label, explain(exc))
            self.secret_edit.selectAll()
            return
        self.secret_edit.clear()
        self.error_label.hide()
        self.opened.emit(vault)
