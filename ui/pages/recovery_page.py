"""The recovery code, shown once right after creation, to write down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from .common import heading, page_layout, paragraph


class RecoveryPage(QWidget):
    """Shows the recovery code in groups; continuing requires saying it was noted."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Votre code de secours")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Si vous oubliez votre phrase de passe, ce code est le seul moyen d'ouvrir "
                    "votre musette. Recopiez-le sur papier et rangez-le en lieu sûr, loin de "
                    "l'ordinateur. Musette ne pourra plus vous le montrer."
                )
            )
        )
        self.code_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.code_label.setFont(mono)
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Code de secours"))
        layout.addWidget(self.code_label)
        self.noted_box = QCheckBox(self.tr("J'ai recopié mon code de secours"))
        layout.addWidget(self.noted_box)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.continue_button = QPushButton(self.tr("Continuer"))
        self.continue_button.setEnabled(False)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self.noted_box.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._on_continue_clicked)

    def show_code(self, code: str) -> None:
        groups = code.split("-")
        lines = ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
        self.code_label.setText("\n".join(lines))
        self.noted_box.setChecked(False)

    def _on_continue_clicked(self) -> None:
        self.code_label.clear()  # not kept on screen longer than needed
        self.confirmed.emit()
