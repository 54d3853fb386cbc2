"""Reading a job ad offline: the skills it asks for (ESCO, ROME 4.0) against the person's own.

Nothing leaves the computer. Labels are matched as phrases, word for word, after
the same folding on both sides: accents, case and plurals ignored, small words
left out, and the verb of a skill read as its noun ("lire des plans" is
"lecture de plans", as ads write it). A phrase never runs across punctuation or
a line: "mécanique, productique" is two words of a list, not one skill.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Skill
from .reference import Reference
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


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word(word: str) -> str:
    word = _NOUN_OF.get(word, word)
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]  # plural: "stocks" is "stock", "métaux" reads "metau" on both sides
    return word


def words(text: str) -> tuple[str, ...]:
    """A label's words as they are compared (see the module's docstring)."""
    return tuple(_word(w) for w in _WORD.findall(_fold(text)) if w not in _SMALL)


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
        for segment in _SEGMENT.split(_fold(ad)):
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


def compared(found: list[Found], held: list[Skill]) -> list[Found]:
    """Each skill found: held (the same ESCO skill, or the same words), partly (the words of
    one says a part of the other: "soudage" held, "soudage TIG" asked), or missing."""
    uris = {skill.esco_uri for skill in held if skill.esco_uri}
    mine = [own for skill in held if (own := set(words(skill.label))) - _TOO_PLAIN]
    said = []
    for skill in found:
        key = set(words(skill.label))
        if skill.uri in uris or any(key == own for own in mine):
            status = "held"
        elif any(key <= own or own <= key for own in mine):
            status = "partly"
        else:
            status = "missing"
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
