"""Waiting for the work the app does off the GUI thread (unlocking, creating, backing up)."""

from __future__ import annotations

from ui import background


def wait_for_jobs(timeout_ms: int = 30_000) -> None:
    """Let the GUI events run until every background job has reported back."""
    assert background.wait_until(lambda: not background.RUNNING, timeout_ms), (
        "a background job never ended"
    )
