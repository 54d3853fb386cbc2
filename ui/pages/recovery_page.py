"""The recovery code, shown once right after creation, to write down, save or print."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from vault.fileio import write_atomic

from .. import dialogs
from ..clipboard import copy_sensitive
from ..i18n import resolve
from ..icons import icon
from .common import heading, page_layout, paragraph


class RecoveryPage(QWidget):
    """Shows the recovery code in groups; continuing requires saying it was kept."""

    confirmed = Signal()

    def __init__(self, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = resolve(language)
        self._code = ""
        self._hex = ""
        self._file_name = ""
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Votre code de secours")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Si vous oubliez votre phrase de passe, ce code est le seul moyen d'ouvrir "
                    "votre musette. Imprimez-le ou recopiez-le sur papier, et rangez-le en lieu sûr, "
                    "loin de l'ordinateur. Musette ne pourra plus vous le montrer."
                )
            )
        )
        self.code_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.code_label.setFont(mono)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Code de secours"))
        layout.addWidget(self.code_label)
        actions = QHBoxLayout()
        self.save_button = QPushButton(
            icon("mdi6.file-pdf-box"), self.tr("Enregistrer la feuille de secours (PDF)…")
        )
        self.print_button = QPushButton(icon("mdi6.printer-outline"), self.tr("Imprimer…"))
        self.copy_button = QPushButton(icon("mdi6.content-copy"), self.tr("Copier le code"))
        self.copy_button.setToolTip(self.tr("Le presse-papiers sera vidé après 30 secondes."))
        for button in (self.save_button, self.print_button, self.copy_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status_label = paragraph("")
        layout.addWidget(self.status_label)
        self.noted_box = QCheckBox(self.tr("J'ai gardé mon code de secours en lieu sûr"))
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
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.copy_button.clicked.connect(lambda: copy_sensitive(self._code))

    def show_code(self, code: str, hex_key: str, file_name: str) -> None:
        self._code, self._hex, self._file_name = code, hex_key, file_name
        groups = code.split("-")
        lines = ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
        self.code_label.setText("\n".join(lines))
        self.noted_box.setChecked(False)
        self.status_label.clear()

    def sheet_pdf(self) -> bytes:
        from exporters.writers import recovery_sheet  # reportlab stays off the start-up path

        buffer = io.BytesIO()
        recovery_sheet.write(
            buffer,
            code=self._code,
            hex_key=self._hex,
            file_name=self._file_name,
            language=self._language,
        )
        return buffer.getvalue()

    def _on_save_button_clicked(self) -> None:
        start = str(Path.home() / self.tr("feuille-de-secours-musette.pdf"))
        path = dialogs.ask_save_pdf_path(self, self.tr("Enregistrer la feuille de secours"), start)
        if not path:
            return
        try:
            write_atomic(Path(path), self.sheet_pdf())
        except OSError as exc:
            self.status_label.setText(
                "⚠ " + self.tr("Impossible d'enregistrer : ") + (exc.strerror or "")
            )
            return
        self.status_label.setText(
            self.tr(
                "Feuille enregistrée. Imprimez-la, puis effacez le fichier s'il est sur cet ordinateur."
            )
        )

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(
            self.tr("Feuille de secours Musette")
            + "\n\n"
            + self._file_name
            + "\n\n"
            + self.code_label.text()
            + "\n\n"
            + self._hex
        )
        document.print_(printer)

    def _on_continue_clicked(self) -> None:
        self.code_label.clear()  # not kept on screen longer than needed
        self._code = self._hex = ""
        self.confirmed.emit()
