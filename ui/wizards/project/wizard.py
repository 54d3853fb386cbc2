"""The project wizard: target, gap, plan; Finish writes the project and its steps together."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from vault.errors import InvalidRecord
from vault.model import Contact, CpfReading, Project, ProjectStep, Record, Skill, check_date
from vault.rights import Situation, rules_for
from vault.taxonomy import Taxonomy

from ...pages.common import resize_within_screen
from ...vault_service import VaultService
from ..draft_wizard import DraftWizard
from ..rights.page_cpf import money
from .page_gap import GapPage
from .page_plan import PlanPage
from .page_target import TargetPage

DRAFT = "project"


class ProjectWizard(DraftWizard):
    """Cancel writes nothing; « Continuer plus tard » keeps the answers in the vault."""

    DRAFT = DRAFT

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.taxonomy = Taxonomy.open_default()
        self.setWindowTitle(self.tr("Mon projet"))
        resize_within_screen(self, 860, 640)
        self.target_page = TargetPage(self.taxonomy, self.language)
        self.gap_page = GapPage(self.taxonomy, self.language, service.list(Skill))
        self.plan_page = PlanPage()
        for page in (self.target_page, self.gap_page, self.plan_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._on_page)
        draft = self.draft
        self.target_page.restore(draft.get("target", {}))
        self.gap_page.restore(draft.get("gap", {}))
        self.plan_page.restore(draft.get("plan", {}))
        self.finished.connect(self._close_taxonomy)

    def aim(self, target: str, esco_uri: str) -> None:
        """Start from a job chosen elsewhere (Explorer des métiers): its name, its ESCO match."""
        self.target_page.aim(target, esco_uri)

    def _close_taxonomy(self) -> None:
        self.target_page.taxonomy = self.gap_page.taxonomy = None
        if self.taxonomy is not None:
            self.taxonomy.close()
            self.taxonomy = None

    def _on_page(self, _page_id: int) -> None:
        target_uri = self.target_page.target_uri
        if self.currentPage() is self.gap_page and target_uri and self.taxonomy is not None:
            # With ESCO's occupation–skill relations, the essential skills come prefilled.
            for uri, relation in self.taxonomy.skills_for(target_uri):
                if relation in ("essential", "") and uri not in self.gap_page.needed:
                    label = self.taxonomy.label(uri, self.language)
                    if label:
                        self.gap_page.needed[uri] = label
            self.gap_page.refresh()
        if self.currentPage() is self.plan_page:
            contacts = [c.display_name() for c in self._service.list(Contact)]
            self.plan_page.suggest(self.gap_page.missing(), contacts)
            self.plan_page.cpf_line.setText(self.cpf_summary())

    def cpf_summary(self) -> str:
        """What the CPF will hold by the target date, from the latest balance read."""
        readings = sorted(self._service.list(CpfReading), key=lambda r: r.read_on)
        if not readings or readings[-1].balance_cents is None:
            return self.tr("Relevez votre solde CPF (section Droits) pour voir ce qu'il finance.")
        last = readings[-1]
        when = self.target_page.answers()["when"]
        try:
            check_date("when", when)
            year = int(when[:4]) if when else date.today().year + 1
        except (InvalidRecord, ValueError):
            year = date.today().year + 1
        target = date(year, 12, 31)
        # The situation given in Mes droits (a salaried full-timer when it was never given).
        person = self._service.person()
        situation = Situation.of(self._service.situation(), person.birth_date if person else "")
        projected = rules_for(year).projection(
            situation, last.balance_cents or 0, date.fromisoformat(last.read_on), target
        )
        return (
            self.tr(
                "CPF : %1 relevés le %2 ; environ %3 fin %4, selon la situation donnée dans Mes droits."
            )
            .replace("%1", money(last.balance_cents))
            .replace("%2", last.read_on)
            .replace("%3", money(projected))
            .replace("%4", str(year))
        )

    def answers(self) -> dict[str, Any]:
        return {
            "target": self.target_page.answers(),
            "gap": self.gap_page.answers(),
            "plan": self.plan_page.answers(),
        }

    def new_records(self) -> list[Record]:
        target = self.target_page.answers()
        lines = [
            target["why"],
            *(
                f"{label} : {value}"
                for label, value in (
                    (self.tr("Où"), target["where"]),
                    (self.tr("Temps et argent"), target["means"]),
                )
                if value
            ),
        ]
        project = Project(
            title=target["target"],
            target_occupation=target["target"],
            target_esco_uri=target["target_uri"],
            status="active",
            description="\n".join(line for line in lines if line),
            target_date=target["when"],
        )
        found: list[Record] = [project]
        for position, (title, due, funding) in enumerate(self.plan_page.steps()):
            found.append(
                ProjectStep(
                    project_id=project.id,
                    title=title,
                    due_on=due,
                    funding=funding,
                    position=position,
                )
            )
        return found

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.currentPage() is self.plan_page:
            try:
                for record in self.new_records():
                    record.validate()
            except InvalidRecord:
                self.error = self.tr("Une date s'écrit 2027, 2027-03 ou 2027-03-15.")
                self.plan_page.setSubTitle(self.error)
                return False
        return super().validateCurrentPage()
