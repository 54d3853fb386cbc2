"""First start: what Musette is and keeps, and the way in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from .common import heading, page_layout, paragraph


class WelcomePage(QWidget):
    """Explains Musette in plain words; offers to create or open a musette."""

    create_requested = Signal()
    open_requested = Signal()
    join_requested = Signal()  # the musette is on another computer that syncs it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Bienvenue dans Musette")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Musette garde votre parcours professionnel au même endroit : vos expériences, "
                    "vos formations, vos compétences, vos droits à la formation, vos projets, "
                    "vos documents et les personnes qui peuvent vous aider."
                )
            )
        )
        layout.addWidget(
            paragraph(
                self.tr(
                    "Tout reste sur cet ordinateur, dans un seul fichier chiffré : votre musette. "
                    "Personne d'autre ne peut le lire. Vous seul choisissez ce que vous partagez."
                )
            )
        )
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Créer ma musette"))
        self.create_button.setDefault(True)
        self.create_button.setAccessibleDescription(
            self.tr("Crée un nouveau fichier chiffré pour votre parcours.")
        )
        self.open_button = QPushButton(self.tr("Ouvrir une musette existante"))
        self.join_button = QPushButton(self.tr("Rejoindre une musette synchronisée…"))
        self.join_button.setAccessibleDescription(
            self.tr("Votre musette est sur un autre ordinateur qui la synchronise dans un dossier.")
        )
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.join_button.clicked.connect(self.join_requested)
