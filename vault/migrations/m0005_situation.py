"""Version 5: the situation becomes a record; the rights wizard's leftover draft becomes one.

Written with this version's columns, not the model's, so that the step stays
what it was when later versions add fields.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from ..sql import Connection

_DRAFT_KEY = "draft:rights-situation"
_STATUSES = (
    "employee_private",
    "public_servant",
    "job_seeker",
    "self_employed",
    "apprentice",
    "student",
    "young_no_job",
)


def step(conn: Connection, split: Any) -> None:
    """Create the table, then carry the wizard's last situation over into it."""
    script = resources.files(__package__).joinpath("m0005_situation.sql").read_text("utf-8")
    for statement in split(script):
        conn.execute(statement)
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (_DRAFT_KEY,)).fetchone()
    if row is None:
        return
    try:
        answers = json.loads(row[0])
    except ValueError:
        answers = None
    if isinstance(answers, dict):
        _insert(conn, answers)
    conn.execute("DELETE FROM vault_meta WHERE key = ?", (_DRAFT_KEY,))


def _insert(conn: Connection, answers: dict[str, Any]) -> None:
    status = answers.get("status")
    status = status if status in _STATUSES else "employee_private"
    percent = answers.get("working_time", 100)
    percent = percent if isinstance(percent, int) and 0 <= percent <= 100 else 100
    age = answers.get("age")
    age = age if isinstance(age, int) and 14 <= age <= 120 else None
    now = datetime.now(UTC)
    record_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO situation (id, created_at, updated_at, provenance_kind, status,"
        " working_time_percent, low_qualification, disability, cadre, age, noted_on)"
        " VALUES (?, ?, ?, 'declared', ?, ?, ?, ?, ?, ?, ?)",
        (
            record_id,
            now.isoformat(timespec="microseconds"),
            now.isoformat(timespec="microseconds"),
            status,
            percent,
            int(bool(answers.get("low_qualification"))),
            int(bool(answers.get("disability"))),
            int(bool(answers.get("cadre"))),
            age,
            now.date().isoformat(),
        ),
    )
    # Every record has its row in the search index (the checks count them).
    cursor = conn.execute(
        "INSERT INTO search_index (record_id, record_type, title, body)"
        " VALUES (?, 'situation', '', '')",
        (record_id,),
    )
    conn.execute(
        "INSERT INTO search_row (record_id, fts_rowid) VALUES (?, ?)", (record_id, cursor.lastrowid)
    )
