"""A character no font can draw, named with the field that holds it, before anything is written."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from typing import Any

from vault.model import Record

from ..career import Career
from ..record_words import field_word, kind_word, record_title


class Undrawable(ValueError):
    """A character that no font at hand can draw (raised while a PDF is being laid out)."""

    def __init__(self, char: str, text: str) -> None:
        super().__init__(f"U+{ord(char):04X} {char!r}")
        self.char = char
        self.text = text

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (Undrawable, (self.char, self.text))  # sent back whole from a build process


class CannotDraw(ValueError):
    """The export stops: this character, in this field, has no font to draw it."""

    def __init__(self, char: str, kind: str, title: str, field: str) -> None:
        super().__init__(f"U+{ord(char):04X} in {kind}.{field}")
        self.char = char
        self.kind = kind
        self.title = title
        self.field = field

    def __reduce__(self) -> tuple[type, tuple[str, str, str, str]]:
        return (CannotDraw, (self.char, self.kind, self.title, self.field))  # across processes

    def describe(self, language: str) -> str:
        """One sentence in plain words, in French or English."""
        lang = "fr" if language == "fr" else "en"
        kind = kind_word(self.kind, lang)
        field = field_word(self.field, lang)
        name = unicodedata.name(self.char, "").lower() or f"U+{ord(self.char):04X}"
        where = f"{kind} « {self.title} »" if self.title else kind
        if lang == "fr":
            return (
                f"le caractère « {self.char} » ({name}, U+{ord(self.char):04X}) du champ "
                f"« {field} » de la fiche {where} ne peut être dessiné par aucune police "
                "de cet ordinateur : rien n’a été écrit. Retirez-le ou remplacez-le, "
                "ou installez une police qui le contient (Noto)."
            )
        return (
            f'the character "{self.char}" ({name}, U+{ord(self.char):04X}) in the field '
            f'"{field}" of the record {where.replace("«", "“").replace("»", "”")} '
            "cannot be drawn by any font on this computer: nothing was written. Remove or "
            "replace it, or install a font that has it (Noto)."
        )


def located(problem: Undrawable, career: Career) -> CannotDraw:
    """The same problem, with the record and the field the character was found in."""
    records: list[Record] = [career.person] if career.person else []
    records += list(career.records)
    char = problem.char
    for record in records:
        for field in dataclasses.fields(record):
            value = getattr(record, field.name)
            if field.name == "extra":
                found = _in_json(json.loads(value), char)
                if found:
                    return CannotDraw(char, type(record).__name__, record_title(record), found)
            elif isinstance(value, str) and char in unicodedata.normalize("NFC", value):
                return CannotDraw(char, type(record).__name__, record_title(record), field.name)
    return CannotDraw(char, "", "", "?")


def _in_json(value: Any, char: str, key: str = "") -> str:
    """The key of the first text holding `char` in kept import data, or ""."""
    if isinstance(value, str):
        return key if char in unicodedata.normalize("NFC", value) else ""
    if isinstance(value, dict):
        entries: list[tuple[str, Any]] = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, list):
        entries = [(key, v) for v in value]  # a highlight is named by its list
    else:
        return ""
    for name, entry in entries:
        found = _in_json(entry, char, name)
        if found:
            return found
    return ""
