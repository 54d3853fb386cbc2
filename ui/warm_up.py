"""What unlocking and the first screens need, imported on a thread while the person types.

Imports are Python work that would otherwise run on the GUI thread at the worst moment:
the icons' machinery (qtawesome, about 300 ms) the first time a page shows an icon, the
database driver and the cryptography at the first unlock, every section's code after
it. Imported here on a thread, they cost the window nothing (nothing Qt is created).
"""

from __future__ import annotations

import gc
import threading

_started = threading.Event()
finished = threading.Event()  # for the benchmark, which plays a person who types slowly


def start() -> None:
    """Once per process, after the first window is shown."""
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_import_what_comes_next, name="warm-up", daemon=True).start()


def _import_what_comes_next() -> None:
    import qtawesome  # noqa: F401

    import vault.vault  # noqa: F401 (sqlcipher3 and the cryptography, for the unlock)

    from . import main_view  # noqa: F401 (every section, after unlocking)

    # The modules, classes and functions now loaded live as long as the app: out of the
    # garbage collector's sight. Its full passes walked them all (tens of thousands of
    # objects, 50 ms) while holding the interpreter, whichever thread set them off, and
    # a worker making records sets them off often.
    gc.freeze()
    finished.set()
