"""Slow work (key derivation, opening, backups, exports) off the GUI thread, one pattern for all.

The window keeps answering while the work runs: a `Job` runs one function on a
worker thread and reports back on the GUI thread, where widgets may be touched.
After 300 ms a progress dialog says what is happening (sooner would only flash).
None of this work can be stopped halfway (a key derivation, a verified copy): the
dialog has no Annuler, and locking waits for it (see RUNNING).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 300


class _Worker(QThread):
    finished_with = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        from .quiet_collector import working

        with working():
            try:
                result = self._work()
            except BaseException as exc:  # a thread reports, never dies silently
                self.finished_with.emit(None, exc)
            else:
                self.finished_with.emit(result, None)


class Job(QObject):
    """One function run on a worker; `done(result)` or `failed(exception)` on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        work: Callable[[], Any],
        parent: QWidget,
        *,
        saying: str = "",
        quiet: bool = False,
    ) -> None:
        """`saying`: what the progress dialog says after 300 ms ("" for none); `quiet`: work
        the person did not ask for (a sync every few minutes) shows no busy cursor either."""
        super().__init__()  # kept alive by RUNNING, not by a widget that may close first
        self._parent = parent
        self._saying = saying
        self._worker = _Worker(work)
        self._worker.finished_with.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_progress)
        self.running = False
        self._quiet = quiet

    def start(self) -> Job:
        self.running = True
        RUNNING.add(self)
        if not self._quiet:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        if self._saying:
            self._timer.start()
        self._worker.start()
        return self

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Wait for the end, letting the GUI events run (tests; quitting)."""
        return wait_until(lambda: not self.running, timeout_ms)

    def _show_progress(self) -> None:
        if not self.running or not shiboken6.isValid(self._parent):
            return
        dialog = QProgressDialog(self._saying, "", 0, 0, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("background", "Un instant…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setCancelButton(None)  # nothing here can stop cleanly halfway
        dialog.setAccessibleName(self._saying)
        dialog.show()
        self._dialog = dialog

    def _finish(self, result: object, error: object) -> None:
        self._timer.stop()
        self._worker.wait()
        self.running = False
        RUNNING.discard(self)
        if not self._quiet:
            QApplication.restoreOverrideCursor()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
            if shiboken6.isValid(self._parent) and self._parent.isVisible():
                # The keyboard goes back to the window the work was for, not to nowhere.
                self._parent.window().activateWindow()
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)


# Jobs under way, so that locking or quitting can wait for them (a key derivation
# cannot be stopped halfway, but it is never left running into a closed vault).
RUNNING: set[Job] = set()


def run(
    work: Callable[[], Any],
    parent: QWidget,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    saying: str = "",
    quiet: bool = False,
) -> Job:
    """Start `work` on a worker; `on_done` or `on_failed` run on the GUI thread afterwards."""
    job = Job(work, parent, saying=saying, quiet=quiet)
    job.done.connect(on_done)
    job.failed.connect(on_failed)
    return job.start()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> bool:
    """Run the GUI event loop until `condition()` holds (checked every 5 ms) or time is up.

    A local QEventLoop, not a loop of QCoreApplication.processEvents(): it sleeps between
    checks instead of spinning (and PySide6 6.12.0, excluded in pyproject.toml, dropped a
    reference to None on each of those calls until the interpreter aborted).
    """
    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(timeout_ms)
    loop.exec()
    poll.stop()
    deadline.stop()
    return condition()
