"""App preferences (not the person's data), declared once with typed defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def default_vault_folder() -> Path:
    """Where a new musette goes unless the person picks another place."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local/share/Musette")


class AppSettings:
    """Typed access to QSettings: the last vault opened, the language."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("Musette", "Musette")

    @property
    def last_vault(self) -> str:
        return str(self._settings.value("vault/last_path", "", type=str))

    @last_vault.setter
    def last_vault(self, path: str) -> None:
        self._settings.setValue("vault/last_path", path)

    @property
    def language(self) -> str:
        return str(self._settings.value("ui/language", "fr", type=str))
