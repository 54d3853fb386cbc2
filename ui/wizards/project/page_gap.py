"""Page 2: the skills the target needs, against the skills held: held, partly held, missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from vault.model import Skill
from vault.taxonomy import Taxonomy


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def standing(needed_uri: str, needed_label: str, held: list[Skill]) -> str:
    """'held' (level 3–4), 'partly' (level 1–2 or no level), or 'missing'."""
    for skill in held:
        same = (needed_uri and skill.esco_uri == needed_uri) or _norm(skill.label) == _norm(
            needed_label
        )
        if same:
            return (
                "held" if (skill.level or 0) >= 3 or skill.cefr in ("B2", "C1", "C2") else "partly"
            )
    return "missing"


class GapPage(QWizardPage):
    def __init__(self, taxonomy: Taxonomy | None, language: str, held: list[Skill]) -> None:
        super().__init__()
        self.taxonomy = taxonomy
        self.language = language
        self.held = held
        self.needed: dict[str, str] = {}  # URI or "free:<label>" -> label
        self.setTitle(self.tr("Ce que le métier demande, et où j'en suis"))
        self.setSubTitle(
            self.tr(
                "Ajoutez les compétences que demande ce métier (annonces, fiches métier, conseiller)."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Compétence demandée"))
        self.search.setPlaceholderText(self.tr("Tapez une compétence demandée"))
        self.search.textEdited.connect(self._search)
        self.add_button = QPushButton(self.tr("Ajouter tel quel"))
        self.add_button.clicked.connect(self.add_free_text)
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Compétences trouvées"))
        self.matches.setMaximumHeight(120)
        self.matches.itemClicked.connect(self._pick)
        self.matches.itemActivated.connect(self._pick)  # Entrée, for the keyboard
        layout.addWidget(self.matches)
        columns = QHBoxLayout()
        self.lists: dict[str, QListWidget] = {}
        for key, title in (
            ("held", self.tr("Je l'ai")),
            ("partly", self.tr("En partie")),
            ("missing", self.tr("À acquérir")),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{title}</b>"))
            widget = QListWidget()
            widget.setAccessibleName(title)
            self.lists[key] = widget
            box.addWidget(widget)
            columns.addLayout(box)
        layout.addLayout(columns, 1)

    def _search(self, text: str) -> None:
        self.matches.clear()
        if self.taxonomy is None or len(text.strip()) < 2:
            return
        for hit in self.taxonomy.search(text, language=self.language, limit=10):
            item = QListWidgetItem(hit.label)
            item.setData(Qt.ItemDataRole.UserRole, hit.uri)
            self.matches.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        self.add(str(item.data(Qt.ItemDataRole.UserRole)), item.text())

    def add_free_text(self) -> None:
        text = self.search.text().strip()
        if text:
            self.add(f"free:{text}", text)

    def add(self, key: str, label: str) -> None:
        self.needed[key] = label
        self.refresh()

    def refresh(self) -> None:
        for widget in self.lists.values():
            widget.clear()
        for key, label in self.needed.items():
            uri = "" if key.startswith("free:") else key
            self.lists[standing(uri, label, self.held)].addItem(label)

    def missing(self) -> list[str]:
        return [self.lists["missing"].item(n).text() for n in range(self.lists["missing"].count())]

    def answers(self) -> dict[str, Any]:
        return {"needed": self.needed}

    def restore(self, answers: dict[str, Any]) -> None:
        self.needed = dict(answers.get("needed", {}))
        self.refresh()
