"""The discovery wizard: parts of life, activities, a few answers, graded sentences, then Finish."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from vault import discovery
from vault.diagoriente import CREDIT, DOMAINS
from vault.discovery import Graded, Lived, Part
from vault.model import Experience, Record, Skill
from vault.reference import Reference

from ...pages.common import resize_within_screen
from ...vault_service import VaultService
from ..draft_wizard import DraftWizard
from .page_activities import ActivitiesPage
from .page_answers import AnswersPage
from .page_grades import GradesPage
from .page_life import LifePage
from .page_result import ResultPage

DRAFT = "discover"
WORK_KINDS = ("job", "internship", "apprenticeship")


class DiscoverWizard(DraftWizard):
    """Cancel writes nothing; « Continuer plus tard » keeps every answer in the vault."""

    DRAFT = DRAFT

    def __init__(
        self, service: VaultService, lists: Reference, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        self.lists: Reference | None = lists
        self.language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.setWindowTitle(self.tr("Découvrir ce que je sais faire"))
        resize_within_screen(self, 900, 680)
        self.themes = {domain: lists.themes(domain) for domain in DOMAINS[:2]}
        self.domain_of = {f"theme:{t.id}": t.domain for ts in self.themes.values() for t in ts}
        self.jobs = {
            e.id: e for e in service.list(Experience) if e.kind in WORK_KINDS and e.title.strip()
        }
        self.competences = lists.competences()
        self.life_page = LifePage(self.themes, list(self.jobs.values()), CREDIT)
        self.activities_page = ActivitiesPage(self.offer)
        self.answers_page = AnswersPage(
            {
                "role": lists.answers("Ton action"),
                "with_whom": lists.answers("Avec qui") + lists.answers("Dans quel contexte"),
                "setting": lists.answers("Dans quel cadre"),
            }
        )
        self.grades_page = GradesPage(self.competences)
        self.result_page = ResultPage()
        for page in (
            self.life_page,
            self.activities_page,
            self.answers_page,
            self.grades_page,
            self.result_page,
        ):
            self.addPage(page)
        saved = self.draft
        self.life_page.restore(saved.get("life", {}))
        self.activities_page.restore(saved.get("activities", {}))
        self.answers_page.restore(saved.get("answers", {}))
        self.grades_page.restore(saved.get("grades", {}))
        self.result_page.restore(saved.get("esco", {}))
        self.currentIdChanged.connect(self._on_page)
        self.finished.connect(self._close_lists)

    def _close_lists(self) -> None:
        if self.lists is not None:
            self.lists.close()
            self.lists = None

    def offer(self, key: str) -> tuple[list[str], str]:
        """The activities to offer in a part of life, and a sentence when there are none."""
        if self.lists is None:
            return [], ""
        if key.startswith("theme:"):
            return [a.title for a in self.lists.activities(key.removeprefix("theme:"))], ""
        title = self.life_page.chosen().get(key, "")
        job = self.lists.job_titled(title)
        if job is None:
            return [], self.tr("Pas de liste pour ce métier : écrivez ce que vous y faisiez.")
        offered = [a.title for a in self.lists.activities(job.code)]
        note = self.tr("Activités du métier « %1 » (ROME %2).").replace("%1", job.label)
        return offered, note.replace("%2", job.code)

    def parts(self) -> dict[str, str]:
        """The parts of life ticked that have at least one activity ticked."""
        ticked = self.activities_page.ticked()
        return {k: t for k, t in self.life_page.chosen().items() if ticked.get(k)}

    def _on_page(self, _page_id: int) -> None:
        page = self.currentPage()
        if page is self.activities_page:
            self.activities_page.show_parts(self.life_page.chosen())
        elif page is self.answers_page:
            self.answers_page.show_activities(self.parts(), self.activities_page.ticked())
        elif page is self.grades_page:
            self.grades_page.show_parts(self.parts())
        elif page is self.result_page:
            graded = self.graded(all_proposals=True)
            proposals = {
                c.id: link for c in self.competences if (link := discovery.esco_proposal(c))
            }
            held = {s.label.casefold() for s in self._service.list(Skill)}
            experiences = [
                title for key, title in self.parts().items() if not key.startswith("job:")
            ]
            self.result_page.show_result(graded, proposals, held, experiences)

    def graded(self, all_proposals: bool = False) -> list[Graded]:
        """The competences graded, with the ESCO link the person kept (or every proposal)."""
        parts = self.parts()
        linked = self.result_page.linked()
        found = []
        for competence in self.competences:
            chosen = self.grades_page.chosen().get(competence.id)
            if chosen is None:
                continue
            rank, shown_in = chosen
            link = discovery.esco_proposal(competence)
            keep = all_proposals or competence.id in linked
            found.append(
                Graded(
                    competence,
                    rank,
                    link if keep else None,
                    tuple(parts[k] for k in shown_in if k in parts) or tuple(parts.values()),
                )
            )
        return found

    def answers(self) -> dict[str, Any]:
        return {
            "life": self.life_page.answers(),
            "activities": self.activities_page.answers(),
            "answers": self.answers_page.answers(),
            "grades": self.grades_page.answers(),
            "esco": self.result_page.answers(),
        }

    def new_records(self) -> list[Record]:
        ticked = self.activities_page.ticked()
        said = self.answers_page.answers()
        parts = []
        for key, title in self.parts().items():
            lived = tuple(
                Lived(activity, **said.get(f"{key}|{activity}", {})) for activity in ticked[key]
            )
            domain = self.domain_of.get(key, "professional")
            existing = key.removeprefix("job:") if key.startswith("job:") else ""
            parts.append(Part(domain, title, lived, existing))
        held = self._service.list(Skill)
        return discovery.records_for(parts, self.graded(), held, self.language)
