"""Results of the global search, as the person types; accents and case ignored."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from vault.model import BY_TYPE

from ..pages.common import heading, paragraph
from ..record_text import kind_label
from ..vault_service import VaultService


class SearchView(QWidget):
    """Shows what matches; activating a result asks to show that record."""

    key = "search"
    record_activated = Signal(str, str)  # record type, record id

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.tr("Recherche")))
        self.summary = paragraph("")
        layout.addWidget(self.summary)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Résultats de la recherche"))
        layout.addWidget(self.results, 1)
        self.results.itemActivated.connect(self._on_results_item_activated)

    def search(self, text: str) -> int:
        self.results.clear()
        hits = self._service.search(text)
        for hit in hits:
            excerpt = hit.excerpt.replace("\n", " ").strip()
            kind = kind_label(BY_TYPE[hit.record_type])
            item = QListWidgetItem(f"{hit.title or excerpt}\n{kind} · {excerpt}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.record_type, hit.record_id))
            self.results.addItem(item)
        self.summary.setText(
            self.tr("Aucun résultat pour « %1 ».").replace("%1", text)
            if not hits
            else self.tr("%1 résultat(s). Appuyez sur Entrée pour ouvrir.").replace(
                "%1", str(len(hits))
            )
        )
        if hits:
            self.results.setCurrentRow(0)
        return len(hits)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        record_type, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.record_activated.emit(record_type, record_id)

    def clear(self) -> None:
        self.results.clear()
        self.summary.clear()
