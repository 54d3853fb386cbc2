"""Read a CSV export into rows keyed by header, tolerating extra columns and preambles."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from .errors import ImportRefused

csv.field_size_limit(1024 * 1024)  # a LinkedIn summary or recommendation fits easily


def read_rows(text: str, name: str, required: Sequence[str]) -> list[dict[str, str]]:
    """Rows as {column: value}; the header is the first line holding every required column.

    LinkedIn's Connections.csv starts with a "Notes:" paragraph before its
    header, so lines before the header are skipped. Extra columns are kept in
    the dict; missing cells are empty text.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise ImportRefused(name, "csv_syntax", str(exc)[:120], line=reader.line_num) from None
    wanted = [column.lower() for column in required]
    start = next(
        (
            index
            for index, row in enumerate(lines[:20])
            if all(c in [cell.strip().lstrip("\ufeff").lower() for cell in row] for c in wanted)
        ),
        None,
    )
    if start is None:
        raise ImportRefused(name, "csv_header", ", ".join(required))
    names = [cell.strip().lstrip("\ufeff") for cell in lines[start]]
    rows: list[dict[str, str]] = []
    for row in lines[start + 1 :]:
        if not any(cell.strip() for cell in row):
            continue
        record = {column: "" for column in names}
        for column, cell in zip(names, row, strict=False):
            record[column] = cell.strip()
        rows.append(record)
    return rows


def cell(row: dict[str, str], column: str) -> str:
    """A cell by its column name, whatever the header's case; line ends made plain \\n."""
    value = row.get(column)
    if value is None:
        lower = column.lower()
        value = next((v for k, v in row.items() if k.lower() == lower), "")
    return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
