"""France Travail's ROME 4.0, imported once and asked what a job leads to, as an advisor would."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_command_line import musette
from tests.conftest import SHARED
from vault import reference

ROME = SHARED / "data" / "rome-4.0"
DIAGORIENTE = SHARED / "data" / "diagoriente"


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    target = tmp_path_factory.mktemp("rome") / "reference.sqlite"
    counts = reference.import_rome(ROME, target)
    assert counts == {
        "release": "v460",
        "jobs": 1584,
        "titles": 13120,
        "mobility": 14912,
        "interests": 30,
        "interest_jobs": 4444,
        "skills": 33671,
        # Diagoriente's lists, found beside ROME's folder as they are in ../shared/data.
        "diagoriente_themes": 63,
        "diagoriente_activities": 8421,
        "diagoriente_competences": 12,
    }
    yield target


def test_a_job_title_people_use_finds_its_rome_sheet_and_the_jobs_one_step_away(
    directory: Path,
) -> None:
    rome = reference.Reference(directory)
    try:
        # Typed as people do: no accents, any case.
        job = rome.job_titled("cariste")
        assert job is not None and job.code == "N1101"
        close = rome.close_jobs(job.code)
        assert close and all(other.code != job.code for other in close)
        ranks = [
            rank
            for (rank,) in rome._conn.execute(  # noqa: SLF001 (ROME's own order, checked)
                "SELECT rank FROM mobility WHERE code = ? ORDER BY rank", (job.code,)
            )
        ]
        assert len(close) == len(ranks)
        assert rome.job_titled("AIDE-SOIGNANT") is not None
        # Words that grade a job are left out; words that name it never are.
        adjunct = rome.job_titled("Responsable d'entrepôt adjointe")
        assert adjunct is not None and adjunct.title == "Responsable d'entrepôt"
        assert rome.job_titled("Cariste H/F") == rome.job_titled("cariste")
        assert rome.job_titled("Cheffe d'équipe logistique") is None
        assert rome.job_titled("zzzz qqqq") is None
    finally:
        rome.close()


def test_each_centre_d_interet_leads_to_jobs_with_their_flags(directory: Path) -> None:
    rome = reference.Reference(directory)
    try:
        interests = rome.interests()
        assert len(interests) == 30
        assert interests[0].label.startswith("J'ai envie de")
        jobs = rome.interest_jobs(interests[0].code)
        assert jobs and all(job.code for job, _ in jobs)
        flagged = [job for job, _ in jobs if job.ecological]
        assert flagged  # ROME says how each job stands in the ecological transition
    finally:
        rome.close()


def test_a_failed_import_keeps_the_directory_that_was_there(
    directory: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "rome"
    shutil.copytree(ROME, broken)
    (broken / "unix_rubrique_mobilite_v460_utf8.csv").write_text('"oops"\n"1"\n', "utf-8")
    before = directory.read_bytes()
    with pytest.raises(reference.ReferenceError, match="could not be read"):
        reference.import_rome(broken, directory)
    assert directory.read_bytes() == before
    with pytest.raises(reference.ReferenceError, match="no ROME job file"):
        reference.import_rome(tmp_path, tmp_path / "other.sqlite")


def test_the_command_line_answers_close_jobs_and_interests(directory: Path) -> None:
    env = {"MUSETTE_REFERENCE": str(directory)}
    close = musette("jobs", "close", "Cariste", **env)
    assert close.returncode == 0, close.stderr
    said = json.loads(close.stdout)
    assert said["job"]["code"] == "N1101"
    assert said["close"] and {"code", "label", "transitions"} <= set(said["close"][0])
    assert "France Travail" in said["source"]
    interest = musette("jobs", "interest", "1", **env)
    assert interest.returncode == 0, interest.stderr
    found = json.loads(interest.stdout)
    assert found["label"].startswith("J'ai envie de") and found["jobs"]
    unknown = musette("jobs", "interest", "99", **env)
    assert unknown.returncode == 2 and "99" in unknown.stderr
    nothing = musette("jobs", "close", "zzzz qqqq", **env)
    assert nothing.returncode == 1 and "zzzz qqqq" in nothing.stderr
    missing = musette("jobs", "close", "Cariste", MUSETTE_REFERENCE=str(directory) + ".absent")
    assert missing.returncode == 2 and "musette reference import" in missing.stderr


def test_diagoriente_s_lists_answer_what_a_person_may_have_done_and_how_well(
    directory: Path,
) -> None:
    lists = reference.Reference(directory)
    try:
        assert lists.has_discovery()
        everyday = {theme.title: theme for theme in lists.themes("personal")}
        # Published in capitals without accents; read as French is written.
        assert "Véhicule" in everyday and "Jeux vidéo" in everyday
        assert "Entretenir son véhicule" in [
            a.title for a in lists.activities(everyday["Véhicule"].id)
        ]
        assert any(t.title == "Animation sportive" for t in lists.themes("voluntary"))
        # Work: the activities of a ROME job, by its code.
        assert "Préparer les commandes" in [a.title for a in lists.activities("N1101")]
        competences = lists.competences()
        assert len(competences) == 12 and all(len(c.sentences) == 8 for c in competences)
        assert competences[1].title == "Agir face à l'imprévu"
        assert "des personnes âgées" in lists.answers("Avec qui")
        assert not any(a.startswith("___") for a in lists.answers("Avec qui"))
    finally:
        lists.close()


def test_broken_diagoriente_lists_are_refused_and_the_directory_stays(
    directory: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "diagoriente"
    shutil.copytree(DIAGORIENTE, broken)
    (broken / "competences.json").write_text('{"not": "a list"}', "utf-8")
    before = directory.read_bytes()
    with pytest.raises(reference.ReferenceError, match="Diagoriente.*competences.json"):
        reference.import_rome(ROME, directory, broken)
    assert directory.read_bytes() == before
    refused = musette(
        "reference", "import", str(ROME), "--diagoriente", str(broken), "--to", str(directory)
    )
    assert refused.returncode == 5 and "competences.json" in refused.stderr
    assert directory.read_bytes() == before


def test_make_run_rebuilds_a_directory_an_older_musette_imported(tmp_path: Path) -> None:
    target = tmp_path / "reference.sqlite"
    reference.import_rome(ROME, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA user_version = 1")  # as Musette 0.3 wrote it, before Diagoriente
    conn.close()
    again = musette("reference", "import", str(ROME), "--to", str(target), "--if-missing")
    assert again.returncode == 0, again.stderr
    assert reference.is_current(target) and reference.Reference(target).has_discovery()
    unchanged = target.read_bytes()
    musette("reference", "import", str(ROME), "--to", str(target), "--if-missing")
    assert target.read_bytes() == unchanged
