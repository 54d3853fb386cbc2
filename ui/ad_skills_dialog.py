"""« Ce que l'annonce demande »: the skills found in an ad against mine; the person corrects the list."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault import VaultError
from vault.errors import InvalidRecord
from vault.model import Application, Skill

from . import background
from .error_text import explain
from .pages.common import error_line, paragraph, show_error, size_to_text
from .vault_service import VaultService

SkillRole = Qt.ItemDataRole.UserRole


class AdSkillsDialog(QDialog):
    """Untick what the ad does not ask for, add what it asks in other words; nothing leaves."""

    profile_made = Signal(str)  # the share profile of a CV made for this ad

    def __init__(
        self, service: VaultService, application: Application, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.application = application
        self.setWindowTitle(self.tr("Ce que l'annonce demande"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Les compétences trouvées dans le texte de l'annonce (référentiels ESCO et "
                    "ROME), face aux vôtres. Décochez ce qui n'y est pas demandé ; ajoutez ce qui "
                    "y est dit autrement. L'annonce est lue sur cet ordinateur, rien n'est envoyé."
                )
            )
        )
        self.skills = QListWidget()
        self.skills.setAccessibleName(self.tr("Compétences demandées"))
        self.skills.itemChanged.connect(lambda _item: self._count())
        layout.addWidget(self.skills, 1)
        row = QHBoxLayout()
        self.own = QLineEdit()
        self.own.setPlaceholderText(self.tr("Une compétence demandée, avec vos mots"))
        self.own.setAccessibleName(self.tr("Ajouter une compétence demandée"))
        self.own.returnPressed.connect(self.add_own)
        add = QPushButton(self.tr("Ajouter"))
        add.clicked.connect(self.add_own)
        row.addWidget(self.own, 1)
        row.addWidget(add)
        layout.addLayout(row)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.read_button = buttons.addButton(
            self.tr("Lire à nouveau l'annonce"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read_button.clicked.connect(self.read_again)
        self.cv_button = buttons.addButton(
            self.tr("Faire un CV pour cette annonce"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cv_button.setToolTip(
            self.tr(
                "Un profil de partage où les compétences demandées que vous avez viennent en "
                "premier, « Compétences clés » ; le CV s'ouvre en aperçu."
            )
        )
        self.cv_button.clicked.connect(self.make_cv)
        self.save_button = buttons.addButton(
            self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        size_to_text(self, 72)
        self.job: background.Job | None = None
        kept = json.loads(application.skills)
        if kept or not application.ad_text.strip():
            self.show_skills(kept)
        else:
            self.read_again()

    def status_words(self, status: str) -> str:
        """Said in words, not by a colour."""
        return {
            "held": self.tr("je l'ai"),
            "partly": self.tr("en partie"),
            "missing": self.tr("à acquérir"),
        }.get(status, status)

    def show_skills(self, found: list[dict[str, Any]]) -> None:
        self.skills.clear()
        for skill in found:
            self._item(skill, checked=skill.get("kept", True) is not False)
        self._count()

    def _item(self, skill: dict[str, Any], *, checked: bool) -> None:
        source = skill.get("source", "")
        shown = source if source in ("ESCO", "ROME") else self.tr("mes mots")
        text = f"{skill['label']} — {self.status_words(skill.get('status', 'missing'))} ({shown})"
        item = QListWidgetItem(text)
        item.setData(SkillRole, skill)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.skills.addItem(item)

    def _count(self) -> None:
        kept = self.kept()
        held = sum(1 for s in kept if s["status"] == "held")
        partly = sum(1 for s in kept if s["status"] == "partly")
        self.summary.setText(
            self.tr("%1 demandées : %2 que j'ai, %3 en partie, %4 à acquérir.")
            .replace("%1", str(len(kept)))
            .replace("%2", str(held))
            .replace("%3", str(partly))
            .replace("%4", str(len(kept) - held - partly))
        )

    def add_own(self) -> None:
        from vault.ad_reading import Found, compared

        label = " ".join(self.own.text().split())
        if not label:
            return
        (said,) = compared([Found(label, "person", "")], self.service.list(Skill))
        self._item(said.facts(), checked=True)
        self.own.clear()
        self._count()

    def read_again(self) -> None:
        """The ad read on a worker (the labels' index takes a second or two, once)."""
        from exporters.actions.applications import read_skills

        text = self.application.ad_text
        held = self.service.list(Skill)
        self.read_button.setEnabled(False)
        self.job = background.run(
            lambda: [f.facts() for f in read_skills(text, held)],
            self,
            self._read,
            self._failed,
            saying=self.tr("Lecture de l'annonce…"),
        )

    def _read(self, found: list[dict[str, Any]]) -> None:
        self.read_button.setEnabled(True)
        self.show_skills(found)

    def _failed(self, error: BaseException) -> None:
        self.read_button.setEnabled(True)
        said = explain(error) if isinstance(error, Exception) else str(error)
        show_error(self.error_label, said)

    def kept(self) -> list[dict[str, Any]]:
        """The skills ticked, as the application keeps them."""
        return [
            dict(self.skills.item(n).data(SkillRole))
            for n in range(self.skills.count())
            if self.skills.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _keep(self) -> bool:
        changed = dataclasses.replace(
            self.application, skills=json.dumps(self.kept(), ensure_ascii=False)
        )
        try:
            self.application = self.service.save(changed, is_new=False)  # type: ignore[assignment]
        except (VaultError, InvalidRecord) as exc:
            show_error(self.error_label, explain(exc))
            return False
        return True

    def save(self) -> None:
        if self._keep():
            self.accept()

    def make_cv(self) -> None:
        """The list kept, then the profile made (or brought up to date) and its CV shown."""
        if not self._keep():
            return
        try:
            profile = self.service.tailored_profile(self.application)
        except (VaultError, InvalidRecord) as exc:
            show_error(self.error_label, explain(exc))
            return
        self.accept()
        self.profile_made.emit(profile.id)
