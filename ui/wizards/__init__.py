"""Guided wizards: pages fill a draft kept in the vault; only Finish writes, in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vault.reference import Reference

    from ..vault_service import VaultService


def open_wizard(name: str, service: VaultService, parent: QWidget) -> QWidget | None:
    """Open a wizard by name (each section names its own)."""
    if name == "rights":
        from .rights.wizard import RightsWizard

        wizard = RightsWizard(service, parent)
        wizard.open()
        return wizard
    if name == "skills":
        from .skills.wizard import SkillsWizard

        skills = SkillsWizard(service, parent)
        skills.open()
        return skills
    if name == "discover":
        from .discover.wizard import DiscoverWizard

        lists = _directory(parent, discovery=True)
        if lists is None:
            return None
        discover = DiscoverWizard(service, lists, parent)
        discover.open()
        return discover
    if name == "jobs":
        from ..jobs_explorer import JobsExplorer

        directory = _directory(parent, discovery=False)
        if directory is None:
            return None
        explorer = JobsExplorer(service, directory, parent)
        explorer.open()
        return explorer
    if name == "board":
        from ..applications_board import ApplicationsBoard

        board = ApplicationsBoard(service, parent)
        shows = getattr(parent, "select_record", None)
        if shows is not None:  # Candidatures: the card opened is the form shown
            board.open_requested.connect(shows)
        board.open()
        return board
    if name == "project":
        from .project.wizard import ProjectWizard

        project = ProjectWizard(service, parent)
        project.open()
        return project
    return None


def _directory(parent: QWidget, *, discovery: bool) -> Reference | None:
    """The job directory (with Diagoriente's lists for discovering), or None after saying
    in plain words how to add it."""
    from PySide6.QtCore import QCoreApplication

    from vault.reference import Reference

    from .. import dialogs

    found = Reference.open_default()
    if found is not None and (found.has_discovery() or not discovery):
        return found
    if found is not None:
        found.close()
    if discovery:
        title = QCoreApplication.translate("wizards", "Découvrir ce que je sais faire")
        text = QCoreApplication.translate(
            "wizards",
            "Les listes de Diagoriente et de France Travail ne sont pas installées sur cet "
            "ordinateur. Elles s'ajoutent avec : musette reference import DOSSIER_ROME",
        )
    else:
        title = QCoreApplication.translate("wizards", "Explorer des métiers")
        text = QCoreApplication.translate(
            "wizards",
            "Le répertoire des métiers de France Travail n'est pas installé sur cet "
            "ordinateur. Il s'ajoute avec : musette reference import DOSSIER_ROME",
        )
    dialogs.tell(parent, title, text)
    return None
