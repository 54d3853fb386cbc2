"""Bridge briefcase.toml to Briefcase, which reads only [tool.briefcase] in pyproject.toml.

Writes a build copy of the project whose pyproject.toml is ours plus the
briefcase.toml tables, with the version and requirements taken from pyproject
(one place for each). `--check` then parses it with Briefcase's own parser for
every platform declared.

Usage: python scripts/briefcase_bridge.py BUILD_DIR [--check] [--esco ESCO_FOLDER_OR_ZIP]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = (
    "musette_desktop",
    "ui",
    "vault",
    "exporters",
    "resources",
    "LICENSE",
    "CHANGELOG.md",
    "README.md",
)
# Each platform with the icon files Briefcase takes for it.
PLATFORMS = {
    ("linux", "system"): [f"-{size}.png" for size in (16, 32, 64, 128, 256, 512)],
    ("windows", "app"): [".ico"],
    ("macOS", "app"): [".icns"],
}


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "musette_desktop" / "__init__.py").read_text(), namespace)  # noqa: S102 (our own file)
    return namespace["__version__"]


def bridged_text() -> str:
    """pyproject.toml, then briefcase.toml with the version and requirements filled in."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    briefcase = (ROOT / "briefcase.toml").read_text()
    tomllib.loads(briefcase)  # fail early, with the file's own line numbers
    requires = json.dumps(project["dependencies"], ensure_ascii=False)
    briefcase = briefcase.replace(
        "[tool.briefcase]\n", f'[tool.briefcase]\nversion = "{version()}"\n', 1
    ).replace(
        "[tool.briefcase.app.musette]\n",
        f"[tool.briefcase.app.musette]\nrequires = {requires}\n",
        1,
    )
    # The launcher package below is where Briefcase starts the app.
    briefcase = briefcase.replace(
        'sources = ["musette_desktop",', 'sources = ["musette", "musette_desktop",', 1
    )
    pyproject = (ROOT / "pyproject.toml").read_text()
    text = pyproject + "\n# ---- bridged from briefcase.toml ----\n" + briefcase
    tomllib.loads(text)
    return text


def build(out: Path) -> Path:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, out / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        else:
            shutil.copy2(source, out / name)
    # Briefcase starts `python -m <app name>`: a two-line launcher package
    # named after the app, in the build copy only.
    launcher = out / "musette"
    launcher.mkdir()
    (launcher / "__init__.py").write_text(
        '"""Briefcase\'s entry: runs the musette_desktop app."""\n'
    )
    (launcher / "__main__.py").write_text("from musette_desktop.main import main\n\nmain()\n")
    (out / "pyproject.toml").write_text(bridged_text())
    return out / "pyproject.toml"


def ship_taxonomy(esco: Path, out: Path) -> None:
    """Build the ESCO taxonomy into the copy's resources, where the installed app reads it."""
    sys.path.insert(0, str(ROOT))
    from vault.taxonomy import import_esco

    counts = import_esco(esco, out / "resources" / "esco.sqlite")
    print(f"ESCO taxonomy shipped: {counts['skill']} skills, {counts['occupation']} occupations")


def ship_reference(rome: Path, out: Path) -> None:
    """Build the ROME 4.0 job directory (and Diagoriente's lists beside it) into the copy's
    resources, where the app reads it."""
    sys.path.insert(0, str(ROOT))
    from vault.reference import import_rome

    counts = import_rome(rome, out / "resources" / "reference.sqlite")
    print(f"ROME {counts['release']} shipped: {counts['jobs']} jobs, {counts['titles']} titles")
    if "diagoriente_competences" in counts:
        print(f"Diagoriente shipped: {counts['diagoriente_activities']} activities")


def check(config: Path) -> None:
    from briefcase.config import parse_config
    from briefcase.console import Console

    for (platform, output_format), icon_files in PLATFORMS.items():
        _, apps = parse_config(
            config, platform=platform, output_format=output_format, console=Console()
        )
        app = apps["musette"]
        assert app["version"] == version(), "the version must come from one place"
        for base in (app["icon"], app["document_type"]["vault"]["icon"]):
            for ending in icon_files:
                if not (config.parent / f"{base}{ending}").exists():
                    raise SystemExit(f"briefcase_bridge: missing icon {base}{ending}")
        print(f"briefcase accepts the {platform} {output_format} configuration")
    for sources in (config.parent / "resources" / "translations").glob("*.ts"):
        if not sources.with_suffix(".qm").exists():
            raise SystemExit(
                f"briefcase_bridge: {sources.stem}.qm not compiled: run make translations"
            )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", action="store_true")
    parser.add_argument(
        "--esco", type=Path, help="ESCO folder or ZIP: ship the skills taxonomy built from it"
    )
    parser.add_argument(
        "--rome", type=Path, help="ROME 4.0 folder: ship the job directory built from it"
    )
    args = parser.parse_args()
    config = build(args.out)
    if args.esco:
        ship_taxonomy(args.esco, args.out)
    if args.rome:
        ship_reference(args.rome, args.out)
    if args.check:
        check(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
