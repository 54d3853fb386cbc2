"""How long the window stops answering: a watchdog on the GUI event loop, during the real
gestures of a person (create, unlock, open each section, search, import, export, print,
back up, change the passphrase and the key, lock, idle-lock).

A 1 ms timer ticks on the GUI thread while a scenario runs from the event loop; the
longest gap between two ticks is the longest time the window could not answer a click
or repaint. Work done on a worker does not stall it; work done on the GUI thread does.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt, QTimer

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
    watching = _Watch(lambda: last) if os.environ.get("MUSETTE_BENCH_DETAIL") else None
    loop.exec()
    ticker.stop()
    if watching is not None:
        watching.report()
    if not done():
        raise TimeoutError("the scenario never ended")
    return max(0.0, longest * 1000 - TICK_MS)


class _Watch:
    """MUSETTE_BENCH_DETAIL: what every thread was doing when the window missed 50 ms."""

    def __init__(self, last_tick: Callable[[], float]) -> None:
        import threading

        self._last_tick = last_tick
        self._stop = threading.Event()
        self.seen: list[str] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import sys
        import traceback

        caught = 0.0
        while not self._stop.wait(0.01):
            since = self._last_tick()
            if (
                time.perf_counter() - since > float(os.environ.get("MUSETTE_BENCH_GAP", "0.05"))
                and since != caught
            ):
                caught = since
                stacks = []
                for ident, frame in sys._current_frames().items():
                    lines = traceback.format_stack(frame)[-4:]
                    stacks.append(f"  thread {ident}:\n" + "".join(lines))
                self.seen.append("\n".join(stacks))

    def report(self) -> None:
        self._stop.set()
        self._thread.join()
        for n, seen in enumerate(self.seen[:12]):
            print(f"--- stall {n + 1}:\n{seen}")


def _import(window: Any, folder: Path, idle: Callable[[], bool]) -> float:
    """A 2 000-entry JSON Resume: read and compared, then written; the longer stall."""
    import json

    from tests.support.archives import big_resume

    resume = folder / "cv-2000.json"
    resume.write_text(json.dumps(big_resume(2_000), ensure_ascii=False), "utf-8")
    importer = window.show_import()
    reading = stall_ms(
        lambda: importer.load("json-resume", resume),
        lambda: importer.stack.currentIndex() == 1 and idle(),
    )
    writing = stall_ms(importer.import_button.click, lambda: not importer.isVisible() and idle())
    if os.environ.get("MUSETTE_BENCH_DETAIL"):
        print(f"import: reading {reading:.0f} ms, writing {writing:.0f} ms")
    return max(reading, writing)


def _key_dialog(window: Any, *, rotate: bool) -> Any:
    """The key-change dialog, filled and accepted as a person would."""
    from ui.rotate_key_dialog import RotateKeyDialog

    dialog = RotateKeyDialog(window, choose=True)
    dialog.rotate_box.setChecked(rotate)
    dialog.passphrase_edit.setText("une autre phrase de passe")
    dialog.confirm_edit.setText("une autre phrase de passe")
    dialog.exec = lambda: RotateKeyDialog.DialogCode.Accepted
    return dialog


def scenarios(folder: Path, fill: Callable[[Path, str], None], size: int = 0) -> dict[str, float]:
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
    opened = {
        key: stall_ms(lambda key=key: main.show_section(key), lambda: True) for key in SECTION_KEYS
    }
    found["open every section"] = max(opened.values())
    if os.environ.get("MUSETTE_BENCH_DETAIL"):
        print({key: round(ms) for key, ms in opened.items()})
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

    if size > 10_000:
        # At 100 000 items the CV runs to some 2 000 pages built in the child: the window
        # is watched until the preview shows, or for 30 s, after which the person cancels.
        began = time.perf_counter()

        def shown_or_late() -> bool:
            shown = share.preview_dialog is not None and share.preview_dialog.isVisible()
            return shown or time.perf_counter() - began > 30

        found["export the CV (2 000 pages: to the preview, or 30 s then Annuler)"] = stall_ms(
            export_cv, shown_or_late
        )
        if share.preview_dialog is None:
            worker = share._worker  # noqa: SLF001 (the progress dialog's Annuler)
            assert worker is not None and worker.isRunning(), share.share_error.text()
            worker.cancel()
            background.wait_until(lambda: worker.isFinished(), 30_000)
            assert share.preview_dialog is None
        else:
            share.preview_dialog.reject()
    else:
        try:
            found["export the CV (build and preview)"] = stall_ms(
                export_cv,
                lambda: share.preview_dialog is not None and share.preview_dialog.isVisible(),
            )
        except TimeoutError:
            said = share.share_error.text()
            raise TimeoutError(f"no preview; the window says: {said!r}") from None
        found["save the CV"] = stall_ms(
            share.preview_dialog.save_button.click, lambda: saved.exists() and idle()
        )
    # Printing is measured up to 10 000 items (at 100 000: see the CV above).
    if size <= 10_000:
        printed = folder / "papier.pdf"

        def to_file(_parent: object, printer: Any) -> bool:
            from PySide6.QtPrintSupport import QPrinter

            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            return True

        dialogs.ask_printer = to_file
        stall_ms(export_cv, lambda: share.preview_dialog is not None and idle())
        found["print the CV to a file"] = stall_ms(
            share.preview_dialog.print_button.click, lambda: printed.exists() and idle()
        )
        # On paper the pages go as images (drawn here into a PDF that stands for the paper).
        from ui.export_preview import draw_pages
        from ui.sections import share_view

        printed.unlink()
        share_view.print_pages = draw_pages
        stall_ms(export_cv, lambda: share.preview_dialog is not None and idle())
        found["print the CV on paper (pages drawn as images)"] = stall_ms(
            share.preview_dialog.print_button.click, lambda: printed.exists() and idle()
        )
    found["import 2 000 records (read, compare, write)"] = _import(window, folder, idle)
    found["back up"] = stall_ms(window.back_up_now, idle)
    found["lock with every section open"] = stall_ms(window.lock, lambda: window.main_view is None)
    window.unlock_page.device_button.click()
    background.wait_until(lambda: window.main_view is not None and idle())
    found["change the passphrase"] = stall_ms(
        lambda: window.change_passphrase(_key_dialog(window, rotate=False)), idle
    )
    found["rotate the key (re-encrypt everything)"] = stall_ms(
        lambda: window.change_passphrase(_key_dialog(window, rotate=True)),
        lambda: window.stack.currentWidget() is window.recovery_page and idle(),
    )
    window.recovery_page.noted_box.setChecked(True)
    window.recovery_page.continue_button.click()
    background.wait_until(lambda: window.main_view is not None and idle())
    for key in SECTION_KEYS:
        window.main_view.show_section(key)

    def idle_lock() -> None:
        window.idle_lock.set_delay(20)  # a quiet spell, made short
        window.idle_lock.start()

    found["idle-lock with every section open"] = stall_ms(
        idle_lock, lambda: window.main_view is None
    )
    # Gone the way the app goes: workers finished, then the window deleted by Qt.
    background.wait_until(idle)
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found
