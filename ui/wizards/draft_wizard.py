"""What every wizard shares: a draft kept in the vault, « Continuer plus tard », one-transaction Finish."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from vault import VaultError
from vault.errors import InvalidRecord
from vault.model import Record

from .. import dialogs
from ..error_text import explain
from ..pages.common import focus_first
from ..vault_service import VaultService


class DraftWizard(QWizard):
    """Subclasses give `answers()` (what to keep for later) and `new_records()` (what Finish writes)."""

    DRAFT = ""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.error = ""
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Continuer plus tard"))
        self.customButtonClicked.connect(lambda _which: self.keep_for_later())
        self.draft: dict[str, Any] = service.draft(self.DRAFT) or {}
        self._opened_with: dict[str, Any] | None = None  # the answers when first shown
        self._leaving = False
        self._titles: dict[int, str] = {}
        self.currentIdChanged.connect(self._show_step)

    def _show_step(self, page_id: int) -> None:
        """« Étape 2 sur 4 » after each page's title: where the person is, and how far."""
        page = self.page(page_id)
        if page is None:
            return
        ids = self.pageIds()
        base = self._titles.setdefault(page_id, page.title())
        step = self.tr("étape %1 sur %2").replace("%1", str(ids.index(page_id) + 1))
        page.setTitle(f"{base} — {step.replace('%2', str(len(ids)))}")
        # The control that had the focus went with the previous page: start on this one's.
        if self.isVisible():
            focus_first(page)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._opened_with is None:
            self._opened_with = self._answers_now()

    def _answers_now(self) -> dict[str, Any]:
        try:
            return self.answers()
        except (ValueError, TypeError):
            return {}

    def leave_for_lock(self) -> None:
        """Locking: answers typed are kept as a draft, without a question, and the wizard goes."""
        if self._opened_with is not None and self._answers_now() != self._opened_with:
            try:
                self._service.save_draft(self.DRAFT, self.answers())
            except VaultError:
                pass  # the vault is going away; the lock must happen all the same
        self._leaving = True
        super().reject()

    def reject(self) -> None:
        """× or Annuler: answers typed since the wizard opened are not dropped unasked."""
        if not self._leaving and self._opened_with is not None:
            if self._answers_now() != self._opened_with:
                choice = dialogs.ask_leave_wizard(self)
                if choice == "back":
                    return
                if choice == "keep":
                    self.keep_for_later()
                    return
        super().reject()

    def answers(self) -> dict[str, Any]:
        raise NotImplementedError

    def new_records(self) -> list[Record]:
        raise NotImplementedError

    def keep_for_later(self) -> None:
        """Leave now and come back: the answers wait in the vault, nowhere else."""
        try:
            self._service.save_draft(self.DRAFT, self.answers())
        except VaultError as exc:
            self.error = explain(exc)
            return
        self._leaving = True
        self.reject()

    def accept(self) -> None:
        """Everything the wizard made, and the end of its draft, in one transaction."""
        try:
            self._service.finish_draft(self.DRAFT, self.new_records())
            self.after_finish()
        except (VaultError, InvalidRecord) as exc:
            self.error = explain(exc)
            return
        super().accept()

    def after_finish(self) -> None:
        """What a wizard keeps once finished (nothing by default)."""
