"""The order a person gave a section's items by dragging them in Musette, kept in `extra`."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import TypeVar

from vault.model import Record

ORDER_KEY = "order"  # extra["order"]: the item's place in its section, from 0
R = TypeVar("R", bound=Record)


def user_order(record: Record) -> int | None:
    """The place the person gave the record, or None when they never moved it."""
    if f'"{ORDER_KEY}"' not in record.extra:
        return None
    place = json.loads(record.extra).get(ORDER_KEY)
    return place if isinstance(place, int) and not isinstance(place, bool) else None


def in_user_order(records: Sequence[R]) -> list[R]:
    """The items the person placed, in their order, then the others as they came."""
    placed = sorted(
        (r for r in records if user_order(r) is not None),
        key=lambda r: user_order(r) or 0,
    )
    return placed + [r for r in records if user_order(r) is None]


def placed(records: Sequence[R]) -> list[R]:
    """The same records numbered 0, 1, 2… in the given order (only those that change)."""
    changed: list[R] = []
    for place, record in enumerate(records):
        if user_order(record) == place:
            continue
        extra = json.loads(record.extra)
        extra[ORDER_KEY] = place
        changed.append(dataclasses.replace(record, extra=json.dumps(extra, ensure_ascii=False)))
    return changed
