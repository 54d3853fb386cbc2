"""Dates as people type them ("17/04/1975", "04/1975", "avril 1975", "1975") and show them."""

from __future__ import annotations

import re
from datetime import date

from exporters.readers.dates import partial_iso

# Day first, as in France and Britain; dots and dashes as well as slashes.
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-\s](\d{4})$")


class NotADate(ValueError):
    """What was typed is no date Musette can read."""


class NoSuchDay(NotADate):
    """A day and month written as dates are, that the calendar does not have (31/02)."""


def read_typed(text: str) -> str:
    """The ISO form Musette keeps ('1975-04-17', '1975-04', '1975'), or '' for nothing.

    Raises NotADate for text that is not a date, or a day the calendar does not have.
    """
    value = " ".join(text.split()).rstrip(".")
    if not value:
        return ""
    if match := _DAY_MONTH_YEAR.match(value):
        day, month, year = (int(g) for g in match.groups())
        return _checked(year, month, day)
    if match := _MONTH_YEAR.match(value):
        month, year = (int(g) for g in match.groups())
        return _checked(year, month)
    # ISO forms and month names in French or English ("avril 1975", "17 avril 1975").
    found = partial_iso(value)
    if found:
        return found
    raise NotADate(text)


def iso_or_as_typed(text: str) -> str:
    """The ISO form when the text is a date; else the text, for the check to name it."""
    try:
        return read_typed(text)
    except NotADate:
        return text.strip()


def _checked(year: int, month: int, day: int | None = None) -> str:
    try:
        date(year, month, day or 1)
    except ValueError:
        if 1 <= month <= 12 and day is not None and 1 <= day <= 31:
            raise NoSuchDay(f"{day}/{month}/{year}") from None
        raise NotADate(f"{day}/{month}/{year}") from None
    if not 1900 <= year <= 2200:
        raise NotADate(str(year))
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def shown(iso: str) -> str:
    """How a kept date reads in a form: '17/04/1975', '04/1975', '1975'."""
    if len(iso) == 10:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"
    if len(iso) == 7:
        return f"{iso[5:7]}/{iso[:4]}"
    return iso
