"""The rights wizard: its pages fill a draft; Finish writes everything at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from vault.model import CpfReading, Record, Reminder, RightScheme
from vault.rights import Situation, age_on, rules_for

from ...pages.common import resize_within_screen
from ...vault_service import VaultService
from ..draft_wizard import DraftWizard
from .page_cpf import CpfPage
from .page_reminders import RemindersPage
from .page_schemes import SchemesPage
from .page_situation import SituationPage, answers_of, record_from, situation_from

DRAFT = "rights"


class RightsWizard(DraftWizard):
    """Situation → CPF → schemes → reminders. Cancel writes nothing; « Continuer plus tard » keeps a draft."""

    DRAFT = DRAFT

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.rules = rules_for(date.today().year)
        self.language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.setWindowTitle(self.tr("Mes droits"))
        resize_within_screen(self, 760, 620)
        self.situation_page = SituationPage()
        self.cpf_page = CpfPage(self.rules)
        self.schemes_page = SchemesPage()
        self.reminders_page = RemindersPage()
        for page in (self.situation_page, self.cpf_page, self.schemes_page, self.reminders_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._on_page)
        self.stored_situation = service.situation()
        person = service.person()
        self.birth_date = person.birth_date if person is not None else ""
        known_age = age_on(self.birth_date, date.today())
        if known_age is not None:
            self.situation_page.age_from_birth_date(known_age)
        if "situation" in self.draft or self.stored_situation is None:
            self.situation_page.restore(self.draft.get("situation", {}))
        else:
            # Start from what the vault knows, not from a blank page.
            known = Situation.of(self.stored_situation, self.birth_date)
            self.situation_page.restore(answers_of(self.stored_situation, known.age))
        readings = sorted(service.list(CpfReading), key=lambda r: r.read_on)
        if "cpf" in self.draft or not readings:
            self.cpf_page.restore(self.draft.get("cpf", {}))
        else:
            # The last balance read on the official account, not a blank 0.
            last = readings[-1]
            amount = last.balance_hours if last.balance_cents is None else last.balance_cents / 100
            self.cpf_page.restore({"balance": amount or 0, "read_on": last.read_on})
        self.reminders_page.restore(self.draft.get("reminders", {}))

    def situation(self) -> Situation:
        return situation_from(self.situation_page.answers())

    def _on_page(self, _page_id: int) -> None:
        page = self.currentPage()
        situation = self.situation()
        if page is self.cpf_page:
            self.cpf_page.set_situation(situation)
        elif page is self.schemes_page:
            chosen = set(self.draft.get("schemes", {}).get("schemes", []))
            chosen |= {s.scheme for s in self._service.list(RightScheme)}
            self.schemes_page.show_advice(
                self.rules.schemes(situation, self.language),
                chosen,
                self.rules.information(situation, self.language),
            )
        elif page is self.reminders_page:
            codes = {a.code for a in self.schemes_page.advice}
            self.reminders_page.show_interview("entretien_parcours" in codes)

    def answers(self) -> dict[str, Any]:
        return {
            "situation": self.situation_page.answers(),
            "cpf": self.cpf_page.answers(),
            "schemes": self.schemes_page.answers()
            if self.schemes_page.boxes
            else self.draft.get("schemes", {}),
            "reminders": self.reminders_page.answers(),
        }

    def new_records(self) -> list[Record]:
        """What Finish writes: the situation, the CPF reading, the schemes chosen, the reminders."""
        found: list[Record] = [
            record_from(
                self.situation_page.answers(),
                self.stored_situation,
                birth_date_known=len(self.birth_date) == 10,
            )
        ]
        cpf = self.cpf_page.answers()
        if cpf["balance"] > 0:
            amount = self.cpf_page.balance_value()
            hours = self.rules.accrual(self.situation()).in_hours
            found.append(
                CpfReading(
                    read_on=cpf["read_on"],
                    balance_cents=None if hours else amount,
                    balance_hours=amount if hours else None,
                )
            )
        existing = {s.scheme for s in self._service.list(RightScheme)}
        found += [
            RightScheme(scheme=code) for code in self.schemes_page.chosen() if code not in existing
        ]
        reminders = self.reminders_page.answers()
        if reminders["interview"]:
            title = self.tr("Entretien de parcours professionnel")
            found.append(Reminder(title=title, due_on=reminders["interview_on"]))
        if reminders["deadline_title"]:
            found.append(
                Reminder(title=reminders["deadline_title"], due_on=reminders["deadline_on"])
            )
        return found
