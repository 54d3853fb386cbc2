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

from .. import background, dialogs
from ..background import Job
from ..error_text import explain, refusal
from ..passphrase_fields import show_typed_box

if TYPE_CHECKING:
    from vault import Unlock, Vault

from .common import error_line, heading, page_layout, remember_checkbox, show_error


def open_vault(path: str, unlock: Unlock, remember_in: SecretStore | None) -> Vault:
    """Open the musette (read-only from a medium that cannot be written), and remember it
    on this computer if asked. Runs on a worker: no widget here."""
    from vault import Vault

    try:
        vault = Vault.open(path, unlock)
    except VaultReadOnly:
        if is_writable(Path(path)):
            raise
        vault = Vault.open(path, unlock, read_only=True)
    if remember_in is not None and not vault.read_only:
        try:
            vault.remember(remember_in)
        except VaultError:
            pass  # the musette is open; remembering can be tried again next time
    return vault


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
        self.job: Job | None = None  # the opening under way

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

    def _open(self, unlock: Unlock, *, remember: bool = False) -> Job | None:
        """Open on a worker: the key derivation takes half a second on purpose, and the
        window must keep answering meanwhile. `opened` is emitted when it is done."""
        if self.job is not None:
            return None  # a second Entrée while the first is being opened
        path, store = self._path, self._secret_store
        self._set_busy(True)
        self.job = background.run(
            lambda: open_vault(path, unlock, store if remember else None),
            self,
            self._on_vault_opened,
            self._on_open_failed,
            saying=self.tr("Ouverture de votre musette…"),
        )
        return self.job

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.secret_edit, self.open_button, self.device_button, self.recovery_box):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.hide()

    def _on_vault_opened(self, vault: Vault) -> None:
        self.job = None
        self._set_busy(False)
        self._done(vault)

    def _on_open_failed(self, error: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        show_error(self.error_label, explain(refusal(error)))
        self.secret_edit.setFocus()
        self.secret_edit.selectAll()

    def _on_device_button_clicked(self) -> None:
        from vault import Unlock

        self._open(Unlock(secret_store=self._secret_store))

    def _on_open_clicked(self) -> None:
        secret = self.secret_edit.text()
        if not secret:
            show_error(self.error_label, self.tr("Saisissez d'abord votre phrase de passe."))
            return
        from vault import Unlock

        use_code = self.recovery_box.isChecked()
        self._open(
            Unlock(recovery_code=secret) if use_code else Unlock(passphrase=secret),
            remember=self.remember_box.isChecked() and self._secret_store is not None,
        )

    def _done(self, vault: Vault) -> None:
        self.secret_edit.clear()
        self.recovery_box.setChecked(False)
        self.error_label.hide()
        self.opened.emit(vault)
