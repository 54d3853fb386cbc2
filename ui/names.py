"""Names written by someone else (signers, requesters), shown so they cannot fool the eye.

A name may carry right-to-left overrides that reverse what follows it, or mix
look-alike letters from several scripts ("Неlène" with a Cyrillic Н). The
fingerprint stays the anchor of trust; the name is shown isolated, without
its control characters, and flagged when its scripts are mixed.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

# Embedding, override and isolate controls, and the invisible marks.
_BIDI_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
)
_FIRST_STRONG_ISOLATE, _POP_ISOLATE = "\u2068", "\u2069"


def scripts(text: str) -> set[str]:
    """The scripts of the letters in `text` (LATIN, CYRILLIC, GREEK, ARABIC…)."""
    found: set[str] = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(name.split(" ")[0] if name else "UNKNOWN")
    return found


def is_mixed(text: str) -> bool:
    """Letters from more than one script in one name: a look-alike, or a real double name."""
    return len(scripts(text)) > 1


def shown(name: str) -> str:
    """The name without bidi controls, isolated from the text around it, flagged if mixed."""
    clean = name.translate(_BIDI_CONTROLS).strip()
    isolated = f"{_FIRST_STRONG_ISOLATE}{clean}{_POP_ISOLATE}"
    if is_mixed(clean):
        flag = QCoreApplication.translate("names", "écritures mélangées : vérifiez l'empreinte")
        return f"{isolated} ⚠ {flag}"
    return isolated
