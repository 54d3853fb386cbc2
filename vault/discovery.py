"""What the discovery path records: lived activities become experiences, graded competences skills.

The person never types the word "compétence": they choose parts of their life,
what they did there, with whom and in what setting, then for each transversal
competence the sentence that fits them best (Diagoriente's graded sentences,
vault/diagoriente.py). This module turns those answers into records — nothing
here asks a question or touches Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

import resources

from .diagoriente import CREDIT, Competence
from .model import DECLARED, Experience, Provenance, Record, Skill, SkillEvidence

# What a record made by the discovery path says of where it comes from.
SOURCE = "discovery"
PROVENANCE = Provenance(DECLARED, SOURCE, CREDIT)
# Where an activity was lived, and the kind of experience it makes on the timeline.
EXPERIENCE_KIND = {"personal": "personal", "voluntary": "volunteering", "professional": "job"}
STRENGTHS = ("close", "partial")


@dataclass(frozen=True)
class Lived:
    """Something the person did, and the short answers about it."""

    title: str
    role: str = ""  # "Ton action": accompagner, encadrer…
    with_whom: str = ""
    setting: str = ""

    def sentence(self) -> str:
        """One line for the experience's description: the activity, then the answers."""
        said = [part.strip() for part in (self.role, self.with_whom, self.setting) if part.strip()]
        return self.title + (f" ({', '.join(said)})" if said else "")


@dataclass(frozen=True)
class Part:
    """A part of life explored: a theme (or a job) and the activities chosen in it."""

    domain: str  # personal, voluntary, professional
    title: str  # "Véhicule", "Animation sportive", "Cariste"
    lived: tuple[Lived, ...]
    experience_id: str = ""  # an experience already in the vault (a job the person holds)


@dataclass(frozen=True)
class EscoLink:
    """The ESCO skill Musette proposes for a competence, and how close it is."""

    uri: str
    label: str
    strength: str  # close, partial


@dataclass(frozen=True)
class Graded:
    """A competence and the sentence the person chose (1 = the first, the easiest)."""

    competence: Competence
    rank: int
    esco: EscoLink | None = None  # the proposal the person kept, or None
    parts: tuple[str, ...] = field(default=())  # the titles of the parts that showed it

    @property
    def sentence(self) -> str:
        return self.competence.sentences[self.rank - 1]

    @property
    def level(self) -> int:
        """Musette's four levels from Diagoriente's eight sentences (two sentences a level)."""
        return level_of(self.rank, len(self.competence.sentences))


def level_of(rank: int, count: int) -> int:
    """The level (1 to 4) of the `rank`-th of `count` graded sentences."""
    if not 1 <= rank <= count:
        raise ValueError(f"sentence {rank} of {count}")
    return min(4, 1 + (rank - 1) * 4 // count)


@cache
def _links() -> dict[str, EscoLink]:
    data = json.loads(resources.path("discovery", "rectec_esco.json").read_text("utf-8"))
    return {key: EscoLink(**value) for key, value in data["links"].items()}


def esco_proposal(competence: Competence) -> EscoLink | None:
    """The ESCO transversal skill proposed for a competence (resources/discovery/README.md)."""
    return _links().get(competence.id)


def note_for(graded: Graded, language: str = "fr") -> str:
    """The skill's note: the sentence chosen, where it sits among the eight, and from where."""
    count = len(graded.competence.sentences)
    if language == "fr":
        return f"« {graded.sentence} » (phrase {graded.rank} sur {count}, {CREDIT})"
    return f"“{graded.sentence}” (sentence {graded.rank} of {count}, {CREDIT})"


def records_for(
    parts: list[Part], graded: list[Graded], held: list[Skill], language: str = "fr"
) -> list[Record]:
    """New experiences for the parts explored, skills for the competences graded (or the one
    already held, given evidence only), and the links from each skill to what showed it."""
    made: list[Record] = []
    experience_of: dict[str, str] = {}
    for part in parts:
        if not part.lived and not part.experience_id:
            continue
        if part.experience_id:
            experience_of[part.title] = part.experience_id
            continue
        experience = Experience(
            kind=EXPERIENCE_KIND[part.domain],
            title=part.title,
            description="\n".join(f"- {lived.sentence()}" for lived in part.lived),
            provenance=PROVENANCE,
        )
        experience_of[part.title] = experience.id
        made.append(experience)
    lived_in = {part.title: part.lived for part in parts}
    by_label = {skill.label.casefold(): skill for skill in held}
    for grade in graded:
        skill = by_label.get(grade.competence.title.casefold())
        if skill is None:
            skill = Skill(
                label=grade.competence.title,
                esco_uri=grade.esco.uri if grade.esco else "",
                level=grade.level,
                category="transversal",
                note=note_for(grade, language),
                provenance=PROVENANCE,
            )
            made.append(skill)
        for title in grade.parts or tuple(experience_of):
            if title not in experience_of:
                continue
            shown = "; ".join(lived.title for lived in lived_in.get(title, ()))
            made.append(
                SkillEvidence(
                    skill_id=skill.id,
                    record_id=experience_of[title],
                    note=shown,
                    provenance=PROVENANCE,
                )
            )
    return made
