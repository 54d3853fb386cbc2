"""Export and print: read what a share choice lets out, build, save the bytes shown, log."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from vault.fileio import write_atomic
from vault.model import (
    RECORD_TYPES,
    Document,
    ExportLog,
    Person,
    Record,
    ShareProfile,
    Signer,
    Skill,
    SkillEvidence,
)

from ..career import Career
from ..registry import WRITERS
from ..share import ShareChoice, select

if TYPE_CHECKING:
    from vault.vault import Vault


class UnknownProfile(LookupError):
    """No share profile of that name in this vault."""


def choice_for(vault: Vault, profile_name: str | None) -> ShareChoice:
    """The named share profile's choice, or the defaults."""
    if not profile_name:
        return ShareChoice()
    wanted = profile_name.casefold().strip()
    for profile in vault.records.list(ShareProfile):
        if profile.name.casefold().strip() == wanted:
            return ShareChoice.from_profile(profile)
    raise UnknownProfile(profile_name)


def career_from(vault: Vault, *, document_ids: frozenset[str] = frozenset()) -> Career:
    """Every record outside the trash, and the bytes of the documents asked for."""
    people = vault.records.list(Person)
    found: list[Record] = []
    for cls in RECORD_TYPES:
        if cls not in (Person, Signer):  # a signer's private key never goes near an exporter
            found.extend(vault.records.list(cls))
    contents = {doc_id: vault.documents.content(doc_id) for doc_id in sorted(document_ids)}
    return Career(people[0] if people else None, tuple(found), contents)


def shared_career(vault: Vault, choice: ShareChoice) -> Career:
    """What a share choice lets out, as plain records (the meeting mode shows only this)."""
    return select(career_from(vault), choice)


def untranslated(vault: Vault, choice: ShareChoice) -> list[tuple[str, str, str]]:
    """(record type, title, field) for the shared texts with nothing in the choice's language."""
    from ..translations import missing

    career = shared_career(vault, choice)
    records = [career.person, *career.records] if career.person else list(career.records)
    return missing(records, choice.language)


def build(vault: Vault, format_name: str, choice: ShareChoice) -> bytes:
    """The exported bytes, read and built in one go (the command line; nothing written)."""
    return WRITERS[format_name].build(career_for(vault, format_name, choice), choice, None)


def career_for(vault: Vault, format_name: str, choice: ShareChoice) -> Career:
    """What the export will show, read from the vault (on the thread that owns it)."""
    chosen = WRITERS[format_name]
    document_ids: frozenset[str] = frozenset()
    if chosen.needs_documents:
        documents = {d.id for d in vault.records.list(Document)}
        document_ids = (
            frozenset(
                e.record_id for e in vault.records.list(SkillEvidence) if e.record_id in documents
            )
            - choice.exclude
        )
    people = vault.records.list(Person)
    if (
        people
        and people[0].photo_document_id
        and "photo" not in choice.hide
        and not choice.anonymise
    ):
        document_ids |= {people[0].photo_document_id}
    career = career_from(vault, document_ids=document_ids)
    return select(dataclasses.replace(career, labels=esco_labels(career, choice.language)), choice)


def esco_labels(career: Career, language: str) -> dict[str, str]:
    """ESCO names in the export's language, when the taxonomy was imported.

    Only for skills whose label is still ESCO's own (in either language): a
    label the person rewrote stays theirs.
    """
    from vault.taxonomy import Taxonomy

    taxonomy = Taxonomy.open_default()
    if taxonomy is None:
        return {}
    try:
        found: dict[str, str] = {}
        for skill in career.records:
            if not isinstance(skill, Skill) or not skill.esco_uri:
                continue
            own = {taxonomy.label(skill.esco_uri, lang) for lang in ("fr", "en")}
            wanted = taxonomy.label(skill.esco_uri, language)
            if wanted and skill.label in own:
                found[skill.esco_uri] = wanted
        return found
    finally:
        taxonomy.close()


def log_entry(format_name: str, choice: ShareChoice, data: bytes, file_name: str = "") -> ExportLog:
    """What the log keeps of one share: format, profile, audience, file name, the bytes' hash."""
    return ExportLog(
        format=format_name,
        profile_id=choice.profile_id,
        audience=choice.audience,
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def save(
    vault: Vault, format_name: str, target: Path, choice: ShareChoice, data: bytes
) -> ExportLog:
    """Write exactly these bytes (the ones previewed) atomically, then log them.

    A read-only vault cannot log: the file is written all the same, and the
    entry returned is not stored.
    """
    write_atomic(target, data)
    return log_saved(vault, format_name, choice, data, target.name)


def log_saved(
    vault: Vault, format_name: str, choice: ShareChoice, data: bytes, file_name: str
) -> ExportLog:
    """Note in the vault what was written where (the app writes the file on a worker)."""
    entry = log_entry(format_name, choice, data, file_name)
    if not vault.read_only:
        vault.exports.log(entry)
    return entry


def log_printout(vault: Vault, format_name: str, choice: ShareChoice, data: bytes) -> ExportLog:
    """A printed document is shared too: it is logged like a file, without a name."""
    entry = log_entry(format_name, choice, data)
    vault.exports.log(entry)
    return entry


def to_file(vault: Vault, format_name: str, target: Path, choice: ShareChoice) -> ExportLog:
    """Build and save in one go (the command line, and formats with no preview)."""
    return save(vault, format_name, target, choice, build(vault, format_name, choice))
