"""What a child process does to build a document: the app's window never waits on reportlab.

reportlab is pure Python: building a long portfolio on a thread of the app would hold the
interpreter lock that the window needs to answer clicks and repaint. The app hands the
records (plain, picklable values) to a child process, which builds the bytes here. No Qt.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import threading
import time
from multiprocessing.sharedctypes import Synchronized

from .career import Career
from .registry import WRITERS
from .share import ShareChoice

# Shared with the app through the pool's initializer: how far the build is (percent),
# and whether the person asked to stop.
_progress: Synchronized[int] | None = None
_cancel: Synchronized[int] | None = None


def start(progress: Synchronized[int], cancel: Synchronized[int]) -> None:
    """Runs once in the child, when it starts."""
    global _progress, _cancel
    _progress, _cancel = progress, cancel
    app = os.getppid()
    threading.Thread(target=_end_with, args=(app,), daemon=True, name="end-with-app").start()


def _end_with(app: int) -> None:
    """If the app goes without a word (a crash, a kill), this child ends within a second:
    it holds the person's records, and nobody would be there to lock them away."""
    while os.getppid() == app:
        time.sleep(0.5)
    os._exit(1)


def _report(done: int, total: int) -> bool:
    if _progress is not None:
        _progress.value = int(done * 100 / max(total, 1))
    return not (_cancel is not None and _cancel.value)


def build(format_name: str, career: Career, choice: ShareChoice) -> bytes:
    """The document's bytes (raises ExportCancelled when the app asked to stop)."""
    return WRITERS[format_name].build(career, choice, _report)


PIECE = 50  # records pickled at once
Packed = tuple[bytes, list[bytes]]


def packed(career: Career) -> Packed:
    """The career as pickled pieces of a few hundred records, made on the app's worker.

    Handed whole to the pool, the career is pickled by its feeder thread in one call
    that holds the interpreter: 10 000 records stopped the window for a tenth of a
    second. Piece by piece, the window gets its turn between two pieces, and the
    feeder only copies bytes.
    """
    records = career.records
    pieces = [
        pickle.dumps(records[start : start + PIECE], pickle.HIGHEST_PROTOCOL)
        for start in range(0, len(records), PIECE)
    ]
    rest = pickle.dumps(dataclasses.replace(career, records=()), pickle.HIGHEST_PROTOCOL)
    return rest, pieces


def unpacked(parts: Packed) -> Career:
    rest, pieces = parts
    career: Career = pickle.loads(rest)
    records = tuple(record for piece in pieces for record in pickle.loads(piece))
    return dataclasses.replace(career, records=records)


def build_packed(format_name: str, parts: Packed, choice: ShareChoice) -> bytes:
    """`build` for a career sent as `packed` pieces."""
    return build(format_name, unpacked(parts), choice)
