"""Reading a job ad offline: the skills it asks for (ESCO, ROME 4.0) against the person's own.

Nothing leaves the computer. Labels are matched as phrases, word for word, after
the same folding on both sides: accents, case and plurals ignored, small words
left out, and the verb of a skill read as its noun ("lire des plans" is
"lecture de plans", as ads write it). A phrase never runs across punctuation or
a line: "mécanique, productique" is two words of a list, not one skill.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Skill
from .reference import Reference, unaccented
from .taxonomy import Taxonomy

# Words that join, and never name, a skill. "et" and "ou" are not among them: a phrase
# never runs across a coordination the label does not itself say ("contrôler et gérer les
# matériels" is two skills, not « contrôle de gestion »).
_SMALL = frozenset(
    "a au aux d de des du en l la le les un une pour par sur avec dans son sa ses"
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
    "optimiser": "optimisation",
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
    # A quality as a profile lists it, an adjective ("Autonome", "rigoureux(se)"), is the
    # noun of the quality in ROME's « Faire preuve d'autonomie ».
    "autonome": "autonomie",
    "rigoureux": "rigueur",
    "rigoureuse": "rigueur",
    "curieux": "curiosite",
    "curieuse": "curiosite",
    "reactif": "reactivite",
    "reactive": "reactivite",
    "polyvalent": "polyvalence",
    "polyvalente": "polyvalence",
    "creatif": "creativite",
    "creative": "creativite",
}
# A skill's verb as a gerund is its noun too: « en diagnostiquant les pannes » is
# « Diagnostic de pannes ». Not where the gerund is itself a word of its own: « gérant »,
# « montant », « traitant », « soignant », « encadrant », « négociant », « nettoyant »,
# « pliant »; nor « formant », which ads use for what a team is made of, not training.
_NOT_GERUNDS = frozenset(
    "gerer monter traiter soigner encadrer negocier nettoyer plier former".split()
)
_NOUN_OF.update(
    {
        verb[:-2] + ("e" if verb.endswith("ger") else "") + "ant": noun
        for verb, noun in list(_NOUN_OF.items())
        if verb.endswith("er") and verb not in _NOT_GERUNDS
    }
)
# A dot ends a sentence, not a name: "Node.js" and "ASP.NET" are one word each.
_SEGMENT = re.compile(r"[,;:!?()\[\]/\n\r\t•·–—|]+|\.(?!\w)|\s-\s")
_WORD = re.compile(r"[a-z0-9+#]+(?:\.[a-z0-9]+)*")
MAX_WORDS = 7  # longer labels (ROME's long sentences) are never written word for word
# A word that more labels than this share is a field, not a skill, once a label's kind is
# left out: « formation », « entretien », « vente » (hundreds of labels each) against
# « désherbage », « facturation », « Linux » (a few).
SHARED_BY = 30


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
    if word.endswith("ee"):
        word = word[:-1]  # feminine: « programmation orienté objet » as ads write it
    return word


# Labels of one word that, alone in an ad, rarely mean the skill ("machines", "brevets"):
# the ad's own nouns for its trade, its sector, its place or its perks ("informatique",
# "technologie", "Paris", "restauration" in « restauration subventionnée »), and words a
# verb of ours turns into one ("monter en compétences" is not « montage »), and the
# « rattaché(e) à » of every ad's reporting line (not « Techniques de rattache »).
_TOO_PLAIN = frozenset(
    _word(plain)
    for plain in (
        "machine brevet produit service client production travail equipe poste outil"
        " materiel vehicule information document donnee systeme projet"
        " informatique technologie architecture politique energie electricite decoration"
        " ecosysteme linguistique paris chef recrutement restauration boisson montage"
        " rattache"
    ).split()
)


# How a label says what kind of thing it names, which an ad leaves out: « Techniques de
# désherbage » is asked as « désherbage », « Effectuer la facturation » as « facturation »,
# « Caractéristiques des tondeuses » (ROME's knowledge of a tool) as « tondeuse »,
# « Système d'exploitation Linux » as « Linux », « Faire preuve de rigueur et de
# précision » as « rigueur », « précision » (a quality is listed as its noun).
_KIND = re.compile(
    r"^(?:techniques? d[e']|methodes? |systeme d'exploitation |framework |langage "
    r"|caracteristiques? d(?:es |e |u |')"
    r"|(?:effectuer|realiser|assurer|executer|proceder a|mettre en oeuvre)"
    r" (?:une |un |la |le |les |l'|des )?)"
)
_QUALITY = re.compile(r"^faire preuve d(?:e |')(?:l'|la |le )?")
# A driving licence as every ad writes it: « Permis de conduire catégorie B » is « permis B ».
_LICENCE = re.compile(r"^permis de conduire (?:categorie )?(\w+)$")
# A CACES's codes, which ads leave out: « CACES Nacelle 3B R486 » is « CACES nacelle »,
# « CACES R489 catégorie 1-3-5 – Chariots élévateurs » is « CACES chariots élévateurs ».
# (Only there: « Norme ISO 9001 » is not every « norme ISO ».)
_CACES_CODE = re.compile(r"\s+(?:r\s?\d\w*|cat(?:egorie)?|-?\d[\w-]*|[-–])(?=\s|$)")
# A quality ROME names as a sense, which ads write one by one: « Sens de l'organisation et
# de la planification » is « sens de l'organisation », « sens de la planification ».
_SENSE = re.compile(r"^sens d(?:e |u |es |')")
_ITEMS = re.compile(r",|\bet d(?:e |')|\bet ")


def names(label: str) -> tuple[str, list[str], str]:
    """The ways an ad may write a label, folded (no accents, no case): the label itself,
    a quality's nouns one by one, and the label without the words that say its kind (or
    its codes, or a licence's « de conduire catégorie »)."""
    said = unaccented(label).replace("’", "'")
    if quality := _QUALITY.match(said):
        nouns = [item.strip() for item in _ITEMS.split(said[quality.end() :])]
        return said, [noun for noun in nouns if noun], ""
    if (sense := _SENSE.match(said)) and _ITEMS.search(said):
        senses = [item.strip() for item in _ITEMS.split(said[sense.end() :])]
        return said, [f"sens de {sense_of}" for sense_of in senses if sense_of], ""
    if licence := _LICENCE.match(said):
        return said, [], f"permis {licence.group(1)}"
    if kind := _KIND.match(said):
        return said, [], said[kind.end() :].strip()
    if said.startswith("caces "):
        return said, [], _CACES_CODE.sub("", said)
    return said, [], ""


def words(text: str) -> tuple[str, ...]:
    """A label's words as they are compared (see the module's docstring)."""
    return _compared(unaccented(text))


def _compared(folded: str) -> tuple[str, ...]:
    """The words of text already folded (folding is most of the index's build time)."""
    return tuple(_word(w) for w in _WORD.findall(folded) if w not in _SMALL)


class SkillFinder:
    """The labels of ESCO's skills and ROME's, indexed by their first word."""

    def __init__(self, labels: Iterable[tuple[str, str, str]]) -> None:
        """`labels`: (label, source, uri) — every label, preferred and alternative."""
        self._first: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
        said = [(label, source, uri, names(label)) for label, source, uri in labels]
        keys = {itself: _compared(itself) for _, _, _, (itself, _, _) in said}
        shared = Counter(word for key in keys.values() for word in set(key))
        for label, source, uri, (itself, qualities, thing) in said:
            for name in [itself, *qualities, thing]:
                key = keys[name] if name == itself else _compared(name)
                if not key or len(key) > MAX_WORDS:
                    continue
                if len(key) == 1 and len(_WORD.findall(name)) > 1:
                    continue  # "Ingénieur du son" is not "ingénieur": its meaning was in "son"
                if len(key) == 1 and (key[0] in _TOO_PLAIN or len(key[0]) < 3):
                    continue
                if name == thing and len(key) == 1 and shared[key[0]] > SHARED_BY:
                    continue  # « Techniques d'entretien » is not every « entretien » of an ad
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
