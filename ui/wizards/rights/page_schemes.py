"""Page 3: the schemes that fit, each with who to contact, the official link and the source."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from vault.rights import Advice

from .page_cpf import source_line


class SchemesPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Ce qui peut m'aider"))
        self.setSubTitle(
            self.tr("Cochez ce que vous voulez explorer : cela s'ajoute à la section Droits.")
        )
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the boxes it shows
        self.inner = QWidget()
        self.column = QVBoxLayout(self.inner)
        scroll.setWidget(self.inner)
        layout.addWidget(scroll)
        self.boxes: dict[str, QCheckBox] = {}
        self.advice: list[Advice] = []

    def show_advice(
        self, advice: list[Advice], checked: set[str], information: list[Advice] | None = None
    ) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes = {}
        self.advice = advice
        for entry in advice:
            box = QCheckBox(entry.title)
            box.setChecked(entry.code in checked)
            box.setAccessibleDescription(entry.what)
            self.boxes[entry.code] = box
            self.column.addWidget(box)
            contact = self.tr("Contact : %1").replace("%1", escape(entry.contact))
            link = f"<a href='{escape(entry.url, quote=True)}'>{escape(entry.url)}</a>"
            text = QLabel(
                "<br/>".join(
                    (
                        escape(entry.what),
                        f"{contact} — {link}",
                        escape(source_line(entry.source)),
                    )
                )
            )
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setOpenExternalLinks(True)
            text.setContentsMargins(24, 0, 0, 8)
            self.column.addWidget(text)
        if information:
            self.column.addWidget(QLabel("<b>" + escape(self.tr("Bon à savoir")) + "</b>"))
        for entry in information or []:
            link = f"<a href='{escape(entry.url, quote=True)}'>{escape(entry.url)}</a>"
            text = QLabel(
                "<br/>".join(
                    (
                        f"<b>{escape(entry.title)}</b>",
                        escape(entry.what),
                        link,
                        escape(source_line(entry.source)),
                    )
                )
            )
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setOpenExternalLinks(True)
            text.setContentsMargins(0, 0, 0, 8)
            self.column.addWidget(text)
        self.column.addStretch(1)

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def answers(self) -> dict[str, Any]:
        return {"schemes": self.chosen()}
