"""What the discovery pages share: a column that is refilled each time a page is shown."""

from __future__ import annotations

import textwrap

from PySide6.QtWidgets import QCheckBox, QLayout


def emptied(layout: QLayout) -> QLayout:
    """Remove every widget and nested layout from `layout` (a page drawn again from its answers)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            emptied(inner)
    return layout


def shown(text: str, width: int = 0) -> str:
    """A button's text: on several lines when long (buttons do not wrap), its « & » shown,
    not taken for a keyboard shortcut (« Décoration & ameublement »)."""
    return (textwrap.fill(text, width) if width else text).replace("&", "&&")


def check_box(text: str, width: int = 56) -> QCheckBox:
    """A check box for a title of Diagoriente's lists (see `shown`)."""
    box = QCheckBox(shown(text, width))
    box.setAccessibleName(text)
    box.setProperty("plain", text)
    return box
