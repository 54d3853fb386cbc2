"""The sections of an open musette, in the navigation's order: key, title, icon and how to build its view.

MainView builds each from here the first time it is shown; a test builds the one
it is about, on a VaultService alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..translated import QT_TRANSLATE_NOOP
from ..vault_service import VaultService
from . import catalog
from .dashboard_view import DashboardView
from .documents_view import DOCUMENTS, DocumentsView
from .identity_view import IdentityView
from .section_view import SectionSpec, SectionView
from .share_view import SHARE, ShareView
from .trash_view import TrashView


@dataclass(frozen=True)
class Section:
    """One entry of the navigation."""

    key: str
    title: str  # marked for translation in the "sections" context
    icon: str
    build: Callable[[VaultService], QWidget]
    types: tuple[type, ...] = ()  # the kinds of record it lists (for search results)


def _listing(spec: SectionSpec) -> Section:
    return Section(
        spec.key, spec.title, spec.icon, lambda service: SectionView(spec, service), spec.types
    )


SECTIONS: tuple[Section, ...] = (
    Section("home", QT_TRANSLATE_NOOP("sections", "Accueil"), "mdi6.home-outline", DashboardView),
    Section(
        "identity",
        QT_TRANSLATE_NOOP("sections", "Identité"),
        "mdi6.card-account-details-outline",
        IdentityView,
    ),
    *(
        _listing(spec)
        for spec in (
            catalog.RIGHTS,
            catalog.SKILLS,
            catalog.PATH,
            catalog.PROJECTS,
            catalog.APPLICATIONS,
        )
    ),
    Section(DOCUMENTS.key, DOCUMENTS.title, DOCUMENTS.icon, DocumentsView, DOCUMENTS.types),
    *(_listing(spec) for spec in (catalog.NETWORK, catalog.ATTESTATIONS, catalog.NOTES)),
    Section(SHARE.key, SHARE.title, SHARE.icon, ShareView, SHARE.types),
    Section("trash", QT_TRANSLATE_NOOP("sections", "Corbeille"), "mdi6.delete-outline", TrashView),
)
SECTION_KEYS = tuple(section.key for section in SECTIONS)
BY_KEY = {section.key: section for section in SECTIONS}
