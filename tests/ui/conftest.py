"""Fixtures for the screens: settings in a scratch file, never the person's own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import VaultFiles
from tests.support.jobs import wait_for_jobs
from ui.i18n import apply_language
from ui.sections.index import BY_KEY
from ui.settings import AppSettings
from ui.start_window import StartWindow
from ui.vault_service import VaultService
from vault.kdf import cheap_params_for_tests
from vault.secret_store import MemorySecretStore


@pytest.fixture
def secret_store() -> MemorySecretStore:
    return MemorySecretStore()


def open_window(
    qtbot,
    settings: AppSettings,
    folder: Path,
    path: str | None = None,
    store: MemorySecretStore | None = None,
    idle_ms: int = 0,
) -> StartWindow:
    window = StartWindow(
        settings,
        path,
        default_folder=folder,
        kdf_params=cheap_params_for_tests(),
        secret_store=store,
        idle_ms=idle_ms,
    )
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def unlocked(qtbot, app_settings: AppSettings, demo_files: VaultFiles) -> StartWindow:
    """The app open on the demo career."""
    window = open_window(qtbot, app_settings, demo_files.path.parent, str(demo_files.path))
    window.unlock_page.secret_edit.setText(demo_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    assert window.main_view is not None
    return window


W = TypeVar("W", bound=QWidget)


@dataclass
class Views:
    """The demo career behind the screens' one door (a VaultService), with no window around it.

    A test builds the one section, wizard or dialog it is about on `service`;
    only a few end-to-end tests go through the start window and its unlocking.
    """

    service: VaultService
    qtbot: QtBot

    def show(self, widget: W) -> W:
        self.qtbot.addWidget(widget)
        widget.show()
        return widget

    def section(self, key: str) -> QWidget:
        """One section's view, as the navigation builds it (ui/sections/index.py)."""
        return self.show(BY_KEY[key].build(self.service))


@pytest.fixture
def views(qtbot: QtBot, demo_files: VaultFiles) -> Iterator[Views]:
    apply_language("fr")  # as the start window does: French words, French numbers and dates
    service = VaultService(demo_files.open())
    yield Views(service, qtbot)
    service.close()


@pytest.fixture(autouse=True)
def _unsaved_edits_are_discarded_unless_a_test_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window over an unsaved edit asks; at a test's end nobody is there to answer."""
    from ui import dialogs

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *args: "discard")
    monkeypatch.setattr(dialogs, "ask_leave_wizard", lambda *args: "discard")


@pytest.fixture(autouse=True)
def _windows_really_go(qapp: QApplication) -> Iterator[None]:
    """After each test, the windows it left are deleted, not just closed.

    pytest-qt closes them and asks Qt to delete them later, but "later" only
    comes with an event loop: without this, every window of every earlier test
    stayed alive, with its idle-lock event filter on the application, and each
    test ran slower than the one before.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
