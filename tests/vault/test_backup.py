"""Backups: one file, encrypted, verified before anything old is rotated out; and restore."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import FAULT_REPORT, PASSPHRASE, VaultFiles, fingerprint
from vault import Unlock, Vault, VaultExists, backup
from vault.backup import BackupRefused, to_keep
from vault.model import Note

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Zorglub-Marqueur-7731"


def test_a_backup_is_one_private_encrypted_file_that_restores(
    demo_files: VaultFiles, tmp_path: Path
) -> None:
    with demo_files.open() as vault:
        vault.records.add(Note(title=MARKER, body=MARKER))
        stats = vault.stats()
        written, counts = vault.backup(tmp_path / "backups")
    assert counts == stats
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert MARKER.encode() not in written.read_bytes()
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [written.name]

    restored = tmp_path / "restored" / "moi.musette"
    restored.parent.mkdir()
    backup.extract(written, restored)
    with Vault.open(restored, Unlock(passphrase=PASSPHRASE)) as vault:
        assert vault.stats() == stats
        assert MARKER in [n.title for n in vault.records.list(Note)]
    with Vault.open(restored, Unlock(recovery_code=demo_files.recovery_code)) as vault:
        assert vault.check() == []


def test_restoring_never_overwrites(demo_files: VaultFiles, tmp_path: Path) -> None:
    with demo_files.open() as vault:
        written, _ = vault.backup(tmp_path)
    before = fingerprint(demo_files.path.parent)
    with pytest.raises(VaultExists):
        backup.extract(written, demo_files.path)
    assert fingerprint(demo_files.path.parent) == before


def test_a_vault_opened_without_its_key_file_backs_up_for_the_recovery_code(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    vault_files.key_path.unlink()
    with Vault.open(vault_files.path, Unlock(recovery_code=vault_files.recovery_code)) as vault:
        written, _ = vault.backup(tmp_path / "b")
    target = tmp_path / "r.musette"
    backup.extract(written, target)
    Vault.open(target, Unlock(recovery_code=vault_files.recovery_hex)).close()


@pytest.mark.parametrize("damage", ["flip", "truncate", "not-zip", "extra-member", "version"])
def test_a_damaged_backup_is_refused_and_nothing_is_written(
    demo_files: VaultFiles, tmp_path: Path, damage: str
) -> None:
    with demo_files.open() as vault:
        written, _ = vault.backup(tmp_path / "b")
    data = bytearray(written.read_bytes())
    if damage == "flip":
        data[len(data) // 3] ^= 0xFF
        written.write_bytes(bytes(data))
    elif damage == "truncate":
        written.write_bytes(bytes(data[: len(data) // 2]))
    elif damage == "not-zip":
        written.write_bytes(os.urandom(4000))
    elif damage == "extra-member":
        with zipfile.ZipFile(written, "a") as archive:
            archive.writestr("../../evil.sh", "rm -rf /")
    elif damage == "version":
        with zipfile.ZipFile(written) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        members["manifest.json"] = members["manifest.json"].replace(
            b'"version": 1', b'"version": 9'
        )
        with zipfile.ZipFile(written, "w") as archive:
            for name, content in members.items():
                archive.writestr(name, content)
    target = tmp_path / "out" / "r.musette"
    target.parent.mkdir()
    with pytest.raises(BackupRefused):
        backup.extract(written, target)
        with Vault.open(target, Unlock(passphrase=PASSPHRASE)) as vault:
            if vault.check():
                raise BackupRefused("damaged")
    if damage != "flip":
        assert list(target.parent.iterdir()) == []


def test_the_policy_keeps_the_last_ten_and_one_a_month_for_a_year() -> None:
    now = datetime(2026, 11, 28, 12, tzinfo=UTC)
    daily = [now - timedelta(days=n) for n in range(400)]
    kept = to_keep(daily, now=now)
    assert set(daily[:10]) <= kept
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12
    assert all(now - d < timedelta(days=366) for d in kept)
    assert len(kept) == 10 + 11  # this month is among the last ten


def test_rotation_only_happens_after_a_verified_backup_and_only_for_this_vault(
    demo_files: VaultFiles, vault_files: VaultFiles, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    with vault_files.open() as other:
        other_backup, _ = other.backup(folder)
    with demo_files.open() as vault:
        for _ in range(12):
            vault.backup(folder)
        mine = backup.list_backups(folder, vault.vault_id)
    assert len(mine) == 10
    assert other_backup.exists()


WRITER = """
import sys
from pathlib import Path
from vault import Unlock, Vault
from vault.model import Note
with Vault.open(sys.argv[1], Unlock(passphrase=sys.argv[2])) as vault:
    vault.records.add(Note(title="x" * 50_000))
    while True:
        vault.backup(Path(sys.argv[3]))
        print("done", flush=True)
"""


def test_a_backup_killed_midway_leaves_no_half_backup_and_the_vault_intact(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    kills = 0
    for round_number in range(8):
        writer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(WRITER),
                str(vault_files.path),
                PASSPHRASE,
                str(folder),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        writer.stdout.readline()
        time.sleep(0.01 * round_number)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        kills += 1
        for found in backup.list_backups(folder):
            backup.read_manifest(found.path)  # every visible backup is whole
        with vault_files.open() as vault:
            assert vault.check() == []
            written, _ = vault.backup(folder)  # and backing up works again
    FAULT_REPORT.append(f"backup kills survived: {kills}")


PASSWD = """
import sys
from vault import Unlock, Vault
from vault.kdf import cheap_params_for_tests
first, second = sys.argv[2], sys.argv[3]
current = first
with Vault.open(sys.argv[1], Unlock(recovery_code=sys.argv[4])) as vault:
    while True:
        current = second if current == first else first
        vault.change_passphrase(current, kdf_params=cheap_params_for_tests())
        print(current, flush=True)
"""


def test_a_passphrase_change_killed_midway_leaves_old_or_new_working(
    vault_files: VaultFiles,
) -> None:
    old, new = PASSPHRASE, "une autre phrase de passe"
    rounds = int(os.environ.get("MUSETTE_KILL_ROUNDS", "30"))
    for round_number in range(rounds):
        changer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(PASSWD),
                str(vault_files.path),
                old,
                new,
                vault_files.recovery_hex,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert changer.stdout is not None
        changer.stdout.readline()
        time.sleep((round_number % 7) * 0.003)
        changer.send_signal(signal.SIGKILL)
        changer.wait()
        opened = 0
        for passphrase in (old, new):
            try:
                Vault.open(vault_files.path, Unlock(passphrase=passphrase)).close()
                opened += 1
            except Exception:  # noqa: BLE001 - exactly one must work, whichever
                pass
        assert opened == 1, f"round {round_number}: {opened} passphrases open the vault"
    # Leftovers of the interrupted writes were tidied at the last open.
    names = sorted(p.name for p in vault_files.path.parent.iterdir())
    assert names == ["ma.musette", "ma.musette-keys"]
    FAULT_REPORT.append(f"passphrase-change kills survived: {rounds}")


def test_a_file_appearing_during_a_restore_is_never_overwritten(
    demo_files: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review's race: the target was checked free, then replaced blindly."""
    with demo_files.open() as vault:
        written, _ = vault.backup(tmp_path / "backups")
    target = tmp_path / "nouvelle.musette"
    checked = backup._checked_counts

    def someone_writes_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        counts = checked(*args, **kwargs)
        target.write_bytes(b"a file someone else just made")
        return counts

    monkeypatch.setattr(backup, "_checked_counts", someone_writes_meanwhile)
    with pytest.raises(VaultExists):
        backup.restore_as(written, target, Unlock(passphrase=PASSPHRASE))
    assert target.read_bytes() == b"a file someone else just made"
    assert not target.with_name(target.name + "-keys").exists()  # nothing of ours left
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".musette-restore")] == []
