"""The dates people type, read the way they meant them."""

from __future__ import annotations

import pytest

from ui.typed_dates import NotADate, read_typed, shown


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("17/04/1975", "1975-04-17"),
        ("17.04.1975", "1975-04-17"),
        ("7/4/1975", "1975-04-07"),
        ("04/1975", "1975-04"),
        ("avril 1975", "1975-04"),
        ("avr. 1975", "1975-04"),
        ("April 1975", "1975-04"),
        ("17 avril 1975", "1975-04-17"),
        ("1975", "1975"),
        ("1975-04-17", "1975-04-17"),
        ("1975-04", "1975-04"),
        ("  ", ""),
    ],
)
def test_a_date_as_people_write_it_is_kept_as_iso(typed: str, kept: str) -> None:
    assert read_typed(typed) == kept
    assert read_typed(shown(kept)) == kept  # what a form shows reads back the same


@pytest.mark.parametrize("typed", ["31/02/1975", "04/17/1975", "13/1975", "hier", "17/04/75"])
def test_what_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(NotADate):
        read_typed(typed)
