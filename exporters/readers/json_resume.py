"""Read a JSON Resume file into records, keeping every field Musette has no place for."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from vault.errors import InvalidRecord
from vault.model import IMPORTED, Person, Provenance, Record

from ..json_resume_map import (
    BASICS_FIELDS,
    BY_NAME,
    LOCATION_FIELDS,
    MARKED_SECTIONS,
    PERSON_MUSETTE_FIELDS,
    SECTIONS,
    Section,
    split_name,
)
from ..levels import level_of
from . import safe_json, safe_text
from .dates import partial_iso
from .errors import ImportRefused
from .plan import ImportPlan, ImportWarning

SOURCE = "json-resume"
_TEXT_LIST_KEYS = frozenset({"highlights", "keywords", "courses", "roles"})
# Keys the schema types as text that Musette keeps as they are.
_TEXT_KEYS = frozenset(
    {"level", "fluency", "url", "description", "publisher", "score", "image", "region", "type"}
)


# Keys of the pre-1.0 schema (0.0.x, still in most résumés found in public repositories)
# and their names since: the same values, read as today's keys.
_OLD_KEYS: dict[str, dict[str, str]] = {
    "basics": {"website": "url", "picture": "image"},
    "work": {"company": "name", "website": "url"},
    # "name" is not pre-1.0 but a common slip (work items say "name"): the same value.
    "volunteer": {"website": "url", "name": "organization"},
    "publications": {"website": "url"},
    "education": {"gpa": "score"},
    "awards": {},
}


def modern(item: dict[str, Any], section: str) -> dict[str, Any]:
    """The item with its pre-1.0 keys under today's names, in place, when today's is absent."""
    renames = _OLD_KEYS.get(section, {})
    if not any(old in item and new not in item for old, new in renames.items()):
        return item
    return {
        (renames[key] if key in renames and renames[key] not in item else key): value
        for key, value in item.items()
    }


# Each section's item keys in the official schema (tests/imports checks them against it).
VOCABULARY: dict[str, frozenset[str]] = {
    "work": frozenset({"name", "location", "description", "position", "url", "startDate",
                       "endDate", "summary", "highlights"}),
    "volunteer": frozenset({"organization", "position", "url", "startDate", "endDate",
                            "summary", "highlights"}),
    "education": frozenset({"institution", "url", "area", "studyType", "startDate", "endDate",
                            "score", "courses"}),
    "awards": frozenset({"title", "date", "awarder", "summary"}),
    "certificates": frozenset({"name", "date", "url", "issuer"}),
    "publications": frozenset({"name", "publisher", "releaseDate", "url", "summary"}),
    "skills": frozenset({"name", "level", "keywords"}),
    "languages": frozenset({"language", "fluency"}),
    "interests": frozenset({"name", "keywords"}),
    "references": frozenset({"name", "reference"}),
    "projects": frozenset({"name", "description", "highlights", "keywords", "startDate",
                           "endDate", "url", "roles", "entity", "type"}),
}  # fmt: skip
_BASICS_KEYS = frozenset(
    {"name", "location", "url", "profiles", "image", *(k for k, _ in BASICS_FIELDS)}
)
_LOCATION_KEYS = frozenset({"address", "postalCode", "city", "countryCode", "region"})
_PROFILE_KEYS = frozenset({"network", "username", "url"})


def _recognisable(document: dict[str, Any]) -> bool:
    """Whether the document says something in JSON Resume's words (any vintage).

    Sections named like JSON Resume's but filled with other keys ("education":
    [{"type", "major", "start"}]) are another format: nothing of it would land in
    the right field.
    """
    if not document or isinstance(document.get("meta"), dict):
        return True  # the empty résumé the schema allows, or one that has only its meta
    basics = document.get("basics")
    said = isinstance(basics, dict) and bool(_BASICS_KEYS & set(modern(basics, "basics")))
    for section in SECTIONS:
        items = document.get(section.name)
        if section.name in document and not isinstance(items, list):
            return True  # a JSON Resume section of the wrong shape: said precisely later
        entries = [i for i in items or [] if isinstance(i, dict) and i]  # {} says nothing
        if not entries:
            continue
        keys = VOCABULARY[section.name]
        if not any(keys & set(modern(item, section.name)) for item in entries):
            # A section named like JSON Resume's whose items say nothing in its words
            # ("skills": [{"title", "items"}]): another format, whatever else matches.
            return False
        said = True
    if said:
        return True
    return "basics" in document or any(
        document.get(s.name) == [] for s in SECTIONS
    )  # present but empty: a résumé with nothing in it yet


def read(path: Path) -> ImportPlan:
    """The plan for one JSON Resume file (nothing is written)."""
    data = safe_text.read_bytes(path)
    return parse(safe_text.decode(data, path.name), path.name)


def parse(text: str, file_name: str) -> ImportPlan:
    document = safe_json.loads(text, file_name)
    if safe_json.may_hold_surrogates(text):
        document = safe_json.clean_text(document)
    return _Reader(file_name).plan(document)


class _Reader:
    """Walks one document, refusing wrong types and noting what it leaves out."""

    def __init__(self, file_name: str) -> None:
        self.file = file_name
        self.plan_ = ImportPlan(SOURCE, file_name)
        self.provenance = Provenance(IMPORTED, SOURCE, file_name)

    def refuse(self, path: str, expected: str, value: Any) -> ImportRefused:
        found = {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
            type(value), "a number"
        )
        return ImportRefused(self.file, "wrong_shape", f"{path} should be {expected}, not {found}")

    def warn(self, code: str, path: str, detail: str = "") -> None:
        self.plan_.warnings.append(ImportWarning(code, path, detail[:120]))

    # ---- the document -------------------------------------------------------------

    def plan(self, document: Any) -> ImportPlan:
        if not isinstance(document, dict):
            raise self.refuse("the file", "an object", document)
        if not _recognisable(document):
            # JSON, but not a résumé: importing it would make an empty person and
            # records with no title, and throw some of it away as duplicates.
            raise ImportRefused(self.file, "not_resume")
        musette = self._musette_meta(document.get("meta"))
        known = {"basics", "meta", "$schema", *BY_NAME}
        top = {k: v for k, v in document.items() if k not in known}
        for key in top:
            self.warn("not_printed", key)
        person = self._basics(document.get("basics"), musette.get("basics"), top, document)
        if person is not None:
            self.plan_.add(person)
        for section in SECTIONS:
            items = document.get(section.name)
            if section.name not in document:
                continue
            if items is None:
                self.warn("null", section.name)
                continue
            if not isinstance(items, list):
                raise self.refuse(section.name, "a list", items)
            extras = musette.get(section.name)
            extras = extras if isinstance(extras, list) else []
            for index, item in enumerate(items):
                own = extras[index] if index < len(extras) else {}
                record = self._item(section, item, f"{section.name}[{index}]", own, index)
                if record is not None:
                    self.plan_.add(record)
        return self.plan_

    def _musette_meta(self, meta: Any) -> dict[str, Any]:
        if isinstance(meta, dict) and isinstance(meta.get("musette"), dict):
            return dict(meta["musette"])
        return {}

    # ---- values -----------------------------------------------------------------

    def _text(self, item: dict[str, Any], key: str, path: str) -> str | None:
        """The text under `key`; None when absent or null (null is noted)."""
        if key not in item:
            return None
        value = item[key]
        if value is None:
            self.warn("null", f"{path}.{key}")
            return None
        if not isinstance(value, str):
            raise self.refuse(f"{path}.{key}", "text", value)
        return value

    def _kept(self, item: dict[str, Any], used: set[str], path: str) -> dict[str, Any]:
        """Every key not mapped to a field, nulls left out, text lists checked."""
        kept: dict[str, Any] = {}
        for key, value in item.items():
            if key in used:
                continue
            if value is None:
                self.warn("null", f"{path}.{key}")
                continue
            if key in _TEXT_LIST_KEYS:
                if not isinstance(value, list):
                    raise self.refuse(f"{path}.{key}", "a list of text", value)
                clean = []
                for index, entry in enumerate(value):
                    if entry is None:
                        self.warn("null", f"{path}.{key}[{index}]")
                    elif not isinstance(entry, str):
                        raise self.refuse(f"{path}.{key}[{index}]", "text", entry)
                    else:
                        clean.append(entry)
                value = clean
            elif key in _TEXT_KEYS:
                if not isinstance(value, str):
                    raise self.refuse(f"{path}.{key}", "text", value)
            elif key == "profiles":
                if not isinstance(value, list):
                    raise self.refuse(f"{path}.{key}", "a list", value)
                for index, entry in enumerate(value):
                    if entry is not None and not isinstance(entry, dict):
                        raise self.refuse(f"{path}.{key}[{index}]", "an object", entry)
                    for name in ("network", "username", "url"):
                        text = (entry or {}).get(name)
                        if text is not None and not isinstance(text, str):
                            raise self.refuse(f"{path}.{key}[{index}].{name}", "text", text)
            kept[key] = self._without_nulls(value, f"{path}.{key}")
        return kept

    def _without_nulls(self, value: Any, path: str) -> Any:
        """The value with every null inside it left out (and noted)."""
        if isinstance(value, dict):
            clean = {}
            for key, entry in value.items():
                if entry is None:
                    self.warn("null", f"{path}.{key}")
                else:
                    clean[key] = self._without_nulls(entry, f"{path}.{key}")
            return clean
        if isinstance(value, list):
            kept = []
            for index, entry in enumerate(value):
                if entry is None:
                    self.warn("null", f"{path}[{index}]")
                else:
                    kept.append(self._without_nulls(entry, f"{path}[{index}]"))
            return kept
        return value

    # ---- sections -----------------------------------------------------------------

    def _item(
        self, section: Section, item: Any, path: str, own: Any, position: int
    ) -> Record | None:
        if item is None:
            self.warn("null", path)
            return None
        if not isinstance(item, dict):
            raise self.refuse(path, "an object", item)
        item = modern(item, section.name)
        values: dict[str, Any] = dict(section.fixed)
        used: set[str] = set()
        for key, name in section.fields:
            used.add(key)
            text = self._text(item, key, path)
            if text is not None:
                values[name] = text
        unread: dict[str, str] = {}
        for key, name in section.dates:
            used.add(key)
            text = self._text(item, key, path)
            if text is None:
                continue
            if partial_iso(text) == text:
                values[name] = text
            else:
                # Kept as the person wrote it, and printed so: an end date Musette cannot
                # read must never make a past job read as current.
                self.warn("date", f"{path}.{key}", text)
                unread[key] = text
        written_name = ""
        if section.name == "references":
            used.add("name")
            name = self._text(item, "name", path) or ""
            values["given_name"], values["family_name"] = split_name(name)
            if not name.strip():
                values["family_name"] = ""
            elif " ".join(split_name(name)).strip() != name:
                written_name = name  # spaces as the person typed them, given back on export
        kept = {**self._kept(item, used, path), **unread}
        for key in kept:
            if key not in VOCABULARY[section.name]:
                self.warn("not_printed", f"{path}.{key}")
        if not kept and not any(v for k, v in values.items() if k not in section.fixed):
            self.warn("empty", path)
            return None
        absent: dict[str, str] = {}
        self._fill_required(section, values, item, kept, absent)
        self._derive(section, values, kept)
        # The person's own order in the list (their priorities): exports keep it.
        mark: dict[str, Any] = {"position": position}
        if written_name:
            mark["written_name"] = written_name
        if section.name in MARKED_SECTIONS:
            mark["section"] = section.name
        if absent:
            mark["absent"] = absent
        if kept:
            mark["keep"] = kept
        record = section.cls(
            **values,
            provenance=self.provenance,
            extra=json.dumps({"json_resume": mark} if mark else {}, ensure_ascii=False),
        )
        record = self._own_fields(record, _musette_fields(section), own, path)
        return self._valid(record, section, path)

    def _fill_required(
        self,
        section: Section,
        values: dict[str, Any],
        item: dict[str, Any],
        kept: dict[str, Any],
        absent: dict[str, str],
    ) -> None:
        """A record needs its title: borrow it from another key, and remember what was borrowed.

        The export leaves that key out while the title is still the borrowed one;
        once the person writes their own, it is exported.
        """
        if values.get(section.required, "").strip():
            return
        main_key = next((k for k, f in section.fields if f == section.required), "name")
        if section.name == "references":
            main_key = "name"
        borrowed = "—"
        for key in section.fallbacks:
            value = item.get(key) or kept.get(key)
            if isinstance(value, str) and value.strip():
                borrowed = value
                break
        values[section.required] = borrowed
        absent[main_key] = borrowed

    def _derive(self, section: Section, values: dict[str, Any], kept: dict[str, Any]) -> None:
        if section.name in ("skills", "languages"):
            word = kept.get("level" if section.name == "skills" else "fluency")
            if isinstance(word, str):
                values["level"] = level_of(word)
        if section.name == "interests":
            values["body"] = ", ".join(kept.get("keywords", []))

    def _own_fields(
        self, record: Record, allowed: list[dataclasses.Field[Any]], own: Any, path: str
    ) -> Record:
        """Apply Musette's own fields for this item from meta.musette, checked one by one."""
        if not isinstance(own, dict) or not own:
            return record
        changes: dict[str, Any] = {}
        by_name = {f.name: f for f in allowed}
        for name, value in own.items():
            spec = by_name.get(name)
            if spec is not None and _fits(value, spec.default):
                changes[name] = value
            else:
                self.warn("invalid", f"meta.musette.{path}.{name}", "unexpected value")
        if not changes:
            return record
        candidate = dataclasses.replace(record, **changes)
        try:
            candidate.validate()
        except InvalidRecord as exc:
            self.warn("invalid", f"meta.musette.{path}", exc.problem)
            return record
        return candidate

    def _valid(self, record: Record, section: Section, path: str) -> Record | None:
        """Validate; a value the model refuses is set aside in `keep`, with a warning."""
        for _ in range(4):
            try:
                record.validate()
                return record
            except InvalidRecord as exc:
                json_key = next(
                    (k for k, f in (*section.fields, *section.dates) if f == exc.field), None
                )
                if json_key is None:
                    raise ImportRefused(
                        self.file, "wrong_shape", f"{path}: {exc.problem}"
                    ) from None
                self.warn("set_aside", f"{path}.{json_key}", exc.problem)
                extra = json.loads(record.extra)
                mark = extra.setdefault("json_resume", {})
                mark.setdefault("keep", {})[json_key] = getattr(record, exc.field)
                default: Any = next(
                    f.default for f in dataclasses.fields(record) if f.name == exc.field
                )
                changes: dict[str, Any] = {
                    exc.field: default,
                    "extra": json.dumps(extra, ensure_ascii=False),
                }
                record = dataclasses.replace(record, **changes)
        return None

    # ---- basics -------------------------------------------------------------------

    def _basics(
        self, basics: Any, own: Any, top: dict[str, Any], document: dict[str, Any]
    ) -> Person | None:
        meta = document.get("meta")
        if "basics" in document and basics is None:
            self.warn("null", "basics")
        if basics is not None and not isinstance(basics, dict):
            raise self.refuse("basics", "an object", basics)
        if "meta" in document and meta is None:
            self.warn("null", "meta")
        if meta is not None and not isinstance(meta, dict):
            raise self.refuse("meta", "an object", meta)
        basics = modern(basics or {}, "basics")
        values: dict[str, Any] = {}
        for key, name in BASICS_FIELDS:
            text = self._text(basics, key, "basics")
            if text is not None:
                values[name] = text
        full_name = self._text(basics, "name", "basics")
        written_name = ""
        if full_name is not None:
            values["given_name"], values["family_name"] = split_name(full_name)
            if full_name.strip() and " ".join(split_name(full_name)).strip() != full_name:
                written_name = full_name  # spaces as the person typed them
        used = {key for key, _ in BASICS_FIELDS} | {"name", "location"}
        kept = self._kept(basics, used, "basics")
        for key in kept:
            if key not in _BASICS_KEYS:
                self.warn("not_printed", f"basics.{key}")
        for index, profile in enumerate(kept.get("profiles", [])):
            for key in set(profile) - _PROFILE_KEYS if isinstance(profile, dict) else ():
                self.warn("not_printed", f"basics.profiles[{index}].{key}")
        location = basics.get("location")
        if isinstance(location, str):
            # Some résumés write the place as one line ("Paris, France"): the CV prints it.
            location = {"city": location}
        if location is None and "location" in basics:
            self.warn("null", "basics.location")
        elif location is not None:
            if not isinstance(location, dict):
                raise self.refuse("basics.location", "an object", location)
            for key, field_name in LOCATION_FIELDS:
                text = self._text(location, key, "basics.location")
                if text is not None:
                    values[field_name] = text
            rest = self._kept(location, {k for k, _ in LOCATION_FIELDS}, "basics.location")
            for key in set(rest) - _LOCATION_KEYS:
                self.warn("not_printed", f"basics.location.{key}")
            kept["location"] = rest
        mark: dict[str, Any] = {}
        if kept:
            mark["keep"] = kept
        if written_name:
            mark["written_name"] = written_name
        if top:
            mark["top"] = top
        other_meta = self._without_nulls(
            {k: v for k, v in (meta or {}).items() if k != "musette"}, "meta"
        )
        for key in ("canonical", "version", "lastModified"):
            if key in other_meta and not isinstance(other_meta[key], str):
                raise self.refuse(f"meta.{key}", "text", other_meta[key])
        if other_meta:
            mark["meta"] = other_meta
        if not values and not mark and "basics" not in document:
            return None
        person = Person(
            **values,
            provenance=self.provenance,
            extra=json.dumps({"json_resume": mark} if mark else {}, ensure_ascii=False),
        )
        allowed = [f for f in dataclasses.fields(Person) if f.name in PERSON_MUSETTE_FIELDS]
        person = self._own_fields(person, allowed, own, "basics")  # type: ignore[assignment]
        basics_section = Section("basics", Person, BASICS_FIELDS + LOCATION_FIELDS)
        checked = self._valid(person, basics_section, "basics")
        return checked if isinstance(checked, Person) else None


_MUSETTE_FIELDS: dict[str, list[dataclasses.Field[Any]]] = {}


def _musette_fields(section: Section) -> list[dataclasses.Field[Any]]:
    """Worked out once per section: 20 000 items do no introspection."""
    if section.name not in _MUSETTE_FIELDS:
        _MUSETTE_FIELDS[section.name] = section.musette_fields()
    return _MUSETTE_FIELDS[section.name]


def _fits(value: Any, default: Any) -> bool:
    """Whether a value from meta.musette has the type of the field it claims."""
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, str):
        return isinstance(value, str)
    # int fields default to None (a level) or 0 (a position)
    return (value is None and default is None) or (
        isinstance(value, int) and not isinstance(value, bool)
    )
