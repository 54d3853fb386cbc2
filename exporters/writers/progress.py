"""How a long export reports its progress and learns that the person cancelled it."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total) -> False to cancel (raises ExportCancelled); used by long exports.
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The person cancelled a long export; nothing was written."""
