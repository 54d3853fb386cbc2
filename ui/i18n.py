"""The interface language: French by default, English on request, or the system's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

TRANSLATIONS = resources.path("translations")
LANGUAGES = ("system", "fr", "en")

_installed: list[QTranslator] = []


def resolve(choice: str) -> str:
    """'system' becomes 'en' for an English system, else French (French first)."""
    if choice in ("fr", "en"):
        return choice
    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


def apply_language(choice: str) -> str:
    """Install the translators for a language; return the language used ('fr' or 'en')."""
    app = QCoreApplication.instance()
    language = resolve(choice)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English,
            QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom,
        )
    )
    candidates = [(TRANSLATIONS, f"musette_{language}")] if language != "fr" else []
    # Qt's own words (Cancel, Yes…) in the same language.
    candidates.append(
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}")
    )
    for folder, name in candidates:
        translator = QTranslator()
        if translator.load(name, str(folder)) and app is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def plural(count: int, one: str, many: str) -> str:
    """`one` or `many` (both already translated, with %1 for the count) by the rule of the
    language on screen: French says "0 résultat, 1 résultat", English "0 results, 1 result"."""
    french = QLocale().language() == QLocale.Language.French
    single = count in (0, 1) if french else count == 1
    return (one if single else many).replace("%1", QLocale().toString(count))
