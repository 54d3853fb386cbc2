"""« Explorer des métiers »: what I like and the jobs I held lead to jobs, one to my project."""

from __future__ import annotations

from tests.ui.conftest import Views
from ui.jobs_explorer import CodeRole, JobsExplorer
from ui.start_window import StartWindow
from ui.wizards.project.wizard import ProjectWizard
from vault.model import Project
from vault.reference import Reference


def _explorer(views: Views) -> JobsExplorer:
    directory = Reference.open_default()
    assert directory is not None
    return views.show(JobsExplorer(views.service, directory))


def _codes(widget) -> list[str]:
    return [str(widget.item(n).data(CodeRole)) for n in range(widget.count())]


def test_interests_as_cards_lead_to_jobs_with_what_rome_says_of_them(views: Views) -> None:
    explorer = _explorer(views)
    assert len(explorer.cards) == 30
    assert explorer.interest_jobs.count() == 0
    animals = next(c for c in explorer.cards.values() if "animaux" in c.accessibleName())
    animals.click()
    first = _codes(explorer.interest_jobs)
    assert first and explorer.interest_count.text().endswith("métiers")
    # A second interest: the jobs both lead to come first.
    outdoors = next(c for c in explorer.cards.values() if "nature" in c.accessibleName())
    outdoors.click()
    both = _codes(explorer.interest_jobs)
    assert set(first) <= set(both)
    directory = explorer.reference
    assert directory is not None
    shared = [
        code
        for code in both
        if any(j.code == code for j, _ in directory.interest_jobs(code_of(explorer, animals)))
        and any(j.code == code for j, _ in directory.interest_jobs(code_of(explorer, outdoors)))
    ]
    assert shared and both[: len(shared)] == shared
    explorer.interest_jobs.setCurrentRow(0)
    text = explorer.details.text.text()
    job = directory.job(both[0])
    assert job is not None and job.label in text and f"ROME {job.code}" in text
    assert "Métiers proches" in text or not directory.close_jobs(job.code)
    assert explorer.details.aim_button.isEnabled()


def code_of(explorer: JobsExplorer, card) -> str:
    return next(code for code, c in explorer.cards.items() if c is card)


def test_from_a_job_i_held_the_jobs_one_step_away_in_rome_s_order(views: Views) -> None:
    explorer = _explorer(views)
    explorer.tabs.setCurrentIndex(1)
    explorer.my_job.setCurrentText("Préparatrice de commandes")
    explorer.show_close_jobs()
    assert "N1103" in explorer.found_as.text()
    directory = explorer.reference
    assert directory is not None
    assert _codes(explorer.close_jobs) == [j.code for j in directory.close_jobs("N1103")]
    explorer.my_job.setCurrentText("zzzz qqqq")
    explorer.show_close_jobs()
    assert "zzzz qqqq" in explorer.found_as.text() and explorer.close_jobs.count() == 0


def test_a_job_becomes_the_project_s_target_with_its_esco_match(unlocked: StartWindow) -> None:
    explorer = unlocked.main_view.open_wizard("jobs")
    assert isinstance(explorer, JobsExplorer)
    explorer.tabs.setCurrentIndex(1)
    explorer.my_job.setCurrentText("Préparatrice de commandes")
    explorer.show_close_jobs()
    explorer.details.show_job("N1101")  # Cariste: ESCO bears the same name
    assert "« cariste » (même intitulé)" in explorer.details.text.text()
    explorer.details.aim_button.click()
    wizard = unlocked.main_view.findChild(ProjectWizard)
    assert isinstance(wizard, ProjectWizard) and wizard.isVisible()
    page = wizard.target_page
    assert page.target.text() == "Cariste"
    assert page.target_uri.startswith("http://data.europa.eu/esco/occupation/")
    assert page.matches.currentItem().text() == "cariste"
    before = len(unlocked.service.list(Project))
    wizard.next()
    wizard.next()
    wizard.accept()
    projects = unlocked.service.list(Project)
    assert len(projects) == before + 1
    made = next(p for p in projects if p.target_occupation == "Cariste")
    assert made.target_esco_uri == page.target_uri


def test_the_about_box_credits_the_public_data_shown(unlocked: StartWindow) -> None:
    box = unlocked.show_about()
    text = box.text()
    for credit in ("ESCO", "France Travail — ROME 4.0", "Diagoriente (beta.gouv.fr)"):
        assert credit in text
    box.close()
