"""Import every module of the app from an unpacked package, as its launcher sets the paths.

Trimming the bundle (briefcase.toml's cleanup_paths) must never remove
something a screen or an exporter needs later than the first window: this
imports them all with only the package's own folders and Debian's standard
library on the path. Run by scripts/package_smoke.sh.

Usage: /usr/bin/python3 -I scripts/package_imports.py APP_DIR APP_PACKAGES_DIR
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

PACKAGES = ("musette_desktop", "ui", "vault", "exporters")


def main() -> int:
    app, app_packages = sys.argv[1], sys.argv[2]
    sys.path[:0] = [app, app_packages]
    count = 0
    for package in PACKAGES:
        importlib.import_module(package)
        for info in pkgutil.walk_packages([f"{app}/{package}"], prefix=f"{package}."):
            if not info.name.endswith("__main__"):  # that one starts the app
                importlib.import_module(info.name)
                count += 1
    print(f"package_imports: {count} modules load from the package")
    return 0


if __name__ == "__main__":
    sys.exit(main())
