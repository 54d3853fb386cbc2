"""Other processes: a vault open elsewhere, and writers killed mid-transaction."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import FAULT_REPORT, VaultFiles, fingerprint
from vault import VaultInUse
from vault.model import Note

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


HOLDER = """
import sys, time
from vault import Unlock, Vault
with Vault.open(sys.argv[1], Unlock(passphrase=sys.argv[2])):
    print("open", flush=True)
    time.sleep(60)
"""


def test_a_vault_open_in_another_process_is_in_use_not_damaged(vault_files: VaultFiles) -> None:
    holder = _python(HOLDER, str(vault_files.path), vault_files.passphrase)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            vault_files.open()
    finally:
        holder.kill()
        holder.wait()
    # The kernel drops the lock with the process: no stale "in use".
    with vault_files.open() as vault:
        assert vault.check() == []


WRITER = """
import sys
from vault import Unlock, Vault, records
from vault.model import Note
with Vault.open(sys.argv[1], Unlock(passphrase=sys.argv[2])) as vault:
    n = 0
    while True:
        with vault.transaction() as conn:
            # several rows per transaction, so a kill can land between them
            ids = []
            for part in range(5):
                note = Note(title=f"{sys.argv[3]}-{n}-{part}", body="x" * 300)
                records.add(conn, note)
                ids.append(note.id)
        print(" ".join(ids), flush=True)  # acknowledged only after COMMIT returned
        n += 1
"""


def test_writers_killed_thirty_times_lose_no_committed_row(vault_files: VaultFiles) -> None:
    rounds = int(os.environ.get("MUSETTE_KILL_ROUNDS", "30"))
    acknowledged: set[str] = set()
    rng = random.Random(20261128)
    for round_number in range(rounds):
        writer = _python(WRITER, str(vault_files.path), vault_files.passphrase, str(round_number))
        assert writer.stdout is not None
        first = writer.stdout.readline()  # at least one commit before the kill
        acknowledged.update(first.split())
        time.sleep(rng.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        for line in rest.splitlines():
            ids = line.split()
            # a line cut by the kill was never fully acknowledged: skip it
            if len(ids) == 5 and all(len(i) == 36 for i in ids):
                acknowledged.update(ids)
        with vault_files.open() as vault:
            assert vault.check() == [], f"round {round_number}"
            stored = {n.id for n in vault.records.list(Note)}
            assert acknowledged <= stored, f"round {round_number} lost rows"
            # whole transactions only: every note belongs to a group of five
            assert len(stored) % 5 == 0
    assert len(acknowledged) >= rounds * 5
    FAULT_REPORT.append(
        f"writer SIGKILLs: {rounds} survived, {len(acknowledged)} acknowledged rows, 0 lost"
    )


def test_a_killed_opener_leaves_no_trace(vault_files: VaultFiles) -> None:
    before = fingerprint(vault_files.path.parent)
    holder = _python(HOLDER, str(vault_files.path), vault_files.passphrase)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with vault_files.open() as vault:
        assert vault.records.list(Note) == []
    assert fingerprint(vault_files.path.parent) == before
