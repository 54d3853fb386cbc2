"""Page 5: what Finish will write — the skills with their level and sentence, their ESCO link offered."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWizardPage

from vault.discovery import EscoLink, Graded

from ...fields import SKILL_LEVELS
from ...pages.common import paragraph, scrolled_column
from .common import emptied


class ResultPage(QWizardPage):
    """A close ESCO match is ticked, a partial one is not; the person decides either way."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ce que j'enregistre"))
        self.setSubTitle(
            self.tr(
                "Voici ce qui entrera dans votre musette. Vous pourrez tout changer ensuite "
                "dans Compétences et Parcours."
            )
        )
        self.column = scrolled_column(QVBoxLayout(self))
        self.esco_boxes: dict[str, QCheckBox] = {}
        self.kept: dict[str, bool] = {}

    def strength_words(self, link: EscoLink) -> str:
        return (
            self.tr("correspondance proche")
            if link.strength == "close"
            else self.tr("correspondance partielle")
        )

    def show_result(
        self,
        graded: list[Graded],
        proposals: dict[str, EscoLink],
        held: set[str],
        experiences: list[str],
    ) -> None:
        """`held`: the labels (folded) of skills already in the musette: evidence only."""
        self.kept.update(self.answers())
        emptied(self.column)
        self.esco_boxes = {}
        levels = dict(SKILL_LEVELS)
        if not graded:
            self.column.addWidget(
                paragraph(
                    self.tr(
                        "Aucune phrase choisie : seules vos activités seront notées dans Parcours."
                    )
                )
            )
        for grade in graded:
            level = QCoreApplication.translate("fields", levels[str(grade.level)]).split(" — ")[0]
            already = grade.competence.title.casefold() in held
            lines = [f"<b>{escape(grade.competence.title)}</b> — {escape(level)}"]
            lines.append(f"« {escape(grade.sentence)} »")
            if already:
                lines.append(
                    escape(
                        self.tr("Déjà dans ma musette : ces activités s'y ajoutent comme preuves.")
                    )
                )
            label = QLabel("<br/>".join(lines))
            label.setWordWrap(True)
            self.column.addWidget(label)
            link = proposals.get(grade.competence.id)
            if link is not None and not already:
                box = QCheckBox(
                    self.tr("Relier à la compétence européenne ESCO « %1 » (%2)")
                    .replace("%1", link.label)
                    .replace("%2", self.strength_words(link))
                )
                box.setChecked(self.kept.get(grade.competence.id, link.strength == "close"))
                self.esco_boxes[grade.competence.id] = box
                self.column.addWidget(box)
            self.column.addSpacing(10)
        if experiences:
            self.column.addWidget(
                paragraph(self.tr("Dans Parcours : %1.").replace("%1", " ; ".join(experiences)))
            )
        self.column.addStretch(1)

    def linked(self) -> set[str]:
        """The competences whose ESCO proposal the person kept."""
        return {key for key, box in self.esco_boxes.items() if box.isChecked()}

    def answers(self) -> dict[str, Any]:
        return {**self.kept, **{k: b.isChecked() for k, b in self.esco_boxes.items()}}

    def restore(self, saved: dict[str, Any]) -> None:
        self.kept = {k: bool(v) for k, v in saved.items()}
