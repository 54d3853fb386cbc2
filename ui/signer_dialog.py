"""Mon identité de signataire: make it once, then show its fingerprint to compare aloud or by QR code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exporters.credentials import identity
from vault import VaultError
from vault.model import Signer

from .error_text import explain
from .pages.common import error_line, heading, paragraph, resize_within_screen, show_error
from .vault_service import VaultService


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A QR code drawn module by module (segno computes it; nothing is written to disk)."""
    import segno

    matrix = [list(row) for row in segno.make(text, error="m").matrix]
    border = 4
    count = len(matrix) + 2 * border
    module = max(1, size // count)
    pixmap = QPixmap(count * module, count * module)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    (x + border) * module, (y + border) * module, module, module, QColor("black")
                )
    painter.end()
    return pixmap


class SignerDialog(QDialog):
    """Create this vault's signer identity, or show it to someone who will trust it."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Mon identité de signataire"))
        resize_within_screen(self, 640, 600)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(heading(self.tr("Mon identité de signataire")))
        self.create_box = QWidget()
        self.show_box = QWidget()
        self._layout.addWidget(self.create_box)
        self._layout.addWidget(self.show_box)
        self._build_create()
        self._build_show()
        self._layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        self._layout.addLayout(row)
        signer = service.signer()
        if signer is None:
            self.show_box.hide()
        else:
            self._show(signer)

    def _build_create(self) -> None:
        layout = QVBoxLayout(self.create_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Avec une identité de signataire, vous pouvez signer des attestations pour "
                    "des personnes que vous avez vues travailler : un salarié, un stagiaire, "
                    "un collègue. Votre clé reste dans votre musette, chiffrée."
                )
            )
        )
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Votre nom"))
        self.org_edit = QLineEdit()
        self.org_edit.setAccessibleName(self.tr("Votre structure"))
        self.role_edit = QLineEdit()
        self.role_edit.setAccessibleName(self.tr("Votre fonction"))
        form.addRow(self.tr("Votre nom *"), self.name_edit)
        form.addRow(self.tr("Votre structure"), self.org_edit)
        form.addRow(self.tr("Votre fonction"), self.role_edit)
        layout.addLayout(form)
        self.create_error = error_line()
        layout.addWidget(self.create_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton(self.tr("Créer mon identité de signataire"))
        self.create_button.setEnabled(not self._service.read_only)
        self.create_button.clicked.connect(self.create)
        row.addWidget(self.create_button)
        layout.addLayout(row)

    def _build_show(self) -> None:
        layout = QVBoxLayout(self.show_box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.who_label = paragraph("")
        layout.addWidget(self.who_label)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Avant de faire confiance à vos attestations, une personne compare avec vous "
                    "ces huit groupes de chiffres, à voix haute ou en lisant le QR code. Ils "
                    "doivent être exactement les mêmes sur son écran."
                )
            )
        )
        self.fingerprint_label = QLabel()
        font = self.fingerprint_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setFamily("monospace")
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint_label)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr_label)
        self.did_label = paragraph("")
        self.did_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.did_label)

    def create_signer(self) -> Signer | None:
        name = self.name_edit.text().strip()
        if not name:
            show_error(
                self.create_error, self.tr("Indiquez votre nom : il figure sur ce que vous signez.")
            )
            return None
        try:
            signer = self._service.create_signer(
                name, self.org_edit.text().strip(), self.role_edit.text().strip()
            )
        except VaultError as exc:
            show_error(self.create_error, explain(exc))
            return None
        self._show(signer)
        return signer

    def _show(self, signer: Signer) -> None:
        self.create_box.hide()
        self.show_box.show()
        about = " — ".join(p for p in (signer.role, signer.organisation) if p)
        self.who_label.setText(
            self.tr("Vous signez en tant que : %1").replace(
                "%1", f"{signer.name} {('(' + about + ')') if about else ''}".strip()
            )
        )
        digits = identity.fingerprint(signer.did)
        groups = digits.split()
        self.fingerprint_label.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.fingerprint_label.setAccessibleName(self.tr("Empreinte : %1").replace("%1", digits))
        self.qr_label.setPixmap(qr_pixmap(signer.did, 220))
        self.qr_label.setAccessibleName(self.tr("QR code de votre identité de signataire"))
        self.did_label.setText(signer.did)
