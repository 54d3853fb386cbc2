"""The rights rules engine: a situation in, what applies out, each answer with its source.

The rules are data (`resources/rights/<year>.json`, dated, each with its
article and a confidence mark), not constants here: a new year is a new file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import resources

from . import model

RULES_FOLDER = resources.path("rights")
STATUSES = model.SITUATION_STATUSES


@dataclass(frozen=True)
class Situation:
    """What the rules need to know about the person."""

    status: str = "employee_private"
    working_time: float = 1.0  # share of full time over the year, 0 to 1
    low_qualification: bool = False  # no level-3 (CAP/BEP) diploma or recognised certification
    disability: bool = False  # recognised (BOETH)
    cadre: bool = False
    age: int | None = None

    @classmethod
    def of(
        cls, record: model.Situation | None, birth_date: str = "", today: date | None = None
    ) -> Situation:
        """What the rules need from the situation record (a full-time employee when none)."""
        if record is None:
            return cls()
        age = record.age
        if len(birth_date) == 10:
            born, on = date.fromisoformat(birth_date), today or date.today()
            age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        return cls(
            status=record.status,
            working_time=record.working_time_percent / 100,
            low_qualification=record.low_qualification,
            disability=record.disability,
            cadre=record.cadre,
            age=age,
        )

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown situation {self.status!r}")
        if not 0 <= self.working_time <= 1:
            raise ValueError("working time is a share of full time, from 0 to 1")


@dataclass(frozen=True)
class Source:
    """Where a rule comes from, and how sure the checked text is (C, L or U)."""

    text: str
    confidence: str

    @property
    def to_check(self) -> bool:
        """L and U rules are shown with "to check on the official site"."""
        return self.confidence != "C"


@dataclass(frozen=True)
class Accrual:
    """What the CPF gains each year and its ceiling: in euro cents, or in hours."""

    yearly_cents: int | None
    ceiling_cents: int | None
    yearly_hours: int | None
    ceiling_hours: int | None
    rule: str  # general, part_time, low_qualification, disability, self_employed, public_servant…
    source: Source

    @property
    def in_hours(self) -> bool:
        return self.yearly_hours is not None


@dataclass(frozen=True)
class Advice:
    """One scheme that fits: what it is for, who to contact, the official link and source."""

    code: str
    title: str
    what: str
    contact: str
    url: str
    source: Source
    reminder_years: int | None = None


@dataclass(frozen=True)
class Rules:
    """One year's rules, as read from its file."""

    year: int
    checked_on: str
    data: dict[str, Any] = field(repr=False)

    def source(self, rule: dict[str, Any]) -> Source:
        return Source(str(rule["source"]), str(rule["confidence"]))

    # ---- CPF ------------------------------------------------------------------------

    def accrual(self, situation: Situation) -> Accrual:
        cpf = self.data["cpf"]
        if situation.status == "public_servant":
            rule = cpf["public_servant"]
            low = situation.low_qualification
            return Accrual(
                None,
                None,
                rule["low_qualification_yearly_hours" if low else "yearly_hours"],
                rule["low_qualification_ceiling_hours" if low else "ceiling_hours"],
                "public_servant",
                self.source(rule),
            )
        if situation.status in ("job_seeker", "young_no_job", "student"):
            rule = cpf["job_seeker"]
            return Accrual(0, None, None, None, "none", self.source(rule))
        if situation.status == "self_employed":
            rule = cpf["self_employed"]
            yearly = round(rule["yearly_cents"] * situation.working_time)
            return Accrual(
                yearly, rule["ceiling_cents"], None, None, "self_employed", self.source(rule)
            )
        # Employees and apprentices.
        if situation.disability:
            name = "disability"
        elif situation.low_qualification:
            name = "low_qualification"
        else:
            name = "general"
        rule = cpf[name]
        yearly = rule["yearly_cents"]
        if situation.working_time < cpf["general"]["half_time"] and name == "general":
            # Below half time: 500 € pro rata of the hours worked over 1 607 (R6323-1 II).
            yearly = round(yearly * situation.working_time)
            return Accrual(
                yearly,
                rule["ceiling_cents"],
                None,
                None,
                "part_time",
                self.source(cpf["part_time"]),
            )
        return Accrual(yearly, rule["ceiling_cents"], None, None, name, self.source(rule))

    def projection(self, situation: Situation, balance: int, read_on: date, on: date) -> int:
        """The balance expected on `on`: each year's rights land by 15 June of the next year.

        `balance` is in cents (or hours for public servants), as read on the
        official account on `read_on`; the ceiling is never passed.
        """
        accrual = self.accrual(situation)
        yearly = accrual.yearly_hours if accrual.in_hours else accrual.yearly_cents
        ceiling = accrual.ceiling_hours if accrual.in_hours else accrual.ceiling_cents
        month, day = (int(x) for x in self.data["cpf"]["crediting"]["day"].split("-"))
        total = balance
        for worked in range(read_on.year - 1, on.year):
            credited = date(worked + 1, month, day)
            if read_on < credited <= on:
                total += yearly or 0
        return min(total, ceiling) if ceiling is not None else total

    def flat_contribution(self, situation: Situation) -> tuple[int, Source]:
        """What the person pays when using the CPF (0 when exempt), in cents, and why."""
        rule = self.data["cpf"]["flat_contribution"]
        if situation.status in rule["exempt_statuses"]:
            return 0, Source(rule["exempt_source"], rule["exempt_confidence"])
        return int(rule["cents"]), self.source(rule)

    def caps(self) -> list[tuple[str, int | None, Source]]:
        """CPF caps per kind of training (None: not capped)."""
        return [(c["kind"], c["cents"], self.source(c)) for c in self.data["cpf"]["caps"]]

    # ---- schemes --------------------------------------------------------------------

    def schemes(self, situation: Situation, language: str = "fr") -> list[Advice]:
        """The schemes that fit the situation, in the file's order."""
        lang = "fr" if language == "fr" else "en"
        found: list[Advice] = []
        for scheme in self.data["schemes"]:
            statuses = scheme["statuses"]
            if statuses != "all" and situation.status not in statuses:
                continue
            if "max_age" in scheme:
                limit = scheme["max_age_disability"] if situation.disability else scheme["max_age"]
                if situation.age is None or not scheme["min_age"] <= situation.age <= limit:
                    continue
            contacts = scheme["contact"]
            found.append(
                Advice(
                    code=scheme["code"],
                    title=scheme["title"][lang],
                    what=scheme["what"][lang],
                    contact=self._contact(contacts, situation)[lang],
                    url=scheme["url"],
                    source=self.source(scheme),
                    reminder_years=scheme.get("reminder_years"),
                )
            )
        return found

    def _contact(self, contacts: dict[str, dict[str, str]], situation: Situation) -> dict[str, str]:
        """For the CEP, the network that serves this situation (L6111-6)."""
        if situation.status == "job_seeker" and "job_seeker" in contacts:
            return contacts["job_seeker"]
        if situation.disability and "disability" in contacts:
            return contacts["disability"]
        young = situation.age is not None and 16 <= situation.age <= 25
        if young and situation.status in ("young_no_job", "student") and "young" in contacts:
            return contacts["young"]
        if situation.cadre and "cadre" in contacts:
            return contacts["cadre"]
        return contacts["default"]

    def open_questions(self, language: str) -> str:
        return str(self.data["open_questions"]["fr" if language == "fr" else "en"])


@cache
def rules_for(year: int) -> Rules:
    """The rules of `year`, or of the latest year before it that has a file."""
    files = sorted(RULES_FOLDER.glob("*.json"), key=lambda p: int(p.stem))
    usable = [p for p in files if int(p.stem) <= year] or files[:1]
    if not usable:
        raise FileNotFoundError(f"no rights rules in {RULES_FOLDER}")
    data = json.loads(usable[-1].read_text("utf-8"))
    return Rules(int(data["year"]), str(data["checked_on"]), data)
