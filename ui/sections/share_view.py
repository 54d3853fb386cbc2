"""Partager: share profiles, the exports they make (previewed, saved or printed), and the log."""

from __future__ import annotations

import atexit
import dataclasses
import warnings
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exporters.registry import WRITERS
from exporters.share import ShareChoice
from exporters.translations import describe_missing
from vault import VaultError
from vault.model import Certification, Education, Experience, ExportLog, ShareProfile, Skill

from .. import background, dialogs
from ..background import Job
from ..error_text import explain, refusal
from ..export_preview import PreviewDialog, ask_for_printer, print_pages
from ..export_worker import ExportWorker, ThumbnailWorker
from ..flow_layout import FlowLayout
from ..icons import icon
from ..pages.common import error_line, paragraph, show_error
from ..record_text import details, kind_label, title
from ..share_options_dialog import ShareOptionsDialog
from ..translated import QT_TRANSLATE_NOOP
from ..vault_service import VaultService
from .section_view import SectionSpec, SectionView

SHARE = SectionSpec(
    key="share",
    title=QT_TRANSLATE_NOOP("sections", "Partager"),
    icon="mdi6.share-variant-outline",
    types=(ShareProfile, ExportLog),
    creatable=(ShareProfile,),
    intro=QT_TRANSLATE_NOOP(
        "sections",
        "Un profil de partage dit ce qui sort, pour qui et sous quelle forme. Choisissez-en un (ou aucun, pour les réglages prudents), puis exportez ou imprimez. Chaque partage est noté ici.",
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Aucun profil et rien de partagé pour l'instant. Ajoutez un profil, par exemple « Recruteur » ou « Conseillère CEP ».",
    ),
)

# format -> (button, file type filter, default file name)
EXPORTS: dict[str, tuple[str, str, str]] = {
    "cv": (QT_TRANSLATE_NOOP("share", "CV (PDF)"), "PDF (*.pdf)", "cv.pdf"),
    "portfolio": (
        QT_TRANSLATE_NOOP("share", "Portfolio de compétences (PDF)"),
        "PDF (*.pdf)",
        "portfolio.pdf",
    ),
    "brief": (
        QT_TRANSLATE_NOOP("share", "Fiche pour le rendez-vous (PDF)"),
        "PDF (*.pdf)",
        "fiche-rendez-vous.pdf",
    ),
    "docx": (QT_TRANSLATE_NOOP("share", "CV modifiable (Word)"), "Word (*.docx)", "cv.docx"),
    "json-resume": (QT_TRANSLATE_NOOP("share", "JSON Resume"), "JSON (*.json)", "cv.json"),
    "europass": (
        QT_TRANSLATE_NOOP("share", "CV Europass (XML)"),
        "Europass (*.xml)",
        "cv-europass.xml",
    ),
}


THUMBNAIL_WIDTH = 96  # pixels: enough to tell the designs apart
THUMBNAILS_UP_TO = 5_000  # records: reading more would hold the window (issue #24)


def _tr(text: str) -> str:
    return QCoreApplication.translate("share", text)


# Thumbnail workers told to stop and not yet ended (a QThread must outlive its run).
_ENDING: set[ThumbnailWorker] = set()


@atexit.register
def _let_them_end() -> None:
    """At exit, wait for them: a QThread destroyed while it runs aborts the process."""
    for worker in list(_ENDING):
        worker.wait()


class ShareView(SectionView):
    """Profiles and the log in the list; the export buttons act on the selected profile."""

    meeting_requested = Signal(object)  # a ShareChoice

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(SHARE, service, parent)
        self.preview_dialog: PreviewDialog | None = None
        self._worker: ExportWorker | None = None
        box = QGroupBox(self.tr("Exporter ou imprimer"))
        column = QVBoxLayout(box)
        self.using_label = paragraph("")
        column.addWidget(self.using_label)
        self.options_button = QPushButton(
            icon("mdi6.tune-variant"), self.tr("Ce que ce profil montre…")
        )
        self.options_button.clicked.connect(self.edit_options)
        column.addWidget(self.options_button)
        column.addWidget(self._templates_row())
        self.export_buttons: dict[str, QPushButton] = {}
        actions = QWidget()
        row = FlowLayout(actions)  # wraps on a small screen or at large text
        for name, (label, _, _) in EXPORTS.items():
            if name not in WRITERS:
                continue
            button = QPushButton(_tr(label))
            button.setToolTip(self.tr("Voir l'aperçu, puis enregistrer ou imprimer."))
            button.clicked.connect(lambda _=False, n=name: self.preview(n))
            self.export_buttons[name] = button
            row.addWidget(button)
        self.meeting_button = QPushButton(
            icon("mdi6.account-tie-voice-outline"), self.tr("Mode rendez-vous…")
        )
        self.meeting_button.setToolTip(
            self.tr(
                "Plein écran, en grand, seulement ce que ce profil montre ; en sortir verrouille Musette."
            )
        )
        self.meeting_button.clicked.connect(lambda: self.meeting_requested.emit(self.choice()))
        row.addWidget(self.meeting_button)
        column.addWidget(actions)
        self.share_error = error_line()
        column.addWidget(self.share_error)
        # On a small screen the export box scrolls rather than have its CV pages and
        # their names squeezed out of sight.
        export_area = QScrollArea()
        export_area.setWidgetResizable(True)
        export_area.setFrameShape(QFrame.Shape.NoFrame)
        export_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its buttons
        export_area.setWidget(box)
        self.outer.addWidget(export_area)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_using())
        self._update_using()

    # ---- templates ---------------------------------------------------------------------

    def _templates_row(self) -> QWidget:
        """One button per CV template, showing the person's own CV in it."""
        from ..fields import CV_TEMPLATES

        box = QGroupBox(self.tr("Modèle de CV"))
        row = FlowLayout(box)
        self.template_buttons: dict[str, QToolButton] = {}
        self._thumbnails: ThumbnailWorker | None = None
        self._thumbnails_for: ShareChoice | None = None  # what the thumbnails show
        self._service.changed.connect(self._forget_thumbnails)
        self._template = "classique"  # without a profile
        group = QButtonGroup(box)
        for code, label in CV_TEMPLATES:
            button = QToolButton()
            button.setText(QCoreApplication.translate("fields", label).split(" (")[0])
            button.setToolTip(QCoreApplication.translate("fields", label))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(THUMBNAIL_WIDTH, int(THUMBNAIL_WIDTH * 1.414)))
            button.clicked.connect(lambda _=False, c=code: self.choose_template(c))
            group.addButton(button)
            self.template_buttons[code] = button
            row.addWidget(button)
        return box

    def choose_template(self, code: str) -> None:
        """The template the CV exports use: the profile's, saved; or the one for no profile."""
        profile = self.selected_profile()
        if profile is None:
            self._template = code
        elif profile.template != code and not self._service.read_only:
            try:
                self._service.save(dataclasses.replace(profile, template=code), is_new=False)
            except VaultError as exc:
                show_error(self.share_error, explain(exc))
                return
            self.select_record(profile.id)
        self._check_template(code)

    def _check_template(self, code: str) -> None:
        for name, button in self.template_buttons.items():
            button.setChecked(name == code)

    def draw_thumbnails(self) -> ThumbnailWorker | None:
        """Draw each template with the person's own CV, on a worker; the old drawing stops.

        Drawn again only when the profile or the career changed. The career is read on
        the GUI thread (the vault's connection lives there): past THUMBNAILS_UP_TO
        records the buttons keep their names only, rather than freezing the window.
        """
        choice = self.choice()
        if choice == self._thumbnails_for:
            return None
        self._stop_thumbnails()
        if sum(self._service.stats().values()) > THUMBNAILS_UP_TO:
            return None
        self._thumbnails_for = choice
        # Read and drawn on the worker: the records come through its own connection.
        worker = ThumbnailWorker(self._service.career_reader("cv", choice), choice, THUMBNAIL_WIDTH)
        worker.drawn.connect(self._show_thumbnail)
        self._thumbnails = worker
        worker.start()
        return worker

    def _forget_thumbnails(self, *_: object) -> None:
        self._thumbnails_for = None  # the career changed: draw again when next shown

    def _show_thumbnail(self, template: str, image: QImage) -> None:
        button = self.template_buttons.get(template)
        if button is not None:
            button.setIcon(QIcon(QPixmap.fromImage(image)))

    def _stop_thumbnails(self) -> None:
        self._thumbnails_for = None
        worker, self._thumbnails = self._thumbnails, None
        if worker is not None:
            try:
                worker.drawn.disconnect()
            except (RuntimeError, TypeError):
                pass
            worker.cancel()
            # Not waited for: reading a large career cannot stop halfway, and the window
            # would stop with it (120 ms at an idle lock). It ends on its own, its child
            # already stopped by a lock; kept referenced until then.
            if worker.isRunning():
                _ENDING.add(worker)
                worker.finished.connect(lambda: _ENDING.discard(worker))
                if worker.isFinished():  # it ended before hearing
                    _ENDING.discard(worker)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.draw_thumbnails()

    # ---- which choice --------------------------------------------------------------

    def selected_profile(self) -> ShareProfile | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = self.model.record_at(index.row())
        return record if isinstance(record, ShareProfile) else None

    def choice(self) -> ShareChoice:
        profile = self.selected_profile()
        if profile is not None:
            return ShareChoice.from_profile(profile)
        french = QLocale().language() == QLocale.Language.French
        # The careful defaults, in the template chosen above.
        return ShareChoice(language="fr" if french else "en", template=self._template)

    def _update_using(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            self.using_label.setText(
                self.tr("Sans profil : tout, sauf l'adresse et la date de naissance.")
            )
        else:
            self.using_label.setText(
                self.tr("Avec le profil « %1 »%2.")
                .replace("%1", profile.name)
                .replace("%2", f" ({profile.audience})" if profile.audience else "")
            )
        self.options_button.setEnabled(profile is not None and not self._service.read_only)
        template = self.choice().template or "classique"
        self._check_template(template if template in self.template_buttons else "classique")
        if self.isVisible():
            self.draw_thumbnails()  # the profile's language and sections change the CV

    def edit_options(self) -> ShareOptionsDialog | None:
        profile = self.selected_profile()
        if profile is None:
            return None
        items = [
            (record.id, f"{kind_label(type(record))} — {title(record)} · {details(record)}")
            for cls in (Experience, Education, Certification, Skill)
            for record in self._service.list(cls)
        ]
        dialog = ShareOptionsDialog(profile, items, self)

        def save() -> None:
            try:
                self._service.save(dialog.profile(), is_new=False)
            except VaultError as exc:
                show_error(self.share_error, explain(exc))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def clear(self) -> None:
        """At lock: stop an export still being built and drop its result quietly."""
        self._stop_thumbnails()
        worker, self._worker = self._worker, None
        if worker is not None:
            for signal in (worker.built, worker.failed, worker.progressed):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)  # "nothing to disconnect"
                    try:
                        signal.disconnect()
                    except (RuntimeError, TypeError):
                        pass  # nothing was connected
            worker.cancel()
            worker.wait(5000)
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog = None
        super().clear()

    # ---- export ----------------------------------------------------------------------

    def preview(self, format_name: str) -> ExportWorker | Path | None:
        """PDFs are built on a worker (progress, cancel), then shown page by page; others saved."""
        self.share_error.hide()
        self.preview_dialog = None
        choice = self.choice()
        if WRITERS[format_name].suffix != ".pdf":
            return self.save(format_name, choice)
        worker = ExportWorker(format_name, self._service.career_reader(format_name, choice), choice)
        progress = QProgressDialog(
            self.tr("Préparation de « %1 »…").replace("%1", _tr(EXPORTS[format_name][0])),
            self.tr("Annuler"),
            0,
            100,
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # no flash for a one-page CV
        worker.progressed.connect(progress.setValue)
        progress.canceled.connect(worker.cancel)
        # The progress goes before the preview comes: it never takes the keyboard back.
        worker.built.connect(lambda _data: progress.reset())
        worker.built.connect(
            lambda data: self._show_preview(
                format_name, data, choice, worker.untranslated, worker.pages, worker.page_count
            )
        )
        worker.failed.connect(lambda text: show_error(self.share_error, text))
        worker.finished.connect(progress.reset)
        self._worker = worker
        worker.start()
        return worker

    def _show_preview(
        self,
        format_name: str,
        data: bytes,
        choice: ShareChoice,
        untranslated: list[tuple[str, str, str]] | None = None,
        pages: list[QImage] | None = None,
        page_count: int = 0,
    ) -> None:
        note = ""
        if untranslated:
            said_in = "fr" if QLocale().language() == QLocale.Language.French else "en"
            note = describe_missing(untranslated, choice.language, said_in)
        dialog = PreviewDialog(
            data,
            _tr(EXPORTS[format_name][0]),
            on_save=lambda: self.save(format_name, choice, dialog, data),
            on_print=lambda: self.print(format_name, data, choice, dialog),
            parent=self,
            note=note,
            drawn=pages,
            page_count=page_count,
        )
        self.preview_dialog = dialog
        dialog.open()

    def save(
        self,
        format_name: str,
        choice: ShareChoice,
        dialog: PreviewDialog | None = None,
        data: bytes | None = None,
    ) -> Path | None:
        """Save what the preview showed, its bytes, never a second build; a format with
        no preview is built first. Built and written on workers; returns where it goes."""
        _, kinds, default = EXPORTS[format_name]
        target = dialogs.ask_save_any(
            self, self.tr("Enregistrer sous"), str(Path.home() / default), kinds
        )
        if not target:
            return None
        path = Path(target)
        if not path.suffix:
            path = path.with_suffix(WRITERS[format_name].suffix)
        if data is not None:
            self._write(format_name, path, choice, data, dialog)
            return path
        worker = ExportWorker(format_name, self._service.career_reader(format_name, choice), choice)
        worker.built.connect(lambda built: self._write(format_name, path, choice, built, dialog))
        worker.failed.connect(lambda text: show_error(self.share_error, text))
        self._worker = worker
        worker.start()
        return path

    def _write(
        self,
        format_name: str,
        path: Path,
        choice: ShareChoice,
        data: bytes,
        dialog: PreviewDialog | None,
    ) -> None:
        def written(_path: Path) -> None:
            if dialog is not None:
                dialog.accept()

        def refused(error: BaseException) -> None:
            show_error(self.share_error, explain(refusal(error)))

        self._service.start_saving_export(format_name, path, choice, data, self, written, refused)

    def print(
        self, format_name: str, data: bytes, choice: ShareChoice, dialog: PreviewDialog | None
    ) -> Job | None:
        """The printer is chosen here; the pages are drawn onto it on a worker."""
        printer = ask_for_printer(self, _tr(EXPORTS[format_name][0]))
        if printer is None:
            return None

        def print_and_log() -> ExportLog | None:
            if not print_pages(printer, data):
                return None
            return self._service.log_printout(format_name, data, choice)

        def printed(log: ExportLog | None) -> None:
            if log is None:
                show_error(
                    self.share_error,
                    self.tr(
                        "L'imprimante n'a pas accepté le document. Vérifiez qu'elle est "
                        "allumée et choisie, puis réessayez."
                    ),
                )
                return
            self._service.announce_export(log)
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.accept()

        def refused(error: BaseException) -> None:
            show_error(self.share_error, explain(refusal(error)))

        return background.run(
            print_and_log,
            self,
            printed,
            refused,
            saying=self.tr("Impression de « %1 »…").replace("%1", _tr(EXPORTS[format_name][0])),
        )
