"""JSON parsing that refuses what Python's json module silently accepts."""

from __future__ import annotations

import json
import re
from typing import Any

from .errors import ImportRefused
from .limits import MAX_JSON_DEPTH, MAX_NUMBER_DIGITS

# A string (skipped whole, brackets inside it included) or a bracket.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _check_depth(text: str, name: str) -> None:
    """Refuse deep nesting before parsing: json.loads would raise RecursionError.

    The regex engine finds strings and brackets, so Python only walks those; match by
    match, not in one substitution over the whole file, which held the interpreter
    (and so the window, when a worker imports) for tens of milliseconds.
    """
    depth = 0
    for found in _STRING_OR_BRACKET.finditer(text):
        char = found.group()
        if char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise ImportRefused(name, "json_depth")
        elif char in "]}":
            depth -= 1


def loads(text: str, name: str) -> Any:
    """Parse `text`; NaN, Infinity, duplicate keys and huge numbers are refusals."""
    _check_depth(text, name)

    def no_constant(word: str) -> Any:
        raise ImportRefused(name, "json_number", word)

    def bounded_int(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
            raise ImportRefused(name, "json_number", f"{len(digits)} digits")
        return int(digits)

    def bounded_float(digits: str) -> float:
        if len(digits) > MAX_NUMBER_DIGITS + 10:
            raise ImportRefused(name, "json_number", f"{len(digits)} characters")
        return float(digits)

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in pairs:
            if key in found:
                raise ImportRefused(name, "json_duplicate", key[:80])
            found[key] = value
        return found

    try:
        return json.loads(
            text,
            parse_constant=no_constant,
            parse_int=bounded_int,
            parse_float=bounded_float,
            object_pairs_hook=unique_keys,
        )
    except json.JSONDecodeError as exc:
        raise ImportRefused(name, "json_syntax", exc.msg, line=exc.lineno) from None
    except RecursionError:  # the pre-scan should make this unreachable; belt and braces
        raise ImportRefused(name, "json_depth") from None


def may_hold_surrogates(text: str) -> bool:
    """Only a \\uD800–\\uDFFF escape can put a lone surrogate in parsed JSON."""
    return _SURROGATE_ESCAPE.search(text) is not None


def clean_text(value: Any) -> Any:
    """The same tree with lone surrogates (valid JSON, invalid UTF-8) made printable."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list):
        return [clean_text(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(key): clean_text(item) for key, item in value.items()}
    return value
