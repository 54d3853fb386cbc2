"""France Travail's ROME 4.0 job directory, from its open-data CSVs into a read-only SQLite file.

Public reference data, like the ESCO taxonomy (vault/taxonomy.py): not
encrypted, not in the vault. It answers "what else could I do from here"
(the jobs one step away, in ROME's order) and "where does what I like lead"
(the jobs each of its 30 centres d'intérêt leads to), for the discovery path,
the applications and the command line. Credit: France Travail — ROME 4.0
(Licence Ouverte / Etalab 2.0). Diagoriente's lists, when imported beside it, live
in the same file (vault/diagoriente.py).
"""

from __future__ import annotations

import csv
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import diagoriente, public_data

SCHEMA_VERSION = 3  # 2: Diagoriente's lists; 3: ROME's skills and knowledge
CREDIT = "France Travail — ROME 4.0"
# The files of one ROME release, by role; `v460` in their names is the release.
FILES = {
    "job": "unix_referentiel_code_rome_{v}_utf8.csv",
    "title": "unix_referentiel_appellation_{v}_utf8.csv",
    "mobility": "unix_rubrique_mobilite_{v}_utf8.csv",
    "interest": "unix_centre_interet_{v}_utf8.csv",
    "interest_job": "unix_arborescence_centre_interet_{v}_utf8.csv",
    "skill": "unix_referentiel_competence_{v}_utf8.csv",
    "knowledge": "unix_referentiel_savoir_{v}_utf8.csv",
}
_RELEASE = re.compile(r"^unix_referentiel_code_rome_(v\d+)_utf8\.csv$")
MAX_FILE_BYTES = 64 * 1024 * 1024

csv.field_size_limit(1024 * 1024)


class ReferenceError(Exception):
    """The ROME files are missing, unreadable, or not ROME."""


@dataclass(frozen=True)
class Job:
    """A ROME job sheet, with what France Travail says of it."""

    code: str  # "N1103"
    label: str
    ecological: str = ""  # "Emploi Vert", "Emploi Blanc"… as ROME words it; "" when unsaid
    digital: bool | None = None  # a job of the digital transition (None: ROME does not say)
    demographic: bool | None = None  # of the demographic transition
    regulated: bool | None = None  # a regulated profession
    cadre: bool | None = None  # a job for cadres
    title: str = ""  # the job title (appellation) it was found by, when one was

    def facts(self) -> dict[str, object]:
        """The job as the command line prints it."""
        found: dict[str, object] = {"code": self.code, "label": self.label}
        if self.title:
            found["title"] = self.title
        found["transitions"] = {
            "ecological": self.ecological,
            "digital": self.digital,
            "demographic": self.demographic,
        }
        found["regulated"] = self.regulated
        found["cadre"] = self.cadre
        return found


@dataclass(frozen=True)
class Interest:
    """One of ROME's centres d'intérêt ("J'ai envie de…")."""

    code: str
    label: str
    definition: str


FILE_NAME = "reference.sqlite"
SHIPPED = public_data.shipped_path(FILE_NAME)


def default_path() -> Path:
    """Where `musette reference import` writes ($MUSETTE_REFERENCE overrides it)."""
    return public_data.own_path("MUSETTE_REFERENCE", FILE_NAME)


def reading_path() -> Path | None:
    """The reference the app reads: the person's own import, else the one shipped."""
    return public_data.reading_path("MUSETTE_REFERENCE", FILE_NAME, SHIPPED)


def unaccented(text: str) -> str:
    """Text without accents or case, punctuation kept ("Mécanique, productique" is
    "mecanique, productique")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded(text: str) -> str:
    """Text compared as people type it: no accents, no case, single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", unaccented(text)).split())


def _release(source: Path) -> str:
    if not source.is_dir():
        raise ReferenceError(f"{source.name} is not a folder of ROME files")
    found = sorted(m.group(1) for p in source.iterdir() if (m := _RELEASE.match(p.name)))
    if not found:
        raise ReferenceError(
            f"no ROME job file (unix_referentiel_code_rome_v…_utf8.csv) in {source.name}"
        )
    return found[-1]  # the newest release when several are there


def _rows(source: Path, role: str, release: str) -> list[dict[str, str]]:
    path = source / FILES[role].format(v=release)
    if not path.exists():
        raise ReferenceError(f"{path.name} is missing from {source.name}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ReferenceError(f"{path.name} is too large to be ROME's")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _flag(value: object) -> bool | None:
    """ROME's O / N, or nothing said."""
    said = str(value or "").strip().upper()
    return True if said == "O" else False if said == "N" else None


def diagoriente_beside(source: Path) -> Path | None:
    """Diagoriente's lists where they usually lie: a `diagoriente` folder beside ROME's."""
    folder = source.parent / "diagoriente"
    return folder if diagoriente.is_lists(folder) else None


def is_current(path: Path) -> bool:
    """Whether a reference file was built by this version of Musette's import."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0]) >= SCHEMA_VERSION
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def import_rome(
    source: Path, target: Path | None = None, lists: Path | None = None
) -> dict[str, object]:
    """Build the reference file from ROME's CSVs (and Diagoriente's `lists`, when given or
    found beside them); returns what it holds.

    Written to a temporary file beside the target, then renamed: a failed import
    leaves the previous reference as it was.
    """
    target = target or default_path()
    release = _release(source)
    lists = lists or diagoriente_beside(source)
    try:
        tables = {role: _rows(source, role, release) for role in FILES}
        jobs = [
            (
                r["code_rome"], r["libelle_rome"].strip(), r["transition_eco"].strip(),
                r["transition_num"].strip(), r["transition_demo"].strip(),
                r["emploi_reglemente"].strip(), r["emploi_cadre"].strip(),
            )
            for r in tables["job"]
        ]  # fmt: skip
        titles = [
            (
                r["code_ogr"], r["libelle_appellation_long"].strip(),
                r["libelle_appellation_court"].strip(), r["code_rome"],
                folded(r["libelle_appellation_long"]), int(r.get("peu_usite", "") == "O"),
            )
            for r in tables["title"]
        ]  # fmt: skip
        mobility = [
            (r["code_rome"], r["code_rome_cible"], int(r["numero_ordre"]))
            for r in tables["mobility"]
        ]
        interests = [
            (r["code_centre_interet"], r["libelle_centre_interet"].strip(),
             r["definition_centre_interet"].strip())
            for r in tables["interest"]
        ]  # fmt: skip
        interest_jobs = [
            (r["code_centre_interet"], r["code_rome"], int(r["principal"].strip() == "oui"))
            for r in tables["interest_job"]
        ]
        # What an ad may ask for: ROME's skills (savoir-faire, savoir-être) and knowledge.
        skills = [
            (r["code_ogr"], r["libelle_competence"].strip(), "skill")
            for r in tables["skill"]
            if r["libelle_competence"].strip()
        ] + [
            (r["code_ogr_savoir"], r["libelle_savoir"].strip(), "knowledge")
            for r in tables["knowledge"]
            if r["libelle_savoir"].strip()
        ]
    except (KeyError, ValueError, csv.Error, UnicodeDecodeError) as exc:
        raise ReferenceError(
            f"a ROME file could not be read ({type(exc).__name__}: {exc})"
        ) from None
    if not jobs or not titles:
        raise ReferenceError(f"the ROME files in {source.name} hold no jobs")
    with public_data.rebuilt(target, SCHEMA_VERSION) as conn:
        _create(conn)
        conn.executemany("INSERT OR REPLACE INTO job VALUES (?, ?, ?, ?, ?, ?, ?)", jobs)
        conn.executemany("INSERT OR REPLACE INTO title VALUES (?, ?, ?, ?, ?, ?)", titles)
        conn.executemany("INSERT INTO mobility VALUES (?, ?, ?)", mobility)
        conn.executemany("INSERT OR REPLACE INTO interest VALUES (?, ?, ?)", interests)
        conn.executemany("INSERT INTO interest_job VALUES (?, ?, ?)", interest_jobs)
        conn.executemany("INSERT OR REPLACE INTO rome_skill VALUES (?, ?, ?)", skills)
        conn.execute("INSERT INTO title_fts (rowid, text) SELECT rowid, label FROM title")
        conn.execute("INSERT INTO meta VALUES ('release', ?), ('credit', ?)", (release, CREDIT))
        diagoriente.create(conn)
        discovered: dict[str, int] = {}
        if lists is not None:
            try:
                discovered = diagoriente.fill(conn, lists)
            except diagoriente.DiagorienteError as exc:
                raise ReferenceError(f"Diagoriente's lists: {exc}") from None
            conn.execute("INSERT INTO meta VALUES ('diagoriente', ?)", (diagoriente.CREDIT,))
    counts: dict[str, object] = {
        "release": release,
        "jobs": len(jobs),
        "titles": len(titles),
        "mobility": len(mobility),
        "interests": len(interests),
        "interest_jobs": len(interest_jobs),
        "skills": len(skills),
    }
    counts.update({f"diagoriente_{name}": n for name, n in discovered.items()})
    return counts


def _create(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE job (code TEXT PRIMARY KEY, label TEXT NOT NULL, ecological TEXT NOT NULL,"
        " digital TEXT NOT NULL, demographic TEXT NOT NULL, regulated TEXT NOT NULL,"
        " cadre TEXT NOT NULL) STRICT"
    )
    conn.execute(
        "CREATE TABLE title (code_ogr TEXT PRIMARY KEY, label TEXT NOT NULL, short TEXT NOT NULL,"
        " code TEXT NOT NULL, folded TEXT NOT NULL, rare INTEGER NOT NULL) STRICT"
    )
    conn.execute("CREATE INDEX title_folded ON title (folded)")
    conn.execute(
        "CREATE VIRTUAL TABLE title_fts USING fts5(text, content='title', content_rowid='rowid',"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "CREATE TABLE mobility (code TEXT NOT NULL, target TEXT NOT NULL, rank INTEGER) STRICT"
    )
    conn.execute("CREATE INDEX mobility_from ON mobility (code, rank)")
    conn.execute(
        "CREATE TABLE interest (code TEXT PRIMARY KEY, label TEXT NOT NULL,"
        " definition TEXT NOT NULL) STRICT"
    )
    conn.execute(
        "CREATE TABLE interest_job (interest TEXT NOT NULL, code TEXT NOT NULL,"
        " main INTEGER NOT NULL) STRICT"
    )
    conn.execute("CREATE INDEX interest_jobs ON interest_job (interest)")
    conn.execute(
        "CREATE TABLE rome_skill (code TEXT PRIMARY KEY, label TEXT NOT NULL, kind TEXT NOT NULL)"
        " STRICT"
    )
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")


_JOB_COLUMNS = "job.code, job.label, ecological, digital, demographic, regulated, cadre"


def _job(row: tuple[object, ...], title: str = "") -> Job:
    code, label, ecological, digital, demographic, regulated, cadre = row
    return Job(
        str(code), str(label), str(ecological), _flag(digital), _flag(demographic),
        _flag(regulated), _flag(cadre), title,
    )  # fmt: skip


# Words a title can lose without changing the job it names: small words, and those that
# grade or frame a job rather than name it (folded: no accents).
_SMALL_WORDS = frozenset("a au aux d de des du en et l la le les un une".split())
_GRADES = frozenset(
    "adjoint adjointe senior junior confirme confirmee debutant debutante stagiaire"
    " benevole interimaire principal principale h f cdi cdd".split()
)


class Reference:
    """The reference file, opened read-only."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise ReferenceError(f"no ROME reference at {path}: run `musette reference import`")
        self.path = path
        self._conn = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )

    @classmethod
    def open_default(cls) -> Reference | None:
        """The reference if there is one (imported or shipped), else None."""
        path = reading_path()
        return cls(path) if path is not None else None

    def close(self) -> None:
        self._conn.close()

    def release(self) -> str:
        found = self._conn.execute("SELECT value FROM meta WHERE key = 'release'").fetchone()
        return str(found[0]) if found else ""

    def has_discovery(self) -> bool:
        """Whether Diagoriente's lists were imported with ROME (the discovery path needs them)."""
        row = self._conn.execute("SELECT 1 FROM meta WHERE key = 'diagoriente'").fetchone()
        return row is not None

    def themes(self, domain: str) -> list[diagoriente.Theme]:
        return diagoriente.themes(self._conn, domain)

    def activities(self, theme: str) -> list[diagoriente.Activity]:
        return diagoriente.activities(self._conn, theme)

    def competences(self) -> list[diagoriente.Competence]:
        return diagoriente.competences(self._conn)

    def answers(self, question: str) -> list[str]:
        return diagoriente.answers(self._conn, question)

    def job(self, code: str) -> Job | None:
        row = self._conn.execute(
            f"SELECT {_JOB_COLUMNS} FROM job WHERE code = ?", (code.strip().upper(),)
        ).fetchone()
        return _job(row) if row else None

    def job_titled(self, title: str) -> Job | None:
        """The ROME job a title belongs to: the title as written (accents and case aside),
        a ROME label, else the closest title by its words; None when nothing is near."""
        wanted = folded(title)
        if not wanted:
            return None
        row = self._conn.execute(
            f"SELECT {_JOB_COLUMNS}, title.label FROM title JOIN job ON job.code = title.code"
            " WHERE title.folded = ? ORDER BY title.rare, title.code_ogr LIMIT 1",
            (wanted,),
        ).fetchone()
        if row is None:
            for code, label in self._conn.execute("SELECT code, label FROM job"):
                if folded(label) == wanted:
                    return self.job(code)
            row = self._closest_title(wanted)
        return _job(row[:7], str(row[7])) if row else None

    def _closest_title(self, wanted: str) -> tuple[object, ...] | None:
        """The title with all of the words typed, the words that only grade a job left out
        ("Responsable d'entrepôt adjointe" is "Responsable d'entrepôt"). No other word is
        dropped: "Cheffe d'équipe logistique" without "logistique" is a builder's job."""
        words = [w for w in wanted.split() if w not in _SMALL_WORDS] or wanted.split()
        named = [w for w in words if w not in _GRADES] or words
        for kept in (words, named) if named != words else (words,):
            row = self._conn.execute(
                f"SELECT {_JOB_COLUMNS}, title.label FROM title_fts"
                " JOIN title ON title.rowid = title_fts.rowid JOIN job ON job.code = title.code"
                " WHERE title_fts MATCH ? ORDER BY rank, title.rare LIMIT 1",
                (" ".join(f'"{word}"' for word in kept),),
            ).fetchone()
            if row is not None:
                return tuple(row)
        return None

    def skills(self) -> list[tuple[str, str, str]]:
        """ROME's skills and knowledge items: (code, label, "skill" or "knowledge")."""
        rows = self._conn.execute("SELECT code, label, kind FROM rome_skill ORDER BY code")
        return [(str(c), str(label), str(k)) for c, label, k in rows]

    def titles(self, code: str, limit: int = 8) -> list[str]:
        """Job titles people use for a ROME job, the common ones first."""
        rows = self._conn.execute(
            "SELECT label FROM title WHERE code = ? ORDER BY rare, label LIMIT ?",
            (code.strip().upper(), limit),
        )
        return [str(label) for (label,) in rows]

    def close_jobs(self, code: str) -> list[Job]:
        """The jobs one step away from a ROME job, in ROME's order."""
        rows = self._conn.execute(
            f"SELECT {_JOB_COLUMNS} FROM mobility JOIN job ON job.code = mobility.target"
            " WHERE mobility.code = ? ORDER BY mobility.rank, job.code",
            (code.strip().upper(),),
        )
        return [_job(row) for row in rows]

    def interests(self) -> list[Interest]:
        rows = self._conn.execute(
            "SELECT code, label, definition FROM interest ORDER BY CAST(code AS INTEGER)"
        )
        return [Interest(str(c), str(label), str(d)) for c, label, d in rows]

    def interest(self, code: str) -> Interest | None:
        row = self._conn.execute(
            "SELECT code, label, definition FROM interest WHERE code = ?", (code.strip(),)
        ).fetchone()
        return Interest(str(row[0]), str(row[1]), str(row[2])) if row else None

    def interest_jobs(self, code: str) -> list[tuple[Job, bool]]:
        """The jobs a centre d'intérêt leads to, the main ones first; (job, main)."""
        rows = self._conn.execute(
            f"SELECT {_JOB_COLUMNS}, interest_job.main FROM interest_job"
            " JOIN job ON job.code = interest_job.code WHERE interest_job.interest = ?"
            " ORDER BY interest_job.main DESC, job.label",
            (code.strip(),),
        )
        return [(_job(row[:7]), bool(row[7])) for row in rows]
