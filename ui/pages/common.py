"""Small building blocks shared by the pages: headings, paragraphs, the error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_line() -> QLabel:
    """An error shown by icon-like prefix and text, not by colour alone."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("error")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName("Erreur")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText("⚠ " + text)
    label.show()


def page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 40, 48, 40)
    layout.setSpacing(16)
    return layout
