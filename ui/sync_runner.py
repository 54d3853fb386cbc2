"""When this computer syncs its musette: at opening, a few minutes after changes, at lock and
at closing; always on a worker, one sync at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from .background import Job
from .vault_service import VaultService

if TYPE_CHECKING:
    from vault.sync import SyncReport

# A burst of edits becomes one snapshot, and the other computer sees them within minutes.
AFTER_CHANGES_MS = 3 * 60_000


class SyncRunner(QObject):
    """Starts the syncs the person did not have to ask for, and the one they ask for."""

    def __init__(self, window: QWidget, after_changes_ms: int = AFTER_CHANGES_MS) -> None:
        super().__init__(window)
        self._window = window
        self._service: VaultService | None = None
        self._job: Job | None = None
        self._changed_since = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(after_changes_ms)
        self.timer.timeout.connect(self._after_changes)

    def attach(self, service: VaultService, *, sync: bool = True) -> None:
        """A musette was opened: what the other computers left comes in now."""
        self._service = service
        self._changed_since = False
        service.changed.connect(self._on_changed)
        if sync and self.folder() is not None:
            self.sync(quiet=True)

    def folder(self) -> Path | None:
        """The folder this computer syncs the open musette through, if it does."""
        if self._service is None:
            return None
        state = self._service.sync_state()
        return Path(state.folder) if state is not None and state.folder else None

    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def sync(
        self,
        folder: Path | None = None,
        *,
        quiet: bool,
        merge: bool = True,
        parent: QWidget | None = None,
        on_done: Callable[[SyncReport], None] | None = None,
    ) -> Job | None:
        """Start a sync (None when one is under way, or when there is nothing to sync)."""
        service = self._service
        folder = folder or self.folder()
        if service is None or folder is None or service.read_only or self.busy():
            return None
        self.timer.stop()
        self._changed_since = False
        self._job = service.start_sync(
            folder, parent or self._window, on_done, merge=merge, quiet=quiet
        )
        return self._job

    def before_lock(self) -> None:
        """Locking or closing: the last edits go into the folder first (no merge: quick)."""
        self.timer.stop()
        if self._job is not None:
            self._job.wait()
        if self._changed_since:
            job = self.sync(quiet=True, merge=False)
            if job is not None:
                job.wait()
        if self._service is not None:
            self._service.changed.disconnect(self._on_changed)
        self._service = None
        self._job = None

    def _on_changed(self, change: object) -> None:
        if getattr(change, "action", "") == "sync":
            return  # what a sync brought in is not a change to send back
        self._changed_since = True
        if not self.timer.isActive() and self.folder() is not None:
            self.timer.start()  # not restarted: a long session of edits still syncs

    def _after_changes(self) -> None:
        if self.sync(quiet=True) is None and self.busy():
            self.timer.start()  # one is under way: try again after the next interval
