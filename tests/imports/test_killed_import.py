"""An import killed at any moment leaves the vault as it was before, or with the whole import."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import FAULT_REPORT, VaultFiles
from tests.support.archives import big_resume
from vault import Unlock, Vault

ROOT = Path(__file__).resolve().parents[2]


def test_imports_killed_at_random_moments_are_all_or_nothing(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    resume = tmp_path / "cv.json"
    # Big enough that the write takes about a second, so kills land inside it too.
    resume.write_text(json.dumps(big_resume(20_000), ensure_ascii=False), "utf-8")
    with vault_files.open() as vault:
        before = vault.stats()
    whole = dict(before)
    for record_type, count in {"person": 1, "experience": 5_000, "education": 5_000,
                               "skill": 5_000, "contact": 5_000}.items():  # fmt: skip
        whole[record_type] += count
    rng = random.Random(6)
    rounds = int(os.environ.get("MUSETTE_KILL_ROUNDS", "10"))
    outcomes = []
    env = dict(os.environ, MUSETTE_PASSPHRASE=vault_files.passphrase)
    for round_number in range(rounds):
        # a fresh copy each round, so that every kill can land in a first import
        target = tmp_path / f"round-{round_number}" / "ma.musette"
        target.parent.mkdir()
        shutil.copy2(vault_files.path, target)
        shutil.copy2(vault_files.key_path, f"{target}-keys")
        importer = subprocess.Popen(
            [sys.executable, "-m", "musette_desktop", "import", "json-resume", str(resume),
             "--vault", str(target)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 3.5))  # start-up, reading, then about 1.3 s of writing
        importer.send_signal(signal.SIGKILL)
        importer.wait()
        with Vault.open(target, Unlock(passphrase=vault_files.passphrase)) as vault:
            assert vault.check() == []
            stats = vault.stats()
        assert stats in (before, whole)
        outcomes.append("whole" if stats == whole else "nothing")
    FAULT_REPORT.append(
        f"import SIGKILLs: {rounds} survived ({outcomes.count('nothing')} before the commit, "
        f"{outcomes.count('whole')} after), never half an import"
    )
