"""A section's list read a page at a time comes out exactly as the whole list, sorted, would."""

from __future__ import annotations

import dataclasses
import json
import random

from exporters.ordering import in_user_order
from vault import Vault
from vault.listing import Listing
from vault.model import Certification, Contact, Education, Experience, Organisation, Skill


def _whole(vault: Vault, listing: Listing) -> list[str]:
    return [r.id for r in vault.records.page(listing, 0, -1)]


def _by_pages(vault: Vault, listing: Listing, size: int) -> list[str]:
    total = vault.records.count_listed(listing)
    return [
        r.id for start in range(0, total, size) for r in vault.records.page(listing, start, size)
    ]


def _check_every_place(vault: Vault, listing: Listing, expected: list[str]) -> None:
    assert vault.records.count_listed(listing) == len(expected)
    assert _whole(vault, listing) == expected
    assert _by_pages(vault, listing, 7) == expected
    for place, record_id in enumerate(expected):
        assert vault.records.position(listing, record_id) == place


def test_skills_the_person_placed_come_first_in_their_order_then_the_others(
    opened: Vault,
) -> None:
    rng = random.Random(6)
    with opened.batch() as batch:
        for n in range(60):
            extra: dict[str, object] = {}
            if n % 3 == 0:
                extra["order"] = rng.randint(0, 10)  # ties: the one that came first stays first
            elif n % 7 == 0:
                extra["order"] = True  # not a place: JSON true is no number
            batch.add(Skill(label=f"compétence {n}", extra=json.dumps(extra)))
    skills = opened.records.list(Skill)
    listing = Listing((Skill,), "placed")
    _check_every_place(opened, listing, [s.id for s in in_user_order(skills)])


def test_the_path_runs_from_the_most_recent_date_whatever_the_kind(opened: Vault) -> None:
    with opened.batch() as batch:
        for n in range(15):
            year = 2000 + n % 6  # several entries share a date
            batch.add(Experience(title=f"poste {n}", start_date=f"{year}-0{1 + n % 3}"))
            batch.add(Education(title=f"formation {n}", start_date=f"{year}-01"))
            batch.add(Certification(name=f"titre {n}", issued_on="" if n % 4 else f"{year}-02"))
    kinds = (Experience, Education, Certification)
    found = [r for cls in kinds for r in opened.records.list(cls)]
    expected = sorted(
        found,
        key=lambda r: (
            getattr(r, "start_date", "") or getattr(r, "issued_on", "") or "",
            # equal dates: the entry made first comes first
            tuple(-ord(c) for c in r.created_at + r.id),
        ),
        reverse=True,
    )
    _check_every_place(opened, Listing(kinds, "timeline"), [r.id for r in expected])


def test_mixed_kinds_in_the_order_they_came_kind_by_kind_and_trash_left_out(
    opened: Vault,
) -> None:
    with opened.batch() as batch:
        for n in range(12):
            batch.add(Contact(given_name=f"Prénom {n}", family_name="Nguyễn"))
            batch.add(Organisation(name=f"Structure {n}"))
    contacts = opened.records.list(Contact)
    opened.records.move_to_trash(Contact, contacts[3].id)
    listing = Listing((Contact, Organisation))
    expected = [c.id for c in opened.records.list(Contact)] + [
        o.id for o in opened.records.list(Organisation)
    ]
    _check_every_place(opened, listing, expected)
    assert opened.records.position(listing, contacts[3].id) == -1  # in the trash


def test_a_moved_skill_takes_its_new_place_in_the_list(opened: Vault) -> None:
    with opened.batch() as batch:
        for n in range(5):
            batch.add(Skill(label=f"compétence {n}"))
    skills = opened.records.list(Skill)
    last = skills[-1]
    opened.records.update(dataclasses.replace(last, extra=json.dumps({"order": 0})))
    listing = Listing((Skill,), "placed")
    assert opened.records.position(listing, last.id) == 0
    assert _whole(opened, listing)[1:] == [s.id for s in skills[:-1]]
