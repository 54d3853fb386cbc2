"""The project as the product card fixes it: layout, packaging files, one version."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import musette_desktop

ROOT = Path(__file__).resolve().parents[1]


def test_the_top_level_is_the_one_the_product_card_fixes() -> None:
    for name in ("musette_desktop", "ui", "vault", "exporters", "resources", "tests"):
        assert (ROOT / name).is_dir(), name
    for name in ("pyproject.toml", "briefcase.toml", "README.md", "Makefile", ".ci/run"):
        assert (ROOT / name).is_file(), name


def test_the_version_comes_from_one_place() -> None:
    assert version("musette") == musette_desktop.__version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" in pyproject["project"]["dynamic"]


def test_briefcase_toml_names_real_sources_and_icon() -> None:
    config = tomllib.loads((ROOT / "briefcase.toml").read_text())["tool"]["briefcase"]
    app = config["app"]["musette"]
    assert app["sources"][-1] == "resources"
    for source in app["sources"][:-1]:
        assert (ROOT / source / "__init__.py").exists(), source
    assert (ROOT / f"{app['icon']}.svg").exists()
    assert app["document_type"]["vault"]["extension"] == "musette"


def test_the_console_script_is_declared() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["scripts"]["musette"] == "musette_desktop.main:main"
