"""Reading a job ad offline: the skills it asks for, ESCO's and ROME's, against the person's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.ad_skills import measured
from vault.ad_reading import Found, SkillFinder, compared, finder, words
from vault.model import Skill
from vault.reference import Reference
from vault.taxonomy import Taxonomy

ADS = Path(__file__).resolve().parents[1] / "data" / "ads"


@pytest.fixture(scope="module")
def everything() -> SkillFinder:
    taxonomy, reference = Taxonomy.open_default(), Reference.open_default()
    assert taxonomy is not None and reference is not None
    try:
        return finder(taxonomy, reference)
    finally:
        taxonomy.close()
        reference.close()


def test_a_real_ad_names_its_skills_and_a_list_is_not_read_as_a_phrase(
    everything: SkillFinder,
) -> None:
    ad = (ADS / "plieur-regleur-167GHBR.txt").read_text("utf-8")
    found = {(f.label, f.source) for f in everything.find(ad)}
    assert ("Commande numérique", "ROME") in found
    assert ("métrologie", "ESCO") in found
    assert ("travail des métaux", "ESCO") in found
    # « en mécanique, productique ou travail des métaux »: two words of a list, each its own.
    assert ("Mécanique productique", "ROME") not in found
    assert ("Productique", "ROME") in found
    # "machines" alone is a word of every ad, not a skill asked for.
    assert not any(label == "machines" for label, _ in found)


def test_accents_plurals_and_a_skill_s_verb_written_as_a_noun_are_the_same_skill() -> None:
    finder_ = SkillFinder(
        [("gérer les stocks", "ESCO", "esco:stocks"), ("lire des plans", "ESCO", "esco:plans")]
    )
    said = finder_.find("Vous assurez la GESTION DES STOCK et la lecture de plans.")
    assert [f.uri for f in said] == ["esco:stocks", "esco:plans"]
    assert words("Électricité") == words("electricites")
    # Each skill once, in the order the ad names it.
    assert len(finder_.find("gestion des stocks ; gestion des stocks")) == 1


def test_each_skill_is_held_partly_held_or_missing() -> None:
    held = [
        Skill(label="soudage", esco_uri=""),
        Skill(label="gérer les stocks d'un entrepôt", esco_uri=""),
        Skill(label="métrologie", esco_uri="http://data.europa.eu/esco/skill/m"),
    ]
    found = [
        Found("métrologie", "ESCO", "http://data.europa.eu/esco/skill/m"),
        Found("soudage TIG", "ROME", "rome:1"),
        Found("gestion des stocks", "ROME", "rome:2"),
        Found("travail des métaux", "ESCO", "esco:x"),
    ]
    assert [f.status for f in compared(found, held)] == ["held", "partly", "partly", "missing"]


def test_twenty_five_real_ads_are_read_with_few_wrong_skills_and_most_asked_ones_found(
    everything: SkillFinder,
) -> None:
    # Hand labels of 25 real ads (tests/data/ads/labels.json, sources in tests/data/README.md);
    # the rates are written in docs/benchmarks.md: 0.88 and 0.60 when this test was written,
    # the targets 0.8 and 0.6.
    measure = measured(everything)
    assert measure.asked >= 240
    assert measure.precision >= 0.8, measure.wrong
    assert measure.recall >= 0.6, measure.missed


def test_every_label_the_hand_labels_accept_is_one_of_esco_or_rome() -> None:
    import json

    taxonomy, reference = Taxonomy.open_default(), Reference.open_default()
    assert taxonomy is not None and reference is not None
    try:
        known = {text for _, text in taxonomy.skill_labels("fr")}
        known |= {label for _, label, _ in reference.skills()}
    finally:
        taxonomy.close()
        reference.close()
    labels = json.loads((ADS / "labels.json").read_text("utf-8"))
    accepted = {name for ad in labels["ads"] for _, names in ad["asked"] for name in names}
    assert accepted - known == set()  # else recall's ceiling would be counted too high


def test_the_kind_a_label_names_is_left_out_as_ads_leave_it_out() -> None:
    finder_ = SkillFinder(
        [
            ("Techniques de désherbage", "ROME", "rome:d"),
            ("Effectuer la facturation", "ROME", "rome:f"),
            ("Faire preuve de rigueur et de précision", "ROME", "rome:r"),
            ("Ingénieur du son", "ROME", "rome:s"),
            ("Node.js", "ROME", "rome:n"),
            ("Contrôle de gestion", "ROME", "rome:c"),
        ]
    )
    said = finder_.find(
        "Désherbage, encaissements et facturation. Profil : rigoureux, Node.js.\n"
        "Ingénieur de formation, vous contrôlez et gérez les produits."
    )
    assert [f.uri for f in said] == ["rome:d", "rome:f", "rome:r", "rome:n"]


def test_licences_caces_tools_gerunds_and_senses_are_read_as_ads_write_them() -> None:
    finder_ = SkillFinder(
        [
            ("Permis de conduire catégorie B", "ROME", "rome:b"),
            ("Permis de conduire catégorie C1", "ROME", "rome:c1"),
            ("CACES Nacelle 3B R486", "ROME", "rome:nacelle"),
            ("CACES R489 catégorie 1-3-5 – Chariots élévateurs", "ROME", "rome:chariot"),
            ("Norme ISO 9001", "ROME", "rome:iso"),
            ("Caractéristiques des taille-haies", "ROME", "rome:haie"),
            ("Diagnostic de pannes", "ROME", "rome:panne"),
            ("Sens de l'organisation et de la planification", "ROME", "rome:sens"),
            ("Techniques de gestion", "ROME", "rome:gestion"),
        ]
    )
    said = finder_.find(
        "Permis B obligatoire, permis C1 souhaité. CACES NACELLE et CACES chariots élévateurs.\n"
        "Matériel : taille-haie. Vous maintenez le parc en diagnostiquant les pannes.\n"
        "Sens de l'organisation. Norme ISO 14001. Gérant du magasin."
    )
    assert [f.uri for f in said] == [
        "rome:b",
        "rome:c1",
        "rome:nacelle",
        "rome:chariot",
        "rome:haie",
        "rome:panne",
        "rome:sens",
    ]  # ISO 9001 is not every ISO norm; « gérant » is a person, not « gestion »
