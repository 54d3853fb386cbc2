"""Page 1: the person's situation, in the words of the rules."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSpinBox, QWizardPage

from vault.model import Situation as SituationRecord
from vault.rights import Situation

from ...translated import QT_TRANSLATE_NOOP

STATUSES = (
    ("employee_private", QT_TRANSLATE_NOOP("rights", "Salarié(e) du privé")),
    ("public_servant", QT_TRANSLATE_NOOP("rights", "Agent(e) public(que)")),
    ("job_seeker", QT_TRANSLATE_NOOP("rights", "Demandeur(se) d'emploi")),
    ("self_employed", QT_TRANSLATE_NOOP("rights", "Indépendant(e)")),
    ("apprentice", QT_TRANSLATE_NOOP("rights", "Apprenti(e)")),
    ("student", QT_TRANSLATE_NOOP("rights", "Étudiant(e)")),
    ("young_no_job", QT_TRANSLATE_NOOP("rights", "Jeune sans emploi ni formation")),
)


def status_label(code: str) -> str:
    """A situation's status in the interface language."""
    labels = dict(STATUSES)
    return QCoreApplication.translate("rights", labels[code]) if code in labels else code


class SituationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ma situation"))
        self.setSubTitle(
            self.tr("Ces réponses restent dans votre musette. Elles servent à trouver vos droits.")
        )
        form = QFormLayout(self)
        self.status = QComboBox()
        for code, label in STATUSES:
            self.status.addItem(QCoreApplication.translate("rights", label), code)
        self.status.setAccessibleName(self.tr("Ma situation"))
        self.working_time = QSpinBox()
        self.working_time.setRange(0, 100)
        self.working_time.setSuffix(" %")
        self.working_time.setValue(100)
        self.working_time.setAccessibleName(self.tr("Temps de travail"))
        self.low_qualification = QCheckBox(
            self.tr("Je n'ai pas de diplôme de niveau CAP/BEP (niveau 3) ou plus")
        )
        self.disability = QCheckBox(
            self.tr("Je suis reconnu(e) travailleur(se) handicapé(e) (RQTH, BOETH)")
        )
        self.cadre = QCheckBox(self.tr("Je suis cadre"))
        self.age = QSpinBox()
        self.age.setRange(14, 80)
        self.age.setValue(35)
        self.age.setAccessibleName(self.tr("Mon âge"))
        form.addRow(self.tr("Je suis"), self.status)
        form.addRow(self.tr("Temps de travail sur l'année"), self.working_time)
        form.addRow("", self.low_qualification)
        form.addRow("", self.disability)
        form.addRow("", self.cadre)
        form.addRow(self.tr("Mon âge"), self.age)

    def answers(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData(),
            "working_time": self.working_time.value(),
            "low_qualification": self.low_qualification.isChecked(),
            "disability": self.disability.isChecked(),
            "cadre": self.cadre.isChecked(),
            "age": self.age.value(),
        }

    def restore(self, answers: dict[str, Any]) -> None:
        self.status.setCurrentIndex(
            max(0, self.status.findData(answers.get("status", "employee_private")))
        )
        self.working_time.setValue(int(answers.get("working_time", 100)))
        self.low_qualification.setChecked(bool(answers.get("low_qualification")))
        self.disability.setChecked(bool(answers.get("disability")))
        self.cadre.setChecked(bool(answers.get("cadre")))
        self.age.setValue(int(answers.get("age", 35)))


def record_from(
    answers: dict[str, Any], existing: SituationRecord | None, *, birth_date_known: bool
) -> SituationRecord:
    """The situation record Finish writes (the same record, updated, when there was one)."""
    fields: dict[str, Any] = {
        "status": str(answers.get("status", "employee_private")),
        "working_time_percent": int(answers.get("working_time", 100)),
        "low_qualification": bool(answers.get("low_qualification")),
        "disability": bool(answers.get("disability")),
        "cadre": bool(answers.get("cadre")),
        # The birth date in Identité gives the age; the answer is kept only without it.
        "age": None if birth_date_known else answers.get("age"),
        "noted_on": date.today().isoformat(),
    }
    if existing is None:
        return SituationRecord(**fields)
    return dataclasses.replace(existing, **fields)


def answers_of(record: SituationRecord, age: int | None) -> dict[str, Any]:
    """This page's answers from the stored situation, to start from what the vault knows."""
    return {
        "status": record.status,
        "working_time": record.working_time_percent,
        "low_qualification": record.low_qualification,
        "disability": record.disability,
        "cadre": record.cadre,
        "age": age if age is not None else 35,
    }


def situation_from(answers: dict[str, Any]) -> Situation:
    """The rules' Situation from this page's answers, as they stand."""
    return Situation(
        status=str(answers.get("status", "employee_private")),
        working_time=int(answers.get("working_time", 100)) / 100,
        low_qualification=bool(answers.get("low_qualification")),
        disability=bool(answers.get("disability")),
        cadre=bool(answers.get("cadre")),
        age=answers.get("age"),
    )
