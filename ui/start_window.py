"""The app's window: welcome, create, unlock, and the open musette until it is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from vault import Created, Vault
from vault.kdf import KdfParams

from .pages.create_page import CreatePage
from .pages.opened_page import OpenedPage
from .pages.recovery_page import RecoveryPage
from .pages.unlock_page import UnlockPage
from .pages.welcome_page import WelcomePage
from .settings import AppSettings, default_vault_folder


class StartWindow(QMainWindow):
    """Owns the open vault, if any; locking closes it and returns to the unlock page."""

    def __init__(
        self,
        settings: AppSettings,
        vault_path: str | None = None,
        *,
        default_folder: Path | None = None,
        kdf_params: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Musette"))
        self.resize(820, 560)
        self._settings = settings
        self.vault: Vault | None = None

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome_page = WelcomePage()
        self.create_page = CreatePage(default_folder or default_vault_folder(), kdf_params)
        self.recovery_page = RecoveryPage()
        self.unlock_page = UnlockPage()
        self.opened_page = OpenedPage()
        for page in (
            self.welcome_page,
            self.create_page,
            self.recovery_page,
            self.unlock_page,
            self.opened_page,
        ):
            self.stack.addWidget(page)

        self.welcome_page.create_requested.connect(self._show_create)
        self.welcome_page.open_requested.connect(self._show_unlock_other)
        self.create_page.back_requested.connect(self._show_start)
        self.create_page.created.connect(self._on_create_page_created)
        self.recovery_page.confirmed.connect(self._on_recovery_page_confirmed)
        self.unlock_page.opened.connect(self._on_unlock_page_opened)
        self.unlock_page.create_requested.connect(self._show_create)
        self.opened_page.lock_requested.connect(self.lock)
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)

        path = vault_path or settings.last_vault
        if path:
            self._show_unlock(path)
        else:
            self._show_start()

    def _show_start(self) -> None:
        self.stack.setCurrentWidget(self.welcome_page)

    def _show_create(self) -> None:
        self.stack.setCurrentWidget(self.create_page)

    def _show_unlock(self, path: str) -> None:
        self.unlock_page.set_path(path)
        self.stack.setCurrentWidget(self.unlock_page)

    def _show_unlock_other(self) -> None:
        self._show_unlock(self._settings.last_vault)
        self.unlock_page._on_other_clicked()

    def _on_create_page_created(self, created: Created) -> None:
        self._set_vault(created.vault)
        self.recovery_page.show_code(created.recovery_code)
        self.stack.setCurrentWidget(self.recovery_page)

    def _on_recovery_page_confirmed(self) -> None:
        self._show_opened()

    def _on_unlock_page_opened(self, vault: Vault) -> None:
        self._set_vault(vault)
        self._show_opened()

    def _set_vault(self, vault: Vault) -> None:
        self.vault = vault
        self._settings.last_vault = str(vault.path)

    def _show_opened(self) -> None:
        assert self.vault is not None
        self.opened_page.show_vault(self.vault)
        self.stack.setCurrentWidget(self.opened_page)
        self.opened_page.lock_button.setFocus()

    def lock(self) -> None:
        """Close the vault; only its two files stay on disk."""
        if self.vault is None:
            return
        path = str(self.vault.path)
        self.vault.close()
        self.vault = None
        self._show_unlock(path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.lock()
        super().closeEvent(event)
