"""Dates as export files write them, turned into Musette's partial ISO dates."""

from __future__ import annotations

import re
from datetime import date

# English and French month names as LinkedIn writes them ("Aug 2018", "août 2018",
# "janv. 2019"); keys are lower case without the trailing dot.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january", "janv", "janvier"),
        ("feb", "february", "févr", "fevr", "février", "fevrier", "fév", "fev"),
        ("mar", "march", "mars"),
        ("apr", "april", "avr", "avril"),
        ("may", "mai"),
        ("jun", "june", "juin"),
        ("jul", "july", "juil", "juillet"),
        ("aug", "august", "août", "aout", "aoû"),
        ("sep", "sept", "september", "septembre"),
        ("oct", "october", "octobre"),
        ("nov", "november", "novembre"),
        ("dec", "december", "déc", "decembre", "décembre"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTH_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_SLASHED_ISO = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:\s.*)?$")  # "2022/01/05 10:00:00 UTC"
_US_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s.*)?$")


def _valid(year: int, month: int = 1, day: int = 1) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2200


def partial_iso(text: str) -> str | None:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' for a date we recognise, '' for none, None if unknown."""
    value = " ".join(text.split())
    if not value:
        return ""
    if match := _ISO.match(value):
        year, month, day = (int(g) if g else 1 for g in match.groups())
        return value if _valid(year, month, day) else None
    if match := _MONTH_YEAR.match(value):
        named_month = _MONTHS.get(match.group(1).lower())
        named_year = int(match.group(2))
        if named_month is None or not _valid(named_year, named_month):
            return None
        return f"{named_year:04d}-{named_month:02d}"
    if match := _DAY_MONTH_YEAR.match(value):
        day_text, month_name, year_text = match.groups()
        return _full(int(year_text), _MONTHS.get(month_name.lower()), int(day_text))
    if match := _MONTH_DAY_YEAR.match(value):
        month_name, day_text, year_text = match.groups()
        return _full(int(year_text), _MONTHS.get(month_name.lower()), int(day_text))
    if match := _SLASHED_ISO.match(value):
        iso_year, iso_month, iso_day = (int(g) for g in match.groups())
        return _full(iso_year, iso_month, iso_day)
    if match := _US_NUMERIC.match(value):  # LinkedIn's "07/14/19, 10:15 AM"
        us_month, us_day, us_year = (int(g) for g in match.groups())
        return _full(us_year + 2000 if us_year < 100 else us_year, us_month, us_day)
    return None


def _full(year: int, month: int | None, day: int) -> str | None:
    if month is None or not _valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
