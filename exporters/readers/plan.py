"""What a file brings, as plain records and warnings: the plan an import shows before writing."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from vault.model import (
    Attestation,
    Certification,
    Community,
    Contact,
    Document,
    Education,
    Experience,
    Note,
    Person,
    Project,
    Record,
    Skill,
)

ADD = "add"
MERGE = "merge"  # fill the existing record's empty fields; never overwrite what is there
SKIP = "skip"
ACTIONS = (ADD, MERGE, SKIP)

# Fields holding another record's id: remapped when that record is merged or skipped.
_LINK_FIELDS = (
    "related_id",
    "record_id",
    "skill_id",
    "contact_id",
    "project_id",
    "photo_document_id",
)

# warning code -> (French, English); {path} and {detail} are filled in.
_WARNINGS: dict[str, tuple[str, str]] = {
    "null": (
        "{path} était vide (null) et n'a pas été repris.",
        "{path} was empty (null) and was left out.",
    ),
    "date": (
        "{path} : « {detail} » n'est pas une date que Musette sait lire ; elle est gardée "
        "telle que vous l'avez écrite et imprimée ainsi (à vérifier).",
        '{path}: "{detail}" is not a date Musette can read; it is kept as you wrote it and '
        "printed so (to check).",
    ),
    "not_read": (
        "{path} n'a pas été lu : Musette n'a pas encore de place pour ce qu'il contient.",
        "{path} was not read: Musette has no place yet for what it holds.",
    ),
    "header": (
        "{path} n'a pas été lu : son en-tête n'est pas celui que Musette connaît (il y manque "
        "{detail}) ; LinkedIn l'a peut-être écrit dans une autre langue. Le reste de "
        "l'archive est importé.",
        "{path} was not read: its header is not the one Musette knows ({detail} missing); "
        "LinkedIn may have written it in another language. The rest of the archive is "
        "imported.",
    ),
    "empty": (
        "{path} ne contenait rien et n'a pas été ajouté.",
        "{path} held nothing and was not added.",
    ),
    "untitled": (
        "{path} n'a ni titre ni nom et n'a pas été ajouté ; il contenait : {detail}",
        "{path} has no title or name and was not added; it held: {detail}",
    ),
    "invalid": (
        "{path} : {detail} ; cette valeur n'a pas été reprise.",
        "{path}: {detail}; this value was left out.",
    ),
    "set_aside": (
        "{path} : {detail} ; la valeur est gardée telle que vous l'avez écrite, à côté de "
        "la fiche, et réécrite à l'export (à vérifier).",
        "{path}: {detail}; the value is kept as you wrote it, beside the record, and "
        "written back on export (to check).",
    ),
    "not_printed": (
        "{path} n'est pas un champ du format JSON Resume : Musette le garde et le réécrit "
        "à l'export JSON Resume, mais ne l'imprime pas sur les CV.",
        "{path} is not a JSON Resume field: Musette keeps it and writes it back in JSON "
        "Resume exports, but does not print it on CVs.",
    ),
    "repeated": (
        "{path} redonne « {detail} » avec un autre niveau : le premier est gardé, "
        "celui-ci n'a pas été ajouté.",
        '{path} gives "{detail}" again with another level: the first one is kept, this one '
        "was not added.",
    ),
    "unmatched": (
        "{path} : {detail}",
        "{path}: {detail}",
    ),
}


@dataclass(frozen=True)
class ImportWarning:
    """Something the import left out or could not place, said to the person."""

    code: str
    path: str
    detail: str = ""

    def describe(self, language: str) -> str:
        french, english = _WARNINGS[self.code]
        return (french if language == "fr" else english).format(path=self.path, detail=self.detail)


@dataclass
class Planned:
    """One record the file brings, and what will happen to it."""

    record: Record
    duplicate_of: Record | None = None
    action: str = ADD
    content: bytes | None = None  # a document's bytes


@dataclass
class ImportPlan:
    """Everything one file brings; nothing is written until the import action applies it."""

    source: str  # "json-resume", "linkedin", "badge"
    file_name: str
    items: list[Planned] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)

    def add(self, record: Record, *, content: bytes | None = None) -> Record:
        self.items.append(Planned(record, content=content))
        return record

    def counts(self) -> dict[str, Counter[str]]:
        """Action -> record type -> how many, for the preview's summary."""
        found: dict[str, Counter[str]] = {action: Counter() for action in ACTIONS}
        for item in self.items:
            found[item.action][item.record.TYPE] += 1
        return found


def norm(text: str) -> str:
    """Case, accents and spacing ignored: 'Développeur  Web' matches 'developpeur web'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def duplicate_key(record: Record) -> tuple[Any, ...] | None:
    """What makes two records the same thing for a person, or None when nothing does."""
    if _untitled(record):
        return None  # two items with no name at all are not the same item
    match record:
        case Person():
            return ("person",)
        case Experience():
            return (
                "experience",
                norm(record.title),
                norm(record.organisation),
                record.start_date[:7],
            )
        case Education():
            return (
                "education",
                norm(record.title),
                norm(record.institution),
                record.start_date[:4],
            )
        case Certification():
            return ("certification", norm(record.name), norm(record.issuer))
        case Contact():
            if record.email:
                return ("contact", norm(record.email))
            return ("contact", norm(record.given_name), norm(record.family_name))
        case Note():
            return ("note", norm(record.title), norm(record.body)[:500], record.related_id)
        case Community():
            return ("community", norm(record.name))
        case Project():
            return ("project", norm(record.title))
        case Document():
            return ("document", record.sha256)
        case Attestation():
            return ("attestation", record.payload)
        case Skill():
            return ("skill", record.esco_uri or norm(record.label))
    return None


def _untitled(record: Record) -> bool:
    """Whether an import had no name for the record and gave it "—" to stand in."""
    if '"absent"' not in record.extra:
        return False
    mark = json.loads(record.extra).get("json_resume", {})
    absent = mark.get("absent", {}) if isinstance(mark, dict) else {}
    return isinstance(absent, dict) and "—" in absent.values()


def merged(existing: Record, incoming: Record) -> Record:
    """The existing record with its empty fields filled from the incoming one."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(existing):
        if f.name in ("id", "created_at", "updated_at", "provenance", "deleted_at"):
            continue
        mine, theirs = getattr(existing, f.name), getattr(incoming, f.name)
        if f.name == "extra":
            kept = {**json.loads(theirs), **json.loads(mine)}
            if kept != json.loads(mine):
                changes["extra"] = json.dumps(kept, ensure_ascii=False, sort_keys=True)
        elif mine in ("", None) and theirs not in ("", None):
            changes[f.name] = theirs
    return dataclasses.replace(existing, **changes) if changes else existing


def relinked(record: Record, id_map: dict[str, str]) -> Record:
    changes: dict[str, Any] = {
        name: id_map[getattr(record, name)]
        for name in _LINK_FIELDS
        if getattr(record, name, "") in id_map
    }
    extra = json.loads(record.extra)
    links = {k: id_map[v] for k, v in extra.items() if k.endswith("_id") and v in id_map}
    if links:
        changes["extra"] = json.dumps({**extra, **links}, ensure_ascii=False, sort_keys=True)
    return dataclasses.replace(record, **changes) if changes else record
