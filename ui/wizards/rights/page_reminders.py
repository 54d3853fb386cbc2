"""Page 4: reminders the person wants on the dashboard (next interview, a deadline)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLineEdit, QWizardPage


class RemindersPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Mes rappels"))
        self.setSubTitle(self.tr("Ils apparaîtront sur l'accueil, à l'approche de la date."))
        form = QFormLayout(self)
        self.interview = QCheckBox(
            self.tr("Me rappeler mon prochain entretien de parcours professionnel")
        )
        self.interview_on = QDateEdit(QDate.currentDate().addYears(1))
        self.interview_on.setCalendarPopup(True)
        self.interview_on.setAccessibleName(self.tr("Date du prochain entretien"))
        self.deadline_title = QLineEdit()
        self.deadline_title.setPlaceholderText(
            self.tr("Par exemple : dossier Transitions Pro à déposer")
        )
        self.deadline_title.setAccessibleName(self.tr("Autre rappel"))
        self.deadline_on = QDateEdit(QDate.currentDate().addMonths(2))
        self.deadline_on.setCalendarPopup(True)
        self.deadline_on.setAccessibleName(self.tr("Pour le"))
        form.addRow(self.interview)
        form.addRow(self.tr("Prochain entretien vers le"), self.interview_on)
        form.addRow(self.tr("Autre rappel"), self.deadline_title)
        form.addRow(self.tr("Pour le"), self.deadline_on)

    def show_interview(self, applies: bool) -> None:
        self.interview.setVisible(applies)
        self.interview_on.setVisible(applies)
        if not applies:
            self.interview.setChecked(False)

    def answers(self) -> dict[str, Any]:
        return {
            "interview": self.interview.isChecked(),
            "interview_on": self.interview_on.date().toString("yyyy-MM-dd"),
            "deadline_title": self.deadline_title.text().strip(),
            "deadline_on": self.deadline_on.date().toString("yyyy-MM-dd"),
        }

    def restore(self, answers: dict[str, Any]) -> None:
        self.interview.setChecked(bool(answers.get("interview")))
        self.deadline_title.setText(str(answers.get("deadline_title", "")))
        for widget, key in ((self.interview_on, "interview_on"), (self.deadline_on, "deadline_on")):
            if answers.get(key):
                widget.setDate(QDate.fromString(answers[key], "yyyy-MM-dd"))
