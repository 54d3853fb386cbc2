"""Page 1: the person's situation, in the words of the rules: only what changes the answer."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QWizardPage

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
    ("esat", QT_TRANSLATE_NOOP("rights", "Travailleur(se) en ESAT")),
)
EMPLOYER_SIZES = (
    ("", QT_TRANSLATE_NOOP("rights", "Je ne sais pas")),
    ("under_11", QT_TRANSLATE_NOOP("rights", "Moins de 11 salariés")),
    ("11_to_49", QT_TRANSLATE_NOOP("rights", "De 11 à 49 salariés")),
    ("50_to_249", QT_TRANSLATE_NOOP("rights", "De 50 à 249 salariés")),
    ("250_or_more", QT_TRANSLATE_NOOP("rights", "250 salariés ou plus")),
)
EMPLOYEES = ("employee_private", "apprentice")


def _tr(text: str) -> str:
    return QCoreApplication.translate("rights", text)


def status_label(code: str) -> str:
    """A situation's status in the interface language."""
    labels = dict(STATUSES)
    return _tr(labels[code]) if code in labels else code


class SituationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ma situation"))
        self.setSubTitle(
            self.tr("Ces réponses restent dans votre musette. Elles servent à trouver vos droits.")
        )
        self.form = QFormLayout(self)
        self.status = QComboBox()
        for code, label in STATUSES:
            self.status.addItem(_tr(label), code)
        self.status.setAccessibleName(self.tr("Ma situation"))
        self.working_time = QSpinBox()
        self.working_time.setRange(0, 100)
        self.working_time.setSuffix(" %")
        self.working_time.setValue(100)
        self.working_time.setAccessibleName(self.tr("Temps de travail"))
        self.months = QSpinBox()
        self.months.setRange(0, 12)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" mois"))
        self.months.setAccessibleName(self.tr("Mois d'activité dans l'année"))
        self.public_category = QComboBox()
        for code in ("", "A", "B", "C"):
            self.public_category.addItem(
                self.tr("Je ne sais pas")
                if not code
                else self.tr("Catégorie %1").replace("%1", code),
                code,
            )
        self.public_category.setAccessibleName(self.tr("Catégorie"))
        self.employer_size = QComboBox()
        for code, label in EMPLOYER_SIZES:
            self.employer_size.addItem(_tr(label), code)
        self.employer_size.setAccessibleName(self.tr("Taille de mon employeur"))
        self.low_qualification = QCheckBox(
            self.tr("Je n'ai pas de diplôme de niveau CAP/BEP (niveau 3) ou plus")
        )
        self.declared = QSpinBox()
        self.declared.setRange(2019, date.today().year + 1)
        self.declared.setSpecialValueText(self.tr("pas encore"))
        self.declared.setMinimum(2018)  # 2018 shows as « pas encore »
        self.declared.setValue(2018)
        self.declared.setAccessibleName(self.tr("Déclaré sur moncompteformation en"))
        self.disability = QCheckBox(
            self.tr("Je suis reconnu(e) travailleur(se) handicapé(e) (RQTH, BOETH)")
        )
        self.cadre = QCheckBox(self.tr("Je suis cadre"))
        self.age = QSpinBox()
        self.age.setRange(14, 80)
        self.age.setValue(35)
        self.age.setAccessibleName(self.tr("Mon âge"))
        self.age_note = QLabel()
        self.age_note.setWordWrap(True)
        self.form.addRow(self.tr("Je suis"), self.status)
        self.form.addRow(self.tr("Temps de travail sur l'année"), self.working_time)
        self.form.addRow(self.tr("Mois d'activité dans l'année"), self.months)
        self.form.addRow(self.tr("Catégorie"), self.public_category)
        self.form.addRow(self.tr("Taille de mon employeur"), self.employer_size)
        self.form.addRow("", self.low_qualification)
        self.form.addRow(self.tr("Déclaré sur moncompteformation en"), self.declared)
        self.form.addRow("", self.disability)
        self.form.addRow("", self.cadre)
        self.form.addRow(self.tr("Mon âge"), self.age)
        self.form.addRow("", self.age_note)
        self.status.currentIndexChanged.connect(lambda _i: self._show_what_matters())
        self.low_qualification.toggled.connect(lambda _on: self._show_what_matters())
        self._show_what_matters()

    def _show_what_matters(self) -> None:
        """Ask only what changes the answer for this status."""
        status = self.status.currentData()
        visible = {
            self.working_time: status in (*EMPLOYEES, "public_servant"),
            self.months: status == "self_employed",
            self.public_category: status == "public_servant",
            self.employer_size: status in EMPLOYEES,
            self.low_qualification: status in (*EMPLOYEES, "public_servant"),
            self.declared: status in EMPLOYEES and self.low_qualification.isChecked(),
            self.cadre: status in (*EMPLOYEES, "public_servant"),
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)

    def age_from_birth_date(self, age: int) -> None:
        """The birth date in Identité gives the age: shown, not asked."""
        self.age.setValue(age)
        self.age.setEnabled(False)
        self.age_note.setText(self.tr("D'après votre date de naissance (Identité)."))

    def answers(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData(),
            "working_time": self.working_time.value(),
            "months_in_activity": self.months.value(),
            "public_category": self.public_category.currentData(),
            "employer_size": self.employer_size.currentData(),
            "low_qualification": self.low_qualification.isChecked(),
            "declared": self.declared.value() if self.declared.value() > 2018 else None,
            "disability": self.disability.isChecked(),
            "cadre": self.cadre.isChecked(),
            "age": self.age.value(),
        }

    def restore(self, answers: dict[str, Any]) -> None:
        self.status.setCurrentIndex(
            max(0, self.status.findData(answers.get("status", "employee_private")))
        )
        self.working_time.setValue(int(answers.get("working_time", 100)))
        self.months.setValue(int(answers.get("months_in_activity", 12)))
        for box, key in (
            (self.public_category, "public_category"),
            (self.employer_size, "employer_size"),
        ):
            box.setCurrentIndex(max(0, box.findData(answers.get(key) or "")))
        self.low_qualification.setChecked(bool(answers.get("low_qualification")))
        self.declared.setValue(int(answers.get("declared") or 2018))
        self.disability.setChecked(bool(answers.get("disability")))
        self.cadre.setChecked(bool(answers.get("cadre")))
        if self.age.isEnabled():
            self.age.setValue(int(answers.get("age", 35)))
        self._show_what_matters()


def record_from(
    answers: dict[str, Any], existing: SituationRecord | None, *, birth_date_known: bool
) -> SituationRecord:
    """The situation record Finish writes (the same record, updated, when there was one)."""
    declared = answers.get("declared")
    fields: dict[str, Any] = {
        "status": str(answers.get("status", "employee_private")),
        "working_time_percent": int(answers.get("working_time", 100)),
        "months_in_activity": int(answers.get("months_in_activity", 12)),
        "public_category": str(answers.get("public_category") or ""),
        "employer_size": str(answers.get("employer_size") or ""),
        "low_qualification": bool(answers.get("low_qualification")),
        "low_qualification_declared_on": str(declared) if declared else "",
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
    declared = record.low_qualification_declared_on
    return {
        "status": record.status,
        "working_time": record.working_time_percent,
        "months_in_activity": record.months_in_activity,
        "public_category": record.public_category,
        "employer_size": record.employer_size,
        "low_qualification": record.low_qualification,
        "declared": int(declared[:4]) if declared else None,
        "disability": record.disability,
        "cadre": record.cadre,
        "age": age if age is not None else 35,
    }


def situation_from(answers: dict[str, Any]) -> Situation:
    """The rules' Situation from this page's answers, as they stand."""
    return Situation(
        status=str(answers.get("status", "employee_private")),
        working_time=int(answers.get("working_time", 100)) / 100,
        months_in_activity=int(answers.get("months_in_activity", 12)),
        public_category=str(answers.get("public_category") or ""),
        employer_size=str(answers.get("employer_size") or ""),
        low_qualification=bool(answers.get("low_qualification")),
        # Not declared yet: the figures show what declaring it this year would give.
        low_qualification_since=answers.get("declared") or date.today().year,
        disability=bool(answers.get("disability")),
        cadre=bool(answers.get("cadre")),
        age=answers.get("age"),
    )
