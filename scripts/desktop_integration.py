"""Put Musette's desktop files into Briefcase's Linux bundle, and check the .deb has them.

Briefcase's template writes a generic desktop entry and icons named after the
bundle identifier. The files people's desktops read are ours, validated by
`make package-check` in resources/linux: `install` replaces the template's
with them (one launcher, one icon name, the MIME type, the AppStream
metadata); `check` reads the built .deb back and says what is missing.
Standard library only: it runs on Debian's own Python beside Briefcase.

Usage: python scripts/desktop_integration.py install PROJECT_ROOT
       python scripts/desktop_integration.py check PACKAGE.deb
"""

from __future__ import annotations

import argparse
import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
# What desktops read under /usr/share; the template's versions are replaced whole.
SHARED_DIRS = ("applications", "metainfo", "mime", "icons")
# The app's own data, read beside its code (ui/i18n.py, vault/rights.py, vault/taxonomy.py).
APP = "usr/lib/musette/app"


def desktop_entry(resources: Path = RESOURCES) -> Path:
    (entry,) = (resources / "linux").glob("*.desktop")
    return entry


def icon_name(entry: Path) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(entry, encoding="utf-8")
    return parser["Desktop Entry"]["Icon"]


def icon_sizes(resources: Path = RESOURCES) -> list[int]:
    names = (resources / "icons").glob("musette-*.png")
    return sorted(
        int(m.group(1)) for p in names if (m := re.fullmatch(r"musette-(\d+)\.png", p.name))
    )


def placements(resources: Path = RESOURCES) -> dict[str, Path]:
    """Where each desktop file goes in the package (relative path → source)."""
    entry = desktop_entry(resources)
    app_id = entry.stem
    icon = icon_name(entry)
    linux = resources / "linux"
    placed = {
        f"usr/share/applications/{entry.name}": entry,
        f"usr/share/metainfo/{app_id}.metainfo.xml": linux / f"{app_id}.metainfo.xml",
        f"usr/share/mime/packages/{app_id}.xml": linux / "musette-mime.xml",
        f"usr/share/icons/hicolor/scalable/apps/{icon}.svg": resources / "icons" / "musette.svg",
    }
    for size in icon_sizes(resources):
        placed[f"usr/share/icons/hicolor/{size}x{size}/apps/{icon}.png"] = (
            resources / "icons" / f"musette-{size}.png"
        )
    return placed


def install(project: Path, resources: Path = RESOURCES) -> list[str]:
    """Replace the template's desktop files in the bundle's root with ours."""
    share = project / "usr" / "share"
    for name in SHARED_DIRS:
        shutil.rmtree(share / name, ignore_errors=True)
    placed = placements(resources)
    for relative, source in placed.items():
        target = project / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o644)
    return sorted(placed)


def required(resources: Path = RESOURCES) -> list[str]:
    """Every path the package must hold for the app to work and to belong on the desktop."""
    data = [
        f"{APP}/resources/translations/{ts.with_suffix('.qm').name}"
        for ts in (resources / "translations").glob("*.ts")
    ]
    data += [
        f"{APP}/resources/rights/{rules.name}" for rules in (resources / "rights").glob("*.json")
    ]
    data += [f"{APP}/resources/esco.sqlite", "usr/bin/musette"]
    return sorted(placements(resources)) + sorted(data)


def missing_from(listing: list[str], resources: Path = RESOURCES) -> list[str]:
    held = {line.removeprefix("./") for line in listing}
    problems = [f"missing {path}" for path in required(resources) if path not in held]
    entries = [
        p for p in held if p.startswith("usr/share/applications/") and p.endswith(".desktop")
    ]
    if len(entries) != 1:
        problems.append(f"{len(entries)} desktop entries instead of one: {sorted(entries)}")
    return problems


def check(deb: Path) -> list[str]:
    output = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(deb)], check=True, capture_output=True
    ).stdout
    listing = subprocess.run(
        ["tar", "-t"], input=output, check=True, capture_output=True
    ).stdout.decode()
    return missing_from([line.rstrip("/") for line in listing.splitlines()])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=("install", "check"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.action == "install":
        for relative in install(args.path):
            print(f"installed {relative}")
        return 0
    problems = check(args.path)
    for problem in problems:
        print(f"desktop_integration: {args.path.name}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
