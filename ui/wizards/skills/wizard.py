"""The skills wizard: find (ESCO or free text), then level and evidence; Finish writes it all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from vault.errors import InvalidRecord
from vault.model import (
    Attestation,
    Document,
    Education,
    Experience,
    Record,
    Skill,
    SkillEvidence,
    check_date,
)
from vault.taxonomy import Taxonomy

from ...pages.common import resize_within_screen
from ...vault_service import VaultService
from ..draft_wizard import DraftWizard
from .page_details import DetailsPage
from .page_find import FindPage, history_of

DRAFT = "skills"


class SkillsWizard(DraftWizard):
    """Cancel writes nothing; « Continuer plus tard » keeps the choices in the vault."""

    DRAFT = DRAFT

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.taxonomy = Taxonomy.open_default()
        self.setWindowTitle(self.tr("Mes compétences"))
        resize_within_screen(self, 860, 640)
        history = history_of([*service.list(Experience), *service.list(Education)])
        held = frozenset(s.esco_uri for s in service.list(Skill) if s.esco_uri)
        self.find_page = FindPage(self.taxonomy, self.language, history, held)
        evidence: list[Record] = [*history, *service.list(Document), *service.list(Attestation)]
        self.details_page = DetailsPage(evidence)
        self.addPage(self.find_page)
        self.addPage(self.details_page)
        self.currentIdChanged.connect(self._on_page)
        self.find_page.restore(self.draft.get("find", {}))
        self.finished.connect(self._close_taxonomy)

    def _close_taxonomy(self) -> None:
        self.find_page.taxonomy = None  # a search still queued finds nothing to ask
        if self.taxonomy is not None:
            self.taxonomy.close()
            self.taxonomy = None

    def _on_page(self, _page_id: int) -> None:
        if self.currentPage() is self.details_page:
            previous = {**self.draft.get("details", {}), **self.details_page.answers()}
            self.details_page.show_skills(self.find_page.chosen, previous)

    def answers(self) -> dict[str, Any]:
        return {"find": self.find_page.answers(), "details": self.details_page.answers()}

    def new_records(self) -> list[Record]:
        """Skills not already in the vault, and the evidence links the person chose."""
        details = self.details_page.answers()
        existing = {s.esco_uri: s for s in self._service.list(Skill) if s.esco_uri}
        found: list[Record] = []
        for key, label in self.find_page.chosen.items():
            answer = details.get(key, {})
            uri = "" if key.startswith("free:") else key
            check_date("last_used", answer.get("last_used", ""))
            if uri and uri in existing:
                skill = existing[uri]  # already there: only the evidence is new
            else:
                language = bool(answer.get("language"))
                level = answer.get("level", "")
                transversal = bool(
                    uri and self.taxonomy and self.taxonomy.reuse_level(uri) == "transversal"
                )
                skill = Skill(
                    label=label,
                    esco_uri=uri,
                    category="language"
                    if language
                    else ("transversal" if transversal else "skill"),
                    level=int(level) if level and not language else None,
                    cefr=level if language else "",
                    last_used=answer.get("last_used", ""),
                )
                found.append(skill)
            if answer.get("evidence"):
                found.append(SkillEvidence(skill_id=skill.id, record_id=answer["evidence"]))
        return found

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.currentPage() is self.details_page:
            try:
                self.new_records()
            except InvalidRecord:
                self.error = self.tr("Une date de dernière utilisation s'écrit 2024 ou 2024-05.")
                self.details_page.setSubTitle(self.error)
                return False
        return super().validateCurrentPage()
