"""What every wizard shares: a draft kept in the vault, « Continuer plus tard », one-transaction Finish."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from vault import VaultError
from vault.errors import InvalidRecord
from vault.model import Record

from ..error_text import explain
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
