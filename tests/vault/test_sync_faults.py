"""A sync folder pulled out mid-write, a full disk while writing the snapshot: one clear refusal,
the musette untouched, the folder's good snapshots intact, and the next sync goes through."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import VaultFiles
from tests.vault.test_sync import Computer
from vault import Unlock, backup, sync_folder
from vault.errors import SyncRefused
from vault.model import Experience, Note
from vault.sync import join, sync_now
from vault.sync_folder import candidates

ROOT = Path(__file__).resolve().parents[2]


def _contents(computer: Computer) -> dict[str, list[str]]:
    with computer.open() as vault:
        assert vault.check() == []
        return {
            "experience": sorted(e.title for e in vault.records.list(Experience)),
            "note": sorted(n.title for n in vault.records.list(Note)),
        }


def test_a_usb_stick_pulled_while_the_snapshot_is_written_is_one_refusal_and_loses_nothing(
    vault_files: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "CLE-USB" / "Musette"
    stick.mkdir(parents=True)
    laptop = Computer(vault_files.path, tmp_path / "state", vault_files.passphrase)
    with laptop.open() as vault:
        vault.records.add(Experience(title="Cariste"))
    laptop.sync(stick)
    with laptop.open() as vault:
        vault.records.add(Note(title="écrite juste avant de débrancher"))
    before = _contents(laptop)
    written = stick / sync_folder.snapshot_name(_device(laptop))

    pack = backup.pack

    def pulled_out_after_the_bytes(tmp: Path, *args: object) -> None:
        pack(tmp, *args)  # type: ignore[arg-type]
        written.unlink()
        tmp.unlink()
        stick.rmdir()  # the stick is gone before the snapshot takes its name

    monkeypatch.setattr(sync_folder.backup, "pack", pulled_out_after_the_bytes)
    with laptop.open() as vault, pytest.raises(SyncRefused) as refused:
        sync_now(vault, stick, state_dir=laptop.state)
    assert refused.value.why == "folder_gone"
    monkeypatch.undo()
    assert _contents(laptop) == before  # nothing in the musette changed or went missing

    stick.mkdir()  # plugged back in, empty: the next sync writes the snapshot again
    laptop.sync(stick)
    home = Computer(tmp_path / "home.musette", tmp_path / "home-state", vault_files.passphrase)
    join(stick, home.vault, Unlock(passphrase=home.passphrase), state_dir=home.state)
    assert _contents(home) == before


def _device(computer: Computer) -> str:
    with computer.open() as vault:
        return sync_folder.DeviceState.load(computer.state, vault.vault_id).device


# The child caps every file it writes (RLIMIT_FSIZE) below the size of the snapshot, as a full
# disk would stop it, and ignores SIGXFSZ so that the write fails with EFBIG.
FILL = """
import json, os, resource, signal, sys
from pathlib import Path
from vault import StorageFull, Unlock, Vault
from vault.model import Note
from vault.sync import sync_now
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
vault_path, passphrase, folder, state = sys.argv[1:5]
with Vault.open(Path(vault_path), Unlock(passphrase=passphrase)) as vault:
    for n in range(200):
        vault.records.add(Note(title=f"note {n}", body="x" * 2000))
    limit = os.path.getsize(vault_path) // 2
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        sync_now(vault, Path(folder), state_dir=Path(state))
        outcome = "written"
    except StorageFull:
        outcome = "StorageFull"
print(json.dumps({"outcome": outcome}))
"""


def test_a_full_disk_while_writing_the_snapshot_leaves_the_last_good_one_and_the_musette(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    folder = tmp_path / "Nextcloud" / "Musette"
    folder.mkdir(parents=True)
    laptop = Computer(vault_files.path, tmp_path / "state", vault_files.passphrase)
    with laptop.open() as vault:
        vault.records.add(Experience(title="Cariste"))
    laptop.sync(folder)
    [good] = folder.iterdir()
    good_bytes = good.read_bytes()

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(FILL),
            str(laptop.vault),
            laptop.passphrase,
            str(folder),
            str(laptop.state),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"outcome": "StorageFull"}
    # No half-written file beside the last good snapshot, which still verifies.
    assert [p.name for p in folder.iterdir()] == [good.name]
    assert good.read_bytes() == good_bytes
    found, skipped = candidates(folder)
    assert len(found) == 1 and skipped == []
    # The 200 notes written before the disk filled are all there, and the next sync sends them.
    assert len(_contents(laptop)["note"]) == 200
    laptop.sync(folder)
    home = Computer(tmp_path / "home.musette", tmp_path / "home-state", vault_files.passphrase)
    join(folder, home.vault, Unlock(passphrase=home.passphrase), state_dir=home.state)
    assert len(_contents(home)["note"]) == 200
