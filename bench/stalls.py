"""How long the window stops answering: a watchdog on the GUI event loop, during the real
gestures of a person (create, unlock, open each section, search, export, back up, lock).

A 1 ms timer ticks on the GUI thread while a scenario runs from the event loop; the
longest gap between two ticks is the longest time the window could not answer a click
or repaint. Work done on a worker does not stall it; work done on the GUI thread does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer

TICK_MS = 1


def stall_ms(
    action: Callable[[], object], done: Callable[[], bool], timeout_s: float = 300
) -> float:
    """Start `action` from the event loop, run it until `done()`; the longest stall, in ms."""
    loop = QEventLoop()
    longest = 0.0
    last = time.perf_counter()

    def tick() -> None:
        nonlocal longest, last
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
        if done():
            loop.quit()

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)

    def begin() -> None:
        nonlocal last
        last = time.perf_counter()
        action()

    QTimer.singleShot(0, begin)
    ticker.start()
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    ticker.stop()
    if not done():
        raise TimeoutError("the scenario never ended")
    return max(0.0, longest * 1000 - TICK_MS)


def scenarios(folder: Path, fill: Callable[[Path, str], None]) -> dict[str, float]:
    """Each gesture's longest stall (ms) on a musette that `fill(path, hex_key)` loads."""
    from PySide6.QtWidgets import QApplication

    from musette_desktop.app import configure
    from ui import background, dialogs
    from ui.sections.index import SECTION_KEYS
    from ui.settings import AppSettings
    from ui.start_window import StartWindow
    from vault.secret_store import MemorySecretStore

    app = QApplication.instance() or QApplication([])
    configure(app)  # as the app: its font, its interpreter switching
    dialogs.ask_leave_wizard = lambda *_args: "discard"
    settings = AppSettings(
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), data_folder=folder
    )
    store = MemorySecretStore()
    # kdf_params=None: calibrated on this machine, as for a person.
    window = StartWindow(
        settings, default_folder=folder, kdf_params=None, secret_store=store, idle_ms=0
    )
    window.resize(1280, 800)
    window.show()
    from ui import warm_up

    warm_up.start()  # as the app does once its first window is up
    warm_up.finished.wait(30)  # a person takes longer than this to type a passphrase
    from ui import icons

    icons.preload()
    idle = lambda: not background.RUNNING  # noqa: E731
    found: dict[str, float] = {}

    def create() -> None:
        window.welcome_page.create_button.click()
        window.create_page.passphrase_edit.setText("cheval agrafe batterie")
        window.create_page.confirm_edit.setText("cheval agrafe batterie")
        window.create_page.remember_box.setChecked(True)
        window.create_page.create_button.click()

    found["create a musette (with calibration)"] = stall_ms(
        create, lambda: window.stack.currentWidget() is window._recovery_page and idle()
    )
    path = Path(window.service.path)
    hex_key = window.recovery_page._hex  # noqa: SLF001 (the bench fills the vault directly)
    window.recovery_page.noted_box.setChecked(True)
    window.recovery_page.continue_button.click()
    window.lock()
    fill(path, hex_key)

    def unlock_by_passphrase() -> None:
        window.unlock_page.secret_edit.setText("cheval agrafe batterie")
        window.unlock_page.open_button.click()

    found["unlock by passphrase"] = stall_ms(
        unlock_by_passphrase, lambda: window.main_view is not None and idle()
    )
    found["lock"] = stall_ms(window.lock, lambda: window.main_view is None)
    found["unlock by this computer (device key)"] = stall_ms(
        window.unlock_page.device_button.click, lambda: window.main_view is not None and idle()
    )
    main = window.main_view
    found["open every section"] = max(
        stall_ms(lambda key=key: main.show_section(key), lambda: True) for key in SECTION_KEYS
    )
    typed = ["g", "ge", "ges", "gest", "gesti", "gestio", "gestion"]
    found["search as you type"] = max(
        stall_ms(
            lambda text=text: (main.search_edit.setText(text), main.run_search()), lambda: True
        )
        for text in typed
    )
    main.search_edit.clear()
    share = main.show_section("share")
    saved = folder / "cv.pdf"
    dialogs.ask_save_any = lambda *_args: str(saved)

    def export_cv() -> None:
        share.preview("cv")

    found["export the CV (build and preview)"] = stall_ms(
        export_cv, lambda: share.preview_dialog is not None and share.preview_dialog.isVisible()
    )
    found["save the CV"] = stall_ms(
        share.preview_dialog.save_button.click, lambda: saved.exists() and idle()
    )
    found["back up"] = stall_ms(window.back_up_now, idle)
    found["lock with every section open"] = stall_ms(window.lock, lambda: window.main_view is None)
    window.close()
    app.processEvents()
    return found
