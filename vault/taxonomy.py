"""The ESCO taxonomy: read from the official CSV download into a read-only SQLite file of its own.

Public reference data, so not encrypted and not in the vault; a musette only
keeps the URIs. Built by `musette taxonomy import`, read by the skills screens
(search as you type) and by exporters (labels in the language chosen).
"""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import public_data

SCHEMA_VERSION = 1
LANGUAGES = ("fr", "en")
_KINDS = {
    "skills": "skill",
    "occupations": "occupation",
    "skillGroups": "skill_group",
    "ISCOGroups": "isco_group",
}

csv.field_size_limit(10 * 1024 * 1024)


class TaxonomyError(Exception):
    """The ESCO files are missing, unreadable, or not ESCO."""


@dataclass(frozen=True)
class Hit:
    """A search result: the concept, its label in the asked language, and what matched."""

    uri: str
    kind: str
    label: str
    matched: str


# The installed app carries a taxonomy built from ESCO when it was packaged
# (`make package`), so the skills wizard works on first start, offline.
FILE_NAME = "esco.sqlite"
SHORT = 3  # a word typed shorter than this is searched as the start of labels, unranked
SHIPPED = public_data.shipped_path(FILE_NAME)


def default_path() -> Path:
    """Where `musette taxonomy import` writes ($MUSETTE_TAXONOMY overrides it)."""
    return public_data.own_path("MUSETTE_TAXONOMY", FILE_NAME)


def reading_path() -> Path | None:
    """The taxonomy the app reads: the person's own import, else the one shipped with the app."""
    return public_data.reading_path("MUSETTE_TAXONOMY", FILE_NAME, SHIPPED)


class _Source:
    """The ESCO files, in a folder or in the ZIP the ESCO portal hands out."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.names: dict[str, str] = {}
        if path.is_dir():
            self.names = {p.name: str(p) for p in path.iterdir() if p.suffix == ".csv"}
            self.archive = None
        elif zipfile.is_zipfile(path):
            self.archive = zipfile.ZipFile(path)
            self.names = {
                Path(n).name: n
                for n in self.archive.namelist()
                if n.endswith(".csv") and ".." not in n
            }
        else:
            raise TaxonomyError(f"{path.name} is neither a folder nor a ZIP of ESCO CSV files")

    def find(self, stem: str, language: str) -> str | None:
        wanted = [f"{stem}_{language}.csv"] + (
            [f"{stem}_en-us.csv", f"{stem}_en-gb.csv"] if language == "en" else []
        )
        return next((self.names[n] for n in wanted if n in self.names), None)

    def rows(self, name: str) -> Iterator[dict[str, str]]:
        text: io.TextIOBase
        if self.archive is not None:
            text = io.TextIOWrapper(self.archive.open(name), encoding="utf-8-sig", newline="")
        else:
            text = open(name, encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed below)
        with text:
            yield from csv.DictReader(text)

    def plain(self, file_name: str) -> str | None:
        return self.names.get(file_name)


def import_esco(source: Path, target: Path | None = None) -> dict[str, int]:
    """Build the taxonomy file from ESCO's CSVs (French and English); returns counts by kind.

    Written to a temporary file beside the target, then renamed: a failed import
    leaves the previous taxonomy as it was.
    """
    target = target or default_path()
    files = _Source(source)
    if files.find("skills", "fr") is None and files.find("skills", "en") is None:
        raise TaxonomyError(f"no ESCO skills file (skills_fr.csv, skills_en.csv) in {source.name}")
    try:
        with public_data.rebuilt(target, SCHEMA_VERSION) as conn:
            _create(conn)
            counts = _fill(conn, files)
            conn.execute("INSERT INTO label_fts (rowid, text) SELECT rowid, text FROM label")
            conn.execute("INSERT INTO label_fts (label_fts) VALUES ('optimize')")
    except (csv.Error, KeyError, UnicodeDecodeError) as exc:
        raise TaxonomyError(
            f"an ESCO file could not be read ({type(exc).__name__}: {exc})"
        ) from None
    return counts


def _create(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE concept (uri TEXT PRIMARY KEY, kind TEXT NOT NULL, skill_type TEXT NOT NULL"
        " DEFAULT '', reuse_level TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '') STRICT"
    )
    # One row per label: kind 'preferred' or 'alt', in 'fr' or 'en'.
    conn.execute(
        "CREATE TABLE label (uri TEXT NOT NULL, lang TEXT NOT NULL, preferred INTEGER NOT NULL,"
        " text TEXT NOT NULL) STRICT"
    )
    conn.execute("CREATE INDEX label_uri ON label (uri, lang, preferred)")
    conn.execute(
        "CREATE VIRTUAL TABLE label_fts USING fts5(text, content='label', content_rowid='rowid',"
        " tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
    )
    conn.execute("CREATE TABLE broader (uri TEXT NOT NULL, broader_uri TEXT NOT NULL) STRICT")
    conn.execute("CREATE INDEX broader_up ON broader (broader_uri)")
    conn.execute(
        "CREATE TABLE occupation_skill (occupation_uri TEXT NOT NULL, skill_uri TEXT NOT NULL,"
        " relation TEXT NOT NULL DEFAULT '') STRICT"
    )
    conn.execute("CREATE INDEX occupation_skills ON occupation_skill (occupation_uri)")
    conn.execute("CREATE TABLE collection (uri TEXT NOT NULL, name TEXT NOT NULL) STRICT")


def _fill(conn: sqlite3.Connection, files: _Source) -> dict[str, int]:
    counts: dict[str, int] = {}
    for stem, kind in _KINDS.items():
        seen: set[str] = set()
        for language in LANGUAGES:
            name = files.find(stem, language)
            if name is None:
                continue
            concepts, labels = [], []
            for row in files.rows(name):
                uri = row["conceptUri"]
                if uri not in seen:
                    seen.add(uri)
                    concepts.append(
                        (
                            uri,
                            kind,
                            row.get("skillType", "") or "",
                            row.get("reuseLevel", "") or "",
                            row.get("code", "") or row.get("iscoGroup", "") or "",
                        )
                    )
                if row.get("preferredLabel"):
                    labels.append((uri, language, 1, row["preferredLabel"].strip()))
                for alt in (row.get("altLabels") or "").split("\n"):
                    if alt.strip():
                        labels.append((uri, language, 0, alt.strip()))
            conn.executemany("INSERT OR IGNORE INTO concept VALUES (?, ?, ?, ?, ?)", concepts)
            conn.executemany("INSERT INTO label VALUES (?, ?, ?, ?)", labels)
        counts[kind] = len(seen)
    for relation in ("broaderRelationsSkillPillar.csv", "broaderRelationsOccPillar.csv"):
        name = files.plain(relation)
        if name is not None:
            conn.executemany(
                "INSERT INTO broader VALUES (?, ?)",
                ((r["conceptUri"], r["broaderUri"]) for r in files.rows(name)),
            )
    name = files.plain("occupationSkillRelations.csv") or files.find(
        "occupationSkillRelations", "en"
    )
    if name is not None:
        conn.executemany(
            "INSERT INTO occupation_skill VALUES (?, ?, ?)",
            (
                (r["occupationUri"], r["skillUri"], r.get("relationType", ""))
                for r in files.rows(name)
            ),
        )
    for file_name, collection in (
        ("transversalSkillsCollection", "transversal"),
        ("languageSkillsCollection", "language"),
        ("digitalSkillsCollection", "digital"),
        ("greenSkillsCollection", "green"),
    ):
        name = files.find(file_name, "en") or files.find(file_name, "fr")
        if name is not None:
            conn.executemany(
                "INSERT INTO collection VALUES (?, ?)",
                ((r["conceptUri"], collection) for r in files.rows(name)),
            )
    return counts


class Taxonomy:
    """The taxonomy file, opened read-only."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise TaxonomyError(f"no taxonomy at {path}: run `musette taxonomy import`")
        self.path = path
        self._conn = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )

    @classmethod
    def open_default(cls) -> Taxonomy | None:
        """The taxonomy if there is one (imported or shipped), else None (free-text skills only)."""
        path = reading_path()
        return cls(path) if path is not None else None

    def close(self) -> None:
        self._conn.close()

    def counts(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT kind, count(*) FROM concept GROUP BY kind")
        return {kind: int(total) for kind, total in rows}

    def label(self, uri: str, language: str) -> str | None:
        """The preferred label of a concept in `language` (the other language if missing)."""
        row = self._conn.execute(
            "SELECT text FROM label WHERE uri = ? AND preferred = 1 ORDER BY lang = ? DESC LIMIT 1",
            (uri, language),
        ).fetchone()
        return str(row[0]) if row else None

    def labels(self, uris: list[str], language: str) -> dict[str, str]:
        return {uri: text for uri in uris if (text := self.label(uri, language)) is not None}

    def search(
        self, text: str, *, language: str = "fr", kind: str = "skill", limit: int = 20
    ) -> list[Hit]:
        """Labels and alternative labels in either language, accents ignored, as you type."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
        if not words:
            return []
        # One or two letters match thousands of labels, and ranking them all is the slowest
        # keystroke by far (40 ms for « c »): the labels that begin with them, shortest
        # first, answer at once — nobody expects relevance from one letter.
        short = len(words) == 1 and len(words[0]) < SHORT
        rows = self._conn.execute(
            "SELECT label.uri, label.text FROM label_fts"
            " JOIN label ON label.rowid = label_fts.rowid JOIN concept ON concept.uri = label.uri"
            " WHERE label_fts MATCH ? AND concept.kind = ?"
            + ("" if short else " ORDER BY bm25(label_fts)")
            + " LIMIT ?",
            (f'^"{words[0]}"*' if short else " ".join(f'"{w}"*' for w in words), kind, limit * 4),
        ).fetchall()
        if short:
            rows.sort(key=lambda row: (len(row[1]), row[1]))
        hits: list[Hit] = []
        seen: set[str] = set()
        for uri, matched in rows:
            if uri in seen:
                continue
            seen.add(uri)
            hits.append(Hit(uri, kind, self.label(uri, language) or matched, matched))
            if len(hits) == limit:
                break
        return hits

    def skill_labels(self, language: str) -> list[tuple[str, str]]:
        """Every label of every skill in `language`, preferred and alternative: (uri, text)."""
        rows = self._conn.execute(
            "SELECT label.uri, label.text FROM label JOIN concept ON concept.uri = label.uri"
            " WHERE label.lang = ? AND concept.kind = 'skill'",
            (language,),
        )
        return [(str(uri), str(text)) for uri, text in rows]

    def skills_for(self, occupation_uri: str) -> list[tuple[str, str]]:
        """(skill URI, relation) an occupation needs, when ESCO's relations file was imported."""
        rows = self._conn.execute(
            "SELECT skill_uri, relation FROM occupation_skill WHERE occupation_uri = ?"
            " ORDER BY relation = 'essential' DESC, skill_uri",
            (occupation_uri,),
        )
        return [(str(uri), str(relation)) for uri, relation in rows]

    def kind(self, uri: str) -> str:
        row = self._conn.execute("SELECT kind FROM concept WHERE uri = ?", (uri,)).fetchone()
        return str(row[0]) if row else ""

    def skill_groups(self) -> list[str]:
        """The top of the skills hierarchy: groups with no broader group."""
        rows = self._conn.execute(
            "SELECT uri FROM concept WHERE kind = 'skill_group' AND uri NOT IN"
            " (SELECT b.uri FROM broader b JOIN concept c ON c.uri = b.broader_uri"
            "  WHERE c.kind = 'skill_group')"
        )
        return [str(r[0]) for r in rows]

    def narrower(self, uri: str) -> list[str]:
        """The concepts directly under one (browsing the hierarchy)."""
        rows = self._conn.execute("SELECT uri FROM broader WHERE broader_uri = ?", (uri,))
        return [str(r[0]) for r in rows]

    def transversal(self) -> list[str]:
        """The transversal skills (ESCO's reuse level, or its transversal collection)."""
        rows = self._conn.execute(
            "SELECT uri FROM concept WHERE kind = 'skill' AND reuse_level = 'transversal'"
            " UNION SELECT uri FROM collection WHERE name = 'transversal'"
        )
        return [str(r[0]) for r in rows]

    def reuse_level(self, uri: str) -> str:
        row = self._conn.execute("SELECT reuse_level FROM concept WHERE uri = ?", (uri,)).fetchone()
        return str(row[0]) if row else ""
