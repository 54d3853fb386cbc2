"""Mutated vault and key files: opening gives typed errors only, never a crash or a hang."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FAULT_REPORT, PASSPHRASE, VaultFiles
from vault import Unlock, Vault, VaultError

EXAMPLES = int(os.environ.get("MUSETTE_FUZZ_EXAMPLES", "1500"))
COUNTS = {"opened": 0, "refused": 0}


def _try(path: Path, unlock: Unlock) -> None:
    try:
        with Vault.open(path, unlock) as vault:
            vault.stats()
            vault.records.search("cheffe")
            vault.check()
        COUNTS["opened"] += 1
    except VaultError:
        COUNTS["refused"] += 1


mutation = st.one_of(
    st.tuples(
        st.just("flip"),
        st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), min_size=1, max_size=8),
    ),
    st.tuples(st.just("truncate"), st.floats(0, 1)),
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(target=st.sampled_from(["database", "keys"]), change=mutation, use_code=st.booleans())
def test_mutated_files_only_ever_give_typed_errors(
    demo_files: VaultFiles, tmp_path_factory, target: str, change, use_code: bool
) -> None:
    folder = tmp_path_factory.mktemp("mutant")
    path = folder / "m.musette"
    shutil.copy2(demo_files.path, path)
    shutil.copy2(demo_files.key_path, folder / "m.musette-keys")
    victim = path if target == "database" else folder / "m.musette-keys"
    data = bytearray(victim.read_bytes())
    kind, detail = change
    if kind == "flip":
        for where, mask in detail:
            data[min(int(where * len(data)), len(data) - 1)] ^= mask
    else:
        data = data[: int(detail * len(data))]
    victim.write_bytes(bytes(data))
    unlock = (
        Unlock(recovery_code=demo_files.recovery_code)
        if use_code
        else Unlock(passphrase=PASSPHRASE)
    )
    _try(path, unlock)


def test_report_the_fuzzing() -> None:
    FAULT_REPORT.append(
        f"mutated files: {COUNTS['opened'] + COUNTS['refused']} tried, "
        f"{COUNTS['refused']} refused with a typed error, "
        f"{COUNTS['opened']} still opened, 0 crashes"
    )
