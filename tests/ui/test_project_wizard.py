"""The project wizard: an ESCO target, the gap with the skills held, a plan; and the dashboard."""

from __future__ import annotations

import dataclasses

from tests.ui.conftest import Views
from ui.start_window import StartWindow
from ui.wizards.project.page_gap import standing
from ui.wizards.project.wizard import DRAFT, ProjectWizard
from vault.model import Project, ProjectStep, Skill


def _open(views: Views) -> ProjectWizard:
    return views.show(ProjectWizard(views.service))


def _open_from_the_app(window: StartWindow) -> ProjectWizard:
    wizard = window.main_view.show_section("projects").open_wizard()
    assert isinstance(wizard, ProjectWizard)
    return wizard


def test_target_gap_plan_then_the_dashboard_shows_the_next_step(unlocked: StartWindow) -> None:
    service = unlocked.service
    wizard = _open_from_the_app(unlocked)
    page = wizard.target_page
    page.target.setText("responsable qualite")
    page._search("responsable qualite")
    assert page.matches.count() > 0
    page._pick(page.matches.item(0))
    assert page.target_uri.startswith("http://data.europa.eu/esco/occupation/")
    page.why.setPlainText("Passer de l'exploitation à la qualité.")
    page.when.setText("09/2027")  # as people write it
    wizard.next()
    gap = wizard.gap_page
    gap._search("gerer les stocks d'un entrepot")
    gap._pick(gap.matches.item(0))  # held at level 4 in the demo
    gap.search.setText("Audit interne ISO 9001")
    gap.add_free_text()  # missing
    assert gap.lists["held"].count() == 1
    assert [gap.lists["missing"].item(0).text()] == ["Audit interne ISO 9001"]
    wizard.next()
    steps = wizard.plan_page.steps()
    assert steps[0][0].startswith("Rendez-vous avec un conseiller")
    assert ("Formation : Audit interne ISO 9001", "", "CPF") in steps
    assert "3" in wizard.plan_page.cpf_line.text()  # the demo's CPF reading, projected
    wizard.plan_page.table.item(0, 1).setText("2026-12-15")
    wizard.accept()
    project = next(p for p in service.list(Project) if p.target_esco_uri)
    assert (project.status, project.target_date) == ("active", "2027-09")
    assert len([s for s in service.list(ProjectStep) if s.project_id == project.id]) == len(steps)
    assert service.draft(DRAFT) is None
    dashboard = unlocked.main_view.show_section("home")
    assert dashboard.project_box.isVisibleTo(dashboard)
    assert "Prochaine étape" in dashboard.project_label.text()


def test_cancel_writes_nothing_and_leaving_keeps_a_draft(views: Views) -> None:
    service = views.service
    before = service.stats()
    wizard = _open(views)
    wizard.target_page.target.setText("Formatrice logistique")
    wizard.reject()
    assert service.stats() == before and service.draft(DRAFT) is None
    wizard = _open(views)
    wizard.target_page.target.setText("Formatrice logistique")
    wizard.keep_for_later()
    assert _open(views).target_page.target.text() == "Formatrice logistique"
    assert service.stats() == before


def test_the_gap_says_held_partly_or_missing() -> None:
    held = [Skill(label="Excel", level=2), Skill(label="Anglais", category="language", cefr="C1")]
    assert standing("", "excel", held) == "partly"
    assert standing("", "Anglais", held) == "held"
    assert standing("", "SAP", held) == "missing"


def test_the_cpf_line_uses_the_situation_given_in_mes_droits(views: Views) -> None:
    service = views.service
    wizard = _open(views)
    wizard.target_page.when.setText("2027-09")
    employee = wizard.cpf_summary().replace("\u00a0", " ").replace("\u202f", " ")
    assert "3 620,00 €" in employee  # 2026's rights land in June 2027
    situation = service.situation()
    assert situation is not None and situation.status == "employee_private"
    service.save(dataclasses.replace(situation, status="job_seeker"), is_new=False)
    seeker = wizard.cpf_summary().replace("\u00a0", " ").replace("\u202f", " ")
    assert "environ 3 120,00 €" in seeker  # no new rights while looking for work
    wizard.reject()
