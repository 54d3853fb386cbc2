"""A person creates, locks and unlocks their musette in the real window (pytest-qt)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import VaultFiles
from ui.error_text import explain
from ui.fonts import install_app_font
from ui.settings import AppSettings
from ui.start_window import StartWindow
from vault import VaultDamaged, WrongKey
from vault.kdf import cheap_params_for_tests
from vault.model import Skill

ROOT = Path(__file__).resolve().parents[2]


def make_window(qtbot, settings: AppSettings, folder: Path, path: str | None = None) -> StartWindow:
    window = StartWindow(settings, path, default_folder=folder, kdf_params=cheap_params_for_tests())
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_start_welcomes_then_creates_a_musette(qtbot, app_settings, tmp_path: Path) -> None:
    window = make_window(qtbot, app_settings, tmp_path / "Musette")
    assert window.stack.currentWidget() is window.welcome_page

    qtbot.mouseClick(window.welcome_page.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase_edit, "trois mots solides")
    qtbot.keyClicks(page.confirm_edit, "trois mots solides")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.recovery_page
    code_lines = window.recovery_page.code_label.text().splitlines()
    assert len(code_lines) == 4 and len(code_lines[0].split()) == 4
    assert not window.recovery_page.continue_button.isEnabled()
    window.recovery_page.noted_box.setChecked(True)
    qtbot.mouseClick(window.recovery_page.continue_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.opened_page
    created = tmp_path / "Musette" / "ma-musette.musette"
    assert window.vault is not None and window.vault.path == created
    assert app_settings.last_vault == str(created)


def test_a_short_or_mistyped_passphrase_is_explained(qtbot, app_settings, tmp_path: Path) -> None:
    window = make_window(qtbot, app_settings, tmp_path)
    window.welcome_page.create_button.click()
    page = window.create_page
    page.passphrase_edit.setText("court")
    assert "Trop courte" in page.strength_bar.format()
    page.create_button.click()
    assert "trop courte" in page.error_label.text()
    page.passphrase_edit.setText("une phrase assez longue")
    page.confirm_edit.setText("une phrase assez longe")
    page.create_button.click()
    assert "différentes" in page.error_label.text()
    assert list(tmp_path.iterdir()) == [] or not any(tmp_path.glob("*.musette"))


def test_lock_then_unlock_with_the_passphrase(qtbot, app_settings, vault_files: VaultFiles) -> None:
    with vault_files.open() as vault:
        vault.add(Skill(label="Accueil"))
    window = make_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path))
    page = window.unlock_page
    assert window.stack.currentWidget() is page

    page.secret_edit.setText("pas la bonne")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible()
    assert "ne correspond pas" in page.error_label.text()
    assert window.vault is None

    page.secret_edit.setText(vault_files.passphrase)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.opened_page
    assert "Compétences : 1" in window.opened_page.summary_label.text()

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    assert window.stack.currentWidget() is page
    assert sorted(p.name for p in vault_files.path.parent.iterdir()) == [
        "ma.musette",
        "ma.musette-keys",
    ]


def test_unlock_with_the_recovery_code(qtbot, app_settings, vault_files: VaultFiles) -> None:
    window = make_window(qtbot, app_settings, vault_files.path.parent, str(vault_files.path))
    page = window.unlock_page
    page.recovery_box.setChecked(True)
    assert page.secret_label.text() == "Code de secours"
    page.secret_edit.setText(vault_files.recovery_code.lower())
    page.open_button.click()
    assert window.vault is not None
    window.close()
    assert window.vault is None


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
    assert "display" in result.stderr
