"""Lock when the desktop says the screen saver started or the session was locked (D-Bus)."""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

# (interface, signal, slot): the freedesktop and GNOME screen savers, and logind.
_SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.mate.ScreenSaver")


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` when the platform reports it; silent where nothing reports."""

    screen_locked = Signal()

    def __init__(
        self, buses: list[QDBusConnection] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        if buses is None:
            buses = [QDBusConnection.sessionBus(), QDBusConnection.systemBus()]
        self.listening = False
        for bus in buses:
            if not bus.isConnected():
                continue
            for interface in _SCREEN_SAVERS:
                # An empty path listens on every object that emits the signal.
                # PySide6's stubs miss the overload taking SLOT()'s string.
                self.listening |= bus.connect(  # type: ignore[call-overload]
                    "", "", interface, "ActiveChanged", self, SLOT("_on_active_changed(bool)")
                )
            # logind's Lock is sent to a session when the desktop or `loginctl lock-session` locks it.
            self.listening |= bus.connect(  # type: ignore[call-overload]
                "", "", "org.freedesktop.login1.Session", "Lock", self, SLOT("_on_lock()")
            )

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def _on_lock(self) -> None:
        self.screen_locked.emit()
