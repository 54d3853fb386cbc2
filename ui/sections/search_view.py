"""Results of the global search, as the person types; accents and case ignored."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vault.model import BY_TYPE
from vault.search import MATCH_END, MATCH_START

from ..i18n import plural
from ..pages.common import heading, paragraph
from ..record_text import kind_label
from ..vault_service import VaultService

RICH_ROLE = Qt.ItemDataRole.UserRole + 2


class _RichDelegate(QStyledItemDelegate):
    """Draws a result with its match in bold and highlighted (Qt lists draw plain text)."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(RICH_ROLE) or html.escape(str(index.data()))))
        document.setTextWidth(max(option.rect.width() - 8, 50))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_less = QStyleOptionViewItem(option)
        text_less.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_less, painter, option.widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


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
        self.results.setItemDelegate(_RichDelegate(self.results))
        # Every result is two lines: measured once, not once per result as the person types.
        self.results.setUniformItemSizes(True)
        self.results.setAccessibleName(self.tr("Résultats de la recherche"))
        layout.addWidget(self.results, 1)
        self.results.itemActivated.connect(self._on_results_item_activated)

    def search(self, text: str) -> int:
        self.results.clear()
        hits = self._service.search(text)
        for hit in hits:
            marked = hit.excerpt.replace("\n", " ").strip()
            excerpt = marked.replace(MATCH_START, "").replace(MATCH_END, "")
            kind = kind_label(BY_TYPE[hit.record_type])
            item = QListWidgetItem(f"{hit.title or excerpt}\n{kind} · {excerpt}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.record_type, hit.record_id))
            # What matched, in bold: the delegate draws this; readers get the plain text.
            rich = (
                f"<b>{html.escape(hit.title or excerpt)}</b><br>{html.escape(kind)} · "
                + html.escape(marked)
                .replace(MATCH_START, '<b style="background:#fff3b0;color:#1a1a1a">')
                .replace(MATCH_END, "</b>")
            )
            item.setData(RICH_ROLE, rich)
            self.results.addItem(item)
        self.summary.setText(
            self.tr("Aucun résultat pour « %1 ».").replace("%1", text)
            if not hits
            else plural(
                len(hits),
                self.tr("%1 résultat. Appuyez sur Entrée pour l'ouvrir."),
                self.tr("%1 résultats. Appuyez sur Entrée pour ouvrir le premier."),
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
