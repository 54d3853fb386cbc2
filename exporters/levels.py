"""Skill levels in plain words: the ones résumés and LinkedIn write, in English and French."""

from __future__ import annotations

# Plain skill levels, 1 to 4, and the words résumés use for them.
LEVEL_WORDS = ("Beginner", "Intermediate", "Advanced", "Expert")
_LEVEL_OF_WORD = {
    "beginner": 1,
    "novice": 1,
    "basic": 1,
    "débutant": 1,
    "debutant": 1,
    "notions": 1,
    "elementary": 1,
    "a1": 1,
    "a2": 1,
    "intermediate": 2,
    "intermédiaire": 2,
    "intermediaire": 2,
    "conversational": 2,
    "limited working proficiency": 2,
    "b1": 2,
    "advanced": 3,
    "avancé": 3,
    "avance": 3,
    "confirmé": 3,
    "confirme": 3,
    "fluent": 3,
    "courant": 3,
    "professional working proficiency": 3,
    "b2": 3,
    "c1": 3,
    "expert": 4,
    "master": 4,
    "maîtrise": 4,
    "maitrise": 4,
    "native": 4,
    "native speaker": 4,
    "natif": 4,
    "langue maternelle": 4,
    "bilingual": 4,
    "bilingue": 4,
    "native or bilingual proficiency": 4,
    # LinkedIn's fourth level is not a native one: fluent, not "maternelle ou bilingue".
    "full professional proficiency": 3,
    "c2": 4,
    # LinkedIn's proficiency scale, in English and in French
    "elementary proficiency": 1,
    "notions élémentaires": 1,
    "capacité professionnelle limitée": 2,
    "compétence professionnelle limitée": 2,
    "capacité professionnelle": 3,
    "compétence professionnelle": 3,
    "capacité professionnelle complète": 3,
    "compétence professionnelle complète": 3,
    "bilingue ou langue natale": 4,
    "langue natale": 4,
}


def level_of(word: str) -> int | None:
    """The plain level for a level word in English or French, or None."""
    return _LEVEL_OF_WORD.get(" ".join(word.casefold().split()))
