"""Two computers edit one musette; merging by record loses nothing and agrees both ways."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from vault.sync_merge import merge_table

Table = dict[str, dict[str, Any]]


def record(title: str, city: str = "Lyon", saved: str = "2026-12-01") -> dict[str, Any]:
    return {"title": title, "city": city, "updated_at": saved, "deleted_at": None}


BASE: Table = {"a": record("Cariste"), "b": record("Soudeur"), "c": record("Vendeuse")}


def test_adds_and_edits_from_both_computers_come_together() -> None:
    laptop = {**BASE, "d": record("Aide-soignante", saved="2026-12-02")}
    laptop["a"] = record("Cariste CACES 3", saved="2026-12-02")
    home = {**BASE, "e": record("Boulanger", saved="2026-12-02")}
    home["b"] = record("Soudeur", city="Grenoble", saved="2026-12-03")

    merged = merge_table(BASE, laptop, home)

    assert set(merged.rows) == {"a", "b", "c", "d", "e"}
    assert merged.rows["a"]["title"] == "Cariste CACES 3"
    assert merged.rows["b"]["city"] == "Grenoble"
    assert (merged.added, merged.updated, merged.deleted) == (1, 1, 0)
    assert merged.conflicts == []


def test_the_same_field_changed_on_both_keeps_both_values_until_the_person_chooses() -> None:
    laptop = {**BASE, "a": record("Cariste d'entrepôt", saved="2026-12-02")}
    home = {**BASE, "a": record("Cariste poids lourds", saved="2026-12-03")}

    merged = merge_table(BASE, laptop, home)

    [conflict] = merged.conflicts
    assert (conflict.record_id, conflict.column) == ("a", "title")
    assert {conflict.mine, conflict.theirs} == {"Cariste d'entrepôt", "Cariste poids lourds"}
    assert merged.rows["a"]["title"] == "Cariste poids lourds"  # saved later, for now


def test_a_deletion_applies_unless_the_other_computer_edited_the_record() -> None:
    laptop = {k: v for k, v in BASE.items() if k != "c"}  # « Vendeuse » removed
    laptop["b"] = {**BASE["b"], "deleted_at": "2026-12-02"}  # « Soudeur » put in the trash
    home = {**BASE, "b": record("Soudeur TIG", saved="2026-12-02")}

    merged = merge_table(BASE, laptop, home)

    assert "c" not in merged.rows
    assert merged.rows["b"]["title"] == "Soudeur TIG"
    assert merged.rows["b"]["deleted_at"] is None
    assert merged.kept == ["b"]


def test_nothing_changed_here_is_a_fast_forward() -> None:
    home = {**BASE, "a": record("Cariste CACES 5", saved="2026-12-02")}
    del home["c"]
    merged = merge_table(BASE, BASE, home)
    assert merged.rows == home
    assert (merged.updated, merged.deleted, merged.conflicts) == (1, 1, [])


# A computer's day: each step adds a record, edits a field, trashes or removes a record.
_step = st.tuples(
    st.sampled_from(["add", "edit", "trash", "remove"]),
    st.integers(0, 9),
    st.sampled_from(["Lyon", "Oran", "Hà Nội", "Москва", ""]),
)


def _lived(base: Table, steps: list[tuple[str, int, str]], device: str) -> Table:
    table = {k: dict(v) for k, v in base.items()}
    for n, (action, which, city) in enumerate(steps):
        ids = sorted(table)
        saved = f"2026-12-{n + 2:02d}T{device}"
        if action == "add" or not ids:
            table[f"{device}{n}"] = record(f"{device} {n}", city, saved)
            continue
        record_id = ids[which % len(ids)]
        if action == "edit":
            table[record_id] = {**table[record_id], "city": city, "updated_at": saved}
        elif action == "trash":
            table[record_id] = {**table[record_id], "deleted_at": saved}
        else:
            del table[record_id]
    return table


@settings(max_examples=300, deadline=None)
@given(st.lists(_step, max_size=8), st.lists(_step, max_size=8))
def test_two_computers_after_syncing_hold_the_same_records_and_lose_no_addition(
    laptop_steps: list[tuple[str, int, str]], home_steps: list[tuple[str, int, str]]
) -> None:
    laptop, home = _lived(BASE, laptop_steps, "L"), _lived(BASE, home_steps, "H")

    on_laptop = merge_table(BASE, laptop, home)
    at_home = merge_table(BASE, home, laptop)

    # Merging A into B and B into A give the same content, and the same conflicts.
    assert on_laptop.rows == at_home.rows
    assert {(c.record_id, c.column) for c in on_laptop.conflicts} == {
        (c.record_id, c.column) for c in at_home.conflicts
    }
    # No record created on either side is missing.
    for side in (laptop, home):
        for record_id in set(side) - set(BASE):
            assert record_id in on_laptop.rows
    # Every conflicting edit is present with both values, and the record holds one of them.
    for conflict in on_laptop.conflicts:
        assert conflict.mine == laptop[conflict.record_id][conflict.column]
        assert conflict.theirs == home[conflict.record_id][conflict.column]
        assert on_laptop.rows[conflict.record_id][conflict.column] in (
            conflict.mine,
            conflict.theirs,
        )
    # And no field both changed differently is decided silently.
    conflicting = {(c.record_id, c.column) for c in on_laptop.conflicts}
    for record_id in set(BASE) & set(laptop) & set(home):
        for column in ("title", "city"):
            was, mine, theirs = (t[record_id][column] for t in (BASE, laptop, home))
            if mine != was and theirs != was and mine != theirs:
                assert (record_id, column) in conflicting
    # A second sync, from the merged copy both now share, changes nothing on either side.
    again = merge_table(on_laptop.rows, on_laptop.rows, at_home.rows)
    assert again.rows == on_laptop.rows
    assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, [])
