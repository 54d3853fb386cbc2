"""The desktop locking its screen locks the musette (a real D-Bus session bus).

Run by `make test-keyring`, inside the private D-Bus session it starts.
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection

from tests.conftest import VaultFiles
from tests.support.jobs import wait_for_jobs
from tests.ui.conftest import open_window
from ui.screen_lock import ScreenLockWatcher

pytestmark = pytest.mark.secret_service  # needs the D-Bus session of that run


def _send(*args: str) -> None:
    subprocess.run(["dbus-send", "--session", "--type=signal", *args], check=True)


@pytest.mark.parametrize(
    "signal",
    [
        (
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"),
        ("/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session.Lock"),
    ],
)
def test_a_screen_lock_signal_locks_the_musette(
    qtbot, app_settings, vault_files: VaultFiles, signal
) -> None:
    window = open_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path))
    window.screen_lock.deleteLater()
    window.screen_lock = ScreenLockWatcher([QDBusConnection.sessionBus()], window)
    window.screen_lock.screen_locked.connect(window.lock)
    assert window.screen_lock.listening
    window.unlock_page.secret_edit.setText(vault_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    assert window.service is not None
    _send(*signal)
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)


def test_the_screen_saver_ending_does_not_lock(
    qtbot, app_settings, vault_files: VaultFiles
) -> None:
    window = open_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path))
    watcher = ScreenLockWatcher([QDBusConnection.sessionBus()], window)
    hits: list[bool] = []
    watcher.screen_locked.connect(lambda: hits.append(True))
    _send(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false"
    )
    qtbot.wait(500)
    assert hits == []
