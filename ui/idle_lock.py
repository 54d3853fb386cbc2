"""Locks the musette after a quiet spell: any key, click or mouse move restarts the clock."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Emits `idle` after `delay_ms` without input; a delay of 0 disables it."""

    idle = Signal()

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_input = time.monotonic()  # also read by the quiet collector
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_delay(delay_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_delay(self, delay_ms: int) -> None:
        if delay_ms <= 0:
            self._timer.stop()  # an active timer set to 0 would fire at once
        self._timer.setInterval(max(delay_ms, 0))

    def start(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _ACTIVITY:
            self.last_input = time.monotonic()
            if self._timer.isActive():
                self._timer.start()
        return False
