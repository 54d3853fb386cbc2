"""French typography for what leaves Musette: no-break spaces where a French reader expects them."""

from __future__ import annotations

import functools
import re
import unicodedata

NBSP = "\u00a0"  # Atkinson Hyperlegible has no U+202F: the ordinary no-break space it is

_BEFORE_PUNCTUATION = re.compile(r"[ \u202f]*([:;!?»])")
_AFTER_GUILLEMET = re.compile(r"«[ \u202f]*")
_EURO = re.compile(r"€\s*(\d[\d\s.,]*\d|\d)")
_AMOUNT_EURO = re.compile(r"(\d)[ \u202f]*€")
_URL = re.compile(r"\w+://\S+|\S+@\S+")


@functools.lru_cache(maxsize=4096)  # a portfolio repeats the same job on many skills
def french(text: str) -> str:
    """'Compétences : Excel!' -> 'Compétences\u00a0: Excel\u00a0!'; « », € and 1 200 too.

    Web addresses and e-mail addresses are left as they are.
    """
    parts: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        parts.append(_french_words(text[position : match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(_french_words(text[position:]))
    return "".join(parts)


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


@functools.lru_cache(maxsize=4096)
def apostrophes(text: str) -> str:
    """ "l'équipe" -> "l’équipe": the typographic apostrophe, between letters only."""
    parts: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        parts.append(_APOSTROPHE.sub("’", text[position : match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(_APOSTROPHE.sub("’", text[position:]))
    return "".join(parts)


def _french_words(text: str) -> str:
    text = _EURO.sub(lambda m: f"{m.group(1)}{NBSP}€", text)
    text = _BEFORE_PUNCTUATION.sub(lambda m: f"{NBSP}{m.group(1)}", text)
    text = _AFTER_GUILLEMET.sub(f"«{NBSP}", text)
    text = _AMOUNT_EURO.sub(lambda m: f"{m.group(1)}{NBSP}€", text)
    text = re.sub(r"(\d) (\d{3})\b", rf"\1{NBSP}\2", text)  # 1 200 never splits
    # A time such as 10:30 or a ratio 3:1 takes no space.
    return re.sub(rf"(\d){NBSP}:(\d)", r"\1:\2", text)


def for_language(text: str, language: str) -> str:
    """The text as printed: typographic apostrophes, and French spacing in French."""
    text = apostrophes(text) if "'" in text else text
    return french(text) if language == "fr" else text


def right_to_left(text: str) -> bool:
    """Whether the text's first strong letter is right-to-left (Arabic, Hebrew…)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False
