"""After a scripted session, the person's data is nowhere but in the vault and chosen exports."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import FAULT_REPORT

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Xylophone-Confidentiel-4821"

SESSION = """
import os, sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
app = QApplication([])
from musette_desktop.app import configure
configure(app)  # as the real app: its name decides the data folder
from ui import dialogs
from ui.sections import documents_view
from ui.settings import AppSettings
from ui.start_window import StartWindow
from vault.model import Note, Skill
from ui import background


def wait_for_jobs():  # creating runs on a worker: the window answers meanwhile
    background.wait_until(lambda: not background.RUNNING)


marker, source, exports = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
window = StartWindow(AppSettings(), secret_store=None, idle_ms=0)  # the real settings and folders
window.show()
window.welcome_page.create_button.click()
window.create_page.passphrase_edit.setText("une phrase de passe solide")
window.create_page.confirm_edit.setText("une phrase de passe solide")
window.create_page.create_button.click()
wait_for_jobs()
dialogs.ask_save_pdf_path = lambda *a: str(exports / "secours.pdf")
window.recovery_page.save_button.click()
window.recovery_page.noted_box.setChecked(True)
window.recovery_page.continue_button.click()
main = window.main_view
skills = main.show_section("skills")
editor = skills.start_new(Skill)
editor.input("label").setText(marker)
editor.save_button.click()
notes = main.show_section("notes")
editor = notes.start_new(Note)
editor.input("body").setPlainText(marker + " dans une note")
editor.save_button.click()
docs = main.show_section("documents")
docs.add_files([str(source)])
documents_view.confirm_open_outside = lambda *a: True
docs.open_button.click()  # an explicit choice: a readable copy, removed when locking
print("copy outside while open:", sum(1 for _ in docs._outside.iterdir()))
main.focus_search()
main.search_edit.setText(marker[:8])
main.run_search()
window.close()  # closing backs up, then locks
app.processEvents()
print("session done")
"""


def _files_with(root: Path, needle: bytes) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                pass
    return found


def test_markers_appear_only_in_the_exports_the_person_chose(tmp_path: Path) -> None:
    home = tmp_path / "home"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": tmp_path / "run",
        "TMPDIR": tmp_path / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    outside = tmp_path / "outside"
    outside.mkdir()
    source = outside / "bulletin.txt"
    source.write_text(f"Bulletin de salaire {MARKER}", encoding="utf-8")
    exports = tmp_path / "exports"
    exports.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "MUSETTE_"))}
    env.update({k: str(v) for k, v in folders.items()}, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SESSION), MARKER, str(source), str(exports)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "session done" in result.stdout, result.stderr
    assert "copy outside while open: 1" in result.stdout
    vault = next((home / ".local" / "share").rglob("*.musette"))
    searched = [home, tmp_path / "run", tmp_path / "tmp", vault.parent]
    leaks = [p for root in searched for p in _files_with(root, MARKER.encode())]
    leaks += [p for root in searched for p in _files_with(root, MARKER.encode("utf-16-le"))]
    assert leaks == [], leaks
    # The recovery sheet went where the person chose, and only there.
    assert (exports / "secours.pdf").exists()
    names = sorted(p.name for p in vault.parent.iterdir() if p.is_file())
    assert names == [vault.name, vault.name + "-keys"]
    # Closing the app made a backup: encrypted, so no marker in it either.
    assert len(list((vault.parent / "Sauvegardes").glob("*.musette-backup"))) == 1
    searched_files = sum(1 for root in searched for p in root.rglob("*") if p.is_file())
    FAULT_REPORT.append(f"leak scan: {searched_files} files searched, 0 markers found")
