"""From a ROME job to the ESCO occupation of the same name, saying how close the names are.

ROME writes a job in both genders ("Préparateur / Préparatrice de commandes"),
ESCO too, differently ("préparateur de commandes/préparatrice de commandes").
The project wizard aims at an ESCO occupation (its skills, the CV's words): the
match is by name only, and the person sees which it is and how close.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reference import folded
from .taxonomy import Taxonomy


@dataclass(frozen=True)
class OccupationMatch:
    """An ESCO occupation found for a job name: "same" name, or a "close" one."""

    uri: str
    label: str
    closeness: str  # same, close


def forms(label: str) -> list[str]:
    """A ROME job name in each of its genders: "Chef / Cheffe d'équipe bâtiment" is
    "Chef d'équipe bâtiment" and "Cheffe d'équipe bâtiment"."""
    if " / " not in label:
        return [label.strip()]
    left, right = (part.strip() for part in label.split(" / ", 1))
    _, _, rest = right.partition(" ")
    masculine = left if " " in left or not rest else f"{left} {rest}"
    return [masculine, right]


def esco_occupation(taxonomy: Taxonomy, label: str, language: str = "fr") -> OccupationMatch | None:
    """The ESCO occupation for a job name: one that bears the same name in either gender,
    else the first ESCO finds with all of the name's words, else None."""
    wanted = [folded(form) for form in forms(label)]
    first: OccupationMatch | None = None
    for form in forms(label):
        for hit in taxonomy.search(form, language=language, kind="occupation", limit=5):
            names = {folded(name) for text in (hit.label, hit.matched) for name in text.split("/")}
            if names & set(wanted):
                return OccupationMatch(hit.uri, hit.label, "same")
            if first is None:
                first = OccupationMatch(hit.uri, hit.label, "close")
    return first
