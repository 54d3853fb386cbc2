"""An application's life: its history written as its status changes, its next dated step."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import records
from .model import Application, ApplicationEvent

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
