"""The layers, enforced like a build rule: what each package may import, read from its code."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The formats themselves: they take and give plain records and bytes, never a vault.
PURE = ("exporters/readers", "exporters/writers", "exporters/credentials")
PURE_FILES = tuple(
    f"exporters/{name}.py"
    for name in ("career", "share", "words", "levels", "json_resume_map", "registry")
)


def modules_of(*packages: str) -> list[str]:
    """Every module of those packages, by dotted name, found on disk (none forgotten)."""
    found = []
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def imported_names(path: Path) -> set[str]:
    """The modules a file imports, absolute, at any depth (lazy imports included)."""
    tree = ast.parse(path.read_text("utf-8"))
    package = ".".join(path.relative_to(ROOT).parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def test_every_module_of_vault_and_exporters_loads_without_qt_or_the_app() -> None:
    wanted = modules_of("vault", "exporters")
    assert len(wanted) > 60  # every module, not a sample
    code = (
        "import importlib, json, sys\n"
        f"for name in {wanted!r}:\n"
        "    importlib.import_module(name)\n"
        "shell = ('PySide6', 'ui', 'musette_desktop')\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in shell]\n"
        "print(json.dumps(sorted(loaded)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_readers_writers_and_credentials_never_take_a_vault() -> None:
    files = [p for folder in PURE for p in sorted((ROOT / folder).rglob("*.py"))]
    files += [ROOT / name for name in PURE_FILES]
    assert len(files) > 30
    for path in files:
        names = imported_names(path)
        forbidden = {
            n for n in names
            if n.startswith(("vault.vault", "vault.areas", "vault.sql", "exporters.actions"))
            or n in ("vault.Vault", "sqlcipher3")
        }  # fmt: skip
        assert not forbidden, f"{path.relative_to(ROOT)} imports {sorted(forbidden)}"


def test_nothing_imports_the_app_shell_and_vault_imports_no_exporter() -> None:
    for package in ("vault", "exporters", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            names = imported_names(path)
            assert not any(n.startswith("musette_desktop") for n in names), path
            if package == "vault":
                assert not any(n.startswith(("exporters", "ui")) for n in names), path
            if package == "exporters":
                assert not any(n.startswith("ui") for n in names), path


CONNECTION_USE = re.compile(r"\.transaction\(\)|\.reader\(\)|\._connection\b|\.execute\(")


def test_the_connection_never_leaves_vault() -> None:
    """Outside vault/, nobody opens a transaction on the connection or asks for it."""
    for package in ("ui", "musette_desktop", "exporters", "scripts"):
        for path in (ROOT / package).rglob("*.py"):
            found = CONNECTION_USE.search(path.read_text("utf-8"))
            assert found is None, f"{path.relative_to(ROOT)} uses {found.group(0)}"
