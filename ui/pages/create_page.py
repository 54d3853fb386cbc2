"""Creating a musette: where the file goes, and the passphrase twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from vault import Created, Vault, VaultError
from vault.kdf import KdfParams
from vault.secret_store import SecretStore

from .. import background, dialogs, passphrase_strength
from ..background import Job
from ..error_text import explain, refusal
from ..passphrase_fields import StrengthBar, show_typed_box
from .common import error_line, heading, page_layout, paragraph, remember_checkbox, show_error


class CreatePage(QWidget):
    """Asks where and with which passphrase, then creates the vault."""

    created = Signal(object)  # Created
    back_requested = Signal()

    def __init__(
        self,
        default_folder: Path,
        kdf_params: KdfParams | None = None,
        secret_store: SecretStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._secret_store = secret_store
        self._kdf_params = kdf_params  # None: calibrated on this machine (the app's only choice)
        self.job: Job | None = None  # the creation under way
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Créer ma musette")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Choisissez une phrase de passe facile à retenir pour vous, "
                    "difficile à deviner pour les autres : plusieurs mots, au moins 12 caractères. "
                    "Elle ne quitte jamais cet ordinateur."
                )
            )
        )
        form = QFormLayout()
        self.path_edit = QLineEdit(str(default_folder / "ma-musette.musette"))
        self.path_edit.setAccessibleName(self.tr("Emplacement du fichier"))
        choose = QPushButton(self.tr("Choisir…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Emplacement"), row)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Phrase de passe"))
        form.addRow(self.tr("Phrase de passe"), self.passphrase_edit)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Phrase de passe, encore une fois"))
        form.addRow(self.tr("Encore une fois"), self.confirm_edit)
        form.addRow("", show_typed_box(self.passphrase_edit, self.confirm_edit))
        self.strength_bar = StrengthBar(self.passphrase_edit)
        form.addRow(self.tr("Solidité"), self.strength_bar)
        layout.addLayout(form)
        self.remember_box = remember_checkbox(self, secret_store)
        layout.addWidget(self.remember_box)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Retour"))
        self.create_button = QPushButton(self.tr("Créer ma musette"))
        self.create_button.setDefault(True)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)

        choose.clicked.connect(self._on_choose_clicked)
        back.clicked.connect(self.back_requested)
        self.create_button.clicked.connect(self._on_create_clicked)

    def _on_choose_clicked(self) -> None:
        path = dialogs.ask_save_path(
            self, self.tr("Où garder votre musette ?"), self.path_edit.text()
        )
        if path:
            self.path_edit.setText(path if path.endswith(".musette") else path + ".musette")

    def _on_create_clicked(self) -> None:
        passphrase = self.passphrase_edit.text()
        if passphrase_strength.level(passphrase) == 0:
            show_error(
                self.error_label,
                self.tr(
                    "Cette phrase de passe est trop courte. Utilisez au moins 12 caractères, "
                    "par exemple trois ou quatre mots."
                ),
            )
            return
        if passphrase != self.confirm_edit.text():
            show_error(
                self.error_label,
                self.tr("Les deux phrases de passe sont différentes. Saisissez-les à nouveau."),
            )
            return
        if self.job is not None:
            return  # already being created
        path = Path(self.path_edit.text()).expanduser()
        store = self._secret_store if self.remember_box.isChecked() else None
        params = self._kdf_params
        self._set_busy(True)
        # Calibrating and deriving the key take about a second: on a worker, so the
        # window keeps answering.
        self.job = background.run(
            lambda: create_vault(path, passphrase, params, store),
            self,
            self._on_created,
            self._on_create_failed,
            saying=self.tr("Création de votre musette…"),
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase_edit, self.confirm_edit, self.create_button):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.hide()

    def _on_created(self, created: Created) -> None:
        self.job = None
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.created.emit(created)

    def _on_create_failed(self, error: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        show_error(self.error_label, explain(refusal(error)))


def create_vault(
    path: Path, passphrase: str, params: KdfParams | None, remember_in: SecretStore | None
) -> Created:
    """Create the musette, and remember it on this computer if asked (runs on a worker)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    created = Vault.create(path, passphrase, kdf_params=params)
    if remember_in is not None:
        try:
            created.vault.remember(remember_in)
        except VaultError:
            pass  # the passphrase still opens it; the unlock page offers "remember" again
    return created
