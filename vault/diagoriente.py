"""Diagoriente's reference lists (beta.gouv.fr): life themes, activities, graded competences.

They live in the same read-only reference file as ROME 4.0 (vault/reference.py),
written by `musette reference import`. The discovery path asks them what a
person may have done (themes and activities of everyday life, volunteering and
work) and how to say how well (each transversal competence's eight graded
sentences). Credit: Diagoriente (beta.gouv.fr), ISC licence.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CREDIT = "Diagoriente (beta.gouv.fr)"
# The competence framework the discovery path grades with: RECTEC+, twelve transversal
# competences with eight sentences each (the other one, "engagement", is for Service civique).
FRAMEWORK = "608a86725e14d8061297ce5f"
DOMAINS = ("personal", "voluntary", "professional")
MAX_FILE_BYTES = 16 * 1024 * 1024
FILES = (
    "competences.json",
    "themes-perso.json",
    "themes-voluntary.json",
    "activities-perso.json",
    "activities-voluntary.json",
    "activities-pro.json",
    "tags.json",
    "questions.json",
    "options.json",
)
# Some titles are published in capitals without their accents ("VEHICULE"): these are
# the words that need one back once the title is written in small letters.
_ACCENTED = {
    "decoration": "décoration",
    "vehicule": "véhicule",
    "mobilite": "mobilité",
    "scolarite": "scolarité",
    "cinema": "cinéma",
    "series": "séries",
    "medias": "médias",
    "theatre": "théâtre",
    "comedie": "comédie",
    "sante": "santé",
    "video": "vidéo",
    "numerique": "numérique",
}


class DiagorienteError(ValueError):
    """The folder is not Diagoriente's lists, or one of them cannot be read."""


@dataclass(frozen=True)
class Theme:
    """A part of life to explore ("Véhicule", "Animation sportive"…)."""

    id: str
    domain: str  # personal, voluntary
    title: str


@dataclass(frozen=True)
class Activity:
    """Something a person may have done, under a theme (or a ROME job, for work)."""

    id: str
    title: str
    theme: str  # a theme's id, or a ROME code for work


@dataclass(frozen=True)
class Competence:
    """A transversal competence and its graded sentences, the first the easiest."""

    id: str
    title: str
    kind: str  # organizational, communication, reflective
    sentences: tuple[str, ...]


def readable(title: str) -> str:
    """A title as a sentence: spaces tidied, capitals only where French puts them."""
    text = " ".join(title.split())
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        words = re.split(r"(\W+)", text.lower())
        text = "".join(_ACCENTED.get(word, word) for word in words)
    return text[:1].upper() + text[1:]


def _load(folder: Path, name: str) -> list[dict[str, Any]]:
    path = folder / name
    if not path.exists():
        raise DiagorienteError(f"{name} is missing from {folder.name}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise DiagorienteError(f"{name} is too large to be Diagoriente's")
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DiagorienteError(f"{name} is not JSON ({exc})") from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise DiagorienteError(f"{name} is not a list of Diagoriente entries")
    return rows


def is_lists(folder: Path) -> bool:
    """Whether a folder holds Diagoriente's lists (its competences file is the sign)."""
    return (folder / "competences.json").is_file()


def create(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE dg_theme (id TEXT PRIMARY KEY, domain TEXT NOT NULL, title TEXT NOT NULL,"
        " position INTEGER NOT NULL) STRICT"
    )
    conn.execute(
        "CREATE TABLE dg_activity (id TEXT PRIMARY KEY, theme TEXT NOT NULL,"
        " title TEXT NOT NULL, position INTEGER NOT NULL) STRICT"
    )
    conn.execute("CREATE INDEX dg_activities ON dg_activity (theme, position)")
    conn.execute(
        "CREATE TABLE dg_competence (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
        " kind TEXT NOT NULL, sentences TEXT NOT NULL, position INTEGER NOT NULL) STRICT"
    )
    conn.execute(
        "CREATE TABLE dg_answer (question TEXT NOT NULL, title TEXT NOT NULL,"
        " position INTEGER NOT NULL) STRICT"
    )


def fill(conn: sqlite3.Connection, folder: Path) -> dict[str, int]:
    """Read the lists from `folder` into the reference file being built; what it holds."""
    lists = {name: _load(folder, name) for name in FILES}
    try:
        themes = [
            (str(r["_id"]), str(r["domain"]), readable(str(r["title"])), i)
            for name in ("themes-perso.json", "themes-voluntary.json")
            for i, r in enumerate(lists[name])
            if r.get("domain") in DOMAINS
        ]
        # Work activities hang on ROME tags: kept under the tag's ROME code.
        rome_of_tag = {str(t["_id"]): str(t["code"]) for t in lists["tags.json"]}
        activities = [
            (str(r["_id"]), str(r["typeId"]), readable(str(r["title"])), i)
            for name in ("activities-perso.json", "activities-voluntary.json")
            for i, r in enumerate(lists[name])
        ]
        activities += [
            (str(r["_id"]), rome_of_tag[str(r["typeId"])], readable(str(r["title"])), i)
            for i, r in enumerate(lists["activities-pro.json"])
            if str(r["typeId"]) in rome_of_tag
        ]
        competences = [
            (
                str(r["_id"]),
                readable(str(r["title"])),
                str(r["type"]),
                json.dumps([readable(str(s["title"])) for s in r["niveau"]], ensure_ascii=False),
                i,
            )
            for i, r in enumerate(lists["competences.json"])
            if r.get("reference") == FRAMEWORK
        ]
        questions = {str(q["_id"]): str(q["title"]) for q in lists["questions.json"]}
        answers = [
            (questions[str(o["question"])], " ".join(str(o["title"]).split()), i)
            for i, o in enumerate(lists["options.json"])
            if not str(o["title"]).startswith("___")  # "___plus___" stands for "add your own"
        ]
    except (KeyError, TypeError) as exc:
        raise DiagorienteError(f"an entry lacks its {exc} field") from None
    if not competences or not themes:
        raise DiagorienteError(f"the lists in {folder.name} hold no competences or themes")
    conn.executemany("INSERT OR REPLACE INTO dg_theme VALUES (?, ?, ?, ?)", themes)
    conn.executemany("INSERT OR REPLACE INTO dg_activity VALUES (?, ?, ?, ?)", activities)
    conn.executemany("INSERT OR REPLACE INTO dg_competence VALUES (?, ?, ?, ?, ?)", competences)
    conn.executemany("INSERT INTO dg_answer VALUES (?, ?, ?)", answers)
    return {
        "themes": len(themes),
        "activities": len(activities),
        "competences": len(competences),
    }


def themes(conn: sqlite3.Connection, domain: str) -> list[Theme]:
    rows = conn.execute(
        "SELECT id, domain, title FROM dg_theme WHERE domain = ? ORDER BY position", (domain,)
    )
    return [Theme(str(i), str(d), str(t)) for i, d, t in rows]


def activities(conn: sqlite3.Connection, theme: str) -> list[Activity]:
    """The activities under a theme id, or under a ROME code for work; without repeats."""
    rows = conn.execute(
        "SELECT id, title, theme FROM dg_activity WHERE theme = ? ORDER BY position", (theme,)
    )
    found: dict[str, Activity] = {}
    for i, title, under in rows:
        found.setdefault(str(title).casefold(), Activity(str(i), str(title), str(under)))
    return list(found.values())


def competences(conn: sqlite3.Connection) -> list[Competence]:
    rows = conn.execute("SELECT id, title, kind, sentences FROM dg_competence ORDER BY position")
    return [Competence(str(i), str(t), str(k), tuple(json.loads(s))) for i, t, k, s in rows]


def answers(conn: sqlite3.Connection, question: str) -> list[str]:
    """The answers Diagoriente offers to a follow-up question ("Avec qui", "Dans quel cadre"…)."""
    rows = conn.execute(
        "SELECT title FROM dg_answer WHERE question = ? ORDER BY position", (question,)
    )
    seen: dict[str, str] = {}
    for (title,) in rows:
        seen.setdefault(str(title).casefold(), str(title))
    return list(seen.values())
