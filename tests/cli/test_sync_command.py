"""`musette sync`: an advisor's laptop and the person's home computer share one folder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.cli.test_command_line import assert_one_clear_line, musette
from tests.conftest import VaultFiles


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sync_join_and_conflicts_from_the_command_line(
    demo_files: VaultFiles, tmp_path: Path
) -> None:
    folder = tmp_path / "Nextcloud" / "Musette"
    folder.mkdir(parents=True)
    laptop_env = {
        "MUSETTE_PASSPHRASE": demo_files.passphrase,
        "MUSETTE_SYNC_STATE": str(tmp_path / "laptop-state"),
    }
    home_env = {**laptop_env, "MUSETTE_SYNC_STATE": str(tmp_path / "home-state")}
    home_vault = tmp_path / "home" / "demo.musette"
    home_vault.parent.mkdir()

    first = musette("sync", "now", str(demo_files.path), "--folder", str(folder), **laptop_env)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {
        "merged_from": [],
        "added": 0,
        "updated": 0,
        "deleted": 0,
        "conflicts": 0,
    }
    joined = musette("sync", "join", str(folder), "--to", str(home_vault), **home_env)
    assert joined.returncode == 0, joined.stderr
    assert "Musette rejointe" in joined.stdout

    stats = [
        musette("vault", "stats", str(path), **laptop_env).stdout
        for path in (demo_files.path, home_vault)
    ]
    assert stats[0] == stats[1]

    again = musette("sync", "now", str(home_vault), "--folder", str(folder), **home_env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["conflicts"] == 0
    listed = musette("sync", "conflicts", str(home_vault), **home_env)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_what_sync_refuses_leaves_the_vault_as_it_was(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    env = {
        "MUSETTE_PASSPHRASE": vault_files.passphrase,
        "MUSETTE_SYNC_STATE": str(tmp_path / "state"),
    }
    before = _digest(vault_files.path)

    missing = musette(
        "sync", "now", str(vault_files.path), "--folder", str(tmp_path / "nope"), **env
    )
    assert missing.returncode == 2
    assert_one_clear_line(missing)
    assert "dossier introuvable" in missing.stderr

    empty = tmp_path / "Dropbox"
    empty.mkdir()
    nothing = musette("sync", "join", str(empty), "--to", str(tmp_path / "new.musette"), **env)
    assert nothing.returncode == 5
    assert_one_clear_line(nothing)
    assert not (tmp_path / "new.musette").exists()

    (empty / "musette-x (conflicted copy 2026-12-02).musette-sync").write_bytes(b"PK\x03\x04half")
    half = musette("sync", "now", str(vault_files.path), "--folder", str(empty), **env)
    assert half.returncode == 0, half.stderr
    assert "laissé de côté" in half.stderr and "Traceback" not in half.stderr

    taken = musette("sync", "join", str(empty), "--to", str(vault_files.path), **env)
    assert taken.returncode == 2
    assert _digest(vault_files.path) == before
