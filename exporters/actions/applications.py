"""Applications: recording one from its ad, reading the ad's skills, and showing it whole."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault import documents
from vault.ad_reading import Found, SkillFinder, compared, finder, standing
from vault.applications import letters_of
from vault.fileio import write_atomic
from vault.model import (
    Application,
    ApplicationEvent,
    Contact,
    CoverLetter,
    Experience,
    ExportLog,
    Organisation,
    Person,
    ShareProfile,
    Skill,
)
from vault.reference import Reference
from vault.taxonomy import Taxonomy

from .. import letters
from ..readers.job_ad import Ad
from ..share import ShareChoice
from . import export

if TYPE_CHECKING:
    from vault import Vault


@cache
def _finder() -> SkillFinder:
    """ESCO's and ROME's labels, indexed once per process (1.6 s on a 2-core machine)."""
    taxonomy = Taxonomy.open_default()
    reference = Reference.open_default()
    try:
        return finder(taxonomy, reference)
    finally:
        for opened in (taxonomy, reference):
            if opened is not None:
                opened.close()


def read_skills(ad_text: str, held: list[Skill]) -> list[Found]:
    """The skills an ad asks for, each held, partly held or missing."""
    return compared(_finder().find(ad_text), held)


def add(
    vault: Vault,
    *,
    title: str,
    employer: str = "",
    ad: Ad | None = None,
    ad_text: str = "",
    ad_url: str = "",
    today: str = "",
) -> Application:
    """A new application « à préparer », its ad kept (a PDF becomes a document of the vault),
    its skills read; the employer is linked when Réseau knows it by name. One transaction."""
    today = today or date.today().isoformat()
    text = ad.text if ad is not None else ad_text
    found = read_skills(text, vault.records.list(Skill))
    known = {o.name.casefold(): o.id for o in vault.records.list(Organisation) if o.name}
    with vault.batch() as batch:
        document_id = ""
        # A PDF is kept as it was sent; a web page is kept as its text (the vault holds no
        # HTML: a page can carry scripts), a text file is its text.
        if ad is not None and ad.media_type == "application/pdf":
            kept = documents.describe(ad.file_name, ad.content, note=title)
            batch.add_document(kept, ad.content)
            document_id = kept.id
        application = Application(
            title=title,
            employer=employer,
            organisation_id=known.get(employer.casefold(), ""),
            ad_text=text,
            ad_url=ad_url,
            ad_document_id=document_id,
            found_on=today,
            skills=json.dumps([f.facts() for f in found], ensure_ascii=False),
        )
        batch.add(application)
        batch.add(
            ApplicationEvent(application_id=application.id, occurred_on=today, status="to_prepare")
        )
    return application


def key_skills(application: Application, held: list[Skill]) -> list[str]:
    """The person's skills the ad asks for, in the ad's order: ids of those held or partly."""
    found: list[str] = []
    for asked in json.loads(application.skills):
        for own in held:
            matched = standing(str(asked["label"]), str(asked.get("uri", "")), own)
            if matched and own.id not in found:
                found.append(own.id)
    return found


def tailored_profile(vault: Vault, application: Application) -> ShareProfile:
    """The share profile of a CV made for this ad: the skills it asks for first, under
    « Compétences clés », everything else as the default profile shows it (the person hides
    more in its options). Made once per application, brought up to date after that."""
    ids = tuple(key_skills(application, vault.records.list(Skill)))
    with vault.batch() as batch:
        existing = {p.id: p for p in batch.list(ShareProfile)}
        profile = existing.get(application.share_profile_id)
        if profile is None:
            name = " — ".join(p for p in ("CV", application.title, application.employer) if p)
            choice = dataclasses.replace(ShareChoice(), key_skills=ids)
            profile = ShareProfile(
                name=name,
                audience=application.employer or application.title,
                options=choice.to_options(),
            )
            batch.add(profile)
            batch.update(dataclasses.replace(application, share_profile_id=profile.id))
        else:
            choice = dataclasses.replace(ShareChoice.from_profile(profile), key_skills=ids)
            profile = dataclasses.replace(profile, options=choice.to_options())
            batch.update(profile)
    return profile


def sent_files(vault: Vault, application: Application) -> list[ExportLog]:
    """What was sent for this application: every export made with its profile, and its letters."""
    profile = application.share_profile_id
    logs = [
        log
        for log in vault.records.list(ExportLog)
        if log.application_id == application.id or (profile and log.profile_id == profile)
    ]
    return sorted(logs, key=lambda log: log.exported_at)


def facts(vault: Vault, application: Application) -> dict[str, Any]:
    """The application as the command line prints it, with what happened and the skills."""
    events = sorted(
        (e for e in vault.records.list(ApplicationEvent) if e.application_id == application.id),
        key=lambda e: (e.occurred_on, e.created_at),
    )
    return {
        "id": application.id,
        "title": application.title,
        "employer": application.employer,
        "status": application.status,
        "ad_url": application.ad_url,
        "ad_document_id": application.ad_document_id,
        "found_on": application.found_on,
        "deadline": application.deadline,
        "sent_on": application.sent_on,
        "next_action": application.next_action,
        "next_action_on": application.next_action_on,
        "follow_up_days": application.follow_up_days,
        "skills_found": [
            {key: skill[key] for key in ("label", "source", "status")}
            for skill in json.loads(application.skills)
        ],
        "events": [
            {"on": e.occurred_on, "kind": e.kind, "status": e.status, "summary": e.summary}
            for e in events
        ],
        "letters": [
            {
                "id": letter.id,
                "version": letter.version,
                "language": letter.language,
                "subject": letter.subject,
                "to_write": letters.unfinished(letter),
            }
            for letter in letters_of(vault, application.id)
        ],
        "sent_files": [
            {
                "file_name": log.file_name,
                "format": log.format,
                "sha256": log.sha256,
                "exported_at": log.exported_at,
            }
            for log in sent_files(vault, application)
        ],
    }


# The letter's formats, by the file's suffix; the export log names them so.
LETTER_FORMATS = {".pdf": "letter-pdf", ".docx": "letter-docx"}


class LetterNotReady(ValueError):
    """A letter that cannot leave yet: there is none, or a passage is still to write."""

    def __init__(self, passage: str = "") -> None:
        super().__init__(passage)
        self.passage = passage


def draft_letter(
    vault: Vault, application: Application, *, language: str = "fr", today: str = ""
) -> CoverLetter:
    """A first version for this application (not saved): the person's facts and own words."""
    people = vault.records.list(Person)
    held = vault.records.list(Skill)
    by_id = {skill.id: skill for skill in held}
    contact = organisation = None
    if application.contact_id:
        contact = next(
            (c for c in vault.records.list(Contact) if c.id == application.contact_id), None
        )
    if application.organisation_id:
        organisation = next(
            (o for o in vault.records.list(Organisation) if o.id == application.organisation_id),
            None,
        )
    labels = [by_id[i].label for i in key_skills(application, held)]
    return letters.draft(
        application,
        person=people[0] if people else None,
        experiences=vault.records.list(Experience),
        skills=labels,
        contact=contact,
        organisation=organisation,
        language=language,
        today=today,
    )


def render_letter(
    letter: CoverLetter, person: Person | None, format_name: str, paper: str = "A4"
) -> bytes:
    """The letter as printed, with the sender's block from Identité (no vault: a worker's)."""
    from ..writers import letter_docx, letter_pdf

    shown = letters.page(letter, person)
    if format_name == "letter-pdf":
        return letter_pdf.export(shown, paper)
    return letter_docx.export(shown, paper)


def letter_bytes(vault: Vault, letter: CoverLetter, format_name: str, paper: str = "A4") -> bytes:
    """The letter as printed, its sender read from the vault."""
    people = vault.records.list(Person)
    return render_letter(letter, people[0] if people else None, format_name, paper)


def save_letter_file(vault: Vault, letter: CoverLetter, target: Path, data: bytes) -> ExportLog:
    """Write the letter's bytes atomically and log them with its application: what was sent."""
    format_name = LETTER_FORMATS.get(target.suffix.lower(), "letter-pdf")
    write_atomic(target, data)
    entry = ExportLog(
        format=format_name,
        application_id=letter.application_id,
        audience=letter.recipient.splitlines()[0] if letter.recipient else "",
        file_name=target.name,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    vault.exports.log(entry)
    return entry


def export_files(
    vault: Vault, application: Application, *, cv: Path | None, letter: Path | None
) -> list[ExportLog]:
    """The tailored CV and the latest letter, written and logged (the command line).

    Everything is checked before anything is written: a missing or unfinished letter
    refuses the whole export.
    """
    chosen_letter = None
    if letter is not None:
        written = letters_of(vault, application.id)
        if not written:
            raise LetterNotReady()
        chosen_letter = written[0]
        passage = letters.unfinished(chosen_letter)
        if passage:
            raise LetterNotReady(passage)
    logged = []
    if cv is not None:
        profile = tailored_profile(vault, application)
        choice = ShareChoice.from_profile(profile)
        writer = "docx" if cv.suffix.lower() == ".docx" else "cv"
        logged.append(export.to_file(vault, writer, cv, choice))
    if chosen_letter is not None and letter is not None:
        format_name = LETTER_FORMATS.get(letter.suffix.lower(), "letter-pdf")
        data = letter_bytes(vault, chosen_letter, format_name)
        logged.append(save_letter_file(vault, chosen_letter, letter, data))
    return logged
