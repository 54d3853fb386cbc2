"""QApplication set-up: display check, font, settings, and the start window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# Platforms that draw without a display server (tests, screenshots).
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs")


def display_problem() -> str | None:
    """Why no window can be shown here, or None when one can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in _HEADLESS_PLATFORMS:
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        from .messages import say

        return say(
            "pas d'écran : lancez Musette depuis une session de bureau "
            "(ni DISPLAY, ni WAYLAND_DISPLAY)",
            "no display: start Musette from a desktop session (no DISPLAY, no WAYLAND_DISPLAY)",
        )
    return None


def _install_error_hook() -> None:
    """An unexpected error inside a window says so in words instead of failing silently.

    Committed changes are safe (one action, one transaction); the traceback goes
    to stderr for a developer, without any of the person's data.
    """
    import traceback
    from types import TracebackType

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, error, tb)
        QMessageBox.warning(
            None,
            "Musette",
            QCoreApplication.translate(
                "errors",
                "Musette a rencontré un problème inattendu. Ce que vous aviez enregistré "
                "est intact. Si cela se reproduit, fermez puis rouvrez Musette.",
            ),
        )

    sys.excepthook = hook


def configure(app: QApplication) -> None:
    """Names (which decide the data folder), version, font."""
    from ui.fonts import install_app_font

    from . import __version__

    app.setApplicationName("Musette")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.musette.Musette")
    install_app_font(app)
    # Workers read records and draw pages in Python: the interpreter is handed back to
    # the window after 0.2 ms (not 5), so a click never waits long behind them. Each
    # Python call the window makes while a worker runs (an event filter, a painted row)
    # waits up to this long: at 1 ms, importing 2 000 records still froze it 80-160 ms;
    # at 0.2 ms, 40-80 ms. Only a waiting thread makes the worker switch.
    sys.setswitchinterval(0.0002)
    # The garbage collector's full passes wait for a pause (ui/quiet_collector.py).
    from ui.quiet_collector import defer_full_passes

    defer_full_passes()


def run_app(vault_path: str | None = None) -> int:
    """Start the desktop app; return its exit code."""
    problem = display_problem()
    if problem:
        print(f"musette: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from ui import outside
    from ui.settings import AppSettings
    from ui.start_window import StartWindow
    from vault.secret_store import KeyringSecretStore

    outside.sweep()  # copies a crash left in another app's reach
    app = QApplication(sys.argv[:1])
    configure(app)
    _install_error_hook()
    settings = AppSettings()
    # `make run` or an older Musette may have made these readable by others: tighten.
    from vault.fileio import private_folder

    for folder in (settings.data_folder, settings.data_folder / "Sauvegardes"):
        if folder.is_dir():
            private_folder(folder)
    window = StartWindow(settings, vault_path, secret_store=KeyringSecretStore())
    window.show()
    # Once the window is up, load what unlocking needs, on a thread, while the person types.
    from PySide6.QtCore import QTimer

    from ui import icons, warm_up

    QTimer.singleShot(300, warm_up.start)
    QTimer.singleShot(1500, icons.preload)  # the font itself, on this thread, once imported
    if os.environ.get("MUSETTE_EXIT_AFTER_SHOW"):
        # The benchmark measures start-up to the first window, then quits.
        QTimer.singleShot(0, app.quit)
    return app.exec()
