"""An application's life: its history written as its status changes, its next dated step."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import records
from .model import Application, ApplicationEvent, CoverLetter

if TYPE_CHECKING:
    from .vault import Vault


def save_with_history(
    vault: Vault, application: Application, *, is_new: bool, today: str = ""
) -> list[records.Change]:
    """Save an application; a new status is written in its history, in the same transaction,
    and « envoyée » without a date is dated today (the follow-up counts from it)."""
    today = today or date.today().isoformat()
    with vault.batch() as batch:
        before = None if is_new else batch.get(Application, application.id)
        moved = before is None or before.status != application.status
        if moved and application.status == "sent" and not application.sent_on:
            application = dataclasses.replace(application, sent_on=today)
        changes = [batch.add(application) if is_new else batch.update(application)]
        if moved:
            event = ApplicationEvent(
                application_id=application.id, occurred_on=today, status=application.status
            )
            changes.append(batch.add(event))
    return changes


# Where an application still waits for something from the person or the employer.
IN_PROGRESS = ("to_prepare", "sent", "followed_up", "interview")


@dataclass(frozen=True)
class NextStep:
    """What an application asks for next, and when: the person's own next action, the
    ad's deadline, or a follow-up N days after sending without an answer."""

    on: str  # ISO date
    kind: str  # action, deadline, follow_up
    application: Application
    what: str = ""  # the next action as the person wrote it


def next_steps(applications: list[Application]) -> list[NextStep]:
    """The dated next step of each application in progress, the soonest first."""
    steps = []
    for application in applications:
        if application.status not in IN_PROGRESS:
            continue
        if len(application.next_action_on) == 10:
            steps.append(
                NextStep(application.next_action_on, "action", application, application.next_action)
            )
        elif application.status == "to_prepare" and len(application.deadline) == 10:
            steps.append(NextStep(application.deadline, "deadline", application))
        elif application.status == "sent" and len(application.sent_on) == 10:
            sent = date.fromisoformat(application.sent_on)
            later = (sent + timedelta(days=application.follow_up_days)).isoformat()
            steps.append(NextStep(later, "follow_up", application))
    return sorted(steps, key=lambda step: (step.on, step.application.title))


# What a person writes in a letter; the rest (id, dates, version) is the vault's.
_LETTER_TEXT = (
    "language", "place", "written_on", "recipient", "subject", "salutation", "body",
    "closing", "signature",
)  # fmt: skip


def save_letter(vault: Vault, letter: CoverLetter) -> CoverLetter:
    """Keep a letter: the first version when it is new, else the next version of the same
    letter — an earlier version is never overwritten. Unchanged, nothing is written."""
    with vault.batch() as batch:
        stored = {kept.id: kept for kept in batch.list(CoverLetter)}
        before = stored.get(letter.id)
        if before is None:
            first = dataclasses.replace(letter, lineage="", version=1)
            batch.add(first)
            return first
        if all(getattr(before, name) == getattr(letter, name) for name in _LETTER_TEXT):
            return before
        family = before.letter_id()
        latest = max(k.version for k in stored.values() if k.letter_id() == family)
        fresh = CoverLetter(application_id=before.application_id)
        version = dataclasses.replace(
            letter,
            id=fresh.id,
            created_at=fresh.created_at,
            updated_at=fresh.updated_at,
            lineage=family,
            version=latest + 1,
        )
        batch.add(version)
        return version


def letters_of(vault: Vault, application_id: str) -> list[CoverLetter]:
    """The letters of an application, each in its latest version, the most recent first."""
    latest: dict[str, CoverLetter] = {}
    for letter in vault.records.list(CoverLetter):
        if letter.application_id != application_id:
            continue
        kept = latest.get(letter.letter_id())
        if kept is None or letter.version > kept.version:
            latest[letter.letter_id()] = letter
    return sorted(latest.values(), key=lambda letter: letter.created_at, reverse=True)


def versions_of(vault: Vault, letter: CoverLetter) -> list[CoverLetter]:
    """Every version of this letter, the first first."""
    family = letter.letter_id()
    found = [k for k in vault.records.list(CoverLetter) if k.letter_id() == family]
    return sorted(found, key=lambda k: k.version)
