"""A person's career as plain records, read once from the vault for an exporter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vault.model import RECORD_TYPES, Person, Record, Signer, Skill

if TYPE_CHECKING:
    from vault.vault import Vault


@dataclass(frozen=True)
class Career:
    """What exporters receive: records, never a connection."""

    person: Person | None
    records: tuple[Record, ...]
    contents: dict[str, bytes] = field(default_factory=dict)  # document id -> bytes, when asked
    # ESCO URI -> label in the export's language, for skills still named as ESCO names them.
    labels: dict[str, str] = field(default_factory=dict)

    def skill_label(self, skill: Skill) -> str:
        return self.labels.get(skill.esco_uri, skill.label) if skill.esco_uri else skill.label

    def by_id(self) -> dict[str, Record]:
        return {record.id: record for record in self.records}

    def of_type(self, cls: type[Record]) -> list[Record]:
        return [record for record in self.records if isinstance(record, cls)]


def career_from(vault: Vault, *, document_ids: frozenset[str] = frozenset()) -> Career:
    """Every record outside the trash, and the bytes of the documents asked for."""
    people = vault.list(Person)
    found: list[Record] = []
    for cls in RECORD_TYPES:
        if cls not in (Person, Signer):  # a signer's private key never goes near an exporter
            found.extend(vault.list(cls))
    contents = {doc_id: vault.document_content(doc_id) for doc_id in sorted(document_ids)}
    return Career(people[0] if people else None, tuple(found), contents)
