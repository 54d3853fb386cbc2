"""A person creates, locks and unlocks their musette in the real window (pytest-qt)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from tests.conftest import VaultFiles
from tests.support.jobs import wait_for_jobs
from tests.ui.conftest import open_window
from ui import dialogs
from ui.error_text import explain
from ui.fonts import install_app_font
from vault import VaultDamaged, WrongKey, keyfile
from vault.model import Skill
from vault.secret_store import NO_BACKEND, MemorySecretStore

ROOT = Path(__file__).resolve().parents[2]


def test_first_start_welcomes_then_creates_a_musette(
    qtbot, app_settings, tmp_path, monkeypatch
) -> None:
    window = open_window(qtbot, app_settings, tmp_path / "Musette")
    assert window.stack.currentWidget() is window.welcome_page

    qtbot.mouseClick(window.welcome_page.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase_edit, "trois mots solides")
    qtbot.keyClicks(page.confirm_edit, "trois mots solides")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_for_jobs()

    recovery = window.recovery_page
    assert window.stack.currentWidget() is recovery
    code_lines = recovery.code_label.text().splitlines()
    assert len(code_lines) == 4 and len(code_lines[0].split()) == 4

    # The recovery sheet is a real PDF holding the code.
    sheet = tmp_path / "secours.pdf"
    monkeypatch.setattr(dialogs, "ask_save_pdf_path", lambda *_: str(sheet))
    recovery.save_button.click()
    text = pdfium.PdfDocument(sheet.read_bytes())[0].get_textpage().get_text_range()
    assert code_lines[0].split()[0] in text and "Feuille de secours" in text

    assert not recovery.continue_button.isEnabled()
    recovery.noted_box.setChecked(True)
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    assert recovery.code_label.text() == ""

    assert window.main_view is not None
    assert window.stack.currentWidget() is window.main_view
    created = tmp_path / "Musette" / "ma-musette.musette"
    assert window.service is not None and window.service.path == created
    assert app_settings.last_vault == str(created)


def test_a_short_or_mistyped_passphrase_is_explained(qtbot, app_settings, tmp_path: Path) -> None:
    window = open_window(qtbot, app_settings, tmp_path)
    window.welcome_page.create_button.click()
    page = window.create_page
    page.passphrase_edit.setText("court")
    assert "Trop courte" in page.strength_bar.format()
    # What is typed can be shown, to check it, and hidden again.
    show = next(b for b in page.findChildren(QCheckBox) if "Afficher" in b.text())
    show.setChecked(True)
    assert page.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert page.confirm_edit.echoMode() == QLineEdit.EchoMode.Normal
    show.setChecked(False)
    assert page.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    page.create_button.click()
    wait_for_jobs()
    assert "trop courte" in page.error_label.text()
    page.passphrase_edit.setText("une phrase assez longue")
    page.confirm_edit.setText("une phrase assez longe")
    page.create_button.click()
    wait_for_jobs()
    assert "différentes" in page.error_label.text()
    assert not any(tmp_path.glob("*.musette"))


def test_unlock_wrong_then_right_then_lock_by_shortcut(
    qtbot, app_settings, vault_files: VaultFiles
) -> None:
    with vault_files.open() as vault:
        vault.records.add(Skill(label="Accueil"))
    window = open_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path))
    page = window.unlock_page
    assert window.stack.currentWidget() is page

    page.secret_edit.setText("pas la bonne")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    wait_for_jobs()
    assert page.error_label.isVisible()
    assert "ne correspond pas" in page.error_label.text()
    assert window.service is None

    page.secret_edit.setText(vault_files.passphrase)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    wait_for_jobs()
    assert window.main_view is not None

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None and window.main_view is None
    assert window.stack.currentWidget() is page
    assert sorted(p.name for p in vault_files.path.parent.iterdir()) == [
        "ma.musette",
        "ma.musette-keys",
    ]


def test_unlock_with_the_recovery_code(qtbot, app_settings, vault_files: VaultFiles) -> None:
    window = open_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path))
    page = window.unlock_page
    page.recovery_box.setChecked(True)
    assert page.secret_label.text() == "Code de secours"
    page.secret_edit.setText(vault_files.recovery_code.lower())
    page.open_button.click()
    wait_for_jobs()
    assert window.service is not None
    window.close()
    assert window.service is None


def test_remember_on_this_computer_then_forget(
    qtbot, app_settings, vault_files, monkeypatch
) -> None:
    store = MemorySecretStore()
    window = open_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path), store)
    page = window.unlock_page
    assert not page.device_button.isVisibleTo(window)
    page.remember_box.setChecked(True)
    page.secret_edit.setText(vault_files.passphrase)
    page.open_button.click()
    wait_for_jobs()
    assert window.service is not None and len(store.secrets) == 1
    window.lock()
    assert page.device_button.isVisibleTo(window)
    page.device_button.click()
    wait_for_jobs()
    assert window.service is not None

    monkeypatch.setattr("ui.start_window.confirm_forget", lambda _parent: True)
    window.forget_action.trigger()
    assert store.secrets == {}
    assert keyfile.load(vault_files.key_path).slot(keyfile.DEVICE_SLOT) is None


def test_remember_is_unavailable_without_a_safe_keyring(qtbot, app_settings, vault_files) -> None:
    store = MemorySecretStore(unavailable=NO_BACKEND)
    window = open_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path), store)
    box = window.unlock_page.remember_box
    box.setChecked(True)  # the person asks; the keyring says no
    assert not box.isChecked() and not box.isEnabled()
    assert "trousseau" in box.toolTip()


def test_idle_time_locks_the_musette(qtbot, app_settings, vault_files: VaultFiles) -> None:
    window = open_window(
        qtbot, app_settings, vault_files.path.parent, str(vault_files.path), idle_ms=300
    )
    window.unlock_page.secret_edit.setText(vault_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    assert window.service is not None
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_page


def test_errors_are_explained_in_plain_words() -> None:
    assert "code de secours" in explain(WrongKey())
    damaged = explain(VaultDamaged("x"))
    assert "sauvegarde" in damaged and "phrase de passe est bonne" in damaged
    for text in (explain(WrongKey()), damaged):
        assert "SQLCipher" not in text and "Traceback" not in text


def test_the_app_font_is_atkinson_hyperlegible(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size_before = app.font().pointSizeF()
    assert install_app_font(app) == "Atkinson Hyperlegible"
    assert app.font().family() == "Atkinson Hyperlegible"
    assert app.font().pointSizeF() >= size_before


def test_without_a_display_musette_says_so_in_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "musette_desktop"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "DISPLAY" in result.stderr


def test_remember_me_at_creation_opens_next_time_without_the_passphrase(
    qtbot, app_settings, tmp_path: Path
) -> None:
    store = MemorySecretStore()
    window = open_window(qtbot, app_settings, tmp_path, store=store)
    window.welcome_page.create_button.click()
    page = window.create_page
    page.passphrase_edit.setText("trois mots solides")
    page.confirm_edit.setText("trois mots solides")
    page.remember_box.setChecked(True)
    page.create_button.click()
    wait_for_jobs()
    assert len(store.secrets) == 1
    window.recovery_page.noted_box.setChecked(True)
    window.recovery_page.continue_button.click()
    window.lock()
    assert window.unlock_page.device_button.isVisibleTo(window)
    window.unlock_page.device_button.click()
    wait_for_jobs()
    assert window.service is not None


def test_a_musette_file_given_alone_goes_to_the_app() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "musette_desktop", "/tmp/ma.musette"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "DISPLAY" in result.stderr  # the app path, not the CLI's


def test_the_first_window_needs_no_database_driver_crypto_pdf_or_icons(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from musette_desktop.app import configure\n"
        "configure(app)\n"
        "from ui.settings import AppSettings\n"
        "from ui.start_window import StartWindow\n"
        "window = StartWindow(AppSettings())\n"
        "window.show()\n"
        "heavy = ('sqlcipher3', 'cryptography', 'reportlab', 'qtawesome', 'keyring', 'pypdfium2')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr
