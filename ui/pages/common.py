"""Small building blocks shared by the pages: headings, paragraphs, the error line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from vault import KeyringUnavailable
from vault.secret_store import SecretStore


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


def remember_checkbox(parent: QWidget, store: SecretStore | None) -> QCheckBox:
    """ "Remember me on this computer", disabled with the reason when no safe keyring exists."""
    box = QCheckBox(QCoreApplication.translate("remember", "Se souvenir de moi sur cet ordinateur"))
    box.setAccessibleDescription(
        QCoreApplication.translate(
            "remember",
            "Votre musette s'ouvrira sans phrase de passe sur cet ordinateur. "
            "La clé est rangée dans le trousseau sécurisé du système.",
        )
    )
    available = store is not None
    if store is not None:
        try:
            store.check_available()
        except KeyringUnavailable:
            available = False
    if not available:
        box.setEnabled(False)
        box.setToolTip(
            QCoreApplication.translate(
                "remember",
                "Indisponible : cet ordinateur n'a pas de trousseau sécurisé ouvert. "
                "Musette ne range jamais vos clés dans un fichier en clair.",
            )
        )
    else:
        box.setToolTip(box.accessibleDescription())
    return box
