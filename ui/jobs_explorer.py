"""« Explorer des métiers »: where what I like leads, and the jobs one step from mine (ROME 4.0)."""

from __future__ import annotations

import textwrap
from html import escape as _escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vault.model import Experience, Skill
from vault.occupations import OccupationMatch, esco_occupation
from vault.reference import CREDIT, Job, Reference
from vault.taxonomy import Taxonomy

from .flow_layout import FlowLayout
from .i18n import plural
from .pages.common import paragraph, resize_within_screen, scrolled_column
from .vault_service import VaultService

CodeRole = Qt.ItemDataRole.UserRole


def escape(text: str) -> str:
    """Text for a rich-text label; an apostrophe stays one (the label is not an attribute)."""
    return _escape(text, quote=False)


WORK_KINDS = ("job", "internship", "apprenticeship")


class JobDetails(QWidget):
    """One job as ROME describes it, its close jobs, and « En faire mon projet »."""

    aim = Signal(str, str)  # the job's name, the ESCO occupation's address ("" if none)

    def __init__(
        self, reference: Reference, taxonomy: Taxonomy | None, held: set[str], language: str
    ) -> None:
        super().__init__()
        self.reference = reference
        self.taxonomy = taxonomy
        self.held = held  # ESCO addresses of the person's skills
        self.language = language
        self.job: Job | None = None
        self.match: OccupationMatch | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = scrolled_column(layout)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.text)
        column.addStretch(1)
        self.aim_button = QPushButton(self.tr("En faire mon projet"))
        self.aim_button.setEnabled(False)
        self.aim_button.clicked.connect(self._aim)
        layout.addWidget(self.aim_button)
        self.text.setText(self.tr("Choisissez un métier pour le voir ici."))

    def flags(self, job: Job) -> list[str]:
        """What ROME says of the job, in plain words (nothing when ROME does not say)."""
        said = []
        if job.ecological:
            said.append(self.tr("Transition écologique : %1").replace("%1", job.ecological))
        if job.digital:
            said.append(self.tr("Métier de la transition numérique"))
        if job.demographic:
            said.append(self.tr("Métier de la transition démographique"))
        if job.regulated:
            said.append(self.tr("Profession réglementée (diplôme ou autorisation exigés)"))
        if job.cadre is True:
            said.append(self.tr("Emploi de cadre"))
        return said

    def show_job(self, code: str) -> None:
        job = self.reference.job(code)
        self.job = job
        if job is None:
            return
        self.match = (
            esco_occupation(self.taxonomy, job.label, self.language) if self.taxonomy else None
        )
        # Paragraphs: what ROME says of the job, its ESCO match, the close jobs.
        about = [f"ROME {escape(job.code)}"]
        titles = [t for t in self.reference.titles(job.code, 5) if t != job.label][:4]
        if titles:
            about.append(escape(self.tr("Aussi appelé : %1").replace("%1", " ; ".join(titles))))
        about.extend(escape(flag) for flag in self.flags(job))
        europe = [escape(self.tr("Aucun métier européen ESCO de ce nom."))]
        taxonomy = self.taxonomy
        if self.match is not None and taxonomy is not None:
            closeness = (
                self.tr("même intitulé")
                if self.match.closeness == "same"
                else self.tr("intitulé proche")
            )
            said = self.tr("Métier européen ESCO : « %1 » (%2)")
            europe = [escape(said.replace("%1", self.match.label).replace("%2", closeness))]
            # Only with ESCO's occupation–skill relations imported (not in every ESCO file).
            needed = {uri for uri, _ in taxonomy.skills_for(self.match.uri)}
            if needed:
                mine = taxonomy.labels(sorted(needed & self.held), self.language)
                held = " ; ".join(mine.values()) or self.tr("rien encore")
                europe.append(
                    escape(self.tr("Ce que vous avez déjà pour ce métier : %1").replace("%1", held))
                )
        paragraphs = [about, europe]
        close = self.reference.close_jobs(job.code)
        if close:
            heading = self.tr("Métiers proches")
            paragraphs.append(
                [f"<b>{escape(heading)}</b>"]
                + [f"{escape(other.label)} ({escape(other.code)})" for other in close]
            )
        self.text.setText(
            f"<h3>{escape(job.label)}</h3>"
            + "".join(f"<p>{'<br/>'.join(lines)}</p>" for lines in paragraphs)
        )
        self.aim_button.setEnabled(True)

    def _aim(self) -> None:
        if self.job is not None:
            self.aim.emit(self.job.label, self.match.uri if self.match else "")


class JobsExplorer(QDialog):
    """Two ways in: the centres d'intérêt as cards, or the jobs the person has held."""

    def __init__(
        self, service: VaultService, reference: Reference, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Explorer des métiers"))
        resize_within_screen(self, 980, 680)
        self.service = service
        self.reference: Reference | None = reference
        self.taxonomy = Taxonomy.open_default()
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        held = {s.esco_uri for s in service.list(Skill) if s.esco_uri}
        self.details = JobDetails(reference, self.taxonomy, held, language)
        self.details.aim.connect(self._aim)
        outer = QVBoxLayout(self)
        splitter = QSplitter()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._interests_tab(reference), self.tr("Ce qui m'attire"))
        self.tabs.addTab(self._mine_tab(service), self.tr("Près de mes métiers"))
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([580, 400])  # the job's sheet wide enough to read
        outer.addWidget(splitter, 1)
        outer.addWidget(paragraph(self.tr("Données : %1 (Licence Ouverte).").replace("%1", CREDIT)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.finished.connect(self._close_files)

    def _close_files(self) -> None:
        if self.reference is not None:
            self.reference.close()
            self.reference = None
        if self.taxonomy is not None:
            self.taxonomy.close()
            self.taxonomy = None

    # ---- what I like -----------------------------------------------------------

    def _interests_tab(self, reference: Reference) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            paragraph(self.tr("Choisissez ce qui vous ressemble, autant que vous voulez."))
        )
        cards = QWidget()
        flow = FlowLayout(cards)
        self.cards: dict[str, QPushButton] = {}
        for interest in reference.interests():
            card = QPushButton(textwrap.fill(interest.label, 26).replace("&", "&&"))
            card.setCheckable(True)
            card.setAccessibleName(interest.label)
            card.setToolTip(interest.definition)
            card.toggled.connect(self._show_interest_jobs)
            self.cards[interest.code] = card
            flow.addWidget(card)
        column = scrolled_column(layout)
        column.addWidget(cards)
        self.interest_jobs = QListWidget()
        self.interest_jobs.setAccessibleName(self.tr("Métiers où cela mène"))
        self.interest_jobs.currentItemChanged.connect(self._show_details)
        self.interest_count = QLabel()
        layout.addWidget(self.interest_count)
        layout.addWidget(self.interest_jobs, 1)
        return tab

    def chosen_interests(self) -> list[str]:
        return [code for code, card in self.cards.items() if card.isChecked()]

    def _show_interest_jobs(self) -> None:
        """The jobs the chosen interests lead to: those most of them lead to first, then
        ROME's main ones, then by name."""
        if self.reference is None:
            return
        score: dict[str, tuple[int, int, str]] = {}
        for code in self.chosen_interests():
            for job, main in self.reference.interest_jobs(code):
                count, mains, label = score.get(job.code, (0, 0, job.label))
                score[job.code] = (count + 1, mains + int(main), label)
        ranked = sorted(score.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[1][2]))
        self.interest_jobs.clear()
        for code, (_count, _mains, label) in ranked:
            item = QListWidgetItem(label)
            item.setData(CodeRole, code)
            self.interest_jobs.addItem(item)
        said = plural(len(ranked), self.tr("%1 métier"), self.tr("%1 métiers"))
        self.interest_count.setText(said if self.chosen_interests() else "")

    # ---- close to mine -----------------------------------------------------------

    def _mine_tab(self, service: VaultService) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Partez d'un métier que vous avez exercé, ou tapez-en un : voici ceux qui "
                    "en sont à un pas, dans l'ordre de France Travail."
                )
            )
        )
        row = QHBoxLayout()
        self.my_job = QComboBox()
        self.my_job.setEditable(True)
        self.my_job.setAccessibleName(self.tr("Mon métier"))
        jobs = [e.title for e in service.list(Experience) if e.kind in WORK_KINDS and e.title]
        self.my_job.addItems(list(dict.fromkeys(jobs)))
        self.my_job.setCurrentText(jobs[0] if jobs else "")
        row.addWidget(self.my_job, 1)
        look = QPushButton(self.tr("Voir les métiers proches"))
        look.clicked.connect(self.show_close_jobs)
        editor = self.my_job.lineEdit()
        if editor is not None:  # Entrée in the typed title looks too
            editor.returnPressed.connect(self.show_close_jobs)
        row.addWidget(look)
        layout.addLayout(row)
        self.found_as = QLabel()
        self.found_as.setWordWrap(True)
        layout.addWidget(self.found_as)
        self.close_jobs = QListWidget()
        self.close_jobs.setAccessibleName(self.tr("Métiers proches"))
        self.close_jobs.currentItemChanged.connect(self._show_details)
        layout.addWidget(self.close_jobs, 1)
        if jobs:
            self.show_close_jobs()
        return tab

    def show_close_jobs(self) -> None:
        if self.reference is None:
            return
        title = self.my_job.currentText().strip()
        self.close_jobs.clear()
        job = self.reference.job_titled(title) if title else None
        if job is None:
            self.found_as.setText(
                self.tr("« %1 » n'est pas dans le répertoire : essayez un autre mot.").replace(
                    "%1", title
                )
                if title
                else ""
            )
            return
        self.found_as.setText(
            self.tr("« %1 » : ROME %2, %3.")
            .replace("%1", title)
            .replace("%2", job.code)
            .replace("%3", job.label)
        )
        for other in self.reference.close_jobs(job.code):
            item = QListWidgetItem(other.label)
            item.setData(CodeRole, other.code)
            self.close_jobs.addItem(item)

    # ---- both --------------------------------------------------------------------

    def _show_details(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.details.show_job(str(item.data(CodeRole)))

    def _aim(self, label: str, uri: str) -> None:
        """The project wizard, its target already this job (the ESCO match kept when found)."""
        from .wizards import open_wizard

        parent = self.parentWidget() or self
        wizard = open_wizard("project", self.service, parent)
        aim = getattr(wizard, "aim", None)
        if aim is not None:
            aim(label, uri)
        self.accept()
