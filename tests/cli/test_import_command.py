"""`musette import …`: a career brought in from the command line, or refused with exit code 5."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.cli.test_command_line import assert_one_clear_line, musette
from tests.conftest import SHARED, VaultFiles, fingerprint
from tests.support.archives import linkedin_files, write_zip
from tests.support.badges import png


def _stats(vault: VaultFiles) -> dict[str, int]:
    result = musette("vault", "stats", str(vault.path), MUSETTE_PASSPHRASE=vault.passphrase)
    assert result.returncode == 0, result.stderr
    counts: dict[str, int] = json.loads(result.stdout)
    return counts


def test_a_json_resume_comes_in_and_a_second_import_adds_nothing(vault_files: VaultFiles) -> None:
    sample = str(SHARED / "data" / "json-resume" / "sample.resume.json")
    args = ("import", "json-resume", sample, "--vault", str(vault_files.path))
    first = musette(*args, MUSETTE_PASSPHRASE=vault_files.passphrase)
    assert first.returncode == 0, first.stderr
    assert "12 fiche(s) ajoutée(s)" in first.stdout
    counts = _stats(vault_files)
    assert counts["experience"] == 3 and counts["person"] == 1
    second = musette(*args, MUSETTE_PASSPHRASE=vault_files.passphrase, lang="en_GB.UTF-8")
    assert "0 record(s) added, 12 completed" in second.stdout
    assert _stats(vault_files) == counts


def test_a_linkedin_archive_comes_in_with_its_warnings_on_stderr(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    archive = write_zip(tmp_path / "Basic_LinkedInDataExport.zip", linkedin_files())
    result = musette(
        "import", "linkedin", str(archive), "--vault", str(vault_files.path),
        MUSETTE_PASSPHRASE=vault_files.passphrase,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Paul Nguyen" in result.stderr  # his recommendation matched no position
    assert _stats(vault_files)["contact"] == 4


def test_a_refused_file_exits_5_with_one_line_and_the_vault_untouched(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    traversal = tmp_path / "evil.zip"
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("../../../etc/cron.d/x", "* * * * * root sh")
    bad_json = tmp_path / "cv.json"
    bad_json.write_text('{"basics": {"name": "A", "name": "B"}}', "utf-8")
    bomb = tmp_path / "badge.png"
    bomb.write_bytes(png(60_000, 60_000))
    before = fingerprint(vault_files.path.parent)
    for kind, path, words in (
        ("linkedin", traversal, "evil.zip"),
        ("json-resume", bad_json, "« name »"),
        ("badge", bomb, "badge.png"),
    ):
        result = musette(
            "import", kind, str(path), "--vault", str(vault_files.path),
            MUSETTE_PASSPHRASE=vault_files.passphrase,
        )  # fmt: skip
        assert result.returncode == 5, result.stderr
        assert_one_clear_line(result)
        assert words in result.stderr.replace("\u00a0", " ")
    assert fingerprint(vault_files.path.parent) == before


def test_a_wrong_passphrase_is_still_exit_3(vault_files: VaultFiles) -> None:
    sample = str(SHARED / "data" / "json-resume" / "sample.resume.json")
    result = musette(
        "import", "json-resume", sample, "--vault", str(vault_files.path),
        MUSETTE_PASSPHRASE="pas la bonne",
    )  # fmt: skip
    assert result.returncode == 3


def test_a_europass_pdf_comes_in_and_an_old_or_hostile_one_exits_5(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    samples = Path(__file__).resolve().parents[1] / "data" / "europass" / "samples"
    entity = tmp_path / "cv.xml"
    entity.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "file:///etc/passwd">]>'
        "<SkillsPassport><LearnerInfo>&s;</LearnerInfo></SkillsPassport>",
        "utf-8",
    )
    before = fingerprint(vault_files.path.parent)
    for path, words in (
        (samples / "no-attachments.pdf", "Europass"),
        (entity, "DOCTYPE"),
    ):
        result = musette(
            "import", "europass", str(path), "--vault", str(vault_files.path),
            MUSETTE_PASSPHRASE=vault_files.passphrase,
        )  # fmt: skip
        assert result.returncode == 5, result.stderr
        assert_one_clear_line(result)
        assert words in result.stderr
    assert fingerprint(vault_files.path.parent) == before
    result = musette(
        "import", "europass", str(samples / "Europass-CV-20130618-Emmanouilidi-EN.pdf"),
        "--vault", str(vault_files.path), MUSETTE_PASSPHRASE=vault_files.passphrase,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _stats(vault_files)["person"] == 1
    out = tmp_path / "cv-europass.xml"
    result = musette(
        "export", "europass", str(out), "--vault", str(vault_files.path),
        MUSETTE_PASSPHRASE=vault_files.passphrase,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert b"<Surname>Emmanouilidi</Surname>" in out.read_bytes()
