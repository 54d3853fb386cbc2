"""Read one situation as JSON (`musette rights estimate`): every key checked, nothing guessed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault.rights import Situation

from . import safe_json
from .errors import ImportRefused

MAX_BYTES = 64 * 1024
# The command line's words -> the rules' statuses.
STATUSES = {
    "employee": "employee_private",
    "public_servant": "public_servant",
    "job_seeker": "job_seeker",
    "self_employed": "self_employed",
    "apprentice": "apprentice",
    "student": "student",
    "young_no_job": "young_no_job",
    "esat": "esat",
}
EMPLOYER_SIZES = ("under_11", "11_to_49", "50_to_249", "250_or_more")
KEYS = (
    "status", "working_time", "months_in_activity", "low_qualification",
    "low_qualification_since", "disability", "public_category", "cadre", "employer_size",
    "age", "balance", "read_on", "project_to",
)  # fmt: skip


@dataclass(frozen=True)
class Question:
    """A situation, and the CPF balance read on a date, to project to another date."""

    situation: Situation
    balance: float  # euros, or hours for public agents
    read_on: date
    project_to: date


def read(text: str, name: str = "situation", today: date | None = None) -> Question:
    """The question in `text`, or ImportRefused saying which key is wrong and why."""
    data = safe_json.loads(text, name)
    if not isinstance(data, dict):
        raise ImportRefused(name, "wrong_shape", "a JSON object is expected")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ImportRefused(name, "wrong_shape", f"unknown key {unknown[0]!r}")

    def refuse(key: str, why: str) -> ImportRefused:
        return ImportRefused(name, "wrong_shape", f"{key}: {why}")

    def boolean(key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise refuse(key, "true or false")
        return value

    def number(key: str, low: float, high: float, default: float) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise refuse(key, "a number")
        if not low <= value <= high:
            raise refuse(key, f"from {low:g} to {high:g}")
        return float(value)

    def whole(key: str, low: int, high: int, default: int | None) -> int | None:
        if data.get(key) is None:
            return default
        value = number(key, low, high, 0)
        if value != int(value):
            raise refuse(key, "a whole number")
        return int(value)

    def day(key: str, default: date) -> date:
        value = data.get(key)
        if value is None:
            return default
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise refuse(key, "a date such as 2026-10-01") from None

    status = data.get("status")
    if status not in STATUSES:
        raise refuse("status", "one of " + ", ".join(STATUSES))
    category = data.get("public_category") or ""
    if category not in ("", "A", "B", "C"):
        raise refuse("public_category", "A, B or C")
    size = data.get("employer_size") or ""
    if isinstance(size, int) and not isinstance(size, bool):
        size = _band(whole("employer_size", 0, 10_000_000, 0) or 0)
    elif size not in ("", *EMPLOYER_SIZES):
        raise refuse("employer_size", "a headcount or one of " + ", ".join(EMPLOYER_SIZES))
    read_on = day("read_on", today or date.today())
    project_to = day("project_to", read_on)
    if project_to < read_on:
        raise refuse("project_to", "not before read_on")
    since = whole("low_qualification_since", 1900, read_on.year + 1, None)
    situation = Situation(
        status=STATUSES[status],
        working_time=number("working_time", 0, 1, 1.0),
        months_in_activity=whole("months_in_activity", 0, 12, 12) or 0,
        low_qualification=boolean("low_qualification"),
        low_qualification_since=since,
        disability=boolean("disability"),
        cadre=boolean("cadre"),
        age=whole("age", 14, 120, None),
        public_category=category,
        employer_size=size,
    )
    return Question(situation, number("balance", 0, 1_000_000, 0), read_on, project_to)


def _band(headcount: int) -> str:
    if headcount < 11:
        return "under_11"
    if headcount < 50:
        return "11_to_49"
    return "50_to_249" if headcount < 250 else "250_or_more"
