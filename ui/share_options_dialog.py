"""Ce que ce profil montre: sections, hidden details, anonymised employers, paper, questions."""

from __future__ import annotations

import dataclasses
import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exporters.share import HIDEABLE, SECTIONS, ShareChoice
from vault.model import ShareProfile

from .pages.common import heading, paragraph, scrolled_column
from .translated import QT_TRANSLATE_NOOP

SECTION_NAMES = {
    "summary": QT_TRANSLATE_NOOP("share", "Présentation"),
    "experience": QT_TRANSLATE_NOOP("share", "Expérience professionnelle"),
    "education": QT_TRANSLATE_NOOP("share", "Formation"),
    "certifications": QT_TRANSLATE_NOOP("share", "Certifications"),
    "skills": QT_TRANSLATE_NOOP("share", "Compétences"),
    "languages": QT_TRANSLATE_NOOP("share", "Langues"),
    "volunteering": QT_TRANSLATE_NOOP("share", "Bénévolat"),
    "projects": QT_TRANSLATE_NOOP("share", "Projets personnels"),
    "awards": QT_TRANSLATE_NOOP("share", "Distinctions"),
    "publications": QT_TRANSLATE_NOOP("share", "Publications"),
    "interests": QT_TRANSLATE_NOOP("share", "Centres d'intérêt"),
    "additional": QT_TRANSLATE_NOOP("share", "Informations complémentaires"),
    "attestations": QT_TRANSLATE_NOOP("share", "Attestations signées"),
    "references": QT_TRANSLATE_NOOP("share", "Références (noms de personnes)"),
    "applications": QT_TRANSLATE_NOOP(
        "share", "Candidatures en cours (fiche et rendez-vous seulement)"
    ),
}
HIDE_NAMES = {
    "address": QT_TRANSLATE_NOOP("share", "Masquer l'adresse"),
    "birth_date": QT_TRANSLATE_NOOP("share", "Masquer la date de naissance"),
    "phone": QT_TRANSLATE_NOOP("share", "Masquer le téléphone"),
    "email": QT_TRANSLATE_NOOP("share", "Masquer l'adresse électronique"),
    "photo": QT_TRANSLATE_NOOP("share", "Masquer la photo"),
    "links": QT_TRANSLATE_NOOP("share", "Masquer le site web et les profils (LinkedIn, GitHub…)"),
    "disability": QT_TRANSLATE_NOOP("share", "Masquer la reconnaissance de handicap (RQTH)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("share", text)


class ShareOptionsDialog(QDialog):
    """Edits what a profile lets out; `profile()` gives the updated record on accept."""

    def __init__(
        self,
        profile: ShareProfile,
        items: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`items`: (record id, "Kind — name") for what can be left out one by one."""
        super().__init__(parent)
        self._profile = profile
        choice = ShareChoice.from_profile(profile)
        self.setWindowTitle(self.tr("Ce que ce profil montre"))
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Ce que « %1 » montre").replace("%1", profile.name)))
        layout = scrolled_column(outer)  # Enregistrer and Annuler stay in sight below
        layout.addWidget(
            paragraph(
                self.tr(
                    "Ce qui est décoché ne sort pas de votre musette : il n'apparaît nulle part "
                    "dans le fichier exporté, pas même caché."
                )
            )
        )
        grid = QGridLayout()
        self.section_boxes: dict[str, QCheckBox] = {}
        for row, key in enumerate(SECTIONS):
            box = QCheckBox(_tr(SECTION_NAMES[key]))
            box.setChecked(key in choice.sections)
            self.section_boxes[key] = box
            grid.addWidget(box, row % 7, row // 7)
        layout.addLayout(grid)
        self.hide_boxes: dict[str, QCheckBox] = {}
        for key in HIDEABLE:
            box = QCheckBox(_tr(HIDE_NAMES[key]))
            box.setChecked(key in choice.hide)
            self.hide_boxes[key] = box
            layout.addWidget(box)
        layout.addWidget(
            QLabel(self.tr("Fiches à inclure (décochez ce qui ne regarde pas ce destinataire)"))
        )
        self.item_list = QListWidget()
        self.item_list.setAccessibleName(self.tr("Fiches à inclure"))
        self.item_list.setMaximumHeight(160)
        for record_id, label in items or []:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, record_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = record_id not in choice.exclude
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.item_list.addItem(entry)
        layout.addWidget(self.item_list)
        self.anonymise_box = QCheckBox(
            self.tr(
                "Version anonyme : sans coordonnées, et sans le nom des employeurs que j'ai marqués"
            )
        )
        self.anonymise_box.setChecked(choice.anonymise)
        layout.addWidget(self.anonymise_box)
        self.expired_box = QCheckBox(
            self.tr("Inclure les attestations expirées (marquées « expirée le … »)")
        )
        self.expired_box.setChecked(choice.include_expired)
        layout.addWidget(self.expired_box)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), "A4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(choice.paper)))
        self.paper_combo.setAccessibleName(self.tr("Format du papier"))
        layout.addWidget(QLabel(self.tr("Format du papier")))
        layout.addWidget(self.paper_combo)
        layout.addWidget(QLabel(self.tr("Mes questions pour le rendez-vous (une par ligne)")))
        self.questions_edit = QPlainTextEdit(choice.questions)
        self.questions_edit.setTabChangesFocus(True)  # Tab goes on to the buttons
        self.questions_edit.setAccessibleName(self.tr("Mes questions pour le rendez-vous"))
        self.questions_edit.setMaximumHeight(100)
        layout.addWidget(self.questions_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def choice(self) -> ShareChoice:
        base = ShareChoice.from_profile(self._profile)
        return dataclasses.replace(
            base,
            sections=tuple(k for k in SECTIONS if self.section_boxes[k].isChecked()),
            hide=frozenset(k for k in HIDEABLE if self.hide_boxes[k].isChecked()),
            anonymise=self.anonymise_box.isChecked(),
            include_expired=self.expired_box.isChecked(),
            paper=str(self.paper_combo.currentData()),
            questions=self.questions_edit.toPlainText().strip(),
            exclude=frozenset(
                str(entry.data(Qt.ItemDataRole.UserRole))
                for entry in (self.item_list.item(n) for n in range(self.item_list.count()))
                if entry.checkState() != Qt.CheckState.Checked
            ),
        )

    def profile(self) -> ShareProfile:
        chosen = self.choice()
        return dataclasses.replace(
            self._profile, sections=json.dumps(list(chosen.sections)), options=chosen.to_options()
        )
