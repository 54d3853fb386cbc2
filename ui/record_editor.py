"""A form for one record type, built from its field list; validation in plain words."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exporters.actions.attest import REQUESTABLE, NothingToName
from exporters.credentials.identity import fingerprint
from exporters.translations import TRANSLATABLE, translations, with_translations
from vault import InvalidRecord, VaultError
from vault.fileio import write_atomic
from vault.model import Attestation, Record

from . import dialogs, typed_dates
from .clipboard import SensitiveClipboardGuard
from .date_calendar import add_calendar
from .error_text import explain
from .fields import FIELDS, SKILL_LEVELS, FieldSpec
from .names import shown
from .pages.common import bring_into_view, error_line, scrolled_column, show_error
from .record_text import choice_label, kind_label, media_label, title
from .vault_service import VaultService


def _tr_field(text: str) -> str:
    return QCoreApplication.translate("fields", text)


class RecordEditor(QWidget):
    """Edits one record of `cls`; `saved(record)` after a successful save."""

    saved = Signal(object)

    def __init__(
        self, service: VaultService, cls: type[Record], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._cls = cls
        self._record: Record | None = None
        self._is_new = False
        self._loaded: dict[str, Any] = {}  # the fields as loaded, to see what was typed since
        self._inputs: dict[str, QWidget] = {}
        self._specs = {spec.name: spec for spec in FIELDS[cls]}
        self._field_errors: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        # The fields scroll; the heading and the actions below stay in sight at any size.
        fields_layout = scrolled_column(layout)
        form = QFormLayout()
        # At large text sizes labels go above their fields instead of squeezing them.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._hints: dict[str, QLabel] = {}
        for spec in FIELDS[cls]:
            widget = self._make_input(spec)
            label = _tr_field(spec.label) + (" *" if spec.required else "")
            widget.setAccessibleName(_tr_field(spec.label))
            if spec.help:
                widget.setToolTip(_tr_field(spec.help))
                widget.setAccessibleDescription(_tr_field(spec.help))
            form.addRow(label, widget)
            # A problem with this field is said right under it (all of them at once).
            problem = error_line()
            form.addRow("", problem)
            self._field_errors[spec.name] = problem
            if spec.help and spec.kind in (
                "date",
                "money",
                "int",
                "readonly",
                "fingerprint",
                "esco",
            ):
                hint = QLabel(_tr_field(spec.help))
                hint.setWordWrap(True)
                hint.setEnabled(False)  # the system's "secondary text" look
                form.addRow("", hint)
                self._hints[spec.name] = hint
            self._inputs[spec.name] = widget
        fields_layout.addLayout(form)
        self._form = form
        for spec in FIELDS[cls]:
            if spec.only_when is not None:
                source = self._inputs[spec.only_when[0]]
                if isinstance(source, QComboBox):
                    source.currentIndexChanged.connect(self._show_rows_that_apply)
        self._translation_inputs: dict[str, QWidget] = {}
        self.translation_language = (
            "en" if QLocale().language() == QLocale.Language.French else "fr"
        )
        if cls in TRANSLATABLE:
            fields_layout.addWidget(self._translation_box(cls))
        fields_layout.addStretch(1)
        self._fields_layout = fields_layout
        self.error_label = error_line()
        self.saved_label = QLabel()  # "✓ Enregistré.": said in words, not by colour
        self.saved_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.request_button: QPushButton | None = None
        self.confirm_button: QPushButton | None = None
        if cls is Attestation and not service.read_only:
            self.confirm_button = QPushButton(
                self.tr("J'ai vérifié l'empreinte avec le signataire…")
            )
            self.confirm_button.clicked.connect(self.confirm_signer)
            row.addWidget(self.confirm_button)
        if cls in REQUESTABLE and not service.read_only:
            # Someone who saw the person do it can sign it: see ui/sign_dialog.py.
            self.request_button = QPushButton(self.tr("Demander une attestation…"))
            self.request_button.setToolTip(
                self.tr(
                    "Enregistre une demande à envoyer à quelqu'un qui vous a vu faire : "
                    "il la signe dans sa Musette, vous importez le fichier signé."
                )
            )
            self.request_button.clicked.connect(self.ask_for_attestation)
            row.addWidget(self.request_button)
        row.addStretch(1)
        row.addWidget(self.saved_label)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setEnabled(not service.read_only and cls in _editable())
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self._actions_row = row
        self.save_button.clicked.connect(self._on_save_button_clicked)
        if any(spec.sensitive for spec in FIELDS[cls]):
            self.clipboard_guard = SensitiveClipboardGuard(self.sensitive_values, parent=self)

    def add_below_fields(self, widget: QWidget) -> None:
        """Show `widget` after the fields, scrolling with them (a document's preview)."""
        self._fields_layout.insertWidget(self._fields_layout.count() - 1, widget)

    @property
    def record(self) -> Record | None:
        """The record shown, as it was last saved (None for a new, unsaved one)."""
        return self._record

    def add_action(self, button: QWidget) -> None:
        """A button of this kind of record, on the left of the always visible actions row."""
        self._actions_row.insertWidget(0, button)

    def _translation_box(self, cls: type[Record]) -> QGroupBox:
        """The same texts in the other language, for documents in that language."""
        english = self.translation_language == "en"
        box = QGroupBox(
            self.tr("Version anglaise (pour les documents en anglais)")
            if english
            else self.tr("Version française (pour les documents en français)")
        )
        box.setCheckable(True)  # folded away until the person wants it
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in TRANSLATABLE[cls]:
            spec = self._specs.get(name)
            if spec is None:
                continue
            widget: QWidget = QPlainTextEdit() if spec.kind == "multiline" else QLineEdit()
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(90)
            widget.setAccessibleName(f"{_tr_field(spec.label)} ({box.title()})")
            form.addRow(_tr_field(spec.label), widget)
            self._translation_inputs[name] = widget
        box.toggled.connect(lambda shown: _fold(box, shown))
        self.translation_box = box
        return box

    def _show_translations(self, shown: bool) -> None:
        box = getattr(self, "translation_box", None)
        if box is not None:
            box.setChecked(shown)

    def sensitive_values(self) -> list[str]:
        """What the sensitive fields show now (address, phone…)."""
        return [
            widget.text()
            for name, widget in self._inputs.items()
            if self._specs[name].sensitive and isinstance(widget, QLineEdit)
        ]

    # ---- inputs ----------------------------------------------------------------

    def _make_input(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)  # keyboard users can leave the field
            text.setMaximumHeight(120)
            return text
        if spec.kind == "bool":
            return QCheckBox()
        if spec.kind == "choice":
            combo = QComboBox()
            for value, label in spec.choices:
                combo.addItem(_tr_field(label), value)
            return combo
        if spec.kind == "reference":
            return QComboBox()
        if spec.kind == "esco":
            link = QLabel()
            link.setWordWrap(True)
            link.setOpenExternalLinks(True)  # ESCO's own page, in the browser, when asked
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            return link
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(-1, 1_000_000)
            spin.setSpecialValueText(self.tr("Non précisé"))
            return spin
        edit = QLineEdit()
        if spec.kind == "date":
            edit.setPlaceholderText(self.tr("JJ/MM/AAAA"))
            add_calendar(edit)
        if spec.kind == "money":
            edit.setPlaceholderText(QLocale().toString(1200.50, "f", 2))
        if spec.kind in ("readonly", "fingerprint"):
            edit.setReadOnly(True)
        return edit

    def _fill_references(self, spec: FieldSpec, combo: QComboBox) -> None:
        assert spec.reference is not None
        combo.clear()
        if not spec.required:
            combo.addItem(self.tr("Personne en particulier"), "")
        for record in self._service.list(spec.reference):
            combo.addItem(title(record), record.id)

    def load(self, record: Record, *, is_new: bool = False) -> None:
        """Show a record (or a blank one to fill when `is_new`)."""
        if self._record is None or record.id != self._record.id:
            self.saved_label.hide()  # "Enregistré" stays for the record just saved
        self._record = record
        self._is_new = is_new
        self._clear_problems()
        self._show_heading(record, is_new=is_new)
        for name, widget in self._inputs.items():
            spec = self._specs[name]
            value = getattr(record, name)
            if spec.kind == "esco":
                assert isinstance(widget, QLabel)
                widget.setText(self._esco_text(str(value or "")))
            elif spec.kind == "reference":
                assert isinstance(widget, QComboBox)
                self._fill_references(spec, widget)
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData("" if value is None else str(value))))
            elif isinstance(widget, QSpinBox):
                widget.setValue(-1 if value is None else int(value))
            elif isinstance(widget, QLineEdit):
                if spec.kind == "money":
                    widget.setText("" if value is None else QLocale().toString(value / 100, "f", 2))
                elif spec.kind == "readonly" and spec.choices:
                    widget.setText(choice_label(self._cls, name, str(value)))
                elif spec.kind == "fingerprint":
                    widget.setText(fingerprint(value) if value.startswith("did:key:") else value)
                elif name == "media_type":  # « PDF », not « application/pdf »
                    widget.setText(media_label(str(value or "")))
                elif spec.kind == "date":
                    widget.setText(typed_dates.shown(value or ""))
                else:
                    widget.setText("" if value is None else str(value))
                if widget.isReadOnly():  # a long value read from its start, whole on hover
                    widget.setCursorPosition(0)
                    if not spec.help:
                        widget.setToolTip(widget.text() if len(widget.text()) > 40 else "")
                if spec.kind == "fingerprint":  # none for a sealed European credential
                    self._form.setRowVisible(widget, bool(value))
                    if name in self._hints:
                        self._form.setRowVisible(self._hints[name], bool(value))
                    if self.confirm_button is not None:
                        self.confirm_button.setVisible(str(value).startswith("did:key:"))
        self._show_rows_that_apply()
        texts = translations(record).get(self.translation_language, {})
        for name, widget in self._translation_inputs.items():
            _set_text(widget, texts.get(name, ""))
        self._show_translations(bool(texts))
        first = next(iter(self._inputs.values()))
        first.setFocus()
        self._loaded = self._typed()

    def _show_heading(self, record: Record, *, is_new: bool) -> None:
        """« Nouvelle fiche : Expérience » while new; then the record's own title."""
        kind = kind_label(self._cls)
        if is_new:
            text = self.tr("%1 : %2").replace("%1", self.tr("Nouvelle fiche")).replace("%2", kind)
        else:
            name = title(record)
            text = self.tr("%1 : %2").replace("%1", kind).replace("%2", name) if name else kind
        self.heading.setText(text)

    def _esco_text(self, uri: str) -> str:
        """No identifier a person did not type: whether the skill is ESCO's, and a link."""
        if not uri:
            return self.tr("Non : une compétence dite avec vos mots.")
        kind = self.tr("la fiche de cette compétence")
        return self.tr("Oui — %1 (site de la Commission européenne).").replace(
            "%1", f'<a href="{html.escape(uri, quote=True)}">{html.escape(kind)}</a>'
        )

    def _show_rows_that_apply(self) -> None:
        """A field that applies only to some records (CEFR for languages) shows only then."""
        for name, spec in self._specs.items():
            if spec.only_when is None:
                continue
            field, wanted = spec.only_when
            source = self._inputs.get(field)
            current = source.currentData() if isinstance(source, QComboBox) else None
            self._form.setRowVisible(self._inputs[name], current == wanted)

    # ---- what was typed and not saved ------------------------------------------------

    def _typed(self) -> dict[str, Any]:
        """Each editable field as it stands on screen (text, a choice, a tick)."""
        typed: dict[str, Any] = {}
        for name, widget in self._inputs.items():
            if self._specs[name].kind in ("readonly", "fingerprint", "esco"):
                continue
            if isinstance(widget, QPlainTextEdit):
                typed[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                typed[name] = widget.text()
            elif isinstance(widget, QCheckBox):
                typed[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                typed[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                typed[name] = widget.value()
        for name, widget in self._translation_inputs.items():
            typed[f"{TRANSLATED}{name}"] = _text_of(widget)
        return typed

    def pending(self) -> dict[str, Any] | None:
        """What was typed and not saved, to ask about or keep as a draft; None when nothing."""
        if self._record is None or self._service.read_only:
            return None
        typed = self._typed()
        if typed == self._loaded:
            return None
        return {
            "type": self._cls.TYPE,
            "id": self._record.id,
            "is_new": self._is_new,
            "fields": typed,
        }

    def save_pending(self) -> bool:
        """Save what was typed; False when it cannot be (the form says why)."""
        self._on_save_button_clicked()
        return self.pending() is None

    def restore_pending(self, pending: dict[str, Any], record: Record) -> None:
        """Put back what was being typed before an idle lock, over the record it was about."""
        self.load(record, is_new=bool(pending.get("is_new")))
        self._loaded = self._typed()  # as stored: what is typed again shows as unsaved
        for name, value in dict(pending.get("fields", {})).items():
            if name.startswith(TRANSLATED):
                field = self._translation_inputs.get(name.removeprefix(TRANSLATED))
                if field is not None:
                    _set_text(field, str(value))
                    self._show_translations(True)
                continue
            widget = self._inputs.get(name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))

    def clear(self) -> None:
        """Forget the record and empty every field (used when locking)."""
        self._record = None
        self._loaded = {}
        self._clear_problems()
        self.saved_label.hide()
        self.heading.setText(kind_label(self._cls))  # the record's title is personal
        for widget in self._translation_inputs.values():
            _set_text(widget, "")
        for name, widget in self._inputs.items():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QLabel):
                widget.clear()
            elif self._specs[name].kind == "reference":
                assert isinstance(widget, QComboBox)
                widget.clear()

    def input(self, name: str) -> QWidget:
        return self._inputs[name]

    # ---- saving ----------------------------------------------------------------

    def _value(self, spec: FieldSpec, widget: QWidget) -> Any:
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            if spec.choices is SKILL_LEVELS:  # stored as a number
                return int(data) if data else None
            return data or ""
        if isinstance(widget, QSpinBox):
            return None if widget.value() < 0 else widget.value()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if spec.kind == "money":
            if not text:
                return None
            amount, ok = QLocale().toDouble(
                text.replace(" ", "").replace("\u00a0", "").replace("€", "")
            )
            if not ok:
                raise InvalidRecord(spec.name, "money")
            return round(amount * 100)
        if spec.kind == "date":
            try:
                return typed_dates.read_typed(text)
            except typed_dates.NoSuchDay:
                raise InvalidRecord(spec.name, "this day does not exist") from None
            except typed_dates.NotADate:
                raise InvalidRecord(spec.name, "expected a date such as 2024-03-15") from None
        return text

    def _on_save_button_clicked(self) -> None:
        if self._record is None:
            return
        changes: dict[str, Any] = {}
        problems: list[InvalidRecord] = []
        for name, widget in self._inputs.items():
            spec = self._specs[name]
            if spec.kind in ("readonly", "fingerprint", "esco"):
                continue
            try:
                changes[name] = self._value(spec, widget)
            except InvalidRecord as exc:
                problems.append(exc)
                continue
            if spec.required and changes[name] in ("", None):
                problems.append(InvalidRecord(name, "cannot be empty"))
        if problems:
            self._show_problems(problems)
            return
        try:
            record = dataclasses.replace(self._record, **changes)
            if self._translation_inputs:
                texts = {n: _text_of(w) for n, w in self._translation_inputs.items()}
                record = with_translations(record, self.translation_language, texts)
            stored = self._service.save(record, is_new=self._is_new)
        except InvalidRecord as exc:
            self._show_problems([exc])
            return
        except VaultError as exc:
            show_error(self.error_label, explain(exc))
            return
        self._record = stored
        self._is_new = False
        self._clear_problems()
        self._loaded = self._typed()
        self._show_heading(stored, is_new=False)
        self.saved_label.setText(self.tr("✓ Enregistré."))
        self.saved_label.show()
        self.saved.emit(stored)

    def ask_for_attestation(self) -> Path | None:
        """Save an unsigned request for this record where the person chooses."""
        if self._record is None or self._is_new:
            show_error(self.error_label, self.tr("Enregistrez d'abord la fiche."))
            return None
        target = dialogs.ask_save_any(
            self,
            self.tr("Enregistrer la demande d'attestation"),
            str(Path.home() / self.tr("demande-attestation.json")),
            "JSON (*.json)",
        )
        if not target:
            return None
        try:
            data = self._service.attestation_request(self._record)
            write_atomic(Path(target), data)
        except NothingToName:
            show_error(
                self.error_label,
                self.tr("Indiquez d'abord votre nom dans Identité : la demande vous désigne."),
            )
            return None
        except (VaultError, OSError) as exc:
            show_error(self.error_label, explain(exc))
            return None
        self._record = self._service.get(type(self._record), self._record.id)
        self.error_label.hide()
        return Path(target)

    def confirm_signer(self) -> bool:
        """After comparing the digits in person: the signer becomes a confirmed contact."""
        record = self._record
        if not isinstance(record, Attestation) or not record.issuer_fingerprint.startswith(
            "did:key:"
        ):
            show_error(
                self.error_label,
                self.tr("Ce signataire n'a pas d'empreinte vérifiable hors ligne."),
            )
            return False
        digits = fingerprint(record.issuer_fingerprint)
        if not dialogs.ask_confirmation(
            self,
            self.tr("Empreinte du signataire"),
            self.tr(
                "Sur l'écran de %1, dans Musette › Mon identité de signataire, les huit groupes "
                "de chiffres sont-ils exactement :\n\n%2\n\nNe répondez oui qu'après les avoir "
                "comparés avec cette personne, en face à face ou au téléphone."
            )
            .replace("%1", shown(record.issuer_name))
            .replace("%2", digits),
        ):
            return False
        try:
            self._service.confirm_signer(record)
        except VaultError as exc:
            show_error(self.error_label, explain(exc))
            return False
        self.load(self._service.get(Attestation, record.id))
        return True

    def _clear_problems(self) -> None:
        self.error_label.hide()
        for label in self._field_errors.values():
            label.hide()

    def _show_problems(self, problems: list[InvalidRecord]) -> None:
        """Every problem beside its field, all listed above the buttons; the first focused."""
        self._clear_problems()
        self.saved_label.hide()
        lines = []
        first: str | None = None
        for error in problems:
            field, sentence = self._problem_words(error)
            lines.append(sentence)
            if field:
                label = self._field_errors[field]
                label.setText(sentence)
                label.show()
                first = first or field
        show_error(self.error_label, "\n".join(lines))
        if first:
            self._inputs[first].setFocus()
            bring_into_view(self._inputs[first])

    def _problem_words(self, error: InvalidRecord) -> tuple[str, str]:
        """(the field it is about, or "", and the sentence that says what to do)."""
        field = error.field if error.field in self._specs else ""
        if error.field in ("balance", "balance_cents"):
            field = "balance_cents" if "balance_cents" in self._specs else ""
        label = _tr_field(self._specs[field].label) if field else ""
        problem = {
            "cannot be empty": self.tr("ce champ est à remplir."),
            "a date is required": self.tr("une date est nécessaire."),
            "expected a date such as 2024-03-15": self.tr(
                "écrivez la date ainsi : 17/04/1975, 04/1975, avril 1975 ou 1975."
            ),
            "this day does not exist": self.tr("ce jour n'existe pas dans le calendrier."),
            "ends before it starts": self.tr("la fin est avant le début."),
            "money": self.tr("écrivez un montant, par exemple 1 200,50."),
            "give the balance in euros or in hours": self.tr(
                "indiquez le solde en euros, ou en heures, mais pas les deux."
            ),
            "a contact needs a name": self.tr("indiquez au moins un prénom ou un nom."),
            "a note cannot be empty": self.tr("écrivez quelque chose."),
            "not an e-mail address": self.tr("cette adresse électronique n'est pas complète."),
        }.get(error.problem, self.tr("cette valeur n'est pas acceptée."))
        if field == "balance_cents" and error.field == "balance":
            problem = self.tr("indiquez le solde en euros, ou en heures, mais pas les deux.")
        return field, (f"{label} : {problem}" if label else problem)


TRANSLATED = "translation:"  # how an unsaved translated text is named in a draft


def _fold(box: QGroupBox, shown: bool) -> None:
    """A checkable group folded away: its title stays, its rows hide."""
    for child in box.findChildren(QWidget):
        child.setVisible(shown)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(text)


def _editable() -> tuple[type[Record], ...]:
    from vault import model

    return tuple(cls for cls in FIELDS if cls not in (model.Attestation, model.ExportLog))
