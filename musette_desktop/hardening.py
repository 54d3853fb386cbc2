"""Keep the process's memory to itself: no core dumps, no inspection by other processes."""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31


def harden() -> None:
    """On Linux: no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0).

    A crash would otherwise write the unlocked data key and the person's
    records to disk, and another program of the same user could read this
    process's memory. Best effort: where the system refuses, Musette runs on.
    """
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    elif sys.platform == "darwin":
        # macOS's equivalent, as KeePassXC does (not exercised on the Linux test machines).
        try:
            import ctypes

            ctypes.CDLL(None).ptrace(PT_DENY_ATTACH, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def is_dumpable() -> bool:
    """What the kernel says now (for the tests and `musette --version` checks)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
