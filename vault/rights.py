"""The rights rules engine: a situation in, what applies out, each answer with its source.

The rules are data (`resources/rights/<year>.json`, dated, each with its
article and a confidence mark), not constants here: a new year is a new file.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import resources

from . import model

RULES_FOLDER = resources.path("rights")
STATUSES = model.SITUATION_STATUSES


def age_on(birth_date: str, on: date) -> int | None:
    """The age on a day from a full birth date (None without one)."""
    if len(birth_date) != 10:
        return None
    born = date.fromisoformat(birth_date)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@dataclass(frozen=True)
class Situation:
    """What the rules need to know about the person."""

    status: str = "employee_private"
    working_time: float = 1.0  # share of full time over the year, 0 to 1
    low_qualification: bool = False  # no level-3 (CAP/BEP) diploma or recognised certification
    low_qualification_since: int | None = None  # the year it was declared on moncompteformation
    disability: bool = False  # recognised (BOETH)
    cadre: bool = False
    age: int | None = None
    months_in_activity: int = 12  # self-employed: months of the year in activity
    public_category: str = ""  # A, B or C
    employer_size: str = ""

    @classmethod
    def of(
        cls, record: model.Situation | None, birth_date: str = "", today: date | None = None
    ) -> Situation:
        """What the rules need from the situation record (a full-time employee when none)."""
        if record is None:
            return cls()
        age = age_on(birth_date, today or date.today())
        if age is None:
            age = record.age
        declared = record.low_qualification_declared_on
        return cls(
            status=record.status,
            working_time=record.working_time_percent / 100,
            low_qualification=record.low_qualification,
            # Not declared yet: as if declared this year (the wizard asks to declare it).
            low_qualification_since=int(declared[:4]) if declared else (today or date.today()).year,
            disability=record.disability,
            cadre=record.cadre,
            age=age,
            months_in_activity=record.months_in_activity,
            public_category=record.public_category,
            employer_size=record.employer_size,
        )

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown situation {self.status!r}")
        if not 0 <= self.working_time <= 1:
            raise ValueError("working time is a share of full time, from 0 to 1")
        if not 0 <= self.months_in_activity <= 12:
            raise ValueError("months in activity run from 0 to 12")


@dataclass(frozen=True)
class Source:
    """Where a rule comes from, and how sure the checked text is (C, L or U)."""

    text: str
    confidence: str

    @property
    def to_check(self) -> bool:
        """L and U rules are shown with "to check on the official site"."""
        return self.confidence != "C"

    def cited(self, language: str) -> str:
        """The reference as written in `language`: the articles keep their French names."""
        return self.text.replace(" et ", " and ") if language == "en" else self.text


@dataclass(frozen=True)
class Accrual:
    """What the CPF gains each year and its ceiling: in euro cents, or in hours."""

    yearly_cents: int | None
    ceiling_cents: int | None
    yearly_hours: int | None
    ceiling_hours: int | None
    rule: str  # general, part_time, low_qualification, disability, esat, self_employed…
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
    short: str = ""  # the code the command line prints, e.g. CEP, BILAN, EPP


@dataclass(frozen=True)
class Rules:
    """One year's rules, as read from its file."""

    year: int
    checked_on: str
    data: dict[str, Any] = field(repr=False)

    def source(self, rule: dict[str, Any]) -> Source:
        return Source(str(rule["source"]), str(rule["confidence"]))

    # ---- CPF ------------------------------------------------------------------------

    def accrual(self, situation: Situation, year: int | None = None) -> Accrual:
        """What the CPF gains for a year of this situation (`year`: for a declaration's start)."""
        cpf = self.data["cpf"]
        if situation.status == "public_servant":
            rule = cpf["public_servant"]
            low = (
                situation.low_qualification
                and situation.public_category == rule["low_qualification_category"]
            )
            yearly = rule["low_qualification_yearly_hours" if low else "yearly_hours"]
            # Temps non complet: pro rata (temps partiel counts as full time: say which).
            return Accrual(
                None,
                None,
                math.ceil(yearly * situation.working_time),
                rule["low_qualification_ceiling_hours" if low else "ceiling_hours"],
                "public_servant",
                self.source(rule),
            )
        if situation.status in cpf["no_accrual"]["statuses"]:
            return Accrual(0, None, None, None, "none", self.source(cpf["no_accrual"]))
        if situation.status == "esat":
            rule = cpf["esat"]
            return Accrual(
                rule["yearly_cents"], rule["ceiling_cents"], None, None, "esat", self.source(rule)
            )
        if situation.status == "self_employed":
            rule = cpf["self_employed"]
            # R6323-22: pro rata of the time in activity, rounded up to the cent.
            yearly = math.ceil(rule["yearly_cents"] * situation.months_in_activity / 12)
            return Accrual(
                yearly, rule["ceiling_cents"], None, None, "self_employed", self.source(rule)
            )
        # Employees and apprentices.
        general, low_rule = cpf["general"], cpf["low_qualification"]
        half = situation.working_time >= general["half_time"]
        declared = situation.low_qualification_since is None or (
            year is None or year >= situation.low_qualification_since
        )
        if situation.low_qualification and half and declared:
            yearly, ceiling, name, source = (
                low_rule["yearly_cents"],
                low_rule["ceiling_cents"],
                "low_qualification",
                self.source(low_rule),
            )
        elif half:
            yearly, ceiling, name, source = (
                general["yearly_cents"],
                general["ceiling_cents"],
                "general",
                self.source(general),
            )
        else:
            # Below half time: 500 € pro rata of the time worked, rounded up (R6323-1 II).
            yearly = math.ceil(general["yearly_cents"] * situation.working_time)
            ceiling, name, source = (
                general["ceiling_cents"],
                "part_time",
                self.source(cpf["part_time"]),
            )
        if situation.disability:
            rule = cpf["disability"]
            yearly += rule["top_up_cents"]
            ceiling, name, source = rule["ceiling_cents"], "disability", self.source(rule)
        return Accrual(yearly, ceiling, None, None, name, source)

    def projection(self, situation: Situation, balance: int, read_on: date, on: date) -> int:
        """The balance expected on `on`: each year's rights land by 15 June of the next year.

        `balance` is in cents (or hours for public servants), as read on the
        official account on `read_on`. The ceiling stops accrual; it never
        takes away a balance already above it (an employer's top-up).
        """
        month, day = (int(x) for x in self.data["cpf"]["crediting"]["day"].split("-"))
        total = balance
        for worked in range(read_on.year - 1, on.year):
            credited = date(worked + 1, month, day)
            if not read_on < credited <= on:
                continue
            accrual = self.accrual(situation, worked)
            yearly = (accrual.yearly_hours if accrual.in_hours else accrual.yearly_cents) or 0
            ceiling = accrual.ceiling_hours if accrual.in_hours else accrual.ceiling_cents
            if ceiling is None:
                total += yearly
            elif total < ceiling:
                total = min(total + yearly, ceiling)
        return total

    def flat_contribution(self, situation: Situation) -> tuple[int, Source]:
        """What the person pays when using the CPF (0 when exempt), in cents, and why."""
        rule = self.data["cpf"]["flat_contribution"]
        exempt = rule["exempt"].get(situation.status)
        if exempt is not None:
            return 0, Source(exempt["source"], exempt["confidence"])
        return int(rule["cents"]), self.source(rule)

    def fee_exempt_reason(self, situation: Situation, language: str = "fr") -> str:
        """Why no contribution is due, in words; empty when one is."""
        exempt = self.data["cpf"]["flat_contribution"]["exempt"].get(situation.status)
        return str(exempt["fr" if language == "fr" else "en"]) if exempt else ""

    def estimate(
        self,
        situation: Situation,
        balance: int,
        read_on: date,
        project_to: date,
        language: str = "fr",
    ) -> dict[str, Any]:
        """`musette rights estimate`: yearly rights, ceiling, projection, fee, schemes, CEP.

        `balance` is in cents, or hours for public agents; amounts come out in euros.
        """
        accrual = self.accrual(situation, read_on.year)
        in_hours = accrual.in_hours

        def amount(value: int | None) -> float | int | None:
            if value is None or in_hours:
                return value
            return value // 100 if value % 100 == 0 else value / 100

        fee, fee_source = self.flat_contribution(situation)
        schemes = self.schemes(situation)
        notes = self._notes(situation, language, None)
        return {
            "unit": "h" if in_hours else "EUR",
            "yearly": amount(accrual.yearly_hours if in_hours else accrual.yearly_cents),
            "ceiling": amount(accrual.ceiling_hours if in_hours else accrual.ceiling_cents),
            "projected": amount(self.projection(situation, balance, read_on, project_to)),
            "fee": fee // 100 if fee % 100 == 0 else fee / 100,  # always euros
            "fee_exempt_reason": situation.status.upper() if fee == 0 else None,
            "schemes": [advice.short for advice in schemes],
            "cep": self.cep_network(situation),
            "sources": {
                "cpf": accrual.source.text,
                "fee": fee_source.text,
                "cep": self.data["schemes"][0]["contact_source"],
            },
            "to_check": [
                text
                for text, check in (
                    (accrual.source.text, accrual.source.to_check),
                    (fee_source.text, fee_source.to_check),
                )
                if check
            ]
            + [text for text, check in notes if check],
            "notes": [text for text, check in notes if not check],
            "rules_in_force_on": self.data["in_force_on"],
        }

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
            what = scheme["what"][lang]
            top_up = scheme.get("top_up")
            if top_up and situation.employer_size in top_up["employer_sizes"]:
                what += " " + top_up[lang]
            found.append(
                Advice(
                    code=scheme["code"],
                    title=scheme["title"][lang],
                    what=what,
                    contact=self._contact(scheme["contact"], situation)[lang],
                    url=scheme["url"],
                    source=self.source(scheme),
                    reminder_years=scheme.get("reminder_years"),
                    short=scheme["short"],
                )
            )
        return found

    def notes(
        self, situation: Situation, language: str = "fr", today: date | None = None
    ) -> list[str]:
        """What the person should know about these figures, or could not be checked, in words."""
        return [text for text, _ in self._notes(situation, language, today)]

    def _notes(
        self, situation: Situation, language: str, today: date | None
    ) -> list[tuple[str, bool]]:
        """Each note, and whether it is something to check on the official site."""
        lang = "fr" if language == "fr" else "en"
        words = self.data["notes"]
        cpf = self.data["cpf"]
        found: list[tuple[str, bool]] = []
        half = situation.working_time >= cpf["general"]["half_time"]
        employee = situation.status in ("employee_private", "apprentice")
        if employee and situation.low_qualification and half:
            found.append((words["declare_low_qualification"][lang], False))
            if situation.disability:
                found.append((cpf["disability"]["with_low_qualification"][lang], True))
        if employee and not half:
            found.append((words["part_time_rounding"][lang], False))
        if situation.status == "self_employed":
            found.append((words["self_employed_contribution"][lang], False))
        if situation.status == "public_servant":
            found.append((words["public_part_time"][lang], True))
            found.append((words["public_unfitness"][lang], True))
            found.append((cpf["flat_contribution"]["public_servant"][lang], True))
        if situation.status not in cpf["flat_contribution"]["exempt"]:
            found.append((cpf["flat_contribution"]["other_exemptions"][lang], False))
        if situation.status == "young_no_job":
            found.append((words["cej_fee"][lang], False))  # L5131-6 → L5411-6
        found.append((words["ceiling"][lang], False))
        in_force = date.fromisoformat(self.data["in_force_on"])
        on = today or date.today()
        if (on.year - in_force.year) * 12 + on.month - in_force.month > 6:
            found.append((words["stale"][lang].format(date=f"{in_force:%d/%m/%Y}"), True))
        return found

    def information(self, situation: Situation, language: str = "fr") -> list[Advice]:
        """What else the person should know (deadlines, income, aids), with the official page."""
        lang = "fr" if language == "fr" else "en"
        found: list[Advice] = []
        for item in self.data["information"]:
            statuses = item["statuses"]
            if statuses != "all" and situation.status not in statuses:
                continue
            if item.get("needs") == "disability" and not situation.disability:
                continue
            if "min_age" in item and (situation.age is None or situation.age < item["min_age"]):
                continue
            found.append(
                Advice(
                    code=item["code"],
                    title=item["title"][lang],
                    what=item["what"][lang],
                    contact="",
                    url=item["url"],
                    source=self.source(item),
                )
            )
        return found

    def _contact(self, contacts: dict[str, dict[str, str]], situation: Situation) -> dict[str, str]:
        """For the CEP, the network that serves this situation (L6111-6).

        Public agents go through their employer (the regional operators serve
        working people "hors agents publics"); then a recognised disability
        (Cap emploi; an ESAT admission is one), a registered job seeker, a
        young person out of work or study, a manager; everyone else has the
        regional operator.
        """
        young = situation.age is not None and 16 <= situation.age <= 25
        for key, applies in (
            ("public_servant", situation.status == "public_servant"),
            ("disability", situation.disability or situation.status == "esat"),
            ("job_seeker", situation.status == "job_seeker"),
            ("young", young and situation.status in ("young_no_job", "student")),
            ("cadre", situation.cadre),
        ):
            if applies and key in contacts:
                return contacts[key]
        return contacts["default"]

    def cep_network(self, situation: Situation) -> str:
        """The CEP network's code for this situation, e.g. APEC or OPERATEUR_REGIONAL."""
        cep = next(s for s in self.data["schemes"] if s["code"] == "cep")
        return str(self._contact(cep["contact"], situation)["network"])

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
