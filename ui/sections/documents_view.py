"""Documents: attachments kept inside the musette, added by dialog or by drag-and-drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from vault import VaultError
from vault.model import Document

from .. import dialogs, outside
from ..document_preview import render_preview
from ..error_text import explain
from ..icons import icon
from ..pages.common import error_line, show_error
from ..translated import QT_TRANSLATE_NOOP
from ..vault_service import VaultService
from .section_view import SectionSpec, SectionView

DOCUMENTS = SectionSpec(
    key="documents",
    title=QT_TRANSLATE_NOOP("sections", "Documents"),
    icon="mdi6.file-document-outline",
    types=(Document,),
    intro=QT_TRANSLATE_NOOP(
        "sections",
        "Diplômes, attestations, fiches de paie, lettres : rangés dans votre musette, chiffrés avec elle. Jusqu'à 20 Mo par document : PDF, image, texte ou document de bureautique.",
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Aucun document. Cliquez sur « Ajouter un document » ou faites glisser un fichier ici : PDF, image, texte ou document de traitement de texte.",
    ),
)


def _named(path: Path) -> str:
    """'bulletin.pdf (26 Mo)': the size said, so a refusal for size explains itself."""
    try:
        size = path.stat().st_size
    except OSError:
        return path.name
    megabytes = QLocale().toString(size / (1024 * 1024), "f", 1)
    return (
        QCoreApplication.translate("sections", "%1 (%2 Mo)")
        .replace("%1", path.name)
        .replace("%2", megabytes)
    )


def ask_document_paths(parent: QWidget) -> list[str]:
    """Files to add (tests replace this seam)."""
    return QFileDialog.getOpenFileNames(parent, parent.tr("Ajouter des documents"))[0]


def confirm_open_outside(parent: QWidget, name: str) -> bool:
    """Opening elsewhere writes a readable copy: ask first (tests replace this seam)."""
    return dialogs.ask_confirmation(
        parent,
        parent.tr("Ouvrir avec une autre application"),
        parent.tr(
            "Pour ouvrir « %1 », Musette doit en poser une copie lisible dans un dossier "
            "privé de cet ordinateur. Elle sera effacée quand vous verrouillerez Musette. Continuer ?"
        ).replace("%1", name),
    )


class DocumentsView(SectionView):
    """The documents list, with previews and explicit ways out of the vault."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(DOCUMENTS, service, parent)
        self._outside: Path | None = None
        self.add_button.setText(self.tr("Ajouter un document…"))
        self.add_button.setVisible(not service.read_only)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.setAcceptDrops(not service.read_only)
        # Refused files get their own line: the undo bar stays for deletions.
        self.problems_label = error_line()
        self.outer.insertWidget(3, self.problems_label)
        editor = self.editors[Document]
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview_label.setAccessibleName(self.tr("Aperçu du document"))
        editor.add_below_fields(self.preview_label)
        self.open_button = QPushButton(
            icon("mdi6.open-in-new"), self.tr("Ouvrir avec l'application habituelle…")
        )
        self.open_button.clicked.connect(self._on_open_button_clicked)
        editor.add_action(self.open_button)
        self.table.selectionModel().currentRowChanged.connect(self._on_document_changed)

    def add_files(self, paths: list[str]) -> list[str]:
        """Store each file; return the errors in plain words (one per refused file)."""
        problems = []
        for name in paths:
            try:
                document = self._service.add_document(Path(name))
            except (VaultError, OSError) as exc:
                problems.append(f"{_named(Path(name))} : {explain(exc)}")
            else:
                self.reload(select_id=document.id)
        if problems:
            show_error(self.problems_label, "\n".join(problems))
        else:
            self.problems_label.hide()
        return problems

    def _on_add_button_clicked(self) -> None:
        self.add_files(ask_document_paths(self))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()

    def _current_document(self) -> Document | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = self.model.record_at(index.row())
        return record if isinstance(record, Document) else None

    def _on_document_changed(self, *_args: object) -> None:
        document = self._current_document()
        self.preview_label.clear()
        if document is None:
            return
        preview = render_preview(
            self._service.document_content(document.id), document.media_type, 280
        )
        if preview is None:
            self.preview_label.setText(self.tr("Pas d'aperçu pour ce type de document."))
        elif isinstance(preview, str):
            self.preview_label.setText(preview)
        else:
            self.preview_label.setPixmap(QPixmap.fromImage(preview))

    def _on_open_button_clicked(self) -> None:
        document = self._current_document()
        if document is None or not confirm_open_outside(self, document.name):
            return
        target = outside.write(document.name, self._service.document_content(document.id))
        self._outside = target.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def clear(self) -> None:
        super().clear()
        self.preview_label.clear()
        if self._outside is not None:
            outside.remove_mine()
            self._outside = None
