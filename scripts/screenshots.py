"""Render each page of the start window to PNG files, for a person to look at.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.fonts import install_app_font
from ui.settings import AppSettings
from ui.start_window import StartWindow
from vault import demo
from vault.kdf import cheap_params_for_tests


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="text size factor, e.g. 2")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    install_app_font(app)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    scratch = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = StartWindow(settings, default_folder=scratch, kdf_params=cheap_params_for_tests())
    window.resize(int(820 * max(1.0, args.scale * 0.8)), int(560 * max(1.0, args.scale * 0.8)))
    window.show()

    def shoot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(args.out / f"{name}.png"))

    shoot("1-welcome")
    window.welcome_page.create_button.click()
    window.create_page.passphrase_edit.setText("cheval agrafe")
    shoot("2-create")
    window.create_page.confirm_edit.setText("cheval agrafe")
    window.create_page.create_button.click()
    shoot("3-recovery-code")
    window.recovery_page.noted_box.setChecked(True)
    window.recovery_page.continue_button.click()
    assert window.vault is not None
    demo.fill(window.vault)
    window.opened_page.show_vault(window.vault)
    shoot("4-opened")
    window.lock()
    window.unlock_page.secret_edit.setText("pas la bonne")
    window.unlock_page.open_button.click()
    shoot("5-unlock-error")
    window.close()


if __name__ == "__main__":
    main()
