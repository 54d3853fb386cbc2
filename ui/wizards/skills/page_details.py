"""Page 2: for each chosen skill, a plain level (CEFR for a language), when last used, and what shows it."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vault.model import Record

from ...fields import CEFR_CHOICES, SKILL_LEVELS
from ...typed_dates import iso_or_as_typed


class Row(NamedTuple):
    """The inputs for one chosen skill."""

    level: QComboBox
    language: QCheckBox
    last_used: QLineEdit
    shown_by: QComboBox


class DetailsPage(QWizardPage):
    def __init__(self, evidence: list[Record]) -> None:
        super().__init__()
        self.evidence = evidence
        self.setTitle(self.tr("Mon niveau, et ce qui le montre"))
        self.setSubTitle(self.tr("Tout est facultatif : vous pourrez compléter plus tard."))
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields it shows
        self.inner = QWidget()
        self.grid = QGridLayout(self.inner)
        scroll.setWidget(self.inner)
        layout.addWidget(scroll)
        self.rows: dict[str, Row] = {}

    def show_skills(self, chosen: dict[str, str], previous: dict[str, Any]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        headers = (
            self.tr("Compétence"),
            self.tr("Niveau"),
            self.tr("Langue ?"),
            self.tr("Dernière fois"),
            self.tr("Ce qui le montre"),
        )
        for column, text in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, (key, label) in enumerate(chosen.items(), start=1):
            old = previous.get(key, {})
            level = QComboBox()
            language = QCheckBox()
            language.setChecked(bool(old.get("language")))
            last_used = QLineEdit(str(old.get("last_used", "")))
            last_used.setPlaceholderText(self.tr("AAAA ou MM/AAAA"))
            shown_by = QComboBox()
            shown_by.addItem(self.tr("Rien pour l'instant"), "")
            for record in self.evidence:
                shown_by.addItem(record.display_name(), record.id)
            shown_by.setCurrentIndex(max(0, shown_by.findData(old.get("evidence", ""))))

            def fill_levels(
                combo: QComboBox = level,
                box: QCheckBox = language,
                value: str = str(old.get("level", "")),
            ) -> None:
                current = combo.currentData() or value
                combo.clear()
                for stored, text in CEFR_CHOICES if box.isChecked() else SKILL_LEVELS:
                    combo.addItem(QCoreApplication.translate("fields", text), stored)
                combo.setCurrentIndex(max(0, combo.findData(current)))

            fill_levels()
            language.toggled.connect(lambda _on, f=fill_levels: f())
            for widget, name in (
                (level, "Niveau"),
                (language, "Langue"),
                (last_used, "Dernière fois"),
                (shown_by, "Ce qui le montre"),
            ):
                widget.setAccessibleName(f"{name} — {label}")
            self.grid.addWidget(QLabel(label), row, 0)
            self.grid.addWidget(level, row, 1)
            self.grid.addWidget(language, row, 2)
            self.grid.addWidget(last_used, row, 3)
            self.grid.addWidget(shown_by, row, 4)
            self.rows[key] = Row(level, language, last_used, shown_by)

    def answers(self) -> dict[str, Any]:
        return {
            key: {
                "level": level.currentData() or "",
                "language": language.isChecked(),
                "last_used": iso_or_as_typed(last_used.text()),
                "evidence": shown_by.currentData() or "",
            }
            for key, (level, language, last_used, shown_by) in self.rows.items()
        }
