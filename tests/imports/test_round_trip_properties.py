"""Round trips as properties: for résumés Hypothesis makes up, nothing is lost or changed.

The vault is left out (a list stands in for it): the real vault's round trips are in
test_json_resume.py and test_europass.py, on real files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exporters.actions.import_file import find_duplicates
from exporters.career import Career
from exporters.readers import europass as europass_reader
from exporters.readers import json_resume as json_reader
from exporters.readers.plan import SKIP, ImportPlan
from exporters.readers.safe_xml import parse
from exporters.share import ShareChoice
from exporters.writers import europass, json_resume
from tests.imports.test_europass import assert_valid
from vault.model import Person, Record

ROUND_TRIPS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
NOW = "2026-12-01T10:00:00.000Z"


class _EmptyVault:
    """What `find_duplicates` asks of a vault, for a vault with nothing in it yet."""

    class records:  # noqa: N801 - the attribute a real vault has
        @staticmethod
        def list(cls: type[Record]) -> list[Record]:
            return []


def _career(plan: ImportPlan) -> Career:
    find_duplicates(plan, _EmptyVault())  # type: ignore[arg-type]
    kept = [item for item in plan.items if item.action != SKIP]
    person = next((i.record for i in kept if isinstance(i.record, Person)), None)
    records = tuple(i.record for i in kept if not isinstance(i.record, Person))
    contents = {i.record.id: i.content for i in kept if i.content is not None}
    return Career(person, records, contents)


# ---- résumés Hypothesis makes up ----------------------------------------------------

# Words in the scripts people write their names in; no control characters.
words = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp"), max_codepoint=0x2FFFF
    ),
    min_size=1,
    max_size=24,
).filter(lambda text: text.strip() == text and text.strip() != "")
days = st.dates().map(lambda d: d.isoformat()) | st.integers(1990, 2030).map(str)
maybe = st.none()


def _item(**fields: Any) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


def _items(item: st.SearchStrategy[dict[str, Any]], size: int) -> st.SearchStrategy[Any]:
    """A section's items, no two the same: an item written twice is imported once."""
    return st.lists(item, max_size=size, unique_by=lambda d: json.dumps(d, sort_keys=True))


resumes = st.fixed_dictionaries(
    {
        "basics": _item(
            name=words,
            label=words,
            summary=words,
            phone=words,
            url=words.map(lambda w: "https://example.org/" + w),
            location=_item(city=words, address=words, postalCode=words),
        ),
    },
    optional={
        "work": _items(
            _item(
                name=words,
                position=words,
                startDate=days,
                summary=words,
                highlights=st.lists(words, max_size=3),
            ),
            4,
        ),
        "education": _items(
            _item(institution=words, studyType=words, area=words, courses=st.lists(words)),
            3,
        ),
        "skills": _items(
            _item(name=words, level=words, keywords=st.lists(words, max_size=3)),
            5,
        ),
        "languages": _items(
            _item(language=words, fluency=words),
            3,
        ),
        "interests": _items(
            _item(name=words, keywords=st.lists(words, max_size=2)),
            2,
        ),
        "awards": _items(
            _item(title=words, awarder=words, summary=words),
            2,
        ),
        "publications": _items(
            _item(name=words, publisher=words, summary=words),
            2,
        ),
    },
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _read_json(tmp_path: Path, document: dict[str, Any], name: str) -> ImportPlan:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return json_reader.read(path)


@ROUND_TRIPS
@given(document=resumes)
def test_every_value_of_a_resume_comes_back_or_is_named(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    plan = _read_json(tmp_path, document, "cv.json")
    exported = json.loads(json_resume.export(_career(plan)))
    kept = set(_strings(exported))
    reported = " ".join(f"{w.path} {w.detail}" for w in plan.warnings)
    assert [v for v in _strings(document) if v not in kept and v not in reported] == []


@ROUND_TRIPS
@given(document=resumes)
def test_json_resume_out_in_out_is_the_same_bytes(tmp_path: Path, document: dict[str, Any]) -> None:
    first = json_resume.export(_career(_read_json(tmp_path, document, "cv.json")))
    again = _read_json(tmp_path, json.loads(first), "again.json")
    assert json_resume.export(_career(again)) == first


@ROUND_TRIPS
@given(document=resumes)
def test_europass_out_is_valid_and_reads_back_to_the_same_file(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    """Europass has no place for a fluency word without a CEFR level: two such languages
    can come out alike, and alike items are read once. Every text still comes back, and
    from the second file on, out-in-out gives the same bytes."""
    choice = ShareChoice(language="fr", hide=frozenset())

    def again(data: bytes) -> bytes:
        plan = europass_reader.parse(parse(data, "cv.xml"), "cv.xml", "fr")
        return europass.export(_career(plan), choice, now=NOW)

    first = europass.export(_career(_read_json(tmp_path, document, "cv.json")), choice, now=NOW)
    assert_valid(first)
    second = again(first)
    assert _texts(first) == _texts(second)
    assert again(second) == second


def _texts(data: bytes) -> set[str]:
    root = parse(data, "cv.xml")
    return {(e.text or "").strip() for e in root.iter()} - {""}


# ---- LinkedIn archives ---------------------------------------------------------------

# Each file Musette reads, with the columns LinkedIn writes (dates apart: they are read).
LINKEDIN_COLUMNS = {
    "Positions.csv": ("Company Name", "Title", "Description", "Location"),
    "Education.csv": ("School Name", "Degree Name", "Notes", "Activities"),
    "Skills.csv": ("Name",),
    "Languages.csv": ("Name", "Proficiency"),
    "Certifications.csv": ("Name", "Url", "Authority", "License Number"),
    "Projects.csv": ("Title", "Description", "Url"),
    "Volunteering.csv": ("Company Name", "Role", "Cause", "Description"),
    "Honors.csv": ("Title", "Description"),
    "Publications.csv": ("Name", "Publisher", "Description", "Url"),
}
cells = words.filter(lambda text: "\r" not in text)
archives = st.fixed_dictionaries(
    {
        name: st.lists(st.tuples(*[cells | st.just("") for _ in columns]), max_size=3)
        for name, columns in LINKEDIN_COLUMNS.items()
    }
)


@ROUND_TRIPS
@given(tables=archives)
def test_every_cell_of_a_linkedin_archive_is_in_the_records_or_named(
    tmp_path: Path, tables: dict[str, list[tuple[str, ...]]]
) -> None:
    from exporters.readers import linkedin
    from tests.support.archives import csv_text, write_zip

    files = {
        name: csv_text(list(LINKEDIN_COLUMNS[name]), [list(row) for row in rows])
        for name, rows in tables.items()
    }
    archive = write_zip(tmp_path / "Basic_LinkedInDataExport.zip", files)
    plan = linkedin.read(archive)
    _career(plan)  # what the vault would write, repeats of one item left out
    held = "\n".join(
        text
        for item in plan.items
        if item.action != SKIP
        for name, value in vars(item.record).items()
        for text in (_strings(json.loads(value)) if name == "extra" else _strings(value))
    )
    reported = " ".join(f"{w.path} {w.detail}" for w in plan.warnings)
    values = {cell for rows in tables.values() for row in rows for cell in row if cell}
    missing = [v for v in values if v not in held and v not in reported]
    assert missing == []
