"""A second, read-only connection for a worker: a consistent state, and nothing left behind."""

from __future__ import annotations

import threading

import pytest

from tests.conftest import VaultFiles, fingerprint
from vault import VaultError
from vault.model import Skill


def test_a_worker_reads_while_the_window_writes(vault_files: VaultFiles) -> None:
    with vault_files.open() as vault:
        vault.records.add(Skill(label="Soudure"))
        reading = vault.for_reading()
        found: list[str] = []

        def worker() -> None:
            found.extend(s.label for s in reading.records.list(Skill))

        thread = threading.Thread(target=worker)
        thread.start()
        vault.records.add(Skill(label="Cariste"))  # the window goes on writing
        thread.join()
        assert "Soudure" in found
        assert reading.read_only
        with pytest.raises(VaultError):
            reading.records.add(Skill(label="écrite par le lecteur"))
        reading.close()
        assert {s.label for s in vault.records.list(Skill)} >= {"Soudure", "Cariste"}
    before = fingerprint(vault_files.path.parent)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
