"""The one list of export formats; each format module registers itself here."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from vault.model import Record

Exporter = Callable[[list[Record], BinaryIO], None]

# Empty until the sharing issue adds the first format (CV PDF, JSON Resume…).
FORMATS: dict[str, Exporter] = {}


def register(name: str, exporter: Exporter) -> None:
    if name in FORMATS:
        raise ValueError(f"export format {name!r} is registered twice")
    FORMATS[name] = exporter
