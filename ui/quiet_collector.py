"""The garbage collector's full passes, run while the person pauses, not in the middle of a gesture.

A full pass walks every object of the app holding the interpreter, whichever
thread set it off: 150-200 ms with a large musette open (measured with
gc.callbacks: two or three per 100 000-item export, one in a print at 10 000).
Python starts one when the objects made since the last outnumber the old ones
by a quarter, which is exactly while a worker reads a career. So the automatic
full pass is pushed far off, and this runs it when nobody is typing or
clicking and no thread is making objects; the young generations, which cost
little, stay automatic. Records hold no reference cycles: they are freed when
their last reference goes, collector or not.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

TICK_MS = 1_000
QUIET_S = 3.0  # since the last key, click or mouse move
BUSY_YOUNG = 3  # young passes in one tick: some thread is making objects, wait
# Automatic full passes only after this many middle-generation passes (default 10):
# in practice, never between two quiet moments. Set by the app (`defer_full_passes`).
FULL_AFTER = 1_000


_lock = threading.Lock()
_working = 0  # workers running now (background jobs, exports, thumbnails)


@contextmanager
def working() -> Iterator[None]:
    """Around a worker's run: no full pass while it works (it holds what a pass would walk)."""
    global _working
    with _lock:
        _working += 1
    try:
        yield
    finally:
        with _lock:
            _working -= 1


class QuietCollector(QObject):
    """Runs a full collection once the app has been quiet, if anything reached the old generation."""

    def __init__(self, last_input: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_input = last_input
        self._young_seen = self._young_passes()
        self.passes = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @staticmethod
    def _young_passes() -> int:
        return int(gc.get_stats()[0]["collections"])

    def tick(self) -> bool:
        """Collect now if the app is quiet and there is something old to look at."""
        young = self._young_passes()
        busy = young - self._young_seen >= BUSY_YOUNG
        self._young_seen = young
        if busy or _working or time.monotonic() - self._last_input() < QUIET_S:
            return False
        if gc.get_count()[2] == 0:
            return False  # nothing new reached the old generation since the last pass
        gc.collect()
        self.passes += 1
        return True


def defer_full_passes() -> None:
    """Leave full passes to the quiet collector (the app and its benchmark call this)."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_AFTER)
