"""Page 1: find skills in ESCO by typing, among the transversal ones, or from a job or a training."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from vault.model import Education, Experience, Record
from vault.taxonomy import Hit, Taxonomy

from ...i18n import plural
from ...pages.common import paragraph

UriRole = Qt.ItemDataRole.UserRole
LabelRole = Qt.ItemDataRole.UserRole + 1
GroupRole = Qt.ItemDataRole.UserRole + 2


class FindPage(QWizardPage):
    """Results are checkable; what is checked stays chosen while searching again."""

    def __init__(
        self,
        taxonomy: Taxonomy | None,
        language: str,
        history: list[Record],
        held: frozenset[str] = frozenset(),
    ) -> None:
        """`held`: the ESCO addresses of the skills already in the musette, marked as such."""
        super().__init__()
        self.taxonomy = taxonomy
        self.language = language
        self.held = held
        self.chosen: dict[str, str] = {}  # ESCO URI (or "free:<label>") -> label
        self.setTitle(self.tr("Trouver mes compétences"))
        self.setSubTitle(
            self.tr(
                "Tapez ce que vous savez faire, en français ou en anglais. Cochez ce qui vous correspond."
            )
        )
        layout = QVBoxLayout(self)
        if taxonomy is None:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Le référentiel européen ESCO n'est pas encore installé sur cet ordinateur "
                        "(musette taxonomy import). Vous pouvez déjà écrire vos compétences avec vos mots."
                    )
                )
            )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Par exemple : chariot, accueil, comptabilité"))
        self.search.setAccessibleName(self.tr("Chercher une compétence"))
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.transversal_button = QPushButton(self.tr("Compétences transversales"))
        self.transversal_button.setToolTip(
            self.tr("Celles qu'on oublie : communiquer, s'organiser, travailler en équipe…")
        )
        self.transversal_button.clicked.connect(self.show_transversal)
        self.transversal_button.setEnabled(taxonomy is not None)
        row.addWidget(self.transversal_button)
        self.browse_button = QPushButton(self.tr("Parcourir"))
        self.browse_button.setToolTip(
            self.tr("Les grandes familles de compétences, puis leur détail.")
        )
        self.browse_button.clicked.connect(self.browse)
        self.browse_button.setEnabled(taxonomy is not None)
        row.addWidget(self.browse_button)
        self.from_record = QComboBox()
        self.from_record.addItem(self.tr("À partir d'une expérience ou d'une formation…"), "")
        for record in history:
            self.from_record.addItem(record.display_name(), record.display_name())
        self.from_record.setAccessibleName(self.tr("À partir d'une expérience ou d'une formation"))
        self.from_record.currentIndexChanged.connect(self._from_history)
        row.addWidget(self.from_record, 1)
        self.free_button = QPushButton(self.tr("Ajouter tel quel"))
        self.free_button.setToolTip(
            self.tr("Garder ce que vous avez tapé comme compétence, avec vos mots.")
        )
        self.free_button.clicked.connect(self.add_free_text)
        row.addWidget(self.free_button)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Résultats"))
        self.results.itemChanged.connect(self._on_item_changed)
        self.results.itemActivated.connect(self._open_group)
        self.results.itemClicked.connect(self._open_group)
        layout.addWidget(self.results, 1)
        self.summary = paragraph("")
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # as you type, not one query per key
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._update_summary()

    def run_search(self) -> None:
        text = self.search.text().strip()
        if self.taxonomy is None or len(text) < 2:
            self._show([])
            return
        self._show(self.taxonomy.search(text, language=self.language, limit=30))

    def show_transversal(self) -> None:
        if self.taxonomy is None:
            return
        uris = self.taxonomy.transversal()
        hits = [
            Hit(uri, "skill", self.taxonomy.label(uri, self.language) or uri, "") for uri in uris
        ]
        self._show(sorted(hits, key=lambda h: h.label.casefold()))

    def browse(self, group: str = "") -> None:
        """A group's content (the top groups first); click a group to open it."""
        if self.taxonomy is None:
            return
        uris = self.taxonomy.narrower(group) if group else self.taxonomy.skill_groups()
        hits = [
            Hit(u, self.taxonomy.kind(u), self.taxonomy.label(u, self.language) or u, "")
            for u in uris
        ]
        groups = sorted(
            (h for h in hits if h.kind == "skill_group"), key=lambda h: h.label.casefold()
        )
        skills = sorted((h for h in hits if h.kind == "skill"), key=lambda h: h.label.casefold())
        self._show(skills, groups=groups)

    def _open_group(self, item: QListWidgetItem) -> None:
        if item.data(GroupRole):
            self.browse(str(item.data(UriRole)))

    def _from_history(self) -> None:
        words = self.from_record.currentData()
        if words:
            self.search.setText(str(words))
            self.run_search()

    def _show(self, hits: list[Hit], groups: list[Hit] | None = None) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for group in groups or []:
            entry = QListWidgetItem("▸ " + group.label)
            entry.setData(UriRole, group.uri)
            entry.setData(GroupRole, True)
            self.results.addItem(entry)
        for hit in hits:
            shown = hit.label
            if hit.uri in self.held:
                # Ticking it again links new evidence to it; no second copy is made.
                shown += self.tr(" — déjà dans ma musette")
            item = QListWidgetItem(shown)
            item.setData(UriRole, hit.uri)
            item.setData(LabelRole, hit.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if hit.uri in self.chosen else Qt.CheckState.Unchecked
            )
            if hit.matched and hit.matched != hit.label:
                item.setToolTip(hit.matched)
            self.results.addItem(item)
        self.results.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        uri = str(item.data(UriRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[uri] = str(item.data(LabelRole))
        else:
            self.chosen.pop(uri, None)
        self._update_summary()

    def add_free_text(self) -> None:
        text = self.search.text().strip()
        if text:
            self.chosen[f"free:{text}"] = text
            self._update_summary()

    def _update_summary(self) -> None:
        self.summary.setText(
            plural(
                len(self.chosen),
                self.tr("%1 compétence choisie : %2"),
                self.tr("%1 compétences choisies : %2"),
            ).replace("%2", ", ".join(self.chosen.values()))
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.chosen)

    def answers(self) -> dict[str, Any]:
        return {"chosen": self.chosen}

    def restore(self, answers: dict[str, Any]) -> None:
        self.chosen = dict(answers.get("chosen", {}))
        self._update_summary()


def history_of(records: list[Record]) -> list[Record]:
    """Jobs first, then training: where skills are usually found."""
    jobs = [r for r in records if isinstance(r, Experience)]
    schooling = [r for r in records if isinstance(r, Education)]
    return [*jobs, *schooling]
