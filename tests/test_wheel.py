"""`pip install .` gives a working Musette: every subpackage and resource, in a fresh venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "roue de secours pour le paquet"
LEFT_OUT = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    "tests",
    "docs",
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel built from this checkout (and, beside, its deps)."""
    folder = tmp_path_factory.mktemp("wheel")
    # A clean copy: building in the checkout would reuse its build/ folder, stale files and all.
    source = folder / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFT_OUT))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(folder / "dist")],
        check=True, cwd=folder, capture_output=True,
    )  # fmt: skip
    (wheel,) = (folder / "dist").glob("musette-*.whl")
    env_dir = folder / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )  # fmt: skip
    # The third-party libraries come from the test's own environment, appended after
    # the new venv's own site-packages; a plain path line runs none of that
    # environment's .pth files, so the editable checkout of Musette stays out.
    (purelib / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        check=True, cwd=folder, capture_output=True,
    )  # fmt: skip
    return env_dir


def _run(env_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": f"{env_dir / 'bin'}:/usr/bin:/bin",
        "HOME": str(cwd),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "MUSETTE_PASSPHRASE": PASSPHRASE,
    }
    return subprocess.run(
        [str(env_dir / "bin" / "musette"), *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_wheel_holds_every_subpackage_and_resource(installed: Path, tmp_path: Path) -> None:
    python = installed / "bin" / "python"
    code = (
        "import pathlib, resources, vault, exporters.readers.linkedin, exporters.actions.export\n"
        "print(pathlib.Path(vault.__file__).parent.parent)\n"
        "print(resources.path('rights', '2026.json').is_file())\n"
        "print(resources.path('translations', 'musette_en.qm').is_file())\n"
    )
    out = subprocess.run(
        [python, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.split()
    assert Path(out[0]).is_relative_to(installed), "Musette came from the checkout, not the wheel"
    assert out[1:] == ["True", "True"]


def test_demo_export_and_window_work_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    made = _run(installed, "demo", str(tmp_path / "demo.musette"), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    exported = _run(
        installed, "export", "cv", str(tmp_path / "cv.pdf"), "--vault",
        str(tmp_path / "demo.musette"), cwd=tmp_path,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "cv.pdf").read_bytes().startswith(b"%PDF-")
    window = subprocess.run(
        [str(installed / "bin" / "musette"), str(tmp_path / "demo.musette")],
        cwd=tmp_path,
        env={**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
             "MUSETTE_EXIT_AFTER_SHOW": "1", "PATH": f"{installed / 'bin'}:/usr/bin:/bin"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert window.returncode == 0, window.stderr
