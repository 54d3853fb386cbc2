"""Page 2: in each part of life ticked, the activities done there — Diagoriente's, or one's own words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...flow_layout import FlowLayout
from ...pages.common import paragraph, scrolled_column
from .common import check_box, emptied, shown

# For a part: the activities to offer, and a sentence when there are none to offer.
Offer = Callable[[str], tuple[list[str], str]]


class ActivitiesPage(QWizardPage):
    """What is ticked or written stays when the person goes back and changes the parts."""

    def __init__(self, offer: Offer) -> None:
        super().__init__()
        self.offer = offer
        self.setTitle(self.tr("Ce que j'y ai fait"))
        self.setSubTitle(
            self.tr(
                "Cochez ce que vous avez fait, même une seule fois. Ajoutez-le avec vos mots si ce n'est pas dans la liste."
            )
        )
        self.column = scrolled_column(QVBoxLayout(self))
        self.parts: dict[str, str] = {}
        self.boxes: dict[str, dict[str, QCheckBox]] = {}
        self.kept: dict[str, dict[str, Any]] = {}  # answers of parts no longer shown

    def show_parts(self, parts: dict[str, str]) -> None:
        """Draw one group per part (key -> title), with what was ticked before."""
        self.kept.update(self.answers())
        emptied(self.column)
        self.parts = dict(parts)
        self.boxes = {}
        for key, title in parts.items():
            self.column.addWidget(self._group(key, title, self.kept.get(key, {})))
        self.column.addStretch(1)
        self.completeChanged.emit()

    def _group(self, key: str, title: str, before: dict[str, Any]) -> QWidget:
        group = QGroupBox(shown(title))
        layout = QVBoxLayout(group)
        flow = FlowLayout()
        layout.addLayout(flow)
        offered, note = self.offer(key)
        self.boxes[key] = {}
        ticked = set(before.get("ticked", []))
        for activity in offered:
            self._box(key, flow, activity, activity in ticked)
        for activity in before.get("own", []):
            if activity not in self.boxes[key]:
                self._box(key, flow, activity, activity in ticked, own=True)
        if note:
            layout.addWidget(paragraph(note))
        row = QHBoxLayout()
        own = QLineEdit()
        own.setPlaceholderText(self.tr("Autre chose que j'y ai fait"))
        own.setAccessibleName(self.tr("Autre chose que j'ai fait — %1").replace("%1", title))
        add = QPushButton(self.tr("Ajouter"))

        def add_own() -> None:
            text = " ".join(own.text().split())
            if text and text not in self.boxes[key]:
                self._box(key, flow, text, True, own=True)
            elif text:
                self.boxes[key][text].setChecked(True)
            own.clear()

        add.clicked.connect(add_own)
        own.returnPressed.connect(add_own)
        row.addWidget(own, 1)
        row.addWidget(add)
        layout.addLayout(row)
        return group

    def _box(
        self, key: str, flow: FlowLayout, activity: str, checked: bool, own: bool = False
    ) -> None:
        box = check_box(activity)
        box.setChecked(checked)
        box.setProperty("own", own)
        box.toggled.connect(self.completeChanged)
        self.boxes[key][activity] = box
        flow.addWidget(box)

    def ticked(self) -> dict[str, list[str]]:
        """Part key -> the activities ticked there, in the order shown."""
        return {
            key: [name for name, box in boxes.items() if box.isChecked()]
            for key, boxes in self.boxes.items()
        }

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return any(self.ticked().values())

    def answers(self) -> dict[str, Any]:
        found = dict(self.kept)
        for key, boxes in self.boxes.items():
            offered = {name for name, box in boxes.items() if not box.property("own")}
            found[key] = {
                "ticked": [name for name, box in boxes.items() if box.isChecked()],
                "own": [name for name in boxes if name not in offered],
            }
        return found

    def restore(self, saved: dict[str, Any]) -> None:
        self.kept = dict(saved)
