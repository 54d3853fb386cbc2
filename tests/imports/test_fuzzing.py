"""Thousands of mutated résumés and CSV files: nothing but the typed import error ever comes out."""

from __future__ import annotations

import functools
import json
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exporters.readers import json_resume, linkedin
from exporters.readers.errors import ImportRefused
from exporters.readers.plan import ImportPlan
from tests.conftest import SHARED
from tests.support.archives import linkedin_files

LINKEDIN = linkedin_files()


@functools.cache
def sample() -> Any:
    """The official sample résumé, read when a test needs it: without ../shared only those fail."""
    return json.loads((SHARED / "data" / "json-resume" / "sample.resume.json").read_text("utf-8"))


FUZZ = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _replace(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copy


def _every_record_is_valid(plan: ImportPlan) -> None:
    for item in plan.items:
        item.record.validate()  # what apply() would refuse must never be planned
        json.dumps(json.loads(item.record.extra), ensure_ascii=False).encode("utf-8")


@FUZZ
@given(st.randoms(use_true_random=False), json_values)
def test_a_resume_with_any_value_anywhere_is_imported_or_refused(
    rng: random.Random, value: Any
) -> None:
    path = rng.choice(_paths(sample()))
    document = _replace(sample(), path, value)
    try:
        plan = json_resume.parse(json.dumps(document), "cv.json")
    except ImportRefused as refused:
        assert refused.describe("fr") and refused.describe("en")
        return
    _every_record_is_valid(plan)


@FUZZ
@given(st.randoms(use_true_random=False), st.binary(max_size=8))
def test_a_resume_with_damaged_bytes_is_imported_or_refused(
    rng: random.Random, noise: bytes
) -> None:
    data = bytearray(json.dumps(sample(), ensure_ascii=False).encode("utf-8"))
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data))
        if rng.random() < 0.5:
            data[at : at + len(noise)] = noise
        else:
            del data[at : at + rng.randint(1, 20)]
    try:
        from exporters.readers import safe_text

        plan = json_resume.parse(safe_text.decode(bytes(data), "cv.json"), "cv.json")
    except ImportRefused:
        return
    _every_record_is_valid(plan)


@FUZZ
@given(
    st.sampled_from(sorted(LINKEDIN)),
    st.randoms(use_true_random=False),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
)
def test_a_linkedin_csv_with_any_damage_is_imported_or_refused(
    name: str, rng: random.Random, noise: str
) -> None:
    text = LINKEDIN[name]
    at = rng.randrange(len(text))
    mutated = text[:at] + noise + text[at + rng.randint(0, 30) :]
    files = dict(LINKEDIN, **{name: mutated})
    from exporters.readers.linkedin import FILES
    from exporters.readers.safe_csv import read_rows

    try:
        tables = {n: read_rows(t, n, FILES[n]) for n, t in files.items()}
        plan = linkedin._Builder("li.zip", tables, "fr").plan()
    except ImportRefused:
        return
    _every_record_is_valid(plan)
