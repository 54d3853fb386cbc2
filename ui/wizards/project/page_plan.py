"""Page 3: the plan — steps with a date, a status and how each is funded, against the CPF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ...translated import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("project", "Étape"),
    QT_TRANSLATE_NOOP("project", "Pour le"),
    QT_TRANSLATE_NOOP("project", "Financement"),
)


class PlanPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Mon plan d'action"))
        self.setSubTitle(
            self.tr(
                "Des étapes courtes, datées. Modifiez, ajoutez, supprimez : rien n'est enregistré avant Terminer."
            )
        )
        layout = QVBoxLayout(self)
        self.cpf_line = QLabel()
        self.cpf_line.setWordWrap(True)
        layout.addWidget(self.cpf_line)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the plan; the arrows move in it
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("project", c) for c in COLUMNS]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Étapes"))
        layout.addWidget(self.table, 1)
        add = QPushButton(self.tr("Ajouter une étape"))
        add.clicked.connect(lambda: self.add_step("", "", ""))
        remove = QPushButton(self.tr("Supprimer l'étape choisie"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        layout.addWidget(add)
        layout.addWidget(remove)

    def add_step(self, title: str, due: str, funding: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((title, due, funding)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def suggest(self, missing: list[str], contacts: list[str]) -> None:
        """A first plan a person can correct: a CEP meeting, a training per missing skill, people to ask."""
        if self.table.rowCount():
            return
        self.add_step(
            self.tr("Rendez-vous avec un conseiller en évolution professionnelle (CEP)"),
            "",
            self.tr("gratuit"),
        )
        for skill in missing:
            self.add_step(self.tr("Formation : %1").replace("%1", skill), "", self.tr("CPF"))
        for name in contacts[:3]:
            self.add_step(self.tr("Parler du projet avec %1").replace("%1", name), "", "")

    def steps(self) -> list[tuple[str, str, str]]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(len(COLUMNS))]
            title, due, funding = ((c.text().strip() if c else "") for c in cells)
            if title:
                found.append((title, due, funding))
        return found

    def answers(self) -> dict[str, Any]:
        return {"steps": self.steps()}

    def restore(self, answers: dict[str, Any]) -> None:
        for title, due, funding in answers.get("steps", []):
            self.add_step(title, due, funding)
