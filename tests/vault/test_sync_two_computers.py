"""Two computers live random days on one musette, syncing through one folder: nothing is lost.

Real vaults, a real folder, real snapshots: each step adds a job, renames one, trashes one,
adds a document, or syncs. After both computers sync twice, they hold the same records,
every record either created is there, and every rename is in the result or in an open
conflict with both values, unless the other computer renamed it again after seeing it.
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import VaultFiles
from vault import Unlock, Vault
from vault.model import Document, Experience
from vault.sync import conflicts, join, sync_now

_step = st.tuples(
    st.sampled_from(["laptop", "home"]),
    st.sampled_from(["add", "rename", "rename", "trash", "document", "sync", "sync"]),
    st.integers(0, 2),
    st.sampled_from(["Cariste", "Soudeuse", "Nguyễn Thị Lan", "Водитель"]),
)
_runs = itertools.count()


@dataclasses.dataclass
class Side:
    """One computer: its vault, its sync state, and what it wrote and saw (for the checks)."""

    vault: Path
    state: Path
    created: set[str] = dataclasses.field(default_factory=set)
    wrote: dict[str, str] = dataclasses.field(default_factory=dict)  # last title it gave
    seen: dict[str, str] = dataclasses.field(default_factory=dict)  # titles it merged in
    seen_when_wrote: dict[str, str | None] = dataclasses.field(default_factory=dict)
    published: dict[str, str] = dataclasses.field(default_factory=dict)

    def open(self) -> Vault:
        return Vault.open(self.vault, Unlock(recovery_code=_CODE[0]))


_CODE = [""]


def _sync(side: Side, other: Side, folder: Path) -> None:
    with side.open() as vault:
        sync_now(vault, folder, state_dir=side.state)
    # It published what it wrote, and merged what the other had published.
    side.published = dict(side.wrote)
    side.seen.update(other.published)


def _rows(vault: Vault) -> dict[str, dict[str, Any]]:
    found = {}
    for cls in (Experience, Document):
        for record in vault.records.list(cls):
            found[record.id] = dict(vars(record))
    return found


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_step, min_size=1, max_size=12))
@example(  # both rename the same job before syncing: a conflict on both computers
    steps=[
        ("laptop", "add", 0, "Cariste"),
        ("laptop", "sync", 0, ""),
        ("home", "sync", 0, ""),
        ("laptop", "rename", 0, "Soudeuse"),
        ("home", "rename", 0, "Водитель"),
    ]
)
def test_two_computers_end_the_same_and_lose_nothing(
    steps: list[tuple[str, str, int, str]], vault_files: VaultFiles, tmp_path: Path
) -> None:
    _CODE[0] = vault_files.recovery_hex
    run = tmp_path / f"run{next(_runs)}"
    folder = run / "Sync"
    folder.mkdir(parents=True)
    laptop = Side(run / "laptop.musette", run / "laptop-state")
    shutil.copy(vault_files.path, laptop.vault)
    shutil.copy(vault_files.key_path, laptop.vault.with_name("laptop.musette-keys"))
    with laptop.open() as vault:
        sync_now(vault, folder, state_dir=laptop.state)
    home = Side(run / "home.musette", run / "home-state")
    join(folder, home.vault, Unlock(passphrase=vault_files.passphrase), state_dir=home.state)
    sides = {"laptop": (laptop, home), "home": (home, laptop)}

    for who, action, which, title in steps:
        side, other = sides[who]
        if action == "sync":
            _sync(side, other, folder)
            continue
        with side.open() as vault:
            jobs = sorted(vault.records.list(Experience), key=lambda e: e.id)
            if action == "add" or (action in ("rename", "trash") and not jobs):
                job = Experience(title=title)
                vault.records.add(job)
                side.created.add(job.id)
                side.wrote[job.id] = title
            elif action == "rename":
                job = jobs[which % len(jobs)]
                vault.records.update(dataclasses.replace(job, title=title))
                if job.title == title:
                    continue  # the same title again changes nothing the other must keep
                side.wrote[job.id] = title
                side.seen_when_wrote[job.id] = side.seen.get(job.id)
            elif action == "trash":
                vault.records.move_to_trash(Experience, jobs[which % len(jobs)].id)
            else:
                document = vault.documents.add(f"{title}.txt", title.encode())
                side.created.add(document.id)

    for side, other in (sides["laptop"], sides["home"], sides["laptop"], sides["home"]):
        _sync(side, other, folder)

    with laptop.open() as a, home.open() as b:
        on_laptop, at_home = _rows(a), _rows(b)
        open_conflicts = conflicts(a)
        assert {c.id for c in open_conflicts} == {c.id for c in conflicts(b)}
        with_trash = set(on_laptop) | {record.id for record in a.records.trashed()}
        contents = {d.id: a.documents.content(d.id) for d in a.records.list(Document)}
        assert contents == {d.id: b.documents.content(d.id) for d in b.records.list(Document)}
    # Both hold the same records.
    assert on_laptop == at_home
    # No record created on either side is missing (trash included: nothing was emptied).
    assert laptop.created | home.created <= with_trash
    # Every rename is the title, or waits in a conflict, unless renamed again knowingly.
    kept = {(c.record_id, v) for c in open_conflicts for v in (c.first, c.second)}
    for side, other in (sides["laptop"], sides["home"]):
        for record_id, title in side.wrote.items():
            if record_id not in on_laptop:
                continue  # in the trash on both
            overwritten_knowingly = (
                record_id in other.wrote and other.seen_when_wrote.get(record_id) == title
            )
            assert (
                on_laptop[record_id]["title"] == title
                or (record_id, title) in kept
                or overwritten_knowingly
            ), (record_id, title)
