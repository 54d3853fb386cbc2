"""Import a file: read it with its reader, mark what the vault holds, write it in one go."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.model import Attestation, Document, Person, Record

from .. import registry
from ..readers.plan import MERGE, SKIP, ImportPlan, duplicate_key, merged, norm, relinked
from . import attest

if TYPE_CHECKING:
    from vault.vault import Vault


def read(kind: str, path: Path, *, language: str) -> ImportPlan:
    """Parse the file with the reader of that kind; no vault involved."""
    return registry.READERS[kind].read(path, language)


def prepare(plan: ImportPlan, vault: Vault) -> ImportPlan:
    """Link attestations to the records they were asked for, then mark what is already there."""
    for item in plan.items:
        if plan.source == "attestation" and isinstance(item.record, Attestation):
            item.record = attest.attach(item.record, vault)
        elif isinstance(item.record, Attestation):
            item.record = attest.set_apart_if_not_yours(item.record, vault)
    find_duplicates(plan, vault)
    return plan


def find_duplicates(plan: ImportPlan, vault: Vault) -> None:
    """Mark each planned record that matches one already in the vault, or one earlier in the file.

    A match in the vault is merged by default (its empty fields filled); a
    repeat inside the file is skipped.
    """
    known: dict[tuple[Any, ...], Record] = {}
    types = {type(item.record) for item in plan.items}
    for cls in types:
        for existing in vault.records.list(cls):
            key = duplicate_key(existing)
            if key is not None:
                known.setdefault(key, existing)
    in_file: dict[tuple[Any, ...], Record] = {}
    id_map: dict[str, str] = {}  # so that a note on a matched record matches too
    for item in plan.items:
        key = duplicate_key(relinked(item.record, id_map))
        if key is None:
            continue
        if key in known:
            item.duplicate_of, item.action = known[key], MERGE
            if isinstance(item.record, Person) and _someone_else(known[key], item.record):
                item.action = SKIP  # a résumé of someone else: never mixed in unasked
        elif key in in_file and _same_content(in_file[key], item.record):
            item.duplicate_of, item.action = in_file[key], SKIP
        elif key in in_file:
            continue  # named alike but saying more: the person's second item is kept whole
        else:
            in_file[key] = item.record
            continue
        id_map[item.record.id] = item.duplicate_of.id


def _same_content(first: Record, second: Record) -> bool:
    """Two items of one file that say exactly the same (their place in the file aside)."""

    def content(record: Record) -> str:
        values = {
            f.name: getattr(record, f.name)
            for f in dataclasses.fields(record)
            if f.name not in ("id", "created_at", "updated_at", "extra")
        }
        extra = json.loads(record.extra)
        mark = extra.get("json_resume")
        if isinstance(mark, dict):
            mark.pop("position", None)
        return json.dumps([values, extra], sort_keys=True, default=str)

    return content(first) == content(second)


def _someone_else(existing: Record, incoming: Person) -> bool:
    """Two people with full, different names are not the same person."""
    if not isinstance(existing, Person):
        return False
    mine = norm(existing.display_name())
    theirs = norm(incoming.display_name())
    return bool(mine and theirs and mine != theirs)


@dataclass(frozen=True)
class ImportResult:
    """What `apply` wrote."""

    added: int
    merged: int
    skipped: int


def apply(plan: ImportPlan, vault: Vault) -> ImportResult:
    """Write the plan in one transaction: everything or, on any error, nothing."""
    id_map: dict[str, str] = {}
    for item in plan.items:
        if item.action in (MERGE, SKIP) and item.duplicate_of is not None:
            id_map[item.record.id] = id_map.get(item.duplicate_of.id, item.duplicate_of.id)
    added = merged_count = skipped = 0
    with vault.batch() as batch:
        for item in plan.items:
            record = relinked(item.record, id_map)
            if item.action == SKIP:
                skipped += 1
            elif item.action == MERGE and item.duplicate_of is not None:
                current = batch.get(type(item.duplicate_of), item.duplicate_of.id)
                combined = merged(current, record)
                if combined is not current:
                    batch.update(combined)
                merged_count += 1
            elif isinstance(record, Document) and item.content is not None:
                batch.add_document(record, item.content)
                added += 1
            else:
                batch.add(record)
                added += 1
    return ImportResult(added, merged_count, skipped)
