"""The rights wizard, walked end to end: situation, CPF, schemes, reminders; cancel; resume."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import Views
from ui.record_text import title
from ui.start_window import StartWindow
from ui.wizards.rights.wizard import DRAFT, RightsWizard
from vault.model import CpfReading, RightScheme


def _open(views: Views) -> RightsWizard:
    return views.show(RightsWizard(views.service))


def _open_from_the_app(window: StartWindow) -> RightsWizard:
    view = window.main_view.show_section("rights")
    wizard = view.open_wizard()
    assert isinstance(wizard, RightsWizard)
    return wizard


def _situation(wizard: RightsWizard, status: str, age: int = 40) -> None:
    page = wizard.situation_page
    page.status.setCurrentIndex(page.status.findData(status))
    page.age.setValue(age)


def test_an_employee_walks_through_and_finish_writes_everything_at_once(
    unlocked: StartWindow,
) -> None:
    service = unlocked.service
    before = service.stats()
    wizard = _open_from_the_app(unlocked)
    _situation(wizard, "employee_private")
    wizard.next()
    assert wizard.currentPage() is wizard.cpf_page
    wizard.cpf_page.balance.setValue(3120)
    wizard.cpf_page.read_on.setDate(QDate(2026, 10, 1))
    wizard.cpf_page.projection_on.setDate(QDate(2028, 7, 1))
    text = wizard.cpf_page.result.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert "4 120,00 €" in text  # 3 120 € + 2026 and 2027 rights
    assert "L6323-11" in text and "103,20 €" in text
    wizard.next()
    codes = [a.code for a in wizard.schemes_page.advice]
    assert codes[:2] == ["cep", "vae"] and "ptp" in codes and "cej" not in codes
    wizard.schemes_page.boxes["vae"].setChecked(True)
    wizard.next()
    assert wizard.reminders_page.interview.isVisibleTo(wizard)
    wizard.reminders_page.interview.setChecked(True)
    wizard.reminders_page.deadline_title.setText("Dossier Transitions Pro")
    assert service.stats() == before  # nothing written before Finish
    wizard.accept()
    after = service.stats()
    assert after["cpf_reading"] == before["cpf_reading"] + 1
    assert after["reminder"] == before["reminder"] + 2
    assert "vae" in {s.scheme for s in service.list(RightScheme)}
    newest = max(service.list(CpfReading), key=lambda r: r.created_at)
    assert (newest.balance_cents, newest.read_on) == (312000, "2026-10-01")
    assert service.draft(DRAFT) is None
    situation = service.situation()  # for Mon projet, the brief and meeting mode
    assert situation is not None and situation.status == "employee_private"
    assert title(situation) == "Salarié(e) du privé, 100\u00a0%"  # as the home screen lists it
    assert after["situation"] == 1  # the demo's situation, updated, not a second one


def test_cancel_writes_nothing(views: Views) -> None:
    service = views.service
    before = service.stats()
    wizard = _open(views)
    _situation(wizard, "job_seeker")
    wizard.next()
    wizard.reject()
    assert service.stats() == before and service.draft(DRAFT) is None


def test_closing_with_answers_typed_asks_and_can_keep_them(views: Views, monkeypatch) -> None:
    """× or Annuler after typing: go back, keep the answers as a draft, or drop them."""
    from ui import dialogs

    service = views.service
    wizard = _open(views)
    assert "étape 1 sur 4" in wizard.situation_page.title()
    _situation(wizard, "self_employed", age=52)
    wizard.next()
    assert "étape 2 sur 4" in wizard.cpf_page.title()
    monkeypatch.setattr(dialogs, "ask_leave_wizard", lambda _parent: "back")
    wizard.reject()
    assert wizard.isVisible()  # still there, answers and all
    monkeypatch.setattr(dialogs, "ask_leave_wizard", lambda _parent: "keep")
    wizard.close()  # the window's ×
    assert not wizard.isVisible()
    assert service.draft(DRAFT)["situation"]["status"] == "self_employed"
    # Nothing typed: closing asks nothing.
    asked: list[object] = []
    monkeypatch.setattr(dialogs, "ask_leave_wizard", lambda parent: asked.append(parent) or "back")
    untouched = _open(views)
    untouched.reject()
    assert asked == [] and not untouched.isVisible()


def test_leave_and_resume_later(views: Views) -> None:
    service = views.service
    wizard = _open(views)
    _situation(wizard, "self_employed", age=52)
    wizard.next()
    wizard.cpf_page.balance.setValue(800)
    wizard.keep_for_later()
    assert service.draft(DRAFT)["situation"]["status"] == "self_employed"
    again = _open(views)
    assert again.situation_page.status.currentData() == "self_employed"
    # The age comes from the birth date in Identité (17 April 1988), not from a question.
    assert again.situation_page.age.value() == 38 and not again.situation_page.age.isEnabled()
    assert again.cpf_page.balance.value() == 800


@pytest.mark.parametrize(
    ("status", "age", "expected", "absent"),
    [
        ("job_seeker", 22, ["Pas de nouveaux droits", "pas de participation"], []),
        ("public_servant", 45, ["heures"], ["€ par"]),
        ("young_no_job", 19, ["Pas de nouveaux droits"], []),
        ("apprentice", 17, ["500,00 €"], []),
    ],
)
def test_each_situation_gets_its_own_answers(
    views: Views, status: str, age: int, expected: list[str], absent: list[str]
) -> None:
    wizard = _open(views)
    _situation(wizard, status, age)
    wizard.next()
    text = wizard.cpf_page.result.text().replace("\u00a0", " ").replace("\u202f", " ")
    for words in expected:
        assert words.lower() in text.lower(), text
    for words in absent:
        assert words not in text
    wizard.next()
    codes = [a.code for a in wizard.schemes_page.advice]
    assert codes[0] == "cep"
    if status in ("job_seeker", "young_no_job"):
        assert "cej" in codes
    wizard.reject()


def test_the_interview_reminder_is_only_offered_to_employees(views: Views) -> None:
    wizard = _open(views)
    _situation(wizard, "job_seeker")
    wizard.next()
    wizard.next()
    wizard.next()
    assert not wizard.reminders_page.interview.isVisibleTo(wizard)
    wizard.reject()


def test_the_wizard_starts_from_the_situation_in_the_vault(views: Views) -> None:
    service = views.service
    first = _open(views)
    _situation(first, "job_seeker")
    first.situation_page.working_time.setValue(60)
    first.accept()
    again = _open(views)
    assert again.situation_page.status.currentData() == "job_seeker"
    assert again.situation_page.working_time.value() == 60
    again.reject()
    stored = service.situation()
    assert stored is not None and stored.working_time_percent == 60


def test_the_wizard_starts_from_the_vault_and_asks_only_what_matters(views: Views) -> None:
    wizard = _open(views)
    page = wizard.situation_page
    # The demo's last CPF reading, not a blank 0; the age from the birth date.
    assert wizard.cpf_page.balance.value() == 3120
    assert wizard.cpf_page.read_on.date() == QDate(2026, 10, 1)
    assert not page.age.isEnabled()
    _situation(wizard, "self_employed")
    assert page.months.isVisibleTo(page) and not page.working_time.isVisibleTo(page)
    page.months.setValue(6)
    wizard.next()
    text = wizard.cpf_page.result.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert "250,00 €" in text  # R6323-22: half a year in activity, half the rights
    assert "CFP" in text  # only if the training contribution was paid
    wizard.back()
    _situation(wizard, "esat")
    assert not page.working_time.isVisibleTo(page) and not page.employer_size.isVisibleTo(page)
    wizard.next()
    wizard.next()
    codes = [a.code for a in wizard.schemes_page.advice]
    assert "ptp" not in codes and "entretien_parcours" not in codes  # no employment contract
    wizard.back()
    wizard.back()
    _situation(wizard, "employee_private")
    page.low_qualification.setChecked(True)
    assert page.declared.isVisibleTo(page)
    page.working_time.setValue(30)
    wizard.next()
    text = wizard.cpf_page.result.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert "150,00 €" in text  # below half time: the ordinary pro rata, not 800 €
    wizard.next()
    info = wizard.schemes_page.inner.findChildren(QLabel)
    assert any("60 jours" in label.text() for label in info)  # training during working time
    wizard.reject()


def test_in_english_the_wizard_speaks_english_only(views: Views) -> None:
    """Every page's words, notes and sources in English; the law's names stay as cited."""
    from ui.i18n import apply_language

    apply_language("en")
    try:
        wizard = _open(views)
        _situation(wizard, "employee_private")
        seen: list[str] = []
        for _page in range(3):
            page = wizard.currentPage()
            seen.append(page.title() + "\n" + page.subTitle())
            seen.extend(label.text() for label in page.findChildren(QLabel))
            wizard.next()
        text = "\n".join(seen)
        assert "Source: Code du travail" in text
        for french in (" et ", "Source :", "vérifier", "Étape", "étape", " : ", "Votre ", "Mon "):
            assert french not in text, french
        assert "step 2 of 4" in text
    finally:
        apply_language("fr")
