"""A person's career as plain records, read once from the vault for an exporter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault.model import RECORD_TYPES, Person, Record

if TYPE_CHECKING:
    from vault.vault import Vault


@dataclass(frozen=True)
class Career:
    """What exporters receive: records, never a connection."""

    person: Person | None
    records: tuple[Record, ...]

    def of_type(self, cls: type[Record]) -> list[Record]:
        return [record for record in self.records if isinstance(record, cls)]


def career_from(vault: Vault) -> Career:
    """Every record outside the trash (share profiles will narrow this down)."""
    people = vault.list(Person)
    found: list[Record] = []
    for cls in RECORD_TYPES:
        if cls is not Person:
            found.extend(vault.list(cls))
    return Career(people[0] if people else None, tuple(found))
