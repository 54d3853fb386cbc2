"""A musette of thousands of items: a section reads what it shows, and still finds everything."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import VaultFiles
from tests.ui.conftest import Views
from ui.i18n import apply_language
from ui.models.record_table_model import KEPT_PAGES, PAGE
from ui.sections.section_view import SectionRows, SectionView
from ui.vault_service import VaultService
from vault.model import Experience, Skill

SKILLS = 5_000


@pytest.fixture
def big(qtbot, vault_files: VaultFiles, monkeypatch: pytest.MonkeyPatch) -> Iterator[Views]:
    """5 000 skills (the person placed three of them first) and 2 000 jobs."""
    apply_language("fr")
    vault = vault_files.open()
    with vault.batch() as batch:
        for n in range(SKILLS):
            placed = {"order": 2 - n // 1000} if n in (1000, 2000, 3000) else {}
            batch.add(Skill(label=f"compétence n° {n}", extra=json.dumps(placed)))
        for n in range(2_000):
            batch.add(Experience(title=f"poste n° {n}", start_date=f"{1980 + n % 40}-01"))
    service = VaultService(vault)
    yield Views(service, qtbot)
    service.close()


def _rows_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    read: list[int] = []
    real = SectionRows.page

    def counting(self: SectionRows, offset: int, limit: int):  # type: ignore[no-untyped-def]
        found = real(self, offset, limit)
        read.append(len(found))
        return found

    monkeypatch.setattr(SectionRows, "page", counting)
    return read


def test_opening_skills_reads_the_rows_on_screen_not_the_whole_list(
    big: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _rows_read(monkeypatch)
    view = big.section("skills")
    assert isinstance(view, SectionView)
    QApplication.processEvents()
    assert view.model.rowCount() == SKILLS
    assert 0 < sum(read) <= PAGE  # the first page, no more
    # The three the person placed come first, in their order; then the others as they came.
    shown = [view.model.index(r, 0).data() for r in range(4)]
    assert shown == [
        "compétence n° 3000",
        "compétence n° 2000",
        "compétence n° 1000",
        "compétence n° 0",
    ]


def test_scrolling_to_the_end_shows_the_last_skill_and_memory_stays_bounded(
    big: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = big.section("skills")
    assert isinstance(view, SectionView)
    read = _rows_read(monkeypatch)
    for row in range(0, SKILLS, 150):  # scrolling down the whole list
        view.table.scrollTo(view.model.index(row, 0))
        QApplication.processEvents()
    view.table.scrollToBottom()
    QApplication.processEvents()
    assert view.model.index(SKILLS - 1, 0).data() == f"compétence n° {SKILLS - 1}"
    assert sum(read) >= SKILLS - PAGE  # every page was read once on the way down
    assert len(view.model._pages) <= KEPT_PAGES  # but only the last ones are kept


def test_a_record_far_down_the_list_is_found_selected_and_opened(big: Views) -> None:
    view = big.section("skills")
    assert isinstance(view, SectionView)
    skill = next(s for s in big.service.list(Skill) if s.label == "compétence n° 4321")
    assert view.select_record(skill.id)
    row = view.table.currentIndex().row()
    assert row == 4321  # three placed first, then the 4 318 others that came before it
    assert view.model.record_at(row).id == skill.id
    assert view.editors[Skill].input("label").text() == "compétence n° 4321"


def test_the_path_of_two_thousand_jobs_runs_from_the_most_recent(big: Views) -> None:
    view = big.section("path")
    assert isinstance(view, SectionView)
    assert view.model.rowCount() == 2_000
    first = view.model.record_at(0)
    last = view.model.record_at(1_999)
    assert first.start_date == "2019-01" and last.start_date == "1980-01"  # type: ignore[attr-defined]
