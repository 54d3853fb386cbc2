"""`musette rights estimate`, situation by situation, each figure worked out by hand from the law.

Every row reads its situation as the command line does (JSON), on 1 October
2026 with the balance given, projected to 1 July 2028: the 2026 and 2027
rights are credited by then (by 15 June of the next year each).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from exporters.readers import situation as situation_json
from exporters.readers.errors import ImportRefused
from vault.rights import rules_for

ROOT = Path(__file__).resolve().parents[2]
EMPLOYEE_SCHEMES = ["CEP", "VAE", "BILAN", "PTP", "RECONVERSION", "EPP", "CEC", "C2P"]
SEEKER_SCHEMES = ["CEP", "VAE", "BILAN", "CEC", "POEI", "PERMIS"]


def estimate(**given: Any) -> dict[str, Any]:
    question = situation_json.read(
        json.dumps({"read_on": "2026-10-01", "project_to": "2028-07-01", **given})
    )
    rules = rules_for(2026)
    hours = rules.accrual(question.situation).in_hours
    balance = round(question.balance) if hours else round(question.balance * 100)
    return rules.estimate(question.situation, balance, question.read_on, question.project_to)


# (situation, yearly, ceiling, projected, fee, schemes, CEP network, the article)
ROWS: list[tuple[dict[str, Any], Any, Any, Any, float, list[str], str, str]] = [
    ({"status": "employee", "balance": 3120}, 500, 5000, 4120, 103.2,
     EMPLOYEE_SCHEMES, "OPERATEUR_REGIONAL", "L6323-11, R6323-1 I: 500 € a year, 5 000 €"),
    ({"status": "employee", "working_time": 0.3, "low_qualification": True}, 150, 5000, 300,
     103.2, EMPLOYEE_SCHEMES, "OPERATEUR_REGIONAL",
     "R6323-3-1 I: 800 € only at half time or more; below, R6323-1 II: 500 × 30 %"),
    ({"status": "employee", "low_qualification": True, "low_qualification_since": 2025,
      "balance": 1000}, 800, 8000, 2600, 103.2, EMPLOYEE_SCHEMES, "OPERATEUR_REGIONAL",
     "L6323-11-1, R6323-3-1 I: 800 € a year, 8 000 €"),
    ({"status": "employee", "low_qualification": True, "low_qualification_since": 2027},
     500, 5000, 1300, 103.2, EMPLOYEE_SCHEMES, "OPERATEUR_REGIONAL",
     "R6323-3-1 II: the 800 € count from the year declared (2026: 500, 2027: 800)"),
    ({"status": "employee", "working_time": 0.3, "disability": True}, 450, 8000, 900, 103.2,
     EMPLOYEE_SCHEMES, "CAP_EMPLOI", "D6323-3-3: +300 € on 150 €, within 8 000 €"),
    ({"status": "employee", "disability": True, "balance": 7500}, 800, 8000, 8000, 103.2,
     EMPLOYEE_SCHEMES, "CAP_EMPLOI", "D6323-3-3: 500 + 300 €, accrual stops at 8 000 €"),
    ({"status": "esat", "working_time": 0.4}, 800, 8000, 1600, 103.2,
     ["CEP", "VAE", "BILAN", "CEC"], "CAP_EMPLOI",
     "L6323-34, R6323-29: 800 € full or part time; no employment contract: no PTP, EPP, C2P"),
    ({"status": "self_employed", "months_in_activity": 12}, 500, 5000, 1000, 103.2,
     ["CEP", "VAE", "BILAN", "CEC"], "OPERATEUR_REGIONAL", "L6323-27, R6323-22: 500 €"),
    ({"status": "self_employed", "months_in_activity": 6, "working_time": 0.2}, 250, 5000, 500,
     103.2, ["CEP", "VAE", "BILAN", "CEC"], "OPERATEUR_REGIONAL",
     "R6323-22: pro rata of the year in activity, not of working time"),
    ({"status": "employee", "balance": 6200}, 500, 5000, 6200, 103.2, EMPLOYEE_SCHEMES,
     "OPERATEUR_REGIONAL", "R6323-1 I: the ceiling stops accrual, never removes a top-up"),
    ({"status": "public_servant", "public_category": "C", "low_qualification": True,
      "balance": 100}, 50, 400, 200, 103.2, ["CEP", "VAE", "BILAN", "CEC"], "EMPLOYEUR_PUBLIC",
     "décret 2017-928: category C without level 3, 50 h a year, 400 h"),
    ({"status": "public_servant", "public_category": "B", "low_qualification": True,
      "cadre": True}, 25, 150, 50, 103.2, ["CEP", "VAE", "BILAN", "CEC"], "EMPLOYEUR_PUBLIC",
     "décret 2017-928: 25 h, 150 h; CEP through the employer, not Apec"),
    ({"status": "job_seeker", "age": 22, "balance": 900}, 0, None, 900, 0,
     ["CEP", "VAE", "BILAN", "CEC", "CEJ", "POEI", "PERMIS"], "FRANCE_TRAVAIL",
     "L6323-7: no contribution for job seekers; L5131-6: CEJ up to 25"),
    ({"status": "job_seeker", "age": 40, "disability": True}, 0, None, 0, 0, SEEKER_SCHEMES,
     "CAP_EMPLOI", "L6111-6: Cap emploi for people with a disability"),
    ({"status": "young_no_job", "age": 19}, 0, None, 0, 103.2, ["CEP", "VAE", "CEC", "CEJ"],
     "MISSION_LOCALE", "L5131-6: CEJ for 16–25 not in study or work"),
    ({"status": "young_no_job", "age": 28, "disability": True}, 0, None, 0, 103.2,
     ["CEP", "VAE", "CEC", "CEJ"], "CAP_EMPLOI", "L5131-6: CEJ up to 29 with a disability"),
    ({"status": "apprentice", "age": 17}, 500, 5000, 1000, 103.2, ["CEP", "VAE", "BILAN", "EPP",
     "CEC"], "OPERATEUR_REGIONAL", "L6323-11: apprentices accrue as employees"),
    ({"status": "student", "age": 20}, 0, None, 0, 103.2, ["CEP", "VAE", "CEC"],
     "MISSION_LOCALE", "L6111-6: Missions locales for 16–25"),
    ({"status": "employee", "cadre": True, "employer_size": 1200}, 500, 5000, 1000, 103.2,
     EMPLOYEE_SCHEMES, "APEC", "L6111-6: Apec for managers"),
    ({"status": "employee", "age": 58, "balance": 2400}, 500, 5000, 3400, 103.2,
     EMPLOYEE_SCHEMES, "OPERATEUR_REGIONAL",
     "L6313-4: a bilan at 58; D6323-6: not if a publicly funded one in the last 5 years"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("given", "yearly", "ceiling", "projected", "fee", "schemes", "cep", "article"),
    ROWS,
    ids=[row[-1].split(":")[0] + f"-{n}" for n, row in enumerate(ROWS)],
)
def test_each_situation_gets_the_rights_its_article_gives(
    given: dict[str, Any],
    yearly: Any,
    ceiling: Any,
    projected: Any,
    fee: float,
    schemes: list[str],
    cep: str,
    article: str,
) -> None:
    answer = estimate(**given)
    assert answer["unit"] == ("h" if given["status"] == "public_servant" else "EUR")
    assert (answer["yearly"], answer["ceiling"], answer["projected"]) == (
        yearly,
        ceiling,
        projected,
    ), article
    assert answer["fee"] == fee, article
    assert (answer["fee_exempt_reason"] is None) == (fee != 0)
    assert answer["schemes"] == schemes, article
    assert answer["cep"] == cep, article


def test_what_could_not_be_checked_says_so() -> None:
    both = estimate(status="employee", low_qualification=True, disability=True)
    assert both["yearly"] == 1100  # 800 + 300 as written; marked to check
    assert any("n'a pas pu être vérifiée" in line for line in both["to_check"])
    agent = estimate(status="public_servant")
    assert any("Agents publics" in line for line in agent["to_check"])
    assert any("2017-928" in line for line in agent["to_check"])  # confidence L


def test_the_interview_top_up_is_shown_to_check_in_firms_of_fifty_or_more() -> None:
    from vault.rights import Situation

    big = {a.code: a for a in rules_for(2026).schemes(Situation(employer_size="250_or_more"))}
    small = {a.code: a for a in rules_for(2026).schemes(Situation(employer_size="11_to_49"))}
    assert (
        "3 000 €" in big["entretien_parcours"].what
        and "à vérifier" in big["entretien_parcours"].what
    )
    assert "3 000 €" not in small["entretien_parcours"].what


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ({"status": "retired"}, "status"),
        ({"status": "employee", "working_time": 1.5}, "working_time"),
        ({"status": "employee", "working_time": "full"}, "working_time"),
        ({"status": "employee", "colour": "blue"}, "colour"),
        ({"status": "self_employed", "months_in_activity": 13}, "months_in_activity"),
        ({"status": "employee", "read_on": "2026-10-01", "project_to": "2025-01-01"}, "project_to"),
        ({"status": "employee", "read_on": "01/10/2026"}, "read_on"),
        ({"status": "public_servant", "public_category": "D"}, "public_category"),
        ({"status": "employee", "age": 7}, "age"),
        ({"status": "employee", "low_qualification": "yes"}, "low_qualification"),
        ({"status": "employee", "balance": -10}, "balance"),
        ({"status": "employee", "employer_size": "huge"}, "employer_size"),
    ],
)
def test_impossible_situations_are_refused_with_the_key_named(
    given: dict[str, Any], key: str
) -> None:
    with pytest.raises(ImportRefused) as refused:
        situation_json.read(json.dumps(given), today=date(2026, 10, 1))
    assert key in refused.value.detail


def test_the_command_line_answers_json_and_refuses_with_exit_5() -> None:
    run = [sys.executable, "-m", "musette_desktop", "rights", "estimate"]
    given = {"status": "job_seeker", "age": 23, "balance": 500, "read_on": "2026-10-01"}
    done = subprocess.run(
        run, input=json.dumps(given), capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert (answer["unit"], answer["fee"], answer["cep"]) == ("EUR", 0, "FRANCE_TRAVAIL")
    refused = subprocess.run(
        run, input='{"status": "employee", "status": "employee"}', capture_output=True,
        text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert refused.returncode == 5
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr


def test_docs_rights_md_lists_every_rule_as_the_rules_file_says() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("rights_doc", ROOT / "scripts" / "rights_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = (ROOT / "docs" / "rights.md").read_text("utf-8")
    assert written == module.render(), "run: python scripts/rights_doc.py"
    for article in ("R6323-3-1", "D6323-3-3", "R6323-29", "L6323-7", "D6323-4", "L6422-2"):
        assert article in written, article
