"""Bench: one musette on two computers — a snapshot, and a merge, against the verified backup alone.

The reference is what the person already pays at every close: a verified backup of the
same vault (pack, reopen with the key, integrity check). A snapshot is that plus a copy
kept as a later merge base; a merge reads the other computer's snapshot and the two
copies both descend from, backs up first, writes one transaction and publishes again.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from vault import Unlock, Vault, records
from vault.kdf import cheap_params_for_tests
from vault.model import Experience, Skill
from vault.sync import join, publish, sync_now
from vault.sync_folder import DeviceState

_PASSPHRASE = "bench two computers"


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(items: list, size: int, repeat: int) -> list[tuple[str, float, float, str, bool]]:
    """(workload, musette ms, backup ms, target, met) for a snapshot and a merge at `size`."""
    root = Path(tempfile.mkdtemp(prefix="musette-bench-sync-"))
    try:
        folder = root / "Sync"
        folder.mkdir()
        laptop_path = root / "laptop.musette"
        created = Vault.create(laptop_path, _PASSPHRASE, kdf_params=cheap_params_for_tests())
        with created.vault as vault:
            with vault.transaction() as conn:
                for item in items[:size]:
                    records.add(conn, dataclasses.replace(item))
            laptop_state = root / "laptop-state"
            sync_now(vault, folder, state_dir=laptop_state)
        home_path = root / "home.musette"
        join(folder, home_path, Unlock(passphrase=_PASSPHRASE), state_dir=root / "home-state")

        snapshot_ms, backup_ms, merge_ms, merge_backup_ms = [], [], [], []
        for round_ in range(repeat):
            # A day's work on the home computer: 1 % of the records edited, 1 % added.
            with Vault.open(home_path, Unlock(recovery_code=created.recovery_hex)) as home:
                skills = home.records.list(Skill)[: max(1, size // 100)]
                with home.batch() as batch:
                    for skill in skills:
                        batch.update(dataclasses.replace(skill, note=f"jour {round_}"))
                    for n in range(max(1, size // 100)):
                        batch.add(Experience(title=f"Mission {round_}-{n}"))
                sync_now(home, folder, state_dir=root / "home-state")
            with Vault.open(laptop_path, Unlock(recovery_code=created.recovery_hex)) as laptop:
                backups = root / f"backups-{round_}"
                merge_backup_ms.append(_ms(lambda: laptop.backup(backups)))  # noqa: B023
                merge_ms.append(
                    _ms(lambda: sync_now(laptop, folder, state_dir=laptop_state))  # noqa: B023
                )
                with laptop.batch() as batch:
                    batch.add(Skill(label=f"compétence {round_}"))
                state = DeviceState.load(laptop_state, laptop.vault_id)
                snapshot_ms.append(_ms(lambda: publish(laptop, folder, state)))  # noqa: B023
                backup_ms.append(_ms(lambda: laptop.backup(root / "backups")))
            shutil.rmtree(backups, ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    snapshot, backup = (
        sorted(snapshot_ms)[len(snapshot_ms) // 2],
        sorted(backup_ms)[len(backup_ms) // 2],
    )
    merge = sorted(merge_ms)[len(merge_ms) // 2]
    merge_backup = sorted(merge_backup_ms)[len(merge_backup_ms) // 2]
    return [
        (
            "sync: this computer's snapshot into the folder",
            snapshot,
            backup,
            "≤ 2 × the verified backup alone (it is one, plus the copy kept as a merge base)",
            snapshot <= 2 * backup,
        ),
        (
            "sync: merge the other computer's day (1 % edited, 1 % added)",
            merge,
            merge_backup,
            "≤ 8 × the verified backup alone",
            merge <= 8 * merge_backup,
        ),
    ]
