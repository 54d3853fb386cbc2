"""Reading a job ad offline: the skills it asks for (ESCO, ROME 4.0) against the person's own.

Nothing leaves the computer. Labels are matched as phrases, word for word, after
the same folding on both sides: accents, case and plurals ignored, small words
left out, and the verb of a skill read as its noun ("lire des plans" is
"lecture de plans", as ads write it). A phrase never runs across punctuation or
a line: "mécanique, productique" is two words of a list, not one skill.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Skill
from .reference import Reference, unaccented
from .taxonomy import Taxonomy

# Words that join, and never name, a skill.
_SMALL = frozenset(
    "a au aux d de des du en et l la le les un une pour par sur avec dans ou son sa ses"
    " leur leurs votre vos vous nous qui que se s y ce cet cette ces tout tous toute toutes"
    " etre avoir faire".split()
)
# A skill's verb as ads write it, a noun ("gérer les stocks" in ESCO, "gestion des stocks"
# in an ad). Both sides go through the same map, so either form finds the other.
_NOUN_OF = {
    "lire": "lecture",
    "controler": "controle",
    "gerer": "gestion",
    "conduire": "conduite",
    "utiliser": "utilisation",
    "preparer": "preparation",
    "realiser": "realisation",
    "organiser": "organisation",
    "entretenir": "entretien",
    "reparer": "reparation",
    "accueillir": "accueil",
    "vendre": "vente",
    "installer": "installation",
    "souder": "soudage",
    "monter": "montage",
    "regler": "reglage",
    "nettoyer": "nettoyage",
    "programmer": "programmation",
    "analyser": "analyse",
    "planifier": "planification",
    "former": "formation",
    "encadrer": "encadrement",
    "animer": "animation",
    "maintenir": "maintenance",
    "stocker": "stockage",
    "emballer": "emballage",
    "charger": "chargement",
    "decharger": "dechargement",
    "livrer": "livraison",
    "rediger": "redaction",
    "communiquer": "communication",
    "negocier": "negociation",
    "traiter": "traitement",
    "suivre": "suivi",
    "manipuler": "manipulation",
    "etiqueter": "etiquetage",
    "trier": "tri",
    "conditionner": "conditionnement",
    "receptionner": "reception",
    "expedier": "expedition",
    "facturer": "facturation",
    "saisir": "saisie",
    "conseiller": "conseil",
    "piloter": "pilotage",
    "coordonner": "coordination",
    "superviser": "supervision",
    "concevoir": "conception",
    "developper": "developpement",
    "tester": "test",
    "diagnostiquer": "diagnostic",
    "appliquer": "application",
    "respecter": "respect",
    "verifier": "verification",
    "mesurer": "mesure",
    "usiner": "usinage",
    "plier": "pliage",
    "peindre": "peinture",
    "cuisiner": "cuisine",
    "servir": "service",
    "soigner": "soin",
    "nourrir": "nourriture",
}
# Labels of one word that, alone in an ad, rarely mean the skill ("machines", "brevets").
_TOO_PLAIN = frozenset(
    "machine brevet produit service client production travail equipe poste outil"
    " materiel vehicule information document donnee systeme projet".split()
)
_SEGMENT = re.compile(r"[,;:.!?()\[\]/\n\r\t•·–—|]+|\s-\s")
_WORD = re.compile(r"[a-z0-9+#]+")
MAX_WORDS = 7  # longer labels (ROME's long sentences) are never written word for word


@dataclass(frozen=True)
class Found:
    """A skill the ad asks for, and how it stands against the person's own."""

    label: str
    source: str  # ESCO, ROME
    uri: str  # the ESCO address, or "rome:<code>"
    status: str = "missing"  # held, partly, missing

    def facts(self) -> dict[str, str]:
        return {"label": self.label, "source": self.source, "uri": self.uri, "status": self.status}


def _word(word: str) -> str:
    word = _NOUN_OF.get(word, word)
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]  # plural: "stocks" is "stock", "métaux" reads "metau" on both sides
    return word


def words(text: str) -> tuple[str, ...]:
    """A label's words as they are compared (see the module's docstring)."""
    return tuple(_word(w) for w in _WORD.findall(unaccented(text)) if w not in _SMALL)


class SkillFinder:
    """The labels of ESCO's skills and ROME's, indexed by their first word."""

    def __init__(self, labels: Iterable[tuple[str, str, str]]) -> None:
        """`labels`: (label, source, uri) — every label, preferred and alternative."""
        self._first: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
        for label, source, uri in labels:
            key = words(label)
            if not key or len(key) > MAX_WORDS:
                continue
            if len(key) == 1 and (key[0] in _TOO_PLAIN or len(key[0]) < 3):
                continue
            self._first.setdefault(key[0], []).append((key, label, source, uri))
        for candidates in self._first.values():
            candidates.sort(key=lambda entry: -len(entry[0]))  # the longest phrase first

    def find(self, ad: str) -> list[Found]:
        """The skills named in the ad, in the order it names them, each once."""
        found: dict[str, Found] = {}
        for segment in _SEGMENT.split(unaccented(ad)):
            said = [_word(w) for w in _WORD.findall(segment) if w not in _SMALL]
            i = 0
            while i < len(said):
                for key, label, source, uri in self._first.get(said[i], ()):
                    if tuple(said[i : i + len(key)]) == key:
                        found.setdefault(" ".join(key), Found(label, source, uri))
                        i += len(key)
                        break
                else:
                    i += 1
        return list(found.values())


def standing(label: str, uri: str, skill: Skill) -> str:
    """How one of the person's skills stands to a skill asked for: "held" (the same ESCO
    skill, or the same words), "partly" (the words of one say a part of the other's:
    "soudage" held, "soudage TIG" asked), or "" (neither)."""
    if skill.esco_uri and skill.esco_uri == uri:
        return "held"
    asked, mine = set(words(label)), set(words(skill.label))
    if not mine - _TOO_PLAIN:
        return ""  # "machines" alone says nothing of what the person can do
    if asked == mine:
        return "held"
    return "partly" if asked <= mine or mine <= asked else ""


def compared(found: list[Found], held: list[Skill]) -> list[Found]:
    """Each skill found, held or partly held by the best of the person's skills, or missing."""
    order = ("held", "partly")
    said = []
    for skill in found:
        best = {standing(skill.label, skill.uri, own) for own in held}
        status = next((s for s in order if s in best), "missing")
        said.append(Found(skill.label, skill.source, skill.uri, status))
    return said


def finder(taxonomy: Taxonomy | None, reference: Reference | None) -> SkillFinder:
    """A finder over the French labels of ESCO's skills and ROME's skills and knowledge
    (either may be missing: then only the other's labels are looked for)."""
    labels: list[tuple[str, str, str]] = []
    if taxonomy is not None:
        labels += [(text, "ESCO", uri) for uri, text in taxonomy.skill_labels("fr")]
    if reference is not None:
        labels += [(label, "ROME", f"rome:{code}") for code, label, _kind in reference.skills()]
    return SkillFinder(labels)
