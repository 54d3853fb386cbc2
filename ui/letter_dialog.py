"""« Lettre de motivation »: a letter per application, drafted from the musette, every version kept."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exporters.letters import unfinished
from vault import VaultError
from vault.errors import InvalidRecord
from vault.model import Application, CoverLetter

from . import dialogs
from .background import Job
from .date_calendar import add_calendar
from .error_text import explain
from .pages.common import error_line, paragraph, show_error, size_to_text
from .typed_dates import NotADate, read_typed, shown
from .vault_service import VaultService


class LetterDialog(QDialog):
    """Write, keep and export the letters of one application."""

    def __init__(
        self, service: VaultService, application: Application, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.application = application
        self.letter: CoverLetter | None = None  # the version shown
        self.setWindowTitle(self.tr("Lettre de motivation — %1").replace("%1", application.title))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Une première version écrite avec ce que contient votre musette : le poste, "
                    "votre emploi, les compétences de l'annonce que vous avez. Écrivez avec vos "
                    "mots le passage entre crochets. Chaque enregistrement garde la version "
                    "d'avant."
                )
            )
        )

        choose = QHBoxLayout()
        self.letters = QComboBox()
        self.letters.setAccessibleName(self.tr("Lettre"))
        self.letters.activated.connect(lambda _row: self._show_letter(self.letters.currentData()))
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Version"))
        self.versions.activated.connect(lambda _row: self._show(self.versions.currentData()))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue de la nouvelle lettre"))
        self.language.addItem(self.tr("en français"), "fr")
        self.language.addItem(self.tr("en anglais"), "en")
        new = QPushButton(self.tr("Nouvelle lettre"))
        new.clicked.connect(self.new_letter)
        self.letter_label = letter_label = QLabel(self.tr("Lettre :"))
        letter_label.setBuddy(self.letters)
        version_label = QLabel(self.tr("Version :"))
        version_label.setBuddy(self.versions)
        choose.addWidget(letter_label)
        choose.addWidget(self.letters, 1)
        choose.addWidget(version_label)
        choose.addWidget(self.versions)
        choose.addSpacing(12)
        choose.addWidget(new)
        choose.addWidget(self.language)
        layout.addLayout(choose)

        form = QFormLayout()
        self.place = QLineEdit()
        self.written_on = QLineEdit()
        self.written_on.setPlaceholderText(self.tr("jj/mm/aaaa"))
        add_calendar(self.written_on)
        self.recipient = QPlainTextEdit()
        self.recipient.setTabChangesFocus(True)
        self.recipient.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.subject = QLineEdit()
        self.salutation = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.body.textChanged.connect(self._check_passage)
        self.closing = QPlainTextEdit()  # a French formule runs over one line
        self.closing.setTabChangesFocus(True)
        self.closing.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.signature = QLineEdit()
        for label, field in (
            (self.tr("Lieu"), self.place),
            (self.tr("Date"), self.written_on),
            (self.tr("Destinataire"), self.recipient),
            (self.tr("Objet"), self.subject),
            (self.tr("Formule d'appel"), self.salutation),
            (self.tr("Texte de la lettre"), self.body),
            (self.tr("Formule de politesse"), self.closing),
            (self.tr("Signature"), self.signature),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        layout.addLayout(form, 1)
        self.passage = QLabel()
        self.passage.setWordWrap(True)
        layout.addWidget(self.passage)
        self.error_label = error_line()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save)
        self.pdf_button = buttons.addButton(
            self.tr("Enregistrer en PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.docx_button = buttons.addButton(
            self.tr("Enregistrer pour Word…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.docx_button.clicked.connect(lambda: self.export(".docx"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        size_to_text(self, 80)

        self.job: Job | None = None
        self._fill_letters()
        if self.letter is None:
            self.new_letter()

    # ---- what is shown ------------------------------------------------------------

    def _fill_letters(self, chosen: str = "") -> None:
        written = self.service.letters(self.application.id)
        self.letters.clear()
        for number, letter in enumerate(reversed(written), start=1):
            self.letters.addItem(
                self.tr("Lettre %1 (%2)")
                .replace("%1", str(number))
                .replace(
                    "%2",
                    self.tr("en français") if letter.language == "fr" else self.tr("en anglais"),
                ),  # fmt: skip
                letter,
            )
        # With no letter saved yet, there is nothing to choose between.
        for widget in (self.letter_label, self.letters):
            widget.setVisible(bool(written))
        if not written:
            return
        row = next(
            (n for n in range(self.letters.count())
             if self.letters.itemData(n).letter_id() == chosen),
            self.letters.count() - 1,
        )  # fmt: skip
        self.letters.setCurrentIndex(row)
        self._show_letter(self.letters.itemData(row))

    def _show_letter(self, letter: CoverLetter) -> None:
        """The letter in its latest version, its versions listed."""
        versions = self.service.letter_versions(letter)
        self.versions.clear()
        for version in versions:
            self.versions.addItem(
                self.tr("v%1 du %2")
                .replace("%1", str(version.version))
                .replace("%2", shown(version.updated_at[:10])),
                version,
            )
        self.versions.setCurrentIndex(len(versions) - 1)
        self._show(versions[-1])

    def _show(self, letter: CoverLetter) -> None:
        self.letter = letter
        self.place.setText(letter.place)
        self.written_on.setText(shown(letter.written_on))
        self.recipient.setPlainText(letter.recipient)
        self.subject.setText(letter.subject)
        self.salutation.setText(letter.salutation)
        self.body.setPlainText(letter.body)
        self.closing.setPlainText(letter.closing)
        self.signature.setText(letter.signature)
        self.error_label.hide()
        self._check_passage()

    def new_letter(self) -> None:
        """A first version drafted from the musette, in the language chosen (not yet saved)."""
        language = str(self.language.currentData())
        self.versions.clear()
        self.versions.addItem(self.tr("pas encore enregistrée"), None)
        self._show(self.service.draft_letter(self.application, language))

    def _check_passage(self) -> None:
        passage = ""
        if self.letter is not None:
            passage = unfinished(dataclasses.replace(self.letter, body=self.body.toPlainText()))
        self.passage.setText(
            self.tr("Il reste à écrire : %1").replace("%1", passage) if passage else ""
        )
        self.passage.setVisible(bool(passage))

    # ---- actions ------------------------------------------------------------------

    def written(self) -> CoverLetter | None:
        """The letter as the form says it, or None with the reason shown."""
        if self.letter is None:
            return None
        try:
            when = read_typed(self.written_on.text())
        except NotADate:
            show_error(self.error_label, self.tr("La date n'est pas une date : jj/mm/aaaa."))
            self.written_on.setFocus()
            return None
        return dataclasses.replace(
            self.letter,
            place=self.place.text().strip(),
            written_on=when,
            recipient=self.recipient.toPlainText().strip(),
            subject=self.subject.text().strip(),
            salutation=self.salutation.text().strip(),
            body=self.body.toPlainText().strip(),
            closing=" ".join(self.closing.toPlainText().split()),
            signature=self.signature.text().strip(),
        )

    def save(self) -> CoverLetter | None:
        """Keep the letter as its next version; the versions list shows it."""
        letter = self.written()
        if letter is None:
            return None
        try:
            kept = self.service.save_letter(letter)
        except (VaultError, InvalidRecord) as exc:
            show_error(self.error_label, explain(exc))
            return None
        self._fill_letters(kept.letter_id())
        return kept

    def export(self, suffix: str) -> None:
        """Saved first, then written as PDF or Word — unless a passage is still to write."""
        letter = self.save()
        if letter is None:
            return
        passage = unfinished(letter)
        if passage:
            show_error(
                self.error_label,
                self.tr("Écrivez d'abord le passage entre crochets, ou effacez-le : %1").replace(
                    "%1", passage
                ),
            )
            self.body.setFocus()
            return
        kinds = "PDF (*.pdf)" if suffix == ".pdf" else self.tr("Document Word (*.docx)")
        word = self.tr("Lettre")
        start = str(Path.home() / f"{word} {self.application.title}{suffix}")
        chosen = dialogs.ask_save_any(self, self.tr("Enregistrer la lettre"), start, kinds)
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        for button in (self.pdf_button, self.docx_button):
            button.setEnabled(False)
        self.job = self.service.start_saving_letter(
            letter, target, self, self._exported, self._failed
        )

    def _exported(self, target: Path) -> None:
        for button in (self.pdf_button, self.docx_button):
            button.setEnabled(True)
        self.error_label.hide()
        self.passage.setText(self.tr("Enregistrée : %1").replace("%1", str(target)))
        self.passage.show()

    def _failed(self, error: BaseException) -> None:
        for button in (self.pdf_button, self.docx_button):
            button.setEnabled(True)
        show_error(self.error_label, explain(error) if isinstance(error, Exception) else str(error))
