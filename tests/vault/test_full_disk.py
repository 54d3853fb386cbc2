"""A full disk while writing and while backing up: a clear error, nothing committed lost."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import FAULT_REPORT, PASSPHRASE, VaultFiles
from vault.model import Note

ROOT = Path(__file__).resolve().parents[2]

# The child caps every file it writes at LIMIT bytes (RLIMIT_FSIZE), as a full
# disk would stop it, and ignores SIGXFSZ so that writes fail with EFBIG.
FILL = """
import json, os, resource, signal, sys
from pathlib import Path
from vault import StorageFull, Unlock, Vault
from vault.model import Note
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
mode, limit = sys.argv[4], int(sys.argv[3])
committed, outcome = [], "no error"
with Vault.open(sys.argv[1], Unlock(passphrase=sys.argv[2])) as vault:
    if mode == "backup":
        for n in range(200):
            note = Note(title=f"note {n}", body="x" * 2000)
            vault.records.add(note)
            committed.append(note.id)
        # Room for half the vault only: the backup cannot fit.
        limit = os.path.getsize(sys.argv[1]) // 2
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        if mode == "backup":
            vault.backup(Path(sys.argv[5]))
            outcome = "backup written"
        else:
            for n in range(100_000):
                note = Note(title=f"note {n}", body="x" * 2000)
                vault.records.add(note)
                committed.append(note.id)
    except StorageFull:
        outcome = "StorageFull"
print(json.dumps({"outcome": outcome, "committed": committed}))
"""


def _fill(vault_files: VaultFiles, what: str, backups: Path) -> dict:
    limit = vault_files.path.stat().st_size + 400_000
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(FILL),
            str(vault_files.path),
            PASSPHRASE,
            str(limit),
            what,
            str(backups),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_writing_until_the_disk_is_full_loses_no_committed_note(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    report = _fill(vault_files, "write", tmp_path)
    assert report["outcome"] == "StorageFull"
    assert len(report["committed"]) > 10
    with vault_files.open() as vault:
        assert vault.check() == []
        stored = {n.id for n in vault.records.list(Note)}
    assert set(report["committed"]) <= stored
    FAULT_REPORT.append(f"full disk: {len(report['committed'])} committed notes, 0 lost")


def test_a_backup_on_a_full_disk_is_a_clear_error_and_leaves_no_partial_file(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    backups = tmp_path / "b"
    report = _fill(vault_files, "backup", backups)
    assert report["outcome"] == "StorageFull"
    assert not backups.exists() or [p.name for p in backups.iterdir()] == []
    with vault_files.open() as vault:
        assert vault.check() == []


def test_a_vault_removed_while_open_refuses_changes_instead_of_losing_them(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    from vault import VaultGone

    with vault_files.open() as vault:
        vault.records.add(Note(title="avant"))
        moved = tmp_path / "ailleurs.musette"
        vault_files.path.rename(moved)  # as if the USB stick were pulled out
        try:
            vault.records.add(Note(title="après"))
        except VaultGone:
            refused = True
        else:
            refused = False
    assert refused
