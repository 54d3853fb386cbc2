"""A person's career as plain records: what writers receive, never a connection."""

from __future__ import annotations

from dataclasses import dataclass, field

from vault.model import Person, Record, Skill


@dataclass(frozen=True)
class Career:
    """What exporters receive: records, never a connection."""

    person: Person | None
    records: tuple[Record, ...]
    contents: dict[str, bytes] = field(default_factory=dict)  # document id -> bytes, when asked
    # ESCO URI -> label in the export's language, for skills still named as ESCO names them.
    labels: dict[str, str] = field(default_factory=dict)
    # Skills to put first, in this order, under « Compétences clés » (ShareChoice.key_skills).
    key_skills: tuple[str, ...] = ()

    def skill_label(self, skill: Skill) -> str:
        return self.labels.get(skill.esco_uri, skill.label) if skill.esco_uri else skill.label

    def by_id(self) -> dict[str, Record]:
        return {record.id: record for record in self.records}
