"""Mode rendez-vous: only what a share profile shows, full screen, large, read-only; leaving locks."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exporters.advisor import advisor_content, words_for
from exporters.career import Career
from exporters.cv_content import Entry, cv_content
from exporters.share import ShareChoice
from exporters.words import dashed, situation_lines
from exporters.writers.typography import for_language
from vault import VaultError
from vault.model import (
    Note,
    latest_situation,
)

from .error_text import explain
from .names import shown
from .pages.common import error_line, heading, paragraph, show_error
from .vault_service import VaultService

TEXT_SCALE = 1.6


def meeting_pages(career: Career, choice: ShareChoice) -> list[tuple[str, str, str]]:
    """(key, title, HTML) for each page: the CV's sections the profile shows, then what the
    advisor is there for — rights and CPF, the project and its next steps.
    """
    html = _Html(choice.language)
    content = cv_content(career, choice)
    pages: list[tuple[str, str, str]] = []
    header = content.header
    if header is not None and "summary" in choice.sections:
        lines = [shown(header.name), header.headline, header.summary]
        pages.append(("summary", header.summary_heading, "".join(html.p(x) for x in lines if x)))
    for block in content.blocks:
        pages.append((block.key, block.heading, "".join(html.entry(e) for e in block.entries)))
    advice = advisor_content(career, choice.language)
    w = words_for(choice.language)
    rights = [html.p(advice.cpf), html.list(advice.schemes)]
    if advice.fitting:
        rights += [html.p(w["fit"], bold=True), html.list(advice.fitting)]
    pages.append(("rights", w["rights"], "".join(rights)))
    project = [html.p(line) for line in advice.project or (w["no_project"],)]
    if advice.steps:
        project += [html.p(w["steps"], bold=True), html.list(advice.steps)]
    pages.append(("project", w["project"], "".join(project)))
    pages.append(("applications", w["applications"], html.list(advice.applications)))
    return [page for page in pages if page[2]]


class _Html:
    """Simple HTML for the meeting: every value typeset as on paper, then escaped."""

    def __init__(self, language: str) -> None:
        self.language = language

    def text(self, value: str) -> str:
        return escape(for_language(value, self.language))

    def p(self, value: str, *, bold: bool = False) -> str:
        return f"<p><b>{self.text(value)}</b></p>" if bold else f"<p>{self.text(value)}</p>"

    def list(self, lines: tuple[str, ...]) -> str:
        items = "".join(f"<li>{self.text(line)}</li>" for line in lines)
        return f"<ul>{items}</ul>" if lines else ""

    def entry(self, entry: Entry) -> str:
        title = ("✓ " if entry.confirmed else "") + shown(entry.title)
        head = f"<b>{self.text(title)}</b>" if entry.title else ""
        rest = dashed(shown(entry.where), entry.level)
        if rest:
            head += self.text((" — " if head else "") + rest)
        when = " · ".join(p for p in (entry.when, entry.place) if p)
        lines = [head] + [
            self.text(line) for line in (when, entry.text, ", ".join(entry.keywords)) if line
        ]
        return f"<p>{'<br/>'.join(lines)}</p>" + self.list(entry.highlights)


class MeetingView(QWidget):
    """Shown in place of everything else; `finished` asks the window to lock."""

    finished = Signal()

    def __init__(self, service: VaultService, choice: ShareChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._choice = choice
        self._career = service.shared_career(choice)
        self.current = 0  # the page shown
        self.pages = meeting_pages(self._career, choice)
        self.sections = [key for key, _, _ in self.pages]
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
        self.content.setTabChangesFocus(True)  # Tab goes on to the notes
        self.content.setAccessibleName(self.tr("Contenu de la section"))
        layout.addWidget(self.content, 3)
        layout.addWidget(paragraph(self.tr("Notes du rendez-vous (gardées dans votre journal)")))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)  # Tab goes on to the buttons
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
        if not self.pages:
            self.section_label.setText(self.tr("Rien à montrer avec ce profil."))
            self.content.clear()
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.current = max(0, min(index, len(self.pages) - 1))
        _, name, html = self.pages[self.current]
        self.section_label.setText(f"{name} ({self.current + 1}/{len(self.pages)})")
        self.content.setHtml(html)
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
