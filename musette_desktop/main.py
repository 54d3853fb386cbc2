"""The `musette` entry point."""

from __future__ import annotations

import sys


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

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
