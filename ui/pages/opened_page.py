"""What an open musette holds, until the main window of the desktop-app issue replaces it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vault import Vault

from ..labels import record_type_label
from .common import heading, page_layout, paragraph


class OpenedPage(QWidget):
    """Shows how much the musette holds, and locks it."""

    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.title_label = heading(self.tr("Votre musette est ouverte"))
        layout.addWidget(self.title_label)
        self.read_only_label = paragraph(
            self.tr(
                "🔒 Lecture seule : cette musette est sur un support qui ne peut pas être modifié."
            )
        )
        layout.addWidget(self.read_only_label)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.lock_button = QPushButton(self.tr("Verrouiller"))
        self.lock_button.setToolTip(self.tr("Verrouiller (Ctrl+L)"))
        row.addWidget(self.lock_button)
        layout.addLayout(row)
        self.lock_button.clicked.connect(self.lock_requested)

    def show_vault(self, vault: Vault) -> None:
        counts = {k: v for k, v in vault.stats().items() if v}
        self.read_only_label.setVisible(vault.read_only)
        if not counts:
            self.summary_label.setText(
                self.tr(
                    "Elle est encore vide. Le tableau de bord vous aidera bientôt à la remplir."
                )
            )
            return
        lines = [f"{record_type_label(kind)} : {count}" for kind, count in sorted(counts.items())]
        self.summary_label.setText("\n".join(lines))
