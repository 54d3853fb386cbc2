"""A second language per field: the person's own French and English texts for one record.

What the person typed stays in the record's fields; the text in another
language lives in `extra["translations"][language][field]`. An export in that
language prints it where it exists, and can say which fields had none.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, TypeVar

from vault.model import Certification, Education, Experience, Person, Record, Skill

from .record_words import named, record_title

R = TypeVar("R", bound=Record)

# The fields a reader sees as sentences or titles; names, dates and places are not translated.
TRANSLATABLE: dict[type[Record], tuple[str, ...]] = {
    Person: ("headline", "summary"),
    Experience: ("title", "description"),
    Education: ("title", "field_of_study", "description"),
    Certification: ("name",),
    Skill: ("label",),
}


def translations(record: Record) -> dict[str, dict[str, str]]:
    """language -> field -> text, as stored (only text values are kept)."""
    stored = json.loads(record.extra).get("translations")
    if not isinstance(stored, dict):
        return {}
    return {
        str(language): {str(k): v for k, v in fields.items() if isinstance(v, str) and v.strip()}
        for language, fields in stored.items()
        if isinstance(fields, dict)
    }


def highlights_in(record: Record, language: str) -> tuple[str, ...]:
    """The record's highlights (achievement bullets) written in `language`, if any."""
    stored = json.loads(record.extra).get("translations")
    fields = stored.get(language) if isinstance(stored, dict) else None
    items = fields.get("highlights") if isinstance(fields, dict) else None
    if not isinstance(items, list):
        return ()
    return tuple(v.strip() for v in items if isinstance(v, str) and v.strip())


def with_translations(record: Record, language: str, texts: dict[str, str]) -> Record:
    """The record with its `language` texts replaced by `texts` (empty ones removed)."""
    extra: dict[str, Any] = json.loads(record.extra)
    stored = extra.get("translations")
    stored = dict(stored) if isinstance(stored, dict) else {}
    kept: dict[str, Any] = {k: v.strip() for k, v in texts.items() if v.strip()}
    previous = stored.get(language)
    if isinstance(previous, dict) and isinstance(previous.get("highlights"), list):
        kept["highlights"] = previous["highlights"]  # kept: the form does not edit them
    if kept:
        stored[language] = kept
    else:
        stored.pop(language, None)
    if stored:
        extra["translations"] = stored
    else:
        extra.pop("translations", None)
    return dataclasses.replace(record, extra=json.dumps(extra, ensure_ascii=False))


def in_language(record: R, language: str) -> R:
    """The record as an export in `language` prints it: its texts in that language where given."""
    fields = TRANSLATABLE.get(type(record))
    if not fields:
        return record
    texts = translations(record).get(language, {})
    changes: dict[str, Any] = {name: texts[name] for name in fields if name in texts}
    return dataclasses.replace(record, **changes) if changes else record


def missing(records: list[Record], language: str) -> list[tuple[str, str, str]]:
    """(record type, its title, field) for each text with nothing in `language`.

    Said only once the person has started writing in that language (some field
    has a text in it): until then every export prints what they wrote, as before.
    """
    if not any(language in translations(r) for r in records):
        return []
    out: list[tuple[str, str, str]] = []
    for record in records:
        texts = translations(record).get(language, {})
        for name in TRANSLATABLE.get(type(record), ()):
            value = getattr(record, name)
            if isinstance(value, str) and value.strip() and name not in texts:
                out.append((type(record).__name__, record_title(record), name))
    return out


_LANGUAGE_NAMES = {
    "fr": {"fr": "français", "en": "anglais"},
    "en": {"fr": "French", "en": "English"},
}
SHOWN = 5  # fields named; the rest counted


def describe_missing(items: list[tuple[str, str, str]], language: str, said_in: str) -> str:
    """One sentence: which fields had no text in `language` (printed as written), in `said_in`."""
    lang = "fr" if said_in == "fr" else "en"
    name = _LANGUAGE_NAMES[lang].get(language, language)
    listed = ", ".join(named(kind, title, field, lang) for kind, title, field in items[:SHOWN])
    more = len(items) - SHOWN
    if lang == "fr":
        tail = f" et {more} autre(s)" if more > 0 else ""
        return (
            f"{len(items)} champ(s) sans texte en {name}, imprimé(s) tels que vous les avez "
            f"écrits : {listed}{tail}."
        )
    tail = f" and {more} more" if more > 0 else ""
    return f"{len(items)} field(s) with no {name} text, printed as you wrote them: {listed}{tail}."
