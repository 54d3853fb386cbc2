"""The child that builds documents never outlives the app that started it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# An app that starts the builder child, then dies without stopping it (a crash, a kill -9).
DYING_APP = """
import multiprocessing, os, time
from concurrent.futures import ProcessPoolExecutor

from exporters import build_child

if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")  # as ui/build_process.py
    progress, cancel = context.Value("i", 0), context.Value("i", 0)
    pool = ProcessPoolExecutor(
        1, mp_context=context, initializer=build_child.start, initargs=(progress, cancel)
    )
    pool.submit(time.sleep, 60)  # a long build
    while not pool._processes:
        time.sleep(0.01)
    print(next(iter(pool._processes)), flush=True)
    time.sleep(0.5)  # the child is up and building
    os._exit(9)  # no goodbye
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_a_builder_child_ends_when_its_app_dies_without_a_word() -> None:
    app = subprocess.run(
        [sys.executable, "-c", DYING_APP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    child = int(app.stdout.split()[0])
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child), "the child still holds the records after the app died"


def test_a_career_sent_in_pieces_arrives_whole_and_in_order() -> None:
    from exporters import build_child
    from exporters.career import Career
    from vault.model import Person, Skill

    career = Career(
        person=Person(given_name="Thị Lan", family_name="Nguyễn"),
        records=tuple(Skill(label=f"compétence {n}") for n in range(build_child.PIECE * 2 + 7)),
        contents={"doc": b"%PDF-1.7 \x00\xff"},
        labels={"http://data.europa.eu/esco/skill/x": "souder"},
    )
    parts = build_child.packed(career)
    assert len(parts[1]) == 3  # two full pieces and 7 records
    assert build_child.unpacked(parts) == career
