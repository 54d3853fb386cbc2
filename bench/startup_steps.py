"""Where the start-up time goes: the app's own start (musette_desktop/app.py), step by step.

Run as a fresh process, like the app: each step's milliseconds go to stdout as JSON,
from the moment the interpreter starts running this file. The steps a bare
QMainWindow process also takes come first, so that the rest is what Musette adds.
"""

from __future__ import annotations

import json
import sys
import time

START = time.perf_counter()
steps: dict[str, float] = {}
last = START


def step(name: str) -> None:
    global last
    now = time.perf_counter()
    steps[name] = (now - last) * 1000
    last = now


def main() -> None:
    from PySide6.QtWidgets import QApplication  # noqa: E402

    step("import PySide6.QtWidgets (a bare window pays it too)")
    from musette_desktop.hardening import harden

    harden()
    step("harden the process (no core dumps, no ptrace)")
    from PySide6.QtCore import Qt  # noqa: F401  (the Qt namespace's enums, built on first use)

    step("Qt's enums (Qt.AlignmentFlag…), made Python enums on first import")
    from ui import outside
    from ui.settings import AppSettings
    from vault.secret_store import KeyringSecretStore

    step("Musette's modules before the window (settings, secret store, vault errors)")
    from ui.start_window import StartWindow

    step("the start window's modules (pages, background jobs, idle lock, theme)")
    outside.sweep()
    app = QApplication(sys.argv[:1])
    step("QApplication (a bare window pays it too)")
    from musette_desktop.app import configure

    configure(app)
    step("configure: names, the bundled font (Atkinson Hyperlegible) registered")
    settings = AppSettings()
    step("settings read")
    window = StartWindow(settings, None, secret_store=KeyringSecretStore())
    step("the start window built (welcome, create, unlock pages)")
    window.show()
    app.processEvents()
    step("shown and painted once (a bare, empty window: about 20 ms of it)")
    print(json.dumps(steps))


if __name__ == "__main__":
    main()
