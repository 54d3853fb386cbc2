"""Page 3: for each activity, the short questions Diagoriente asks — my role, with whom, in what setting."""

from __future__ import annotations

import textwrap
from html import escape
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWizardPage

from ...pages.common import scrolled_column
from .common import emptied, shown

QUESTIONS = ("role", "with_whom", "setting")


class AnswersPage(QWizardPage):
    """Every answer is optional and can be one's own words (the lists are suggestions)."""

    def __init__(self, suggestions: dict[str, list[str]]) -> None:
        """`suggestions`: for "role", "with_whom" and "setting", the answers to offer."""
        super().__init__()
        self.suggestions = suggestions
        self.setTitle(self.tr("Comment, avec qui"))
        self.setSubTitle(
            self.tr(
                "Facultatif : quelques mots sur chaque activité aident à la raconter plus tard."
            )
        )
        self.column = scrolled_column(QVBoxLayout(self))
        self.rows: dict[str, dict[str, QComboBox]] = {}  # "<part key>|<activity>" -> combos
        self.kept: dict[str, dict[str, str]] = {}

    def headings(self) -> dict[str, str]:
        return {
            "role": self.tr("Ce que j'y faisais"),
            "with_whom": self.tr("Avec qui ?"),
            "setting": self.tr("Dans quel cadre ?"),
        }

    def show_activities(self, parts: dict[str, str], ticked: dict[str, list[str]]) -> None:
        self.kept.update(self.answers())
        emptied(self.column)
        self.rows = {}
        headings = self.headings()
        for part, activities in ticked.items():
            if not activities:
                continue
            holder = QGroupBox(shown(parts.get(part, "")))
            grid = QGridLayout(holder)
            for column, question in enumerate(QUESTIONS):
                grid.addWidget(QLabel(headings[question]), 0, column)
                grid.setColumnStretch(column, 1)
            for row, activity in enumerate(activities):
                key = f"{part}|{activity}"
                # The activity on its own line, its three answers below it.
                # Not word-wrapped: a wrapping label across three columns of a grid in a
                # scrolling page made Qt squeeze the rows (measured; long titles are cut in two).
                label = QLabel(
                    f"<b>{escape(textwrap.fill(activity, 90))}</b>".replace("\n", "<br/>")
                )
                grid.addWidget(label, 1 + 2 * row, 0, 1, len(QUESTIONS))
                before = self.kept.get(key, {})
                self.rows[key] = {}
                for column, question in enumerate(QUESTIONS):
                    combo = QComboBox()
                    combo.setEditable(True)
                    combo.addItem("")
                    combo.addItems(self.suggestions.get(question, []))
                    combo.setCurrentText(before.get(question, ""))
                    combo.setAccessibleName(f"{headings[question]} — {activity}")
                    combo.setMinimumContentsLength(12)
                    combo.setSizeAdjustPolicy(
                        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                    )
                    grid.addWidget(combo, 2 + 2 * row, column)
                    self.rows[key][question] = combo
            self.column.addWidget(holder)
        self.column.addStretch(1)

    def answers(self) -> dict[str, dict[str, str]]:
        found = dict(self.kept)
        for key, combos in self.rows.items():
            found[key] = {q: " ".join(c.currentText().split()) for q, c in combos.items()}
        return found

    def restore(self, saved: dict[str, Any]) -> None:
        self.kept = {k: dict(v) for k, v in saved.items() if isinstance(v, dict)}
