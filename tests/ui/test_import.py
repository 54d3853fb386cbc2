"""Importing from the app: choose, preview with duplicates, import or cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.readers.plan import ADD, MERGE, SKIP
from tests.conftest import SHARED, fingerprint
from tests.support.archives import linkedin_files, write_zip
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
    assert dialog.stack.currentIndex() == 1
    assert "Basic_LinkedInDataExport.zip" in dialog.preview_title.text()
    assert dialog.table.rowCount() == len(dialog.plan.items)
    assert dialog.warnings.count() == 1  # Paul Nguyen's recommendation has no position
    dialog.import_button.click()
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
    assert dialog.stack.currentIndex() == 1
    dialog.reject()
    assert service.stats() == stats


def test_the_person_decides_what_to_do_with_each_duplicate(
    views: Views, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pick(monkeypatch, SAMPLE)
    dialog = views.show(ImportDialog(views.service))
    dialog.kind_buttons["json-resume"].click()
    (person_row,) = [
        row for row, item in enumerate(dialog.plan.items) if isinstance(item.record, Person)
    ]
    box = dialog.action_boxes[person_row]
    assert box.currentData() == SKIP  # Richard Hendriks is not Sophie Lefèvre: not mixed in
    box.setCurrentIndex(box.findData(MERGE))
    assert dialog.plan.items[person_row].action == MERGE
    for row, item in enumerate(dialog.plan.items):
        if item.action in (ADD, MERGE):
            dialog.action_boxes[row].setCurrentIndex(dialog.action_boxes[row].findData(SKIP))
    assert not dialog.import_button.isEnabled()  # nothing left to write


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
    dialog.import_button.click()
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
    assert dialog.plan is not None and dialog.plan.source == "linkedin"
    dialog.stack.setCurrentIndex(0)
    assert dialog.load_dropped(SAMPLE)
    assert dialog.plan.source == "json-resume"
    dialog.stack.setCurrentIndex(0)
    letter = tmp_path / "lettre.txt"
    letter.write_text("Madame, Monsieur,", "utf-8")
    before = views.service.stats()
    assert not dialog.load_dropped(letter)
    assert "lettre.txt" in dialog.choice_error.text()
    assert views.service.stats() == before
