"""Importing from the app: choose, preview with duplicates, import or cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.readers.plan import ADD, MERGE, SKIP
from tests.conftest import SHARED, fingerprint
from tests.support.archives import linkedin_files, write_zip
from tests.support.jobs import wait_for_jobs
from tests.ui.conftest import Views
from ui import dialogs
from ui.import_dialog import ImportDialog
from ui.sections import catalog
from ui.sections.section_view import SectionView
from ui.start_window import StartWindow
from vault.model import Attestation, Contact, Experience, Person

SAMPLE = SHARED / "data" / "json-resume" / "sample.resume.json"


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: str(path))


def test_a_linkedin_archive_is_previewed_then_imported(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service = unlocked.service
    assert service is not None
    before = len(service.list(Contact))
    _pick(monkeypatch, write_zip(tmp_path / "Basic_LinkedInDataExport.zip", linkedin_files()))
    dialog = unlocked.show_import()
    assert dialog is not None
    dialog.kind_buttons["linkedin"].click()
    wait_for_jobs()
    assert dialog.stack.currentIndex() == 1
    assert "Basic_LinkedInDataExport.zip" in dialog.preview_title.text()
    assert dialog.table.model().rowCount() == len(dialog.plan.items)
    assert dialog.warnings.count() == 1  # Paul Nguyen's recommendation has no position
    dialog.import_button.click()
    wait_for_jobs()
    assert len(service.list(Contact)) == before + 4
    assert any(e.title == "Chef d'équipe" for e in service.list(Experience))


def test_cancelling_the_preview_writes_nothing(
    views: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = views.service
    stats = service.stats()
    _pick(monkeypatch, SAMPLE)
    dialog = views.show(ImportDialog(views.service))
    dialog.kind_buttons["json-resume"].click()
    wait_for_jobs()
    assert dialog.stack.currentIndex() == 1
    dialog.reject()
    assert service.stats() == stats


def test_the_person_decides_what_to_do_with_each_duplicate(
    views: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pick(monkeypatch, SAMPLE)
    dialog = views.show(ImportDialog(views.service))
    dialog.kind_buttons["json-resume"].click()
    wait_for_jobs()
    (person_row,) = [
        row for row, item in enumerate(dialog.plan.items) if isinstance(item.record, Person)
    ]
    assert dialog.action(person_row) == SKIP  # Richard Hendriks is not Sophie Lefèvre: not mixed in
    assert dialog.set_action(person_row, MERGE)
    assert dialog.plan.items[person_row].action == MERGE
    for row, item in enumerate(dialog.plan.items):
        if item.action in (ADD, MERGE):
            dialog.set_action(row, SKIP)
    assert not dialog.import_button.isEnabled()  # nothing left to write


def test_what_to_do_is_chosen_with_the_keyboard_in_the_list(
    views: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QComboBox

    from ui.models.import_plan_model import ACTION_COLUMN

    _pick(monkeypatch, SAMPLE)
    dialog = views.show(ImportDialog(views.service))
    dialog.kind_buttons["json-resume"].click()
    wait_for_jobs()
    row = next(r for r, item in enumerate(dialog.plan.items) if item.action == ADD)
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, ACTION_COLUMN))
    views.qtbot.keyClick(table, Qt.Key.Key_F2)  # opens « Que faire » for that record
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox)
    assert box.accessibleName().startswith("Que faire de")
    assert [box.itemData(n) for n in range(box.count())] == [ADD, SKIP]
    box.setCurrentIndex(box.findData(SKIP))
    box.activated.emit(box.currentIndex())  # the choice, as Entrée in the open list makes it
    views.qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.plan.items[row].action == SKIP
    assert "laisser de côté" in dialog.summary.text()


def test_a_refused_file_is_explained_and_the_vault_untouched(
    views: Views, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    service = views.service
    bad = tmp_path / "cv.json"
    bad.write_text('{"work": [{"position": 12}]}', "utf-8")
    _pick(monkeypatch, bad)
    folder = service.path.parent
    service.stats()
    before = {k: v for k, v in fingerprint(folder).items() if not k.endswith(("-wal", "-shm"))}
    dialog = views.show(ImportDialog(views.service))
    dialog.kind_buttons["json-resume"].click()
    wait_for_jobs()
    assert dialog.stack.currentIndex() == 0
    assert dialog.choice_error.isVisible()
    assert "cv.json" in dialog.choice_error.text()
    assert "work[0].position" in dialog.choice_error.text()
    after = {k: v for k, v in fingerprint(folder).items() if not k.endswith(("-wal", "-shm"))}
    assert after == before


def test_an_imported_badge_shows_its_name_and_its_check_in_plain_words(
    views: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    badge = SHARED / "data" / "openbadges" / "1edtech-validator-vectors" / "ob30" / "simple-jwt.png"
    _pick(monkeypatch, badge)
    dialog = views.show(ImportDialog(views.service))
    dialog.kind_buttons["badge"].click()
    wait_for_jobs()
    dialog.import_button.click()
    wait_for_jobs()
    view = views.show(SectionView(catalog.ATTESTATIONS, views.service))
    model = view.model
    texts = [
        model.data(model.index(row, column))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert any("Teamwork" in str(t) and "Example Corp" in str(t) for t in texts)
    assert any("Signature valide, émetteur non vérifiable hors ligne" in str(t) for t in texts)
    view.select_record(model.record_at(0).id)
    editor = view.editors[Attestation]
    assert editor.input("status").text().startswith("Signature valide")


def test_a_file_dropped_on_the_importer_is_recognised_by_its_content(
    views: Views, tmp_path: Path
) -> None:
    archive = write_zip(tmp_path / "export.zip", linkedin_files())
    dialog = views.show(ImportDialog(views.service))
    assert dialog.load_dropped(archive)
    wait_for_jobs()
    assert dialog.plan is not None and dialog.plan.source == "linkedin"
    dialog.stack.setCurrentIndex(0)
    assert dialog.load_dropped(SAMPLE)
    wait_for_jobs()
    assert dialog.plan.source == "json-resume"
    dialog.stack.setCurrentIndex(0)
    letter = tmp_path / "lettre.txt"
    letter.write_text("Madame, Monsieur,", "utf-8")
    before = views.service.stats()
    assert not dialog.load_dropped(letter)
    wait_for_jobs()
    assert "lettre.txt" in dialog.choice_error.text()
    assert views.service.stats() == before
