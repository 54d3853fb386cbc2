"""Texts marked for translation where they are declared, and translated where they are shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for the translators in `context`; typed, unlike PySide6's (which says object)."""
    return text
