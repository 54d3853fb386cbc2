"""Mode rendez-vous: only what a share profile shows, full screen, large, read-only; leaving locks."""

from __future__ import annotations

import json
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exporters.career import Career
from exporters.share import ShareChoice
from exporters.words import dashed, month_year, period, situation_lines, words
from vault import VaultError
from vault.model import (
    Attestation,
    Certification,
    Education,
    Experience,
    Note,
    Skill,
    latest_situation,
)

from .error_text import explain
from .names import shown
from .pages.common import error_line, heading, show_error
from .share_options_dialog import SECTION_NAMES
from .vault_service import VaultService

TEXT_SCALE = 1.6


def _section_html(key: str, career: Career, language: str) -> str:
    """One section as simple HTML (every value escaped)."""
    w = words(language)
    items: list[str] = []
    person = career.person
    if key == "summary" and person is not None:
        lines = [person.display_name(), person.headline, person.summary]
        items = [f"<p>{escape(line)}</p>" for line in lines if line]
    kinds = {"experience": None, "volunteering": "volunteering", "projects": "personal"}
    if key in kinds:
        for e in sorted(
            (r for r in career.records if isinstance(r, Experience)),
            key=lambda e: (e.end_date == "", e.end_date, e.start_date),
            reverse=True,
        ):
            wanted = kinds[key]
            if (wanted is None and e.kind in ("volunteering", "personal")) or (
                wanted is not None and e.kind != wanted
            ):
                continue
            head = dashed(e.title, e.organisation)
            items.append(
                f"<p><b>{escape(head)}</b><br/>{escape(period(e.start_date, e.end_date, language))}"
                f"<br/>{escape(e.description)}</p>"
            )
    if key == "education":
        for d in sorted(
            (r for r in career.records if isinstance(r, Education)),
            key=lambda d: d.end_date,
            reverse=True,
        ):
            head = dashed(d.title, d.institution)
            items.append(
                f"<p><b>{escape(head)}</b><br/>{escape(period(d.start_date, d.end_date, language))}</p>"
            )
    if key == "certifications":
        for c in (r for r in career.records if isinstance(r, Certification)):
            by = dashed(c.issuer, month_year(c.issued_on, language))
            items.append(f"<p><b>{escape(c.name)}</b>{escape(' — ' + by) if by else ''}</p>")
    if key in ("skills", "languages"):
        for s in sorted(
            (r for r in career.records if isinstance(r, Skill)),
            key=lambda s: (-(s.level or 0), s.label.casefold()),
        ):
            if (s.category == "language") != (key == "languages"):
                continue
            prefix = "language" if key == "languages" else "level"
            level = f" — {w[f'{prefix}{s.level}']}" if s.level else ""
            items.append(f"<p>{escape(s.label)}{escape(level)}</p>")
    if key == "attestations":
        for attestation in career.records:
            if isinstance(attestation, Attestation) and attestation.status in (
                "verified",
                "confirmed",
            ):
                badge = json.loads(attestation.extra).get("badge", {})
                name = dashed(str(badge.get("name", "")), shown(attestation.issuer_name))
                confirmed = "✓ " if attestation.status == "confirmed" else ""
                items.append(f"<p>{confirmed}{escape(name)}</p>")
    return "".join(items)


class MeetingView(QWidget):
    """Shown in place of everything else; `finished` asks the window to lock."""

    finished = Signal()

    def __init__(self, service: VaultService, choice: ShareChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._choice = choice
        self._career = service.shared_career(choice)
        self.current = 0  # the section shown
        self.sections = [
            key for key in choice.sections if _section_html(key, self._career, choice.language)
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        self.setFont(font)
        title = self.tr("Rendez-vous")
        if choice.audience:
            title += " — " + choice.audience
        layout.addWidget(heading(title))
        # The situation, as the share choice lets it out (a disability only with a yes).
        situation = latest_situation(self._career.records)
        self.situation_label = QLabel()
        self.situation_label.setWordWrap(True)
        if situation is not None:
            self.situation_label.setText(" · ".join(situation_lines(situation, choice.language)))
        self.situation_label.setVisible(situation is not None)
        layout.addWidget(self.situation_label)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Précédent"))
        self.previous_button.clicked.connect(lambda: self.show_section(self.current - 1))
        self.section_label = QLabel()
        self.next_button = QPushButton(self.tr("Suivant ▶"))
        self.next_button.clicked.connect(lambda: self.show_section(self.current + 1))
        bar.addWidget(self.previous_button)
        bar.addWidget(self.section_label, 1)
        bar.addWidget(self.next_button)
        layout.addLayout(bar)
        self.content = QTextBrowser()
        self.content.setOpenLinks(False)  # nothing to follow out of the meeting
        self.content.setAccessibleName(self.tr("Contenu de la section"))
        layout.addWidget(self.content, 3)
        layout.addWidget(QLabel(self.tr("Notes du rendez-vous (gardées dans votre journal)")))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes du rendez-vous"))
        layout.addWidget(self.notes_edit, 1)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.save_note_button = QPushButton(self.tr("Enregistrer la note"))
        self.save_note_button.clicked.connect(self.save_note)
        self.save_note_button.setEnabled(not service.read_only)
        self.leave_button = QPushButton(self.tr("Terminer le rendez-vous et verrouiller"))
        self.leave_button.clicked.connect(self.leave)
        row.addWidget(self.save_note_button)
        row.addStretch(1)
        row.addWidget(self.leave_button)
        layout.addLayout(row)
        self.current = 0
        self.show_section(0)

    def show_section(self, index: int) -> None:
        if not self.sections:
            self.section_label.setText(self.tr("Rien à montrer avec ce profil."))
            self.content.clear()
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.current = max(0, min(index, len(self.sections) - 1))
        key = self.sections[self.current]
        name = QCoreApplication.translate("share", SECTION_NAMES[key])
        self.section_label.setText(f"{name} ({self.current + 1}/{len(self.sections)})")
        self.content.setHtml(_section_html(key, self._career, self._choice.language))
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.sections) - 1)

    def save_note(self) -> bool:
        text = self.notes_edit.toPlainText().strip()
        if not text:
            return True
        title = self.tr("Rendez-vous du %1").replace("%1", date.today().isoformat())
        if self._choice.audience:
            title += " — " + self._choice.audience
        try:
            self._service.save(
                Note(title=title, body=text, occurred_on=date.today().isoformat()), is_new=True
            )
        except VaultError as exc:
            show_error(self.error_label, explain(exc))
            return False
        self.notes_edit.clear()
        return True

    def leave(self) -> None:
        """Keep what was typed, then lock: nothing else is reachable without the passphrase."""
        if self.save_note():
            self.finished.emit()
