"""Importer: choose a file, see what it brings and what is already there, then import or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exporters import registry
from exporters.actions.import_file import ImportResult
from exporters.readers.errors import ImportRefused
from exporters.readers.plan import ADD, MERGE, SKIP, ImportPlan

from . import dialogs
from .background import Job
from .error_text import explain, refusal
from .i18n import plural
from .icons import icon
from .models.import_plan_model import (
    ACTION_COLUMN,
    ActionDelegate,
    ActionRole,
    ImportPlanModel,
)
from .pages.common import error_line, heading, paragraph, resize_within_screen, show_error
from .translated import QT_TRANSLATE_NOOP
from .vault_service import VaultService

# reader name -> (button text, explanation, file filter label); suffixes come from the registry
KINDS: dict[str, tuple[str, str, str]] = {
    "linkedin": (
        QT_TRANSLATE_NOOP("import", "Mon archive LinkedIn"),
        QT_TRANSLATE_NOOP(
            "import",
            "Le fichier ZIP que LinkedIn vous envoie quand vous demandez une copie de vos données "
            "(Préférences › Confidentialité des données › Obtenir une copie de vos données).",
        ),
        "LinkedIn",
    ),
    "json-resume": (
        QT_TRANSLATE_NOOP("import", "Un CV au format JSON Resume"),
        QT_TRANSLATE_NOOP(
            "import",
            "Un fichier .json exporté d'un site de CV ou d'une autre musette.",
        ),
        "JSON Resume",
    ),
    "europass": (
        QT_TRANSLATE_NOOP("import", "Un CV Europass"),
        QT_TRANSLATE_NOOP(
            "import",
            "Le CV enregistré par l'éditeur Europass : le fichier XML, ou le PDF Europass qui "
            "le porte en pièce jointe (2013 et après).",
        ),
        "Europass",
    ),
    "badge": (
        QT_TRANSLATE_NOOP("import", "Un badge numérique (Open Badges)"),
        QT_TRANSLATE_NOOP(
            "import",
            "L'image du badge (PNG ou SVG) ou son fichier (JSON, JWT), reçue d'un organisme de "
            "formation ou d'un employeur. Sa signature est vérifiée sans Internet.",
        ),
        "Open Badges",
    ),
    "attestation": (
        QT_TRANSLATE_NOOP("import", "Une attestation signée"),
        QT_TRANSLATE_NOOP(
            "import",
            "Le fichier qu'une personne a signé dans sa Musette à votre demande (.jwt, ou un "
            "badge PNG ou SVG). Il est vérifié, puis rangé avec la fiche concernée.",
        ),
        "Attestation",
    ),
}

TYPE_NAMES = {
    "person": QT_TRANSLATE_NOOP("import", "Identité"),
    "experience": QT_TRANSLATE_NOOP("import", "Expérience"),
    "education": QT_TRANSLATE_NOOP("import", "Formation"),
    "certification": QT_TRANSLATE_NOOP("import", "Certification"),
    "skill": QT_TRANSLATE_NOOP("import", "Compétence"),
    "contact": QT_TRANSLATE_NOOP("import", "Contact"),
    "note": QT_TRANSLATE_NOOP("import", "Note"),
    "document": QT_TRANSLATE_NOOP("import", "Document"),
    "attestation": QT_TRANSLATE_NOOP("import", "Attestation"),
}
ACTION_NAMES = {
    ADD: QT_TRANSLATE_NOOP("import", "Ajouter"),
    MERGE: QT_TRANSLATE_NOOP("import", "Compléter la fiche existante"),
    SKIP: QT_TRANSLATE_NOOP("import", "Ne pas importer"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


def _language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class ImportDialog(QDialog):
    """Two steps: what to import, then the preview; only « Importer » writes."""

    imported = Signal(object)  # ImportResult

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Importer"))
        self.setAcceptDrops(True)
        resize_within_screen(self, 820, 560)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.stack.addWidget(self._choice_page())
        self.stack.addWidget(self._preview_page())

    # ---- step 1: which kind of file --------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Importer ce que vous avez déjà")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Rien n'est enregistré avant que vous ayez vu ce que le fichier apporte. "
                    "Ce qui est déjà dans votre musette est repéré, pour ne pas l'avoir en double. "
                    "Vous pouvez aussi déposer le fichier dans cette fenêtre."
                )
            )
        )
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind, (title, explanation, _) in KINDS.items():
            button = QPushButton(icon("mdi6.file-import-outline"), _tr(title))
            button.setAccessibleDescription(_tr(explanation))
            button.clicked.connect(lambda _=False, k=kind: self.choose(k))
            self.kind_buttons[kind] = button
            layout.addWidget(button)
            layout.addWidget(paragraph(_tr(explanation)))
        self.choice_error = error_line()
        layout.addWidget(self.choice_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        return page

    def choose(self, kind: str) -> None:
        title, _, label = KINDS[kind]
        kinds = registry.file_filter(registry.READERS[kind], label)
        chosen = dialogs.ask_import_path(self, _tr(title), str(Path.home()), kinds)
        if chosen:
            self.load(kind, Path(chosen))

    # ---- or a file dropped on the dialog: its content says which reader --------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls() and self.stack.currentIndex() == 0:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            event.acceptProposedAction()
            self.load_dropped(Path(local[0]))

    def load_dropped(self, path: Path) -> bool:
        """Recognise the file by its content, then read it as if its button had been chosen."""
        kind = registry.sniff(path)
        if kind is None:
            show_error(
                self.choice_error,
                self.tr(
                    "Musette ne reconnaît pas « %1 » : ce n'est ni une archive LinkedIn, ni un CV JSON Resume, ni un badge. Rien n'a été importé."
                ).replace("%1", path.name),
            )
            return False
        self.load(kind, path)
        return True

    def load(self, kind: str, path: Path) -> Job:
        """Read the file on a worker, then show the preview; a refused file is explained on
        the first page."""
        self.choice_error.hide()
        return self._service.start_reading_import(
            kind, path, _language(), self, self._show_plan, self._refused
        )

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._fill_preview(plan)
        self.stack.setCurrentIndex(1)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ImportRefused):
            show_error(
                self.choice_error,
                error.describe(_language()) + " " + self.tr("Rien n'a été importé."),
            )
            return
        show_error(self.choice_error, explain(refusal(error)))

    # ---- step 2: the preview ---------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_title = heading("")
        layout.addWidget(self.preview_title)
        self.summary = paragraph("")
        layout.addWidget(self.summary)
        self.plan_model = ImportPlanModel(
            [
                self.tr("Quoi"),
                self.tr("Fiche"),
                self.tr("Déjà dans votre musette"),
                self.tr("Que faire"),
            ],
            lambda record_type: _tr(TYPE_NAMES.get(record_type, record_type)),
            lambda action: _tr(ACTION_NAMES[action]),
            lambda name: self.tr("Que faire de %1").replace("%1", name),
        )
        self.plan_model.action_changed.connect(self._update_summary)
        # A view over the plan: 2 000 records show at once (one widget per row took seconds).
        self.table = QTableView()
        self.table.setModel(self.plan_model)
        self.table.setItemDelegateForColumn(ACTION_COLUMN, ActionDelegate(self.table))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # « Que faire » opens with F2, Entrée, a letter, or a click on a chosen row.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # One click on a « Que faire » list opens it, as on a real drop-down list.
        self.table.clicked.connect(
            lambda index: self.table.edit(index) if index.column() == ACTION_COLUMN else None
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        self.warnings_title = paragraph(
            self.tr(
                "À savoir avant d'importer (ce qui est laissé de côté, gardé sans être imprimé, ou à vérifier) :"
            )
        )
        layout.addWidget(self.warnings_title)
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.warnings, 1)
        self.apply_error = error_line()
        layout.addWidget(self.apply_error)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Choisir un autre fichier"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        row.addWidget(back)
        row.addStretch(1)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.import_button = QPushButton(icon("mdi6.check"), self.tr("Importer"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.confirm)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        return page

    def _fill_preview(self, plan: ImportPlan) -> None:
        self.preview_title.setText(self.tr("Ce que %1 apporte").replace("%1", plan.file_name))
        self.plan_model.show(plan)
        # Widths from the words, not from measuring every row.
        metrics = self.table.fontMetrics()
        kinds = {_tr(TYPE_NAMES.get(i.record.TYPE, i.record.TYPE)) for i in plan.items}
        actions = [_tr(name) for name in ACTION_NAMES.values()]
        for column, words in ((0, kinds), (ACTION_COLUMN, actions)):
            widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
            self.table.setColumnWidth(column, widest + 48)  # room for the list's arrow
        self.warnings.clear()
        language = _language()
        for warning in plan.warnings:
            self.warnings.addItem(warning.describe(language))
        self.warnings_title.setVisible(bool(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        self.apply_error.hide()
        self._update_summary()

    def action(self, row: int) -> str:
        """What will be done with the record on that row."""
        return str(self.plan_model.index(row, ACTION_COLUMN).data(ActionRole))

    def set_action(self, row: int, action: str) -> bool:
        """Choose what to do with one record, as the « Que faire » list does."""
        return self.plan_model.setData(self.plan_model.index(row, ACTION_COLUMN), action)

    def _update_summary(self) -> None:
        if self.plan is None:
            return
        counts = {action: sum(c.values()) for action, c in self.plan.counts().items()}
        parts = [
            plural(counts[ADD], self.tr("%1 fiche à ajouter"), self.tr("%1 fiches à ajouter")),
            plural(
                counts[MERGE],
                self.tr("%1 fiche déjà présente à compléter"),
                self.tr("%1 fiches déjà présentes à compléter"),
            ),
            plural(counts[SKIP], self.tr("%1 à laisser de côté"), self.tr("%1 à laisser de côté")),
        ]
        self.summary.setText(
            ", ".join(parts)
            + ". "
            + self.tr(
                "Une fiche existante n'est jamais écrasée : seules ses cases vides sont remplies."
            )
        )
        self.import_button.setEnabled(counts[ADD] + counts[MERGE] > 0)

    def confirm(self) -> None:
        """Write everything in one transaction, or nothing."""
        if self.plan is None:
            return
        self.import_button.setEnabled(False)  # one import, not two
        self._service.start_import(self.plan, self, self._applied, self._apply_refused)

    def _applied(self, result: ImportResult) -> None:
        self.imported.emit(result)
        self.accept()

    def _apply_refused(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        show_error(self.apply_error, explain(refusal(error)))
