"""The skills wizard with the real ESCO taxonomy: find, level, evidence; cancel; resume."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import Views
from ui.start_window import StartWindow
from ui.wizards.skills.wizard import DRAFT, SkillsWizard
from vault.model import Experience, Skill, SkillEvidence


def _open(views: Views) -> SkillsWizard:
    return views.show(SkillsWizard(views.service))


def _open_from_the_app(window: StartWindow) -> SkillsWizard:
    wizard = window.main_view.show_section("skills").open_wizard()
    assert isinstance(wizard, SkillsWizard)
    return wizard


def _check(wizard: SkillsWizard, label: str) -> None:
    results = wizard.find_page.results
    item = next(results.item(n) for n in range(results.count()) if results.item(n).text() == label)
    item.setCheckState(Qt.CheckState.Checked)


def test_find_by_typing_level_and_evidence_then_finish(unlocked: StartWindow) -> None:
    service = unlocked.service
    before = len(service.list(Skill))
    wizard = _open_from_the_app(unlocked)
    assert not wizard.find_page.isComplete()
    wizard.find_page.search.setText("comptabilite")  # no accent typed
    wizard.find_page.run_search()
    _check(wizard, "comptabilité")
    wizard.find_page.show_transversal()
    _check(wizard, "travailler en équipe")
    wizard.find_page.search.setText("Animer des ateliers sécurité")
    wizard.find_page.add_free_text()
    assert wizard.find_page.isComplete()
    wizard.next()
    rows = wizard.details_page.rows
    chosen = wizard.find_page.chosen
    team_key = next(k for k in rows if chosen[k] == "travailler en équipe")
    level, _language, last_used, shown_by = rows[team_key]
    level.setCurrentIndex(level.findData("3"))
    last_used.setText("06/2025")  # as people write it
    job = next(e for e in service.list(Experience) if e.organisation == "LogiSud")
    shown_by.setCurrentIndex(shown_by.findData(job.id))
    wizard.accept()
    skills = {s.label: s for s in service.list(Skill)}
    assert len(skills) >= before + 3
    team = skills["travailler en équipe"]
    assert team.esco_uri.startswith("http://data.europa.eu/esco/skill/")
    assert (team.category, team.level, team.last_used) == ("transversal", 3, "2025-06")
    assert skills["Animer des ateliers sécurité"].esco_uri == ""
    assert any(e.skill_id == team.id and e.record_id == job.id for e in service.list(SkillEvidence))
    assert service.draft(DRAFT) is None


def test_a_language_gets_a_cefr_level(views: Views) -> None:
    service = views.service
    wizard = _open(views)
    wizard.find_page.search.setText("espagnol")
    wizard.find_page.run_search()
    first = wizard.find_page.results.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    wizard.next()
    level, language, _last, _shown = next(iter(wizard.details_page.rows.values()))
    language.setChecked(True)
    level.setCurrentIndex(level.findData("B2"))
    wizard.accept()
    spanish = next(s for s in service.list(Skill) if s.label == first.text())
    assert (spanish.category, spanish.cefr, spanish.level) == ("language", "B2", None)


def test_cancel_writes_nothing_and_resume_keeps_the_choices(views: Views) -> None:
    service = views.service
    before = service.stats()
    wizard = _open(views)
    wizard.find_page.search.setText("soudure")
    wizard.find_page.run_search()
    wizard.find_page.results.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.reject()
    assert service.stats() == before and service.draft(DRAFT) is None
    wizard = _open(views)
    wizard.find_page.search.setText("soudure")
    wizard.find_page.run_search()
    wizard.find_page.results.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.keep_for_later()
    again = _open(views)
    assert len(again.find_page.chosen) == 1
    assert service.stats() == before


def test_a_wrong_date_is_explained_and_nothing_written(views: Views) -> None:
    service = views.service
    before = service.stats()
    wizard = _open(views)
    wizard.find_page.search.setText("Mon savoir-faire")
    wizard.find_page.add_free_text()
    wizard.next()
    _level, _lang, last_used, _shown = next(iter(wizard.details_page.rows.values()))
    last_used.setText("l'an dernier")
    assert not wizard.validateCurrentPage()
    assert "2024-05" in wizard.details_page.subTitle()
    assert service.stats() == before


def test_the_hierarchy_can_be_browsed_down_to_skills(views: Views) -> None:
    wizard = _open(views)
    page = wizard.find_page
    page.browse()
    top = page.results.item(0)
    assert top.text().startswith("▸ ")
    page._open_group(top)
    while not any(
        page.results.item(n).flags() & Qt.ItemFlag.ItemIsUserCheckable
        for n in range(page.results.count())
    ):
        page._open_group(page.results.item(0))  # down the first group until skills appear
    skill = next(
        page.results.item(n)
        for n in range(page.results.count())
        if page.results.item(n).flags() & Qt.ItemFlag.ItemIsUserCheckable
    )
    skill.setCheckState(Qt.CheckState.Checked)
    assert page.isComplete()
    wizard.next()
    shown_by = next(iter(wizard.details_page.rows.values())).shown_by
    names = [shown_by.itemText(n) for n in range(shown_by.count())]
    assert "attestation-management.pdf" in names  # documents can show a skill too
    wizard.reject()


def test_skills_already_held_are_marked_and_not_doubled(views: Views) -> None:
    """The wizard starts from what the musette holds: a held skill says so in the results."""
    service = views.service
    held = next(s for s in service.list(Skill) if s.esco_uri)
    wizard = _open(views)
    wizard.find_page.search.setText(held.label)
    wizard.find_page.run_search()
    results = wizard.find_page.results
    shown = [results.item(n).text() for n in range(results.count())]
    assert f"{held.label} — déjà dans ma musette" in shown
    before = len(service.list(Skill))
    row = shown.index(f"{held.label} — déjà dans ma musette")
    results.item(row).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.accept()
    assert len(service.list(Skill)) == before  # ticked again: no second copy
