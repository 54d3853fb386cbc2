"""Unlocking: the passphrase or the recovery code, or this computer if it remembers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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

from vault import KeyFileMissing, VaultError, VaultReadOnly, keyfile
from vault.fileio import is_writable
from vault.secret_store import SecretStore

from .. import dialogs
from ..error_text import explain
from ..passphrase_fields import show_typed_box

if TYPE_CHECKING:
    from vault import Unlock, Vault

from .common import error_line, heading, page_layout, remember_checkbox, show_error


class UnlockPage(QWidget):
    """Asks for what opens the chosen musette and opens it."""

    opened = Signal(object)  # Vault
    create_requested = Signal()

    def __init__(
        self, secret_store: SecretStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._secret_store = secret_store
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Ouvrir ma musette")))
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        layout.addWidget(self.path_label)
        self.device_button = QPushButton(self.tr("Ouvrir : cet ordinateur se souvient de moi"))
        layout.addWidget(self.device_button)
        form = QFormLayout()
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Phrase de passe"))
        self.secret_label = QLabel(self.tr("Phrase de passe"))
        form.addRow(self.secret_label, self.secret_edit)
        self.show_box = show_typed_box(self.secret_edit)
        form.addRow("", self.show_box)
        layout.addLayout(form)
        self.recovery_box = QCheckBox(
            self.tr("J'ai oublié ma phrase de passe : j'utilise mon code de secours")
        )
        layout.addWidget(self.recovery_box)
        self.remember_box = remember_checkbox(self, secret_store)
        layout.addWidget(self.remember_box)
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
        self.device_button.clicked.connect(self._on_device_button_clicked)

    def set_path(self, path: str) -> None:
        self._path = path
        self.path_label.setText(self.tr("Fichier : ") + path)
        self.secret_edit.clear()
        self.error_label.hide()
        self.device_button.setVisible(self._remembered())
        self.secret_edit.setFocus()

    def _remembered(self) -> bool:
        if self._secret_store is None or not self._path:
            return False
        try:
            key_file = keyfile.load(keyfile.path_for(Path(self._path)))
        except KeyFileMissing:
            return False
        return key_file.slot(keyfile.DEVICE_SLOT) is not None

    def _on_other_clicked(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Quelle musette ouvrir ?"), self._path)
        if path:
            self.set_path(path)

    def _on_recovery_box_toggled(self, use_code: bool) -> None:
        self.secret_label.setText(
            self.tr("Code de secours") if use_code else self.tr("Phrase de passe")
        )
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal
            if use_code or self.show_box.isChecked()
            else QLineEdit.EchoMode.Password
        )
        self.show_box.setVisible(not use_code)  # a recovery code is shown anyway
        self.secret_edit.setAccessibleName(self.secret_label.text())
        self.secret_edit.clear()

    def _open(self, unlock: Unlock) -> Vault | None:
        from vault import Vault

        try:
            try:
                return Vault.open(self._path, unlock)
            except VaultReadOnly:
                if is_writable(Path(self._path)):
                    raise
                return Vault.open(self._path, unlock, read_only=True)
        except (VaultError, OSError) as exc:
            show_error(self.error_label, explain(exc))
            self.secret_edit.selectAll()
            return None

    def _on_device_button_clicked(self) -> None:
        from vault import Unlock

        vault = self._open(Unlock(secret_store=self._secret_store))
        if vault is not None:
            self._done(vault)

    def _on_open_clicked(self) -> None:
        secret = self.secret_edit.text()
        if not secret:
            show_error(self.error_label, self.tr("Saisissez d'abord votre phrase de passe."))
            return
        from vault import Unlock

        use_code = self.recovery_box.isChecked()
        vault = self._open(Unlock(recovery_code=secret) if use_code else Unlock(passphrase=secret))
        if vault is None:
            return
        if self.remember_box.isChecked() and self._secret_store is not None and not vault.read_only:
            try:
                vault.remember(self._secret_store)
            except VaultError:
                pass  # the musette is open; remembering can be tried again next time
        self._done(vault)

    def _done(self, vault: Vault) -> None:
        self.secret_edit.clear()
        self.recovery_box.setChecked(False)
        self.error_label.hide()
        self.opened.emit(vault)
