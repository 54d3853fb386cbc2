"""A new data key after a compromise: the old file stays usable until the new one is verified."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import FAULT_REPORT, PASSPHRASE, VaultFiles
from vault import Unlock, Vault, WrongKey
from vault.kdf import cheap_params_for_tests
from vault.model import Note, Skill

ROOT = Path(__file__).resolve().parents[2]


def test_rotation_re_encrypts_under_a_new_key_and_keeps_every_record(
    demo_files: VaultFiles,
) -> None:
    with demo_files.open() as vault:
        before = vault.stats()
        code, hex_key = vault.rotate_data_key(
            "nouvelle phrase", kdf_params=cheap_params_for_tests()
        )
    assert not vault.is_open
    with Vault.open(demo_files.path, Unlock(passphrase="nouvelle phrase")) as vault:
        assert vault.stats() == before
        assert vault.check() == []
        assert [h.title for h in vault.records.search("logistique")]
    Vault.open(demo_files.path, Unlock(recovery_code=code)).close()
    for old in (Unlock(passphrase=PASSPHRASE), Unlock(recovery_code=demo_files.recovery_code)):
        with pytest.raises(WrongKey):
            Vault.open(demo_files.path, old)
    db = sqlcipher3.connect(str(demo_files.path))
    db.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    assert db.execute("SELECT count(*) FROM skill").fetchone()[0] == before["skill"]
    db.close()
    assert sorted(p.name for p in demo_files.path.parent.iterdir()) == [
        "demo.musette",
        "demo.musette-keys",
    ]


ROTATOR = """
import sys
from vault import Unlock, Vault
from vault.kdf import cheap_params_for_tests
from vault.model import Note
path, old, new = sys.argv[1], sys.argv[2], sys.argv[3]
vault = Vault.open(path, Unlock(passphrase=old))
vault.records.add(Note(title="x" * 100_000))
print("rotating", flush=True)
vault.rotate_data_key(new, kdf_params=cheap_params_for_tests())
print("rotated", flush=True)
"""


def test_a_rotation_killed_at_any_moment_leaves_a_vault_that_opens(vault_files: VaultFiles) -> None:
    old, new = PASSPHRASE, "la clé a changé"
    for n in range(30):
        with vault_files.open() as vault:
            vault.records.add(Skill(label=f"compétence {n}"))
            count = vault.stats()["skill"]
        child = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(ROTATOR), str(vault_files.path), old, new],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        child.stdout.readline()
        time.sleep((n % 10) * 0.004)
        child.send_signal(signal.SIGKILL)
        child.wait()
        opened_with = None
        for passphrase in (old, new):
            try:
                with Vault.open(vault_files.path, Unlock(passphrase=passphrase)) as vault:
                    assert vault.check() == []
                    assert vault.stats()["skill"] == count
                opened_with = passphrase
                break
            except WrongKey:
                continue
        assert opened_with is not None, f"round {n}: neither passphrase opens the vault"
        if opened_with == new:  # the rotation had switched: start the next round from it
            old, new = new, old
    names = sorted(p.name for p in vault_files.path.parent.iterdir())
    assert names == ["ma.musette", "ma.musette-keys"]
    FAULT_REPORT.append("data-key rotation SIGKILLs: 30 survived, 0 vaults left unopenable")


def test_a_note_added_after_rotation_stays(vault_files: VaultFiles) -> None:
    with vault_files.open() as vault:
        vault.rotate_data_key("autre phrase", kdf_params=cheap_params_for_tests())
    with Vault.open(vault_files.path, Unlock(passphrase="autre phrase")) as vault:
        vault.records.add(Note(title="après"))
    with Vault.open(vault_files.path, Unlock(passphrase="autre phrase")) as vault:
        assert [n.title for n in vault.records.list(Note)] == ["après"]
