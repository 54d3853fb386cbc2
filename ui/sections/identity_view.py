"""Identité: the one card about the person, edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from vault.model import Person

from ..pages.common import heading, paragraph
from ..record_editor import RecordEditor
from ..translated import QT_TRANSLATE_NOOP
from ..vault_service import VaultService
from .section_view import tr_section


class IdentityView(QWidget):
    """Names and contact details; only what the person writes, shared only if they choose."""

    key = "identity"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(tr_section(QT_TRANSLATE_NOOP("sections", "Identité"))))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Vos coordonnées restent dans votre musette. Au moment de partager un CV, "
                    "vous choisirez ce qui apparaît : le téléphone, l'adresse, la date de naissance…"
                )
            )
        )
        self.editor = RecordEditor(service, Person)  # its fields scroll, its actions stay
        layout.addWidget(self.editor, 1)
        self.reload()

    def reload(self) -> None:
        person = self._service.person()
        if person is None:
            self.editor.load(Person(), is_new=True)
        else:
            self.editor.load(person)

    def clear(self) -> None:
        self.editor.clear()
