"""The `musette` entry point."""

from __future__ import annotations

import os
import sys
from typing import NoReturn


def main() -> None:
    from .hardening import harden

    harden()  # before any secret is in memory
    args = sys.argv[1:]
    # The app itself (no argument, or a .musette file double-clicked) skips the
    # command line's imports: the window shows sooner.
    if not args or (
        len(args) == 1 and args[0].endswith(".musette") and not args[0].startswith("-")
    ):
        from .app import run_app

        sys.exit(run_app(args[0] if args else None))
    from .cli import main as cli_main

    leave(cli_main())


def leave(code: int) -> NoReturn:
    """End a command as soon as its work is done, without the interpreter's teardown.

    By now the command has closed the vault and written its files atomically (fsynced);
    what the interpreter would do next is free its several hundred modules one by one,
    about 25 ms of a 190 ms `musette export cv`. Exit handlers still run and both
    streams are flushed first. A process that showed a window (Qt writes some settings
    as its objects are destroyed) or still runs another thread ends the usual way.
    """
    import threading

    if "PySide6.QtCore" in sys.modules or threading.active_count() > 1:
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()  # noqa: SLF001 - what sys.exit would run, in the same order
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what was read of it was read
            pass
    os._exit(code)


if __name__ == "__main__":
    main()
