"""Page 4: for each transversal competence, the sentence that fits best — or none."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from vault.diagoriente import CREDIT, Competence

from ...flow_layout import FlowLayout
from ...pages.common import paragraph, scrolled_column
from .common import check_box, emptied, shown


class GradesPage(QWizardPage):
    """Nothing is chosen for the person: « Pas dans ce que j'ai vécu » until they pick a sentence."""

    def __init__(self, competences: list[Competence]) -> None:
        super().__init__()
        self.competences = competences
        self.setTitle(self.tr("Ce que cela montre"))
        self.setSubTitle(
            self.tr(
                "Pour chaque façon d'agir, choisissez la phrase qui vous ressemble le plus dans "
                "ce que vous avez fait. Les phrases vont de la plus simple à la plus large."
            )
        )
        self.column = scrolled_column(QVBoxLayout(self))
        self.groups: dict[str, QButtonGroup] = {}
        self.shown_in: dict[str, dict[str, QCheckBox]] = {}
        self.kept: dict[str, dict[str, Any]] = {}

    def show_parts(self, parts: dict[str, str]) -> None:
        """One box per competence; below its sentences, the parts of life that showed it."""
        self.kept.update(self.answers())
        emptied(self.column)
        self.groups = {}
        self.shown_in = {}
        for competence in self.competences:
            before = self.kept.get(competence.id, {})
            box = QGroupBox(shown(competence.title))
            layout = QVBoxLayout(box)
            group = QButtonGroup(box)
            none = QRadioButton(self.tr("Pas dans ce que j'ai vécu"))
            group.addButton(none, 0)
            layout.addWidget(none)
            for rank, sentence in enumerate(competence.sentences, start=1):
                choice = QRadioButton(shown(sentence, 90))
                choice.setAccessibleName(sentence)
                choice.setAccessibleDescription(
                    self.tr("Phrase %1 sur %2")
                    .replace("%1", str(rank))
                    .replace("%2", str(len(competence.sentences)))
                )
                group.addButton(choice, rank)
                layout.addWidget(choice)
            chosen = group.button(int(before.get("rank", 0)))
            (chosen or none).setChecked(True)
            self.groups[competence.id] = group
            self.shown_in[competence.id] = {}
            if len(parts) > 1:
                layout.addWidget(QLabel(self.tr("Montré dans :")))
                flow = FlowLayout()
                unticked = set(before.get("not_in", []))
                for key, title in parts.items():
                    part = check_box(title)
                    part.setChecked(key not in unticked)
                    self.shown_in[competence.id][key] = part
                    flow.addWidget(part)
                layout.addLayout(flow)
            self.column.addWidget(box)
        self.column.addWidget(
            paragraph(self.tr("Phrases du référentiel RECTEC+, par %1.").replace("%1", CREDIT))
        )
        self.column.addStretch(1)

    def chosen(self) -> dict[str, tuple[int, list[str]]]:
        """Competence id -> (sentence rank, the part keys that showed it), for those chosen."""
        found: dict[str, tuple[int, list[str]]] = {}
        for competence_id, group in self.groups.items():
            rank = group.checkedId()
            if rank > 0:
                parts = self.shown_in[competence_id]
                found[competence_id] = (rank, [k for k, b in parts.items() if b.isChecked()])
        return found

    def answers(self) -> dict[str, dict[str, Any]]:
        found = dict(self.kept)
        for competence_id, group in self.groups.items():
            parts = self.shown_in[competence_id]
            found[competence_id] = {
                "rank": max(0, group.checkedId()),
                "not_in": [k for k, b in parts.items() if not b.isChecked()],
            }
        return found

    def restore(self, saved: dict[str, Any]) -> None:
        self.kept = {k: dict(v) for k, v in saved.items() if isinstance(v, dict)}
