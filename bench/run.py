"""Musette's performance budget, measured as ratios against a reference in the same run.

`make bench` runs the full sizes and writes bench/results.json and docs/benchmarks.md;
`--smoke` (part of `make test`) runs the smallest size once so the suite cannot rot.
Timings are medians of several runs: these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vault import Unlock, Vault, records  # noqa: E402
from vault.kdf import cheap_params_for_tests  # noqa: E402
from vault.migrations import split_statements  # noqa: E402
from vault.model import Contact, Experience, Skill  # noqa: E402


@dataclass
class Result:
    workload: str
    size: int
    musette_ms: float
    reference_ms: float | None
    target: str
    met: bool

    @property
    def ratio(self) -> float | None:
        return self.musette_ms / self.reference_ms if self.reference_ms else None


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def make_records(size: int) -> list:
    """Skills, experiences and contacts in realistic proportions (6:3:1)."""
    items = []
    for n in range(size):
        kind = n % 10
        if kind < 6:
            items.append(Skill(label=f"Compétence {n} gestion des stocks", level=1 + n % 4))
        elif kind < 9:
            items.append(
                Experience(
                    title=f"Poste {n} préparateur",
                    organisation=f"Entreprise {n % 97}",
                    start_date=f"{2000 + n % 25}-0{1 + n % 9}",
                    description="Préparation de commandes, inventaires, caristes." * 3,
                )
            )
        else:
            items.append(
                Contact(given_name=f"Prénom{n}", family_name=f"Nom{n}", organisation="Réseau")
            )
    return items


def plain_sqlite(folder: Path) -> sqlite3.Connection:
    """The reference: plain SQLite, same schema and statements, same durability settings."""
    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN")
    script = (ROOT / "vault" / "migrations" / "m0001_initial.sql").read_text()
    for statement in split_statements(script):
        conn.execute(statement)
    conn.execute("COMMIT")
    return conn


def insert_all(conn, items) -> None:
    conn.execute("BEGIN IMMEDIATE")
    for item in items:
        records.add(conn, item)
    conn.execute("COMMIT")


def run(sizes: list[int], repeat: int) -> list[Result]:
    results: list[Result] = []
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix="musette-bench-"))
        try:
            results.extend(run_size(folder, size, repeat))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return results


def run_size(folder: Path, size: int, repeat: int) -> list[Result]:
    out: list[Result] = []
    items = make_records(size)
    created = Vault.create(folder / "bench.musette", "bench", kdf_params=cheap_params_for_tests())
    vault = created.vault
    plain = plain_sqlite(folder)

    # Bulk import, one transaction.
    start = time.perf_counter()
    insert_all(vault.reader(), items)
    musette_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    insert_all(plain, items)
    plain_ms = (time.perf_counter() - start) * 1000
    out.append(
        Result(
            "bulk import, one transaction",
            size,
            musette_ms,
            plain_ms,
            "≤ 1.6 × plain SQLite",
            musette_ms <= 1.6 * plain_ms,
        )
    )

    # Small edits, one transaction each (WAL, synchronous FULL).
    skills = [i for i in items if isinstance(i, Skill)][:200]
    edits = max(20, min(200, size // 5))

    def edit(conn) -> Callable[[], None]:
        def go() -> None:
            for skill in skills[:edits]:
                conn.execute("BEGIN IMMEDIATE")
                records.update(conn, skill)
                conn.execute("COMMIT")

        return go

    musette_ms = median_ms(edit(vault.reader()), max(1, repeat // 2)) / edits
    plain_ms = median_ms(edit(plain), max(1, repeat // 2)) / edits
    out.append(
        Result(
            "small edit transaction (per edit)",
            size,
            musette_ms,
            plain_ms,
            "≤ 1.7 × plain SQLite and ≤ 1 ms",
            musette_ms <= 1.7 * plain_ms and musette_ms <= 1.0,
        )
    )

    # Full-text search.
    queries = ["gestion", "prepa", "inventaires", "Entreprise 42", "caristes stocks", "nom12"]

    def search(conn) -> Callable[[], None]:
        def go() -> None:
            for q in queries:
                from vault.search import search as fts

                fts(conn, q, limit=30)

        return go

    musette_ms = median_ms(search(vault.reader()), repeat) / len(queries)
    plain_ms = median_ms(search(plain), repeat) / len(queries)
    limit_ms = 1.0 if size <= 12_500 else 10.0
    out.append(
        Result(
            "full-text search (median per query)",
            size,
            musette_ms,
            plain_ms,
            f"≤ 1.1 × plain FTS5 and ≤ {limit_ms:g} ms",
            musette_ms <= 1.1 * plain_ms and musette_ms <= limit_ms,
        )
    )

    # Loading a section's list (the skills), as the Qt model does.
    musette_ms = median_ms(lambda: records.list_records(vault.reader(), Skill), repeat)
    plain_ms = median_ms(lambda: records.list_records(plain, Skill), repeat)
    out.append(
        Result(
            "section list, all skills",
            size,
            musette_ms,
            plain_ms,
            "≤ 1.6 × plain SQLite and ≤ 50 ms at 10 000",
            musette_ms <= 1.6 * plain_ms and (size > 10_000 or musette_ms <= 50),
        )
    )
    out.extend(qt_section(vault, size, repeat))
    vault.close()
    plain.close()

    # Unlock with the recovery code (no Argon2id), to data readable.
    def unlock() -> None:
        with Vault.open(
            folder / "bench.musette", Unlock(recovery_code=created.recovery_hex)
        ) as opened:
            opened.stats()

    musette_ms = median_ms(unlock, repeat)
    out.append(
        Result(
            "unlock with the recovery code", size, musette_ms, None, "≤ 100 ms", musette_ms <= 100
        )
    )
    return out


def qt_section(vault: Vault, size: int, repeat: int) -> list[Result]:
    """What the person waits for: the Skills section opening, and a search as they type."""
    from PySide6.QtWidgets import QApplication

    from ui.main_view import MainView
    from ui.sections import catalog
    from ui.sections.section_view import SectionView
    from ui.vault_service import VaultService

    app = QApplication.instance() or QApplication([])
    service = VaultService(vault)

    def open_section() -> None:
        view = SectionView(catalog.SKILLS, service)
        view.resize(900, 700)
        view.show()
        app.processEvents()
        view.close()
        view.deleteLater()

    musette_ms = median_ms(open_section, repeat)
    main = MainView(service)
    main.show()

    def type_search() -> None:
        for text in ("g", "ge", "ges", "gest", "gesti"):
            main.search_edit.setText(text)
            main.run_search()
            app.processEvents()

    search_ms = median_ms(type_search, repeat) / 5
    main.clear()  # as locking does: no search left pending on a closed vault
    main.close()
    main.deleteLater()
    app.processEvents()
    return [
        Result(
            "open the Skills section (Qt model and table)",
            size,
            musette_ms,
            None,
            "≤ 100 ms at 10 000",
            size > 10_000 or musette_ms <= 100,
        ),
        Result(
            "search as you type, per keystroke (Qt)",
            size,
            search_ms,
            None,
            "≤ 50 ms",
            search_ms <= 50,
        ),
    ]


def write_report(results: list[Result], path_json: Path, path_md: Path) -> str:
    path_json.parent.mkdir(parents=True, exist_ok=True)
    path_json.write_text(json.dumps([r.__dict__ | {"ratio": r.ratio} for r in results], indent=2))
    lines = [
        "| workload | items | Musette | reference | ratio | target | met |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        reference = f"{r.reference_ms:.2f} ms" if r.reference_ms else "—"
        ratio = f"{r.ratio:.2f}" if r.ratio else "—"
        lines.append(
            f"| {r.workload} | {r.size:,} | {r.musette_ms:.2f} ms | {reference} | {ratio} "
            f"| {r.target} | {'yes' if r.met else '**no**'} |"
        )
    table = "\n".join(lines)
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}"
    )
    path_md.parent.mkdir(parents=True, exist_ok=True)
    path_md.write_text(
        "# Benchmarks\n\nMeasured by `make bench` on " + machine + ".\n"
        "Medians of several runs; the reference is plain SQLite (same schema and statements, "
        "no encryption) measured in the same run.\n\n" + table + "\n"
    )
    return table


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="smallest size, one repetition")
    args = parser.parse_args()
    sizes = [1_000] if args.smoke else [1_000, 10_000, 100_000]
    results = run(sizes, repeat=1 if args.smoke else 7)
    if args.smoke:
        print(f"bench smoke: {len(results)} workloads ran")
        return 0
    print(write_report(results, ROOT / "bench" / "results.json", ROOT / "docs" / "benchmarks.md"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
