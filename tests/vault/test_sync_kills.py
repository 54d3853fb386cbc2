"""A sync killed at any moment, writing its snapshot or merging, damages and loses nothing."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import FAULT_REPORT, VaultFiles
from vault import Unlock, Vault, backup
from vault.model import Experience, Note
from vault.sync import join, sync_now
from vault.sync_folder import candidates

ROOT = Path(__file__).resolve().parents[2]

SYNCING = """
import sys
from pathlib import Path
from vault import Unlock, Vault
from vault.model import Note
from vault.sync import sync_now

vault_path, code, folder, state = sys.argv[1:5]
with Vault.open(vault_path, Unlock(recovery_code=code)) as vault:
    note = Note(title="Entretien avec la conseillère")
    vault.records.add(note)
    print(note.id, flush=True)  # acknowledged: it must survive whatever follows
    sync_now(vault, Path(folder), state_dir=Path(state))
    print("synced", flush=True)
"""


def test_a_sync_killed_while_writing_or_merging_leaves_both_vaults_whole(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    pristine = tmp_path / "pristine"
    folder = pristine / "Sync"
    folder.mkdir(parents=True)
    laptop = pristine / "laptop.musette"
    shutil.copy(vault_files.path, laptop)
    shutil.copy(vault_files.key_path, f"{laptop}-keys")
    unlock = Unlock(recovery_code=vault_files.recovery_hex)
    with Vault.open(laptop, unlock) as vault:
        sync_now(vault, folder, state_dir=pristine / "laptop-state")
    home = pristine / "home.musette"
    join(folder, home, Unlock(passphrase=vault_files.passphrase), state_dir=pristine / "home-state")
    with Vault.open(home, unlock) as vault:  # the home computer's day: 600 jobs
        with vault.batch() as batch:
            for n in range(600):
                batch.add(Experience(title=f"Mission d'intérim {n}", organisation="Valmont"))
        sync_now(vault, folder, state_dir=pristine / "home-state")

    def start_syncing(here: Path) -> tuple[subprocess.Popen[str], str]:
        """The laptop's sync in its own process, once it has acknowledged its note."""
        syncing = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(SYNCING),
                str(here / "laptop.musette"),
                vault_files.recovery_hex,
                str(here / "Sync"),
                str(here / "laptop-state"),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert syncing.stdout is not None
        return syncing, syncing.stdout.readline().strip()

    # How long a whole sync takes on this machine, so that the kills fall all along it.
    shutil.copytree(pristine, tmp_path / "timed")
    syncing, _ = start_syncing(tmp_path / "timed")
    began = time.perf_counter()
    out, _ = syncing.communicate()
    span = time.perf_counter() - began
    assert "synced" in out
    shutil.rmtree(tmp_path / "timed")

    kills = finished = 0
    for round_number in range(12):
        here = tmp_path / f"round{round_number}"
        shutil.copytree(pristine, here)
        syncing, acknowledged = start_syncing(here)
        time.sleep(span * round_number / 12)
        syncing.send_signal(signal.SIGKILL)
        out, _ = syncing.communicate()
        # Killed mid-way: before the sync said it was done (not while the process ended).
        kills += "synced" not in out
        finished += "synced" in out

        # Every snapshot the folder shows is whole; the live vault opens, sound, with the note.
        found, unreadable = candidates(here / "Sync")
        assert unreadable == []
        for snapshot in found:
            backup.verify(snapshot.path, bytes.fromhex(vault_files.recovery_hex))
        with Vault.open(here / "laptop.musette", unlock) as vault:
            assert vault.check() == []
            assert acknowledged in {n.id for n in vault.records.list(Note)}
            # And the next sync finishes what the killed one began.
            sync_now(vault, here / "Sync", state_dir=here / "laptop-state")
            assert len(vault.records.list(Experience)) == 600
        shutil.rmtree(here)
    assert kills >= 8, f"only {kills} of 12 syncs were killed mid-way"
    FAULT_REPORT.append(f"sync kills survived: {kills} (and {finished} finished before the kill)")
