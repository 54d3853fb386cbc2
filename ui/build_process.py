"""Documents (CVs, portfolios, briefs) are built in one child process, not on a thread.

reportlab is pure Python: on a thread of the app it holds the interpreter lock, and every
click, repaint or list row the window draws in Python waits for it (a 10 000-skill
portfolio froze the window for seconds). The child gets plain records through a pipe,
nothing on disk, and is stopped when the musette is locked, so no personal data
outlives the session in it. The worker threads of the app call `build`, which waits
for the child without holding the lock.
"""

from __future__ import annotations

import multiprocessing
import shutil
import sys
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures import TimeoutError as Pending
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from exporters import build_child
from exporters.career import Career
from exporters.registry import WRITERS
from exporters.share import ShareChoice
from exporters.writers.progress import ExportCancelled

_POLL_S = 0.05


class _Builder:
    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._progress: Any = None
        self._cancel: Any = None
        self._one_at_a_time = threading.Lock()  # one child, one document at a time
        self._pool_lock = threading.Lock()
        self._locked = False  # after a lock, no worker may start a child again

    def _ready(self) -> ProcessPoolExecutor:
        with self._pool_lock:
            if self._locked:
                # A worker still running when the musette was locked: its records stay here.
                raise ExportCancelled()
            if self._pool is None:
                # "spawn": a fresh interpreter, not a fork of a process running Qt threads.
                context = multiprocessing.get_context("spawn")
                context.set_executable(INTERPRETER or sys.executable)
                self._progress = context.Value("i", 0, lock=False)
                self._cancel = context.Value("b", 0, lock=False)
                self._pool = ProcessPoolExecutor(
                    1,
                    mp_context=context,
                    initializer=build_child.start,
                    initargs=(self._progress, self._cancel),
                )
            return self._pool

    def build(
        self,
        format_name: str,
        career: Career,
        choice: ShareChoice,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> bytes:
        """The document's bytes, built in the child; call from a worker thread.

        Raises ExportCancelled when `cancelled()` turns true or the child was stopped.
        """
        if INTERPRETER is None:
            # No Python interpreter beside this app (a launcher that embeds Python):
            # built on the calling worker thread, as before.
            return WRITERS[format_name].build(
                career, choice, _in_thread_progress(progress, cancelled)
            )
        with self._one_at_a_time:
            pool = self._ready()
            self._progress.value = 0
            self._cancel.value = 0
            try:
                parts = build_child.packed(career)
                future = pool.submit(build_child.build_packed, format_name, parts, choice)
            except RuntimeError as exc:  # the pool was shut down by a lock just now
                raise ExportCancelled() from exc
            while True:
                try:
                    data: bytes = future.result(timeout=_POLL_S)
                    return data
                except Pending:
                    if progress is not None:
                        progress(int(self._progress.value))
                    if cancelled is not None and cancelled():
                        self._cancel.value = 1
                except (BrokenProcessPool, CancelledError) as exc:
                    # The child was stopped by a lock while building: as good as cancelled.
                    # (An error of the build itself comes through as it was raised.)
                    self._forget(pool)
                    raise ExportCancelled() from exc

    def _forget(self, pool: ProcessPoolExecutor) -> None:
        with self._pool_lock:
            if self._pool is pool:
                self._pool = None

    def allow(self) -> None:
        """The musette is open again: documents may be built."""
        with self._pool_lock:
            self._locked = False

    def stop(self) -> None:
        """End the child now (locking): what it held in memory goes with it, and no
        worker still running can start another until the musette is opened again."""
        with self._pool_lock:
            self._locked = True
            pool, self._pool = self._pool, None
        if pool is None:
            return
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        # The pool's own thread reaps the child (reaping it here as well raced with it,
        # and a child could still look alive); a cancelled build ends at once.
        pool.shutdown(wait=True, cancel_futures=True)


def _interpreter() -> str | None:
    """The Python the child runs: this one, or, when a packaged app's launcher embeds
    Python (Briefcase), the system's interpreter of the very same version."""
    running = Path(sys.executable)
    if running.name.startswith("python"):
        return str(running)
    same = shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}")
    return same


def _in_thread_progress(
    progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None
) -> Callable[[int, int], bool]:
    def report(done: int, total: int) -> bool:
        if progress is not None:
            progress(int(done * 100 / max(total, 1)))
        return not (cancelled is not None and cancelled())

    return report


INTERPRETER = _interpreter()
BUILDER = _Builder()
build = BUILDER.build
stop = BUILDER.stop
allow = BUILDER.allow
