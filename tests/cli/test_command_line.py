"""The command line contract of DESIGN.md: commands, output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, SHARED, VaultFiles, fingerprint
from vault import Unlock, Vault, recovery

ROOT = Path(__file__).resolve().parents[2]


def musette(*args: str, lang: str = "fr_FR.UTF-8", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MUSETTE_") and k not in ("LC_ALL", "LC_MESSAGES")
    }
    environment.update(LANG=lang, **env)
    return subprocess.run(
        [sys.executable, "-m", "musette_desktop", *args],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_clear_line(result: subprocess.CompletedProcess[str]) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("cli") / "demo.musette"
    result = musette("demo", str(path), MUSETTE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return path, result.stdout.splitlines()


def test_create_prints_the_recovery_code_then_its_hex_form(tmp_path: Path) -> None:
    path = tmp_path / "nouvelle.musette"
    result = musette("vault", "create", str(path), MUSETTE_PASSPHRASE="ma phrase")
    assert result.returncode == 0, result.stderr
    code, hex_key = result.stdout.splitlines()
    assert recovery.decode(code) == bytes.fromhex(hex_key)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "nouvelle.musette",
        "nouvelle.musette-keys",
    ]
    # The app's key file never goes below the RFC 9106 floor.
    slot = json.loads(path.with_name("nouvelle.musette-keys").read_text())["slots"][0]["kdf"]
    assert slot["memory_kib"] >= 65536 and slot["iterations"] >= 3 and slot["lanes"] >= 4


def test_demo_then_stats_prints_the_counts_as_json(demo_vault: tuple[Path, list[str]]) -> None:
    path, _ = demo_vault
    result = musette("vault", "stats", str(path), MUSETTE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["experience"] >= 4 and counts["education"] >= 1
    assert counts["skill"] >= 20 and counts["project"] == 1
    assert counts["contact"] >= 3 and counts["document"] == 2
    assert counts["person"] == 1


def test_the_demo_skills_are_real_esco_skills(demo_vault: tuple[Path, list[str]]) -> None:
    import csv

    path, _ = demo_vault
    with open(SHARED / "data/esco/skills_fr.csv", encoding="utf-8") as handle:
        labels = {row["conceptUri"]: row["preferredLabel"] for row in csv.DictReader(handle)}
    result = musette("vault", "list", str(path), "--type", "skill", MUSETTE_PASSPHRASE=PASSPHRASE)
    titles = {item["title"] for item in json.loads(result.stdout)}
    with Vault.open(path, Unlock(passphrase=PASSPHRASE), read_only=True) as vault:
        from vault.model import Skill

        coded = [s for s in vault.records.list(Skill) if s.esco_uri]
    assert len(coded) >= 10
    for skill in coded:
        assert labels[skill.esco_uri] == skill.label
        assert skill.label in titles


def test_list_prints_id_type_and_title(demo_vault: tuple[Path, list[str]]) -> None:
    path, _ = demo_vault
    result = musette(
        "vault", "list", str(path), "--type", "experience", MUSETTE_PASSPHRASE=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {item["type"] for item in items} == {"experience"}
    assert "Cheffe d'équipe logistique" in {item["title"] for item in items}
    assert all(set(item) == {"id", "type", "title"} for item in items)


def test_every_line_a_command_printed_is_out_before_it_ends(
    demo_vault: tuple[Path, list[str]],
) -> None:
    # A command ends without the interpreter's teardown (musette_desktop/main.py): what
    # it printed, still in the stream's buffer when the work was done, must all be out.
    path, _ = demo_vault
    stats = musette("vault", "stats", str(path), MUSETTE_PASSPHRASE=PASSPHRASE)
    listed = musette("vault", "list", str(path), MUSETTE_PASSPHRASE=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    counts = json.loads(stats.stdout)
    assert len(items) == sum(counts.values())


def test_a_command_with_another_thread_still_running_ends_the_usual_way() -> None:
    import threading

    from musette_desktop.main import leave

    release = threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    try:
        with pytest.raises(SystemExit) as ended:
            leave(3)
        assert ended.value.code == 3
    finally:
        release.set()
        waiting.join()


def test_check_says_sound_with_the_recovery_code(demo_vault: tuple[Path, list[str]]) -> None:
    path, (code, _) = demo_vault
    result = musette("vault", "check", str(path), MUSETTE_RECOVERY_CODE=code)
    assert result.returncode == 0, result.stderr


def test_passwd_changes_the_passphrase(vault_files: VaultFiles) -> None:
    result = musette(
        "vault",
        "passwd",
        str(vault_files.path),
        MUSETTE_PASSPHRASE=PASSPHRASE,
        MUSETTE_NEW_PASSPHRASE="la nouvelle",
    )
    assert result.returncode == 0, result.stderr
    assert (
        musette("vault", "stats", str(vault_files.path), MUSETTE_PASSPHRASE=PASSPHRASE).returncode
        == 3
    )
    assert (
        musette(
            "vault", "stats", str(vault_files.path), MUSETTE_PASSPHRASE="la nouvelle"
        ).returncode
        == 0
    )


def test_passwd_with_the_recovery_code_rebuilds_a_lost_key_file(vault_files: VaultFiles) -> None:
    vault_files.key_path.unlink()
    result = musette(
        "vault",
        "passwd",
        str(vault_files.path),
        MUSETTE_RECOVERY_CODE=vault_files.recovery_code,
        MUSETTE_NEW_PASSPHRASE="retrouvée",
    )
    assert result.returncode == 0, result.stderr
    assert (
        musette("vault", "check", str(vault_files.path), MUSETTE_PASSPHRASE="retrouvée").returncode
        == 0
    )


@pytest.mark.parametrize(
    "damage, env, code, words",
    [
        ("none", {"MUSETTE_PASSPHRASE": "mauvaise"}, 3, "phrase de passe ne correspond pas"),
        ("none", {"MUSETTE_RECOVERY_CODE": "AAAA-BBBB"}, 3, "code de secours"),
        ("typo", {}, 3, "faute de frappe"),
        ("no-keys", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "code de secours"),
        ("bad-keys", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "code de secours"),
        ("plain-sqlite", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "SQLite ordinaire"),
        ("random", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "pas été créé par Musette"),
        ("truncated", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "abîmée"),
        ("directory", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "c'est un dossier"),
        ("missing", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "Aucune musette"),
        ("too-new", {"MUSETTE_PASSPHRASE": PASSPHRASE}, 4, "plus récente"),
        ("no-passphrase", {}, 2, "MUSETTE_PASSPHRASE"),
    ],
)
def test_bad_input_gets_its_exit_code_one_line_and_changes_nothing(
    vault_files: VaultFiles, damage: str, env: dict[str, str], code: int, words: str
) -> None:
    import shutil
    import sqlite3

    import sqlcipher3

    path = vault_files.path
    if damage == "typo":
        good = vault_files.recovery_code
        env = {"MUSETTE_RECOVERY_CODE": good[:-1] + ("0" if good[-1] != "0" else "1")}
    elif damage == "no-keys":
        vault_files.key_path.unlink()
    elif damage == "bad-keys":
        vault_files.key_path.write_text("{ oups")
    elif damage == "plain-sqlite":
        path.unlink()
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    elif damage == "random":
        path.write_bytes(os.urandom(5000))
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:6000])
    elif damage == "directory":
        path.unlink()
        path.mkdir()
    elif damage == "missing":
        shutil.move(path, path.with_name("ailleurs.musette"))
    elif damage == "too-new":
        db = sqlcipher3.connect(str(path))
        db.execute(f"PRAGMA key = \"x'{vault_files.recovery_hex}'\"")
        db.execute("PRAGMA user_version = 42")
        db.close()
    before = fingerprint(path.parent)
    for command in ("check", "stats", "list", "passwd"):
        result = musette("vault", command, str(path), **env, MUSETTE_NEW_PASSPHRASE="x")
        assert result.returncode == code, (command, result.stderr)
        assert_one_clear_line(result)
        assert words in result.stderr, result.stderr
    assert fingerprint(path.parent) == before


def test_a_vault_open_in_the_app_is_in_use_for_the_command_line(vault_files: VaultFiles) -> None:
    with vault_files.open():
        result = musette("vault", "stats", str(vault_files.path), MUSETTE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 6
    assert_one_clear_line(result)


def test_wrong_usage_is_exit_two_in_one_line() -> None:
    for args in (
        ["vault"],
        ["vault", "explode", "x"],
        ["demo"],
        ["vault", "list", "x", "--type", "licorne"],
    ):
        result = musette(*args, MUSETTE_PASSPHRASE="x")
        assert result.returncode == 2, (args, result.stderr)
        assert_one_clear_line(result)


def test_english_messages_when_asked(vault_files: VaultFiles) -> None:
    result = musette(
        "vault", "stats", str(vault_files.path), lang="en_GB.UTF-8", MUSETTE_PASSPHRASE="no"
    )
    assert result.returncode == 3
    assert "passphrase does not match" in result.stderr


def test_a_read_only_vault_can_still_be_read_and_checked(vault_files: VaultFiles) -> None:
    vault_files.path.chmod(0o400)
    before = fingerprint(vault_files.path.parent)
    for command in ("check", "stats", "list"):
        result = musette("vault", command, str(vault_files.path), MUSETTE_PASSPHRASE=PASSPHRASE)
        assert result.returncode == 0, result.stderr
    assert fingerprint(vault_files.path.parent) == before


def test_an_empty_new_passphrase_is_wrong_usage(tmp_path: Path, vault_files: VaultFiles) -> None:
    result = musette("vault", "create", str(tmp_path / "x.musette"), MUSETTE_PASSPHRASE="")
    assert result.returncode == 2
    assert_one_clear_line(result)
    assert not (tmp_path / "x.musette").exists()
    before = fingerprint(vault_files.path.parent)
    result = musette(
        "vault",
        "passwd",
        str(vault_files.path),
        MUSETTE_PASSPHRASE=PASSPHRASE,
        MUSETTE_NEW_PASSPHRASE="",
    )
    assert result.returncode == 2
    assert fingerprint(vault_files.path.parent) == before


def test_creating_over_an_existing_vault_is_refused(vault_files: VaultFiles) -> None:
    before = fingerprint(vault_files.path.parent)
    result = musette("vault", "create", str(vault_files.path), MUSETTE_PASSPHRASE="x")
    assert result.returncode == 1
    assert_one_clear_line(result)
    assert fingerprint(vault_files.path.parent) == before


def test_backup_then_restore_from_the_command_line(demo_files: VaultFiles, tmp_path: Path) -> None:
    result = musette(
        "backup", str(demo_files.path), "--to", str(tmp_path / "b"), MUSETTE_PASSPHRASE=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    (written,) = result.stdout.split()
    target = tmp_path / "ailleurs" / "moi.musette"
    target.parent.mkdir()
    wrong = musette("restore", written, "--to", str(target), MUSETTE_PASSPHRASE="non")
    assert wrong.returncode == 3
    assert list(target.parent.iterdir()) == []
    right = musette("restore", written, "--to", str(target), MUSETTE_PASSPHRASE=PASSPHRASE)
    assert right.returncode == 0, right.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == ["moi.musette", "moi.musette-keys"]
    again = musette("restore", written, "--to", str(target), MUSETTE_PASSPHRASE=PASSPHRASE)
    assert again.returncode == 1
    # No passphrase given and none can be asked: the taken target is still what is said.
    unasked = musette("restore", written, "--to", str(target))
    assert unasked.returncode == 1
    assert str(target) in unasked.stderr and "phrase de passe" not in unasked.stderr
    junk = tmp_path / "junk.musette-backup"
    junk.write_bytes(b"PK\x03\x04 nothing")
    refused = musette(
        "restore", str(junk), "--to", str(tmp_path / "x.musette"), MUSETTE_PASSPHRASE=PASSPHRASE
    )
    assert refused.returncode == 5
    assert_one_clear_line(refused)


def test_version_says_which_musette_this_is() -> None:
    import musette_desktop

    result = musette("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"musette {musette_desktop.__version__}"


def test_each_wrong_way_in_is_said_in_its_own_words(tmp_path: Path) -> None:
    import os

    from vault import recovery

    made = musette("vault", "create", str(tmp_path / "a.musette"), MUSETTE_PASSPHRASE=PASSPHRASE)
    code, hex_key = made.stdout.split()[:2]
    other = tmp_path / "b.musette"
    musette("vault", "create", str(other), MUSETTE_PASSPHRASE=PASSPHRASE)
    target = str(tmp_path / "a.musette")
    typo = ("0" if hex_key[0] != "0" else "1") + hex_key[1:]
    said = {
        "hex": musette("vault", "check", target, MUSETTE_RECOVERY_CODE=typo),
        "foreign": musette(
            "vault", "check", target, MUSETTE_RECOVERY_CODE=recovery.encode(os.urandom(32))
        ),
    }
    (tmp_path / "a.musette-keys").write_bytes((tmp_path / "b.musette-keys").read_bytes())
    said["key file"] = musette("vault", "check", target, MUSETTE_PASSPHRASE=PASSPHRASE)
    assert said["hex"].returncode == said["foreign"].returncode == 3
    assert said["key file"].returncode == 4
    lines = {name: done.stderr.strip() for name, done in said.items()}
    assert len(set(lines.values())) == 3, lines
    assert "hexadécimal" in lines["hex"] or "hex key" in lines["hex"]
    assert "autre musette" in lines["foreign"] or "another" in lines["foreign"]
    assert code  # the typeable form was printed too


def test_passwd_rotate_changes_the_data_key_so_an_old_key_file_opens_nothing_new(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    old_keys = vault_files.key_path.read_bytes()
    result = musette(
        "vault", "passwd", str(vault_files.path), "--rotate",
        MUSETTE_PASSPHRASE=PASSPHRASE, MUSETTE_NEW_PASSPHRASE="une toute nouvelle",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    new_code = result.stdout.split()[0]
    assert new_code != vault_files.recovery_code
    assert musette(
        "vault", "stats", str(vault_files.path), MUSETTE_PASSPHRASE="une toute nouvelle"
    ).returncode == 0  # fmt: skip
    assert musette(
        "vault", "stats", str(vault_files.path), MUSETTE_RECOVERY_CODE=new_code
    ).returncode == 0  # fmt: skip
    # Someone who kept the old key file and the old passphrase opens nothing today.
    vault_files.key_path.write_bytes(old_keys)
    stolen = musette("vault", "stats", str(vault_files.path), MUSETTE_PASSPHRASE=PASSPHRASE)
    assert stolen.returncode in (3, 4)
    assert musette(
        "vault", "stats", str(vault_files.path), MUSETTE_RECOVERY_CODE=vault_files.recovery_code
    ).returncode == 3  # fmt: skip


def test_every_argument_of_every_command_says_what_it_is() -> None:
    """`musette demo -h`, `export -h`…: no bare argument names; the templates are listed."""
    import argparse

    from exporters.writers.cv_pdf import TEMPLATES
    from musette_desktop.cli import TEMPLATE_NAMES, build_parser

    assert set(TEMPLATE_NAMES) == set(TEMPLATES)
    bare: list[str] = []

    def walk(parser: argparse.ArgumentParser, where: str) -> None:
        for action in parser._actions:  # noqa: SLF001 - argparse keeps them there
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for name, sub in action.choices.items():
                    walk(sub, f"{where} {name}")
            elif not isinstance(action, argparse._HelpAction) and not action.help:  # noqa: SLF001
                bare.append(f"{where} {action.dest}")

    walk(build_parser(), "musette")
    assert bare == []


def test_a_missing_folder_or_a_file_that_is_no_musette_is_said_before_any_prompt(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    # Into a folder that does not exist: one French line naming it, nothing written.
    missing = tmp_path / "pas-encore" / "cv.pdf"
    result = musette("export", "cv", str(missing), "--vault", str(vault_files.path))
    assert result.returncode == 2
    assert_one_clear_line(result)
    assert "pas-encore" in result.stderr and "n'existe pas" in result.stderr
    assert ".tmp" not in result.stderr and not missing.parent.exists()
    # A file that is no musette: refused as such, no passphrase asked for first.
    not_a_vault = tmp_path / "notes.txt"
    not_a_vault.write_text("ceci n'est pas une musette", "utf-8")
    result = musette("vault", "stats", str(not_a_vault))  # no MUSETTE_PASSPHRASE at all
    assert result.returncode == 4
    assert "n'est pas une musette" in result.stderr and "phrase de passe" not in result.stderr
    assert "pas été créé par Musette" in result.stderr  # and why, in French too
    for english in (" is ", " too ", " file"):  # one language in one line
        assert english not in result.stderr


def test_without_a_display_the_app_says_so_in_one_line(vault_files: VaultFiles) -> None:
    result = musette(
        "open", str(vault_files.path), QT_QPA_PLATFORM="", DISPLAY="", WAYLAND_DISPLAY=""
    )
    assert result.returncode == 1
    assert_one_clear_line(result)
    assert "pas d'écran" in result.stderr
