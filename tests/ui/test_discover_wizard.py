"""« Découvrir ce que je sais faire »: from a life (a car, a club, a job) to graded skills."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import resources
from tests.ui.conftest import Views
from ui import dialogs
from ui.start_window import StartWindow
from ui.wizards.discover.wizard import DRAFT, DiscoverWizard
from vault.model import Experience, Skill, SkillEvidence
from vault.reference import Reference


def _open_from_home(window: StartWindow) -> DiscoverWizard:
    main = window.main_view
    home = main.show_section("home")
    home.discover_button.click()
    wizard = main.findChild(DiscoverWizard)
    assert isinstance(wizard, DiscoverWizard) and wizard.isVisible()
    return wizard


def _tick_part(wizard: DiscoverWizard, title: str) -> None:
    key = next(k for k, t in wizard.life_page.titles.items() if t == title)
    wizard.life_page.boxes[key].setChecked(True)


def _key(wizard: DiscoverWizard, title: str) -> str:
    return next(k for k, t in wizard.life_page.chosen().items() if t == title)


def test_a_life_becomes_graded_skills_with_the_activities_as_evidence(
    unlocked: StartWindow,
) -> None:
    service = unlocked.service
    jobs_before = {e.id for e in service.list(Experience)}
    wizard = _open_from_home(unlocked)
    life = wizard.life_page
    assert not life.isComplete()  # nothing ticked yet: Suivant waits
    _tick_part(wizard, "Véhicule")  # everyday life, published as VEHICULE
    _tick_part(wizard, "Animation sportive")  # volunteering
    life.other_job.setText("cariste")  # a job not yet in the musette
    assert life.isComplete()
    wizard.next()

    activities = wizard.activities_page
    car, club, forklift = (_key(wizard, t) for t in ("Véhicule", "Animation sportive", "cariste"))
    assert "Entretenir son véhicule" in activities.boxes[car]
    activities.boxes[car]["Entretenir son véhicule"].setChecked(True)
    first_club_activity = next(iter(activities.boxes[club]))
    activities.boxes[club][first_club_activity].setChecked(True)
    # The work part offers ROME's activities for the job typed, and one's own words.
    assert "Préparer les commandes" in activities.boxes[forklift]
    activities.boxes[forklift]["Préparer les commandes"].setChecked(True)
    wizard.next()

    answers = wizard.answers_page
    club_row = answers.rows[f"{club}|{first_club_activity}"]
    club_row["role"].setCurrentText("Encadrer")
    club_row["with_whom"].setCurrentText("des enfants")
    club_row["setting"].setCurrentText("le mercredi, au club de foot")  # own words
    wizard.next()

    grades = wizard.grades_page
    # Nothing is chosen for the person.
    assert grades.chosen() == {}
    competences = {c.title: c for c in wizard.competences}
    unexpected = competences["Agir face à l'imprévu"]
    team = competences["Coopérer et favoriser la collaboration"]
    plan = competences["Piloter et/ou organiser l'activité"]
    grades.groups[unexpected.id].button(3).setChecked(True)
    grades.groups[team.id].button(5).setChecked(True)
    grades.groups[plan.id].button(2).setChecked(True)
    # Cooperation was shown at the club only.
    grades.shown_in[team.id][car].setChecked(False)
    grades.shown_in[team.id][forklift].setChecked(False)
    wizard.next()

    result = wizard.result_page
    # A close ESCO match is offered ticked, a partial one unticked: the person decides.
    assert result.esco_boxes[unexpected.id].isChecked()
    assert "gérer l'incertitude" in result.esco_boxes[unexpected.id].text()
    assert "proche" in result.esco_boxes[unexpected.id].text()
    assert not result.esco_boxes[plan.id].isChecked()
    assert "partielle" in result.esco_boxes[plan.id].text()
    result.esco_boxes[team.id].setChecked(False)  # declined
    wizard.accept()

    skills = {s.label: s for s in service.list(Skill)}
    found = skills["Agir face à l'imprévu"]
    assert found.level == 2  # the third of eight sentences
    assert found.category == "transversal"
    assert found.esco_uri.endswith("5cd1930c-278d-4929-b413-27352f5b3687")
    assert "phrase 3 sur 8" in found.note and unexpected.sentences[2] in found.note
    assert found.provenance.source == "discovery"
    assert skills["Coopérer et favoriser la collaboration"].level == 3
    assert skills["Coopérer et favoriser la collaboration"].esco_uri == ""  # declined
    assert skills["Piloter et/ou organiser l'activité"].esco_uri == ""  # never forced

    new = [e for e in service.list(Experience) if e.id not in jobs_before]
    by_title = {e.title: e for e in new}
    assert by_title["Véhicule"].kind == "personal"
    assert by_title["Animation sportive"].kind == "volunteering"
    assert by_title["cariste"].kind == "job"
    assert (
        f"{first_club_activity} (Encadrer, des enfants, le mercredi, au club de foot)"
        in by_title["Animation sportive"].description
    )
    evidence = service.list(SkillEvidence)
    team_shown = {e.record_id for e in evidence if e.skill_id == skills[team.title].id}
    assert team_shown == {by_title["Animation sportive"].id}
    unexpected_shown = {e.record_id for e in evidence if e.skill_id == found.id}
    assert unexpected_shown == {e.id for e in new}
    note = next(
        e.note for e in evidence if e.skill_id == found.id and e.record_id == by_title["cariste"].id
    )
    assert note == "Préparer les commandes"
    assert service.draft(DRAFT) is None


def test_a_job_already_noted_is_explored_without_a_copy(views: Views) -> None:
    service = views.service
    lists = Reference.open_default()
    assert lists is not None
    wizard = views.show(DiscoverWizard(service, lists))
    head = next(
        e
        for e in service.list(Experience)
        if e.organisation == "Transports Valmont" and e.kind == "job"
    )
    wizard.life_page.boxes[f"job:{head.id}"].setChecked(True)
    wizard.next()
    offered = wizard.activities_page.boxes[f"job:{head.id}"]
    assert offered  # « Responsable d'entrepôt adjointe » is ROME's « Responsable d'entrepôt »
    wizard.activities_page.boxes[f"job:{head.id}"][next(iter(offered))].setChecked(True)
    wizard.next()
    wizard.next()
    team = next(c for c in wizard.competences if c.title.startswith("Coopérer"))
    wizard.grades_page.groups[team.id].button(6).setChecked(True)
    wizard.next()
    experiences_before = len(service.list(Experience))
    wizard.accept()
    assert len(service.list(Experience)) == experiences_before
    skill = next(s for s in service.list(Skill) if s.label == team.title)
    assert any(
        e.skill_id == skill.id and e.record_id == head.id for e in service.list(SkillEvidence)
    )


def test_later_keeps_every_answer_and_cancel_writes_nothing(
    views: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = views.service
    before = service.stats()
    lists = Reference.open_default()
    assert lists is not None
    wizard = views.show(DiscoverWizard(service, lists))
    _tick_part(wizard, "Cuisine")
    wizard.next()
    part = _key(wizard, "Cuisine")
    wizard.activities_page.boxes[part][next(iter(wizard.activities_page.boxes[part]))].setChecked(
        True
    )
    wizard.keep_for_later()
    saved = service.draft(DRAFT)
    assert saved is not None and saved["life"]["chosen"] == [part]

    again = views.show(DiscoverWizard(service, Reference.open_default()))  # type: ignore[arg-type]
    assert again.life_page.boxes[part].isChecked()
    again.next()
    assert any(b.isChecked() for b in again.activities_page.boxes[part].values())
    monkeypatch.setattr(dialogs, "ask_leave_wizard", lambda *_: "discard")
    again.reject()
    assert service.stats() == before


def test_without_the_lists_the_door_says_how_to_add_them(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, _title, text: told.append(text))
    monkeypatch.setitem(os.environ, "MUSETTE_REFERENCE", str(tmp_path / "absent.sqlite"))
    assert unlocked.main_view.open_wizard("discover") is None
    assert told and "musette reference import" in told[0]


def test_every_proposed_esco_link_is_a_transversal_skill_of_esco() -> None:
    from vault.taxonomy import Taxonomy

    taxonomy = Taxonomy.open_default()
    assert taxonomy is not None
    try:
        links = json.loads(resources.path("discovery", "rectec_esco.json").read_text("utf-8"))
        links = links["links"]
        lists = Reference.open_default()
        assert lists is not None
        competences = {c.id for c in lists.competences()}
        lists.close()
        assert set(links) <= competences and len(links) == 11
        transversal = set(taxonomy.transversal())
        for link in links.values():
            assert link["uri"] in transversal
            assert taxonomy.label(link["uri"], "fr") == link["label"]
            assert link["strength"] in ("close", "partial")
    finally:
        taxonomy.close()
