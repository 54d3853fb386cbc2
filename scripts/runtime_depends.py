"""Check that every system library the running app loaded comes with the .deb's dependencies.

A library missing from `Depends:` works here (the build machine has it) and
fails on a fresh desktop ("could not load the Qt platform plugin xcb"). The
app is started by scripts/package_smoke.sh; this reads the libraries it has
mapped (/proc/PID/maps), finds their Debian packages, and says which of them
no declared dependency brings, directly or through its own dependencies.
Standard library only.

Usage: python scripts/runtime_depends.py PACKAGE.deb MAPS_FILE BUNDLE_ROOT
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def loaded_libraries(maps: str, bundle: str) -> set[str]:
    """The shared libraries in a /proc/PID/maps dump, except the package's own."""
    paths = set()
    for line in maps.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6 and ".so" in fields[5] and not fields[5].startswith(bundle):
            paths.add(fields[5].strip())
    return paths


def owners(paths: set[str]) -> set[str]:
    """The installed Debian packages that hold these files (merged /usr understood)."""
    found = set()
    for path in sorted(paths):
        candidates = [path]
        if path.startswith("/usr/lib/"):
            candidates.append(path.removeprefix("/usr"))  # dpkg may record /lib/…
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                found.add(result.stdout.split(":", 1)[0].strip())
                break
    return found


def names(depends: str) -> set[str]:
    """Package names in a Depends field: versions, architectures and alternatives dropped."""
    found = set()
    for clause in depends.split(","):
        for alternative in clause.split("|"):
            name = re.sub(r"\(.*?\)|:\w+", "", alternative).strip()
            if name:
                found.add(name)
    return found


def installed_depends(package: str) -> set[str]:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Depends},${Pre-Depends}", package],
        capture_output=True,
        text=True,
    )
    return names(result.stdout) if result.returncode == 0 else set()


def closure(declared: set[str]) -> set[str]:
    """Everything the declared dependencies bring, following installed packages' Depends."""
    seen: set[str] = set()
    todo = list(declared)
    while todo:
        package = todo.pop()
        if package not in seen:
            seen.add(package)
            todo.extend(installed_depends(package) - seen)
    return seen


def undeclared(deb: Path, maps: str, bundle: str) -> list[str]:
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], check=True, capture_output=True, text=True
    ).stdout
    return sorted(owners(loaded_libraries(maps, bundle)) - closure(names(depends)))


def main() -> int:
    deb, maps_file, bundle = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    missing = undeclared(deb, maps_file.read_text(), bundle)
    if missing:
        print(
            f"runtime_depends: the app loads libraries from {', '.join(missing)}, which no "
            "dependency of the package brings: add them to system_runtime_requires in "
            "briefcase.toml",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
