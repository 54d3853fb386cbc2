"""Write a JSON Resume file (official schema), with Musette's own fields under meta.musette."""

from __future__ import annotations

import json
from typing import Any

from vault.model import Person, Record

from ..career import Career
from ..json_resume_map import (
    BASICS_FIELDS,
    LOCATION_FIELDS,
    PERSON_MUSETTE_FIELDS,
    SCHEMA_URL,
    SECTIONS,
    Section,
    json_resume_mark,
    name_as_written,
    section_of,
)
from ..levels import LEVEL_WORDS, level_of
from ..ordering import user_order

LANGUAGE_WORDS = ("Elementary", "Intermediate", "Fluent", "Native speaker")
_DATE_FIELD = {"start_date", "issued_on", "occurred_on"}


def export(career: Career) -> bytes:
    """The résumé as UTF-8 JSON; the same career always gives the same bytes."""
    document: dict[str, Any] = {}
    musette: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    if career.person is not None:
        mark = json_resume_mark(career.person)
        for key, value in mark.get("top", {}).items():
            document.setdefault(key, value)
        meta.update(mark.get("meta", {}))
        document["basics"], own = _basics(career.person, mark)
        if own:
            musette["basics"] = own
    for section in SECTIONS:
        records = [r for r in career.records if section_of(r) == section.name]
        if not records:
            continue
        pairs = _in_order(section, [_item(section, r) for r in records], records)
        document[section.name] = [item for item, _, _ in pairs]
        if any(own for _, own, _ in pairs):
            musette[section.name] = [own for _, own, _ in pairs]
    if musette:
        meta["musette"] = musette
    if meta:
        document["meta"] = meta
    document["$schema"] = SCHEMA_URL
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


Pair = tuple[dict[str, Any], dict[str, Any], str]


def _in_order(section: Section, pairs: list[Pair], records: list[Record]) -> list[Pair]:
    """The items in the order the person's file gave them; items added in Musette after
    them, by date (most recent first) or, without dates, alphabetically."""
    moved: list[tuple[int, Pair]] = []
    given: list[tuple[tuple[str, int], Pair]] = []
    added: list[Pair] = []
    for record, pair in zip(records, pairs, strict=True):
        position = json_resume_mark(record).get("position")
        if (place := user_order(record)) is not None:  # dragged into place in Musette
            moved.append((place, pair))
        elif isinstance(position, int):  # file by file, each in its own order
            given.append(((record.provenance.detail, position), pair))
        else:
            added.append(pair)
    moved.sort(key=lambda entry: entry[0])
    given.sort(key=lambda entry: entry[0])
    added.sort(key=lambda pair: _order(section, pair), reverse=section.dates != ())
    return [pair for _, pair in moved] + [pair for _, pair in given] + added


def _order(section: Section, pair: Pair) -> tuple[str, str]:
    item, own, date = pair
    dump = json.dumps([item, own], ensure_ascii=False, sort_keys=True)
    if section.dates:
        return date, dump
    return dump.casefold(), dump


def _item(section: Section, record: Record) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The JSON item, Musette's own fields for it, and the date it sorts by."""
    mark = json_resume_mark(record)
    borrowed = mark.get("absent", {})
    if isinstance(borrowed, list):  # an older mark: the key was simply absent
        borrowed = dict.fromkeys(borrowed)

    def still_borrowed(key: str, value: str) -> bool:
        return key in borrowed and borrowed[key] in (None, value)

    item: dict[str, Any] = dict(mark.get("keep", {}))
    date = ""
    for key, name in (*section.fields, *section.dates):
        value = getattr(record, name)
        if name in _DATE_FIELD:
            date = value
        if value and not still_borrowed(key, value):
            item[key] = value
    if section.name == "references" and not still_borrowed("name", record.display_name()):
        given, family = getattr(record, "given_name", ""), getattr(record, "family_name", "")
        item["name"] = name_as_written(mark, given, family)
    if section.name in ("skills", "languages"):
        key = "level" if section.name == "skills" else "fluency"
        words = LEVEL_WORDS if section.name == "skills" else LANGUAGE_WORDS
        level: int | None = getattr(record, "level", None)
        if level is not None and level_of(str(item.get(key, ""))) != level:
            item[key] = words[level - 1]
    own = {
        f.name: getattr(record, f.name)
        for f in section.musette_fields()
        if getattr(record, f.name) != f.default
    }
    return item, own, date


def _basics(person: Person, mark: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    basics: dict[str, Any] = dict(mark.get("keep", {}))
    location = dict(basics.pop("location", {}))
    name = name_as_written(mark, person.given_name, person.family_name)
    if name:
        basics["name"] = name
    for key, field_name in BASICS_FIELDS:
        if value := getattr(person, field_name):
            basics[key] = value
    for key, field_name in LOCATION_FIELDS:
        if value := getattr(person, field_name):
            location[key] = value
    if location or "location" in mark.get("keep", {}):
        basics["location"] = location
    own = {name: getattr(person, name) for name in PERSON_MUSETTE_FIELDS if getattr(person, name)}
    return basics, own
