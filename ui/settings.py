"""App preferences (not the person's data), declared once with typed defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

DEFAULT_IDLE_MINUTES = 5


def default_vault_folder() -> Path:
    """Where a new musette goes unless the person picks another place."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local/share/Musette")


class AppSettings:
    """Typed access to QSettings: last vault, language, idle lock, contrast, window size."""

    def __init__(self, settings: QSettings | None = None, data_folder: Path | None = None) -> None:
        self._settings = settings or QSettings("Musette", "Musette")
        self.data_folder = data_folder or default_vault_folder()

    def _get(self, key: str, default: object, kind: type) -> object:
        return self._settings.value(key, default, type=kind)

    @property
    def last_vault(self) -> str:
        return str(self._get("vault/last_path", "", str))

    @last_vault.setter
    def last_vault(self, path: str) -> None:
        self._settings.setValue("vault/last_path", path)

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", "system", str))
        return value if value in ("system", "fr", "en") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def idle_minutes(self) -> int:
        value = self._get("session/idle_minutes", DEFAULT_IDLE_MINUTES, int)
        return value if isinstance(value, int) and 0 <= value <= 240 else DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._settings.setValue("session/idle_minutes", minutes)

    @property
    def high_contrast(self) -> bool:
        return bool(self._get("ui/high_contrast", False, bool))

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._settings.setValue("ui/high_contrast", on)

    @property
    def backup_folders(self) -> list[Path]:
        """Where backups go: the default folder, plus a second place if the person chose one."""
        second = str(self._get("backup/second_folder", "", str))
        return [self.data_folder / "Sauvegardes"] + ([Path(second)] if second else [])

    @property
    def second_backup_folder(self) -> str:
        return str(self._get("backup/second_folder", "", str))

    @second_backup_folder.setter
    def second_backup_folder(self, folder: str) -> None:
        self._settings.setValue("backup/second_folder", folder)

    @property
    def geometry(self) -> QByteArray:
        value = self._settings.value("ui/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("ui/geometry", value)
