"""Export one format for one share choice: select, build, write atomically, log in the vault."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from vault.fileio import write_atomic
from vault.model import Document, ExportLog, Person, ShareProfile, Skill, SkillEvidence

from .career import Career, career_from
from .registry import FORMATS

__all__ = ["FORMATS", "UnknownProfile", "build", "choice_for", "export"]
from .share import ShareChoice, select

if TYPE_CHECKING:
    from vault.vault import Vault


class UnknownProfile(LookupError):
    """No share profile of that name in this vault."""


def choice_for(vault: Vault, profile_name: str | None) -> ShareChoice:
    """The named share profile's choice, or the defaults."""
    if not profile_name:
        return ShareChoice()
    wanted = profile_name.casefold().strip()
    for profile in vault.list(ShareProfile):
        if profile.name.casefold().strip() == wanted:
            return ShareChoice.from_profile(profile)
    raise UnknownProfile(profile_name)


def build(vault: Vault, format_name: str, choice: ShareChoice) -> bytes:
    """The exported bytes (nothing written, nothing logged): for previews."""
    return FORMATS[format_name].build(career_for(vault, format_name, choice), choice, None)


def career_for(vault: Vault, format_name: str, choice: ShareChoice) -> Career:
    """What the export will show, read from the vault (on the thread that owns it)."""
    chosen = FORMATS[format_name]
    document_ids: frozenset[str] = frozenset()
    if chosen.needs_documents:
        documents = {d.id for d in vault.list(Document)}
        document_ids = (
            frozenset(e.record_id for e in vault.list(SkillEvidence) if e.record_id in documents)
            - choice.exclude
        )
    people = vault.list(Person)
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


def export(vault: Vault, format_name: str, target: Path, choice: ShareChoice) -> ExportLog:
    """Write the file (temporary file in the target folder, then rename) and log it."""
    data = build(vault, format_name, choice)
    write_atomic(target, data)
    log = ExportLog(
        format=format_name,
        profile_id=choice.profile_id,
        audience=choice.audience,
        file_name=target.name,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    vault.add(log)
    return log
