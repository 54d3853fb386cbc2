"""Power cuts: on a filesystem that drops every write not yet fsynced, no commit is lost."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import FAULT_REPORT, VaultFiles
from vault import Unlock, Vault
from vault.model import Note

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from vault import Unlock, Vault, records
from vault.model import Note
with Vault.open(sys.argv[1], Unlock(passphrase=sys.argv[2])) as vault:
    n = 0
    while True:
        with vault.transaction() as conn:
            ids = []
            for part in range(3):
                note = Note(title=f"{n}-{part}", body="y" * 1500)
                records.add(conn, note)
                ids.append(note.id)
        print(" ".join(ids), flush=True)  # acknowledged: COMMIT returned
        n += 1
"""


def _mount(backing: Path, mount: Path) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.support.lazyfs", str(backing), str(mount)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while not os.path.ismount(mount):
        assert server.poll() is None and time.monotonic() < deadline, (
            "the lazy filesystem did not mount"
        )
        time.sleep(0.05)
    return server


def test_a_power_cut_loses_no_acknowledged_commit(vault_files: VaultFiles, tmp_path: Path) -> None:
    backing, mount = tmp_path / "disk", tmp_path / "mnt"
    backing.mkdir()
    mount.mkdir()
    for name in (vault_files.path, vault_files.key_path):
        shutil.copy2(name, backing / name.name)
    rng = random.Random(1128)
    rounds, acknowledged = int(os.environ.get("MUSETTE_POWER_ROUNDS", "8")), set()
    for round_number in range(rounds):
        server = _mount(backing, mount)
        writer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(WRITER),
                str(mount / vault_files.path.name),
                vault_files.passphrase,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert writer.stdout is not None
        acknowledged.update(writer.stdout.readline().split())
        time.sleep(rng.uniform(0.05, 0.4))
        server.send_signal(signal.SIGKILL)  # the power cut: unsynced data is gone
        server.wait()
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        for line in rest.splitlines():
            ids = line.split()
            if len(ids) == 3 and all(len(i) == 36 for i in ids):
                acknowledged.update(ids)
        subprocess.run(["fusermount3", "-u", "-z", str(mount)], check=False, capture_output=True)
        # "Reboot": read the disk underneath directly.
        with Vault.open(
            backing / vault_files.path.name, Unlock(passphrase=vault_files.passphrase)
        ) as vault:
            assert vault.check() == [], f"round {round_number}"
            stored = {note.id for note in vault.records.list(Note)}
        lost = acknowledged - stored
        assert not lost, f"round {round_number}: {len(lost)} acknowledged notes lost"
    FAULT_REPORT.append(
        f"power cuts (writes not fsynced dropped): {rounds} survived, "
        f"{len(acknowledged)} acknowledged notes, 0 lost"
    )
