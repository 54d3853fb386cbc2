"""Page 1: the target occupation (ESCO or free text), why, and the constraints."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWizardPage,
)

from vault.taxonomy import Taxonomy

from ...typed_dates import iso_or_as_typed


class TargetPage(QWizardPage):
    def __init__(self, taxonomy: Taxonomy | None, language: str) -> None:
        super().__init__()
        self.taxonomy = taxonomy
        self.language = language
        self.target_uri = ""
        self.setTitle(self.tr("Le métier que je vise"))
        self.setSubTitle(
            self.tr("Cherchez-le dans le référentiel européen, ou écrivez-le avec vos mots.")
        )
        form = QFormLayout(self)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Métier visé"))
        self.target.setPlaceholderText(self.tr("Par exemple : responsable qualité"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(140)
        self.matches.setAccessibleName(self.tr("Métiers du référentiel"))
        self.matches.itemClicked.connect(self._pick)
        self.matches.itemActivated.connect(self._pick)  # Entrée, for the keyboard
        self.why = QPlainTextEdit()
        self.why.setTabChangesFocus(True)  # Tab goes on to the next field
        self.why.setAccessibleName(self.tr("Pourquoi"))
        self.why.setMaximumHeight(80)
        self.where = QLineEdit()
        self.where.setAccessibleName(self.tr("Où"))
        self.when = QLineEdit()
        self.when.setPlaceholderText(self.tr("AAAA ou MM/AAAA"))
        self.when.setAccessibleName(self.tr("Pour quand"))
        self.means = QLineEdit()
        self.means.setAccessibleName(self.tr("Temps et argent"))
        self.means.setPlaceholderText(self.tr("Par exemple : soirs et week-ends, 1 000 € au plus"))
        form.addRow(self.tr("Métier visé *"), self.target)
        form.addRow("", self.matches)
        form.addRow(self.tr("Pourquoi"), self.why)
        form.addRow(self.tr("Où"), self.where)
        form.addRow(self.tr("Pour quand"), self.when)
        form.addRow(self.tr("Temps et argent"), self.means)
        self.target.textEdited.connect(self._search)
        self.target.textChanged.connect(lambda _t: self.completeChanged.emit())

    def _search(self, text: str) -> None:
        self.target_uri = ""  # typed again: no longer the ESCO occupation picked
        self.matches.clear()
        if self.taxonomy is None or len(text.strip()) < 2:
            return
        for hit in self.taxonomy.search(text, language=self.language, kind="occupation", limit=12):
            item = QListWidgetItem(hit.label)
            item.setData(Qt.ItemDataRole.UserRole, hit.uri)
            self.matches.addItem(item)

    def aim(self, target: str, esco_uri: str) -> None:
        """The target chosen elsewhere; the ESCO occupation it was matched to, shown."""
        self.target.setText(target)
        self.target_uri = esco_uri
        self.matches.clear()
        if esco_uri and self.taxonomy is not None:
            item = QListWidgetItem(self.taxonomy.label(esco_uri, self.language) or esco_uri)
            item.setData(Qt.ItemDataRole.UserRole, esco_uri)
            self.matches.addItem(item)
            self.matches.setCurrentItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        self.target.setText(item.text())
        self.target_uri = str(item.data(Qt.ItemDataRole.UserRole))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.target.text().strip())

    def answers(self) -> dict[str, Any]:
        return {
            "target": self.target.text().strip(),
            "target_uri": self.target_uri,
            "why": self.why.toPlainText().strip(),
            "where": self.where.text().strip(),
            "when": iso_or_as_typed(self.when.text()),
            "means": self.means.text().strip(),
        }

    def restore(self, answers: dict[str, Any]) -> None:
        self.target.setText(str(answers.get("target", "")))
        self.target_uri = str(answers.get("target_uri", ""))
        self.why.setPlainText(str(answers.get("why", "")))
        self.where.setText(str(answers.get("where", "")))
        self.when.setText(str(answers.get("when", "")))
        self.means.setText(str(answers.get("means", "")))
