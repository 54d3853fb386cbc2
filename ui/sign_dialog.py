"""Signer une attestation: open a request, check and edit the claim, sign, save the file."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import resources
from exporters.actions import attest
from exporters.credentials import baking, identity, issue
from exporters.credentials.credential import BadCredential
from vault import VaultError
from vault.fileio import write_atomic

from . import dialogs, typed_dates
from .date_calendar import add_calendar
from .error_text import explain
from .names import shown
from .pages.common import error_line, heading, paragraph, resize_within_screen, show_error
from .vault_service import VaultService

BADGE_IMAGE = resources.path("icons", "musette-256.png")


class SignDialog(QDialog):
    """Shows who asks and what; only « Signer et enregistrer… » signs."""

    def __init__(
        self, service: VaultService, request: issue.Request, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._request = request
        self.signed_path: Path | None = None
        signer = service.signer()
        assert signer is not None
        self.setWindowTitle(self.tr("Signer une attestation"))
        resize_within_screen(self, 680, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Signer une attestation")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Demandée par : %1. Ne signez que ce que vous avez constaté vous-même ; vous pouvez corriger le texte avant de signer."
                ).replace("%1", shown(request.subject_label) if request.subject_label else "?")
            )
        )
        form = QFormLayout()
        claim = request.claim
        self.name_edit = QLineEdit(claim.name)
        self.name_edit.setAccessibleName(self.tr("Ce que vous attestez"))
        self.description_edit = QPlainTextEdit(claim.description)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.criteria_edit = QPlainTextEdit(claim.criteria)
        self.criteria_edit.setAccessibleName(self.tr("Comment vous l'avez constaté"))
        self.evidence_edit = QPlainTextEdit(claim.evidence)
        self.evidence_edit.setAccessibleName(self.tr("Quand, où, quoi"))
        for text in (self.description_edit, self.criteria_edit, self.evidence_edit):
            text.setTabChangesFocus(True)  # Tab goes on to the next field
        self.until_edit = QLineEdit()
        self.until_edit.setPlaceholderText(self.tr("JJ/MM/AAAA, ou vide : sans fin"))
        self.until_edit.setAccessibleName(self.tr("Valable jusqu'au"))
        add_calendar(self.until_edit)
        for label, widget in (
            (self.tr("Ce que vous attestez *"), self.name_edit),
            (self.tr("Description"), self.description_edit),
            (self.tr("Comment vous l'avez constaté"), self.criteria_edit),
            (self.tr("Quand, où, quoi"), self.evidence_edit),
            (self.tr("Valable jusqu'au"), self.until_edit),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr("Vous signez en tant que %1, empreinte %2.")
                .replace("%1", signer.name)
                .replace("%2", identity.fingerprint(signer.did))
            )
        )
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.sign_button = QPushButton(self.tr("Signer et enregistrer…"))
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign_and_save)
        row.addWidget(self.sign_button)
        layout.addLayout(row)

    def edited_request(self) -> issue.Request:
        claim = dataclasses.replace(
            self._request.claim,
            name=self.name_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            criteria=self.criteria_edit.toPlainText().strip(),
            evidence=self.evidence_edit.toPlainText().strip(),
        )
        return dataclasses.replace(self._request, claim=claim)

    def sign_and_save(self) -> Path | None:
        request = self.edited_request()
        if not request.claim.name:
            show_error(self.error_label, self.tr("Dites ce que vous attestez."))
            return None
        valid_until = None
        if self.until_edit.text().strip():
            try:
                until = typed_dates.read_typed(self.until_edit.text())
                if len(until) != 10:
                    raise typed_dates.NotADate(until)
                valid_until = datetime.strptime(until, "%Y-%m-%d").replace(tzinfo=UTC)
            except typed_dates.NotADate:
                show_error(
                    self.error_label,
                    self.tr("La date de fin est un jour complet, par exemple 31/12/2030."),
                )
                return None
        target = dialogs.ask_save_any(
            self,
            self.tr("Enregistrer l'attestation signée"),
            str(Path.home() / "attestation.jwt"),
            self.tr(
                "Attestation (*.jwt);;Badge PNG (*.png);;Badge SVG (*.svg);;"
                "Pour un portefeuille numérique, Data Integrity (*.json)"
            ),
        )
        if not target:
            return None
        path = Path(target)
        # A .json file is the form learner wallets read; the others carry the JWT.
        form = attest.DATA_INTEGRITY if path.suffix.lower() == ".json" else attest.JWT
        try:
            token = self._service.sign_request(request, valid_until, form)
            if path.suffix.lower() == ".png":
                data = baking.bake_png(BADGE_IMAGE.read_bytes(), token)
            elif path.suffix.lower() == ".svg":
                data = baking.bake_svg(request.claim.name, token)
            else:
                data = (token + "\n").encode("utf-8")
            write_atomic(path, data)
        except BadCredential as exc:
            show_error(self.error_label, str(exc))
            return None
        except (VaultError, OSError) as exc:
            show_error(self.error_label, explain(exc))
            return None
        self.signed_path = path
        self.accept()
        return path
