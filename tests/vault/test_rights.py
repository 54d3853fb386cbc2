"""The rights rules, situation by situation, each answer with its source."""

from __future__ import annotations

from datetime import date

import pytest

from vault.rights import Situation, rules_for

RULES = rules_for(2026)


def test_the_rules_are_dated_and_every_answer_names_its_source() -> None:
    assert (RULES.year, RULES.checked_on) == (2026, "2026-12-01")
    assert RULES.data["in_force_on"] == "2026-03-27"
    for status in (
        "employee_private",
        "public_servant",
        "job_seeker",
        "self_employed",
        "apprentice",
    ):
        situation = Situation(status=status, age=30)
        assert RULES.accrual(situation).source.text
        assert all(
            advice.source.text and advice.url.startswith("https://")
            for advice in RULES.schemes(situation)
        )


@pytest.mark.parametrize(
    ("situation", "yearly", "ceiling", "rule"),
    [
        (Situation(), 50000, 500000, "general"),
        (Situation(working_time=0.6), 50000, 500000, "general"),  # half time or more: full rights
        (Situation(working_time=0.4), 20000, 500000, "part_time"),  # pro rata below half time
        (Situation(low_qualification=True), 80000, 800000, "low_qualification"),
        (Situation(disability=True), 80000, 800000, "disability"),  # 500 € + 300 €
        (Situation(status="apprentice"), 50000, 500000, "general"),
        (Situation(status="self_employed", months_in_activity=6), 25000, 500000, "self_employed"),
        (Situation(status="job_seeker"), 0, None, "none"),
    ],
)
def test_cpf_accrual_per_situation(
    situation: Situation, yearly: int, ceiling: int | None, rule: str
) -> None:
    accrual = RULES.accrual(situation)
    assert (accrual.yearly_cents, accrual.ceiling_cents, accrual.rule) == (yearly, ceiling, rule)


def test_public_servants_count_in_hours_and_the_rule_is_marked_to_check() -> None:
    accrual = RULES.accrual(Situation(status="public_servant"))
    assert (accrual.yearly_hours, accrual.ceiling_hours) == (25, 150)
    assert accrual.source.to_check  # confidence L: "to check on the official site"
    low = RULES.accrual(
        Situation(status="public_servant", low_qualification=True, public_category="C")
    )
    assert (low.yearly_hours, low.ceiling_hours) == (50, 400)


def test_the_projection_adds_each_year_when_it_is_credited_and_stops_at_the_ceiling() -> None:
    employee = Situation()
    read_on = date(2026, 10, 1)
    assert RULES.projection(employee, 312000, read_on, date(2027, 6, 14)) == 312000
    assert RULES.projection(employee, 312000, read_on, date(2027, 6, 15)) == 362000  # 2026's rights
    assert RULES.projection(employee, 312000, read_on, date(2029, 7, 1)) == 462000
    assert RULES.projection(employee, 312000, read_on, date(2035, 1, 1)) == 500000  # the ceiling
    hours = RULES.projection(Situation(status="public_servant"), 100, read_on, date(2028, 7, 1))
    assert hours == 150


def test_the_flat_contribution_and_who_is_exempt() -> None:
    cents, source = RULES.flat_contribution(Situation())
    assert cents == 10320 and "2024-394" in source.text
    assert RULES.flat_contribution(Situation(status="job_seeker"))[0] == 0


def test_2026_caps_per_kind_of_training() -> None:
    caps = {kind: cents for kind, cents, _ in RULES.caps()}
    assert caps == {
        "bilan_competences": 160000,
        "repertoire_specifique": 150000,
        "driving_licence": 90000,
        "vae": None,
    }


@pytest.mark.parametrize(
    ("situation", "network"),
    [
        (Situation(status="job_seeker", age=40), "France Travail"),
        (Situation(cadre=True, age=40), "Apec"),
        (Situation(disability=True, age=40), "Cap emploi"),
        (Situation(status="young_no_job", age=19), "Mission locale"),
        (Situation(age=40), "Avenir Actifs"),
        (Situation(status="public_servant", cadre=True, age=40), "employeur public"),
    ],
)
def test_the_cep_network_that_serves_each_situation(situation: Situation, network: str) -> None:
    cep = RULES.schemes(situation)[0]
    assert cep.code == "cep" and network in cep.contact


def test_english_texts_and_the_interview_reminder() -> None:
    advice = {a.code: a for a in RULES.schemes(Situation(age=40), "en")}
    assert advice["cep"].title == "Career development advice (CEP)"
    assert advice["entretien_parcours"].reminder_years == 4
    assert "2027" in RULES.open_questions("en")


def test_a_later_year_without_its_own_file_uses_the_latest_rules() -> None:
    assert rules_for(2030).year == 2026
