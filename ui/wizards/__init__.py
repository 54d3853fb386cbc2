"""Guided wizards: pages fill a draft kept in the vault; only Finish writes, in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

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
    if name == "project":
        from .project.wizard import ProjectWizard

        project = ProjectWizard(service, parent)
        project.open()
        return project
    return None
