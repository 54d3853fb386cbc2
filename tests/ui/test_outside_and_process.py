"""What the process leaves behind: no copy after a crash, no core dump, private folders."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ui import outside
from vault.fileio import private_folder

ROOT = Path(__file__).resolve().parents[2]


def test_a_copy_opened_outside_is_removed_at_the_next_start_after_a_kill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    crashing = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom ui import outside\n"
         "print(outside.write('fiche de paie.pdf', b'%PDF-1.4 salaire'), flush=True)\n"
         "time.sleep(60)"],
        cwd=ROOT, env={**os.environ, "XDG_RUNTIME_DIR": str(tmp_path)},
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert crashing.stdout is not None
    copy = Path(crashing.stdout.readline().strip())
    assert copy.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    crashing.send_signal(signal.SIGKILL)
    crashing.wait()
    assert copy.exists()  # the crash left it
    removed = outside.sweep()  # what the next start does
    assert not copy.exists() and copy.parent in removed


def test_a_running_musettes_copies_are_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    mine = outside.write("cv.pdf", b"%PDF")
    outside.sweep()
    assert mine.exists()
    outside.remove_mine()
    assert not mine.exists()


def test_a_loose_data_folder_is_tightened_to_its_owner(tmp_path: Path) -> None:
    data = tmp_path / "Musette"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    private_folder(data)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    fresh = private_folder(tmp_path / "new" / "Sauvegardes")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_musette_process_is_not_dumpable_and_writes_no_core() -> None:
    code = (
        "import resource\n"
        "from musette_desktop.hardening import harden, is_dumpable\n"
        "before = is_dumpable()\n"
        "harden()\n"
        "print(before, is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))"
    )
    out = (
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        .stdout.strip()
        .split(maxsplit=2)
    )
    assert out == ["True", "False", "(0, 0)"]
