"""Every section: add, edit, delete, undo, restore; search; locking leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from tests.conftest import VaultFiles
from tests.support.jobs import wait_for_jobs
from tests.ui.conftest import Views
from ui.sections.documents_view import DocumentsView
from ui.sections.index import SECTION_KEYS
from ui.sections.section_view import SectionView
from ui.sections.trash_view import TrashView
from ui.start_window import StartWindow
from vault import model
from vault.demo import _tiny_pdf

# What a person types to create one record of each kind, by section.
NEW_RECORDS: list[tuple[str, type[model.Record], dict[str, str]]] = [
    ("rights", model.CpfReading, {"read_on": "2026-11-01", "balance_cents": "1 234,50"}),
    ("rights", model.RightScheme, {"note": "Rendez-vous pris"}),
    ("rights", model.Reminder, {"title": "Relancer la RH", "due_on": "2026-12-15"}),
    ("skills", model.Skill, {"label": "Gestion de conflits"}),
    (
        "path",
        model.Experience,
        {"title": "Agente d'accueil", "start_date": "2005-09", "end_date": "2008-06"},
    ),
    ("path", model.Education, {"title": "CAP Petite enfance", "end_date": "2004"}),
    ("path", model.Certification, {"name": "Permis C"}),
    ("projects", model.Project, {"title": "Ouvrir une crèche"}),
    ("projects", model.ProjectStep, {"title": "Rencontrer la PMI"}),
    ("network", model.Contact, {"given_name": "Inès", "family_name": "Roux"}),
    ("network", model.Organisation, {"name": "Mission locale de Lyon"}),
    ("network", model.Community, {"name": "Anciens du lycée"}),
    ("network", model.Interaction, {"occurred_on": "2026-11-20", "summary": "Café"}),
    ("notes", model.Note, {"title": "À retenir", "body": "Penser au bilan."}),
]


def fill(editor, values: dict[str, str]) -> None:
    for name, text in values.items():
        widget = editor.input(name)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)


@pytest.mark.parametrize(
    "section, cls, values", NEW_RECORDS, ids=[c.TYPE for _, c, _ in NEW_RECORDS]
)
def test_add_edit_delete_undo_and_restore(views: Views, section, cls, values) -> None:
    view = views.section(section)
    assert isinstance(view, SectionView)
    service = views.service
    before = {r.id for r in service.list(cls)}

    editor = view.start_new(cls)
    fill(editor, values)
    editor.save_button.click()
    assert not editor.error_label.isVisible(), editor.error_label.text()
    (new_id,) = {r.id for r in service.list(cls)} - before
    assert view.table.currentIndex().isValid()
    assert view.model.record_at(view.table.currentIndex().row()).id == new_id

    # Edit: the first text field gets a new value.
    first_text = next(n for n in values if isinstance(editor.input(n), QLineEdit | QPlainTextEdit))
    changed = values[first_text].replace("2026-11", "2026-10") + (
        " bis" if "date" not in first_text and "_on" not in first_text else ""
    )
    fill(editor, {first_text: changed})
    editor.save_button.click()
    stored = service.get(cls, new_id)
    assert str(getattr(stored, first_text)) in (
        changed,
        str(stored.balance_cents) if hasattr(stored, "balance_cents") else "",
    )

    # Delete, undo, delete again, restore from the trash.
    view.delete_selected()
    assert new_id not in {r.id for r in service.list(cls)}
    assert view.undo_bar.isVisibleTo(view)
    view.undo_delete()
    assert new_id in {r.id for r in service.list(cls)}
    view.select_record(new_id)
    view.delete_selected()
    trash = views.section("trash")
    assert isinstance(trash, TrashView)
    row = next(r for r in range(trash.model.rowCount()) if trash.model.record_at(r).id == new_id)
    trash.table.selectRow(row)
    trash.restore_selected()
    assert new_id in {r.id for r in service.list(cls)}


def test_the_identity_card_is_edited_in_place(views: Views) -> None:
    view = views.section("identity")
    view.editor.input("city").setText("Villeurbanne")
    view.editor.save_button.click()
    assert views.service.person().city == "Villeurbanne"


def test_invalid_input_is_explained_next_to_the_form(views: Views) -> None:
    view = views.section("path")
    editor = view.start_new(model.Experience)
    fill(editor, {"title": "Soudeur", "start_date": "2020-05", "end_date": "2019"})
    editor.save_button.click()
    assert editor.error_label.isVisible()
    assert "Fin" in editor.error_label.text() and "avant le début" in editor.error_label.text()
    fill(editor, {"title": "Soudeur", "start_date": "au printemps", "end_date": ""})
    editor.save_button.click()
    assert "17/04/1975" in editor.error_label.text()


def test_dates_are_typed_and_shown_the_way_people_write_them(views: Views) -> None:
    """17/04/1975, 04/1975, avril 1975, 1975 or ISO: all are dates; 31/02 is not."""
    view = views.section("identity")
    birth = view.editor.input("birth_date")
    birth.setText("31/02/1975")
    view.editor.save_button.click()
    assert view.editor.error_label.isVisible()
    birth.setText("17/04/1975")
    view.editor.save_button.click()
    assert views.service.person().birth_date == "1975-04-17"
    assert birth.text() == "17/04/1975"  # shown back the French way
    path = views.section("path")
    editor = path.start_new(model.Experience)
    fill(editor, {"title": "Cariste", "start_date": "avril 2019", "end_date": "03/2021"})
    editor.save_button.click()
    (job,) = [e for e in views.service.list(model.Experience) if e.title == "Cariste"]
    assert (job.start_date, job.end_date) == ("2019-04", "2021-03")


def test_search_as_you_type_ignores_accents_and_opens_the_record(
    qtbot, unlocked: StartWindow
) -> None:
    main = unlocked.main_view
    main.focus_search()
    main.search_edit.setText("preparatrice")
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.search_view, timeout=2000)
    results = main.search_view.results
    assert results.count() >= 1
    assert "Préparatrice de commandes" in results.item(0).text()
    assert "[" not in results.item(0).text()  # the match is shown in bold, not bracketed
    assert "<b" in results.item(0).data(Qt.ItemDataRole.UserRole + 2)
    assert main.nav.currentRow() == -1  # no section looks selected over the results
    qtbot.keyClick(main.search_edit, Qt.Key.Key_Return)
    view = main.views["path"]
    assert main.stack.currentWidget() is view
    assert main.current_section() == "path"  # the sidebar follows
    record = view.model.record_at(view.table.currentIndex().row())
    assert record.title == "Préparatrice de commandes"


def _texts(widget) -> list[str]:
    found = []
    for child in widget.findChildren(QLabel):
        found.append(child.text())
    for child in widget.findChildren(QLineEdit):
        found.append(child.text())
    for child in widget.findChildren(QPlainTextEdit):
        found.append(child.toPlainText())
    for child in widget.findChildren(QComboBox):
        found.extend(child.itemText(i) for i in range(child.count()))
    return found


def test_locking_leaves_nothing_personal_in_any_model_or_widget(
    unlocked: StartWindow, demo_files: VaultFiles
) -> None:
    main = unlocked.main_view
    for key in SECTION_KEYS:
        view = main.show_section(key)
        if isinstance(view, SectionView) and view.model.rowCount():
            view.table.selectRow(0)
    models = [v.model for v in main.views.values() if hasattr(v, "model")]
    unlocked.lock()
    assert all(m.rowCount() == 0 for m in models)
    markers = ("Lefèvre", "Sophie", "LogiSud", "Haddad", "06 12 34 56 78", "QHSE")
    everything = "\n".join(_texts(unlocked))
    for marker in markers:
        assert marker not in everything, marker
    assert unlocked.main_view is None
    assert QApplication.clipboard().text() == "" or "Sophie" not in QApplication.clipboard().text()


def test_unlocking_brings_the_person_back_where_they_were(
    unlocked: StartWindow, demo_files: VaultFiles
) -> None:
    unlocked.main_view.show_section("network")
    unlocked.lock()
    unlocked.unlock_page.secret_edit.setText(demo_files.passphrase)
    unlocked.unlock_page.open_button.click()
    wait_for_jobs()
    assert unlocked.main_view.current_section() == "network"


def test_switching_to_english_rebuilds_every_screen(unlocked: StartWindow, app_settings) -> None:
    unlocked.main_view.show_section("skills")
    unlocked.set_language("en")
    main = unlocked.main_view
    assert main is not None and main.current_section() == "skills"
    labels = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert labels[:4] == ["Home", "Identity", "Rights", "Skills"]
    assert main.lock_button.text() == "Lock"
    assert app_settings.language == "en"
    unlocked.set_language("fr")
    assert unlocked.main_view.lock_button.text() == "Verrouiller"


def test_documents_are_added_previewed_and_refused_when_not_documents(
    views: Views, tmp_path: Path
) -> None:
    view = views.section("documents")
    assert isinstance(view, DocumentsView)
    pdf = tmp_path / "diplome.pdf"
    pdf.write_bytes(_tiny_pdf())
    program = tmp_path / "cv.pdf.exe"
    program.write_bytes(b"MZ\x90\x00" + bytes(200))
    huge = tmp_path / "bulletins.pdf"
    with huge.open("wb") as out:  # 26 MB, sparse: nothing written to the disk
        out.truncate(26 * 1024 * 1024)
    (refused,) = view.add_files([str(huge)])
    assert "26,0 Mo" in refused and "limite est de 20 Mo" in refused
    assert any("Jusqu'à 20 Mo" in label.text() for label in view.findChildren(QLabel))
    problems = view.add_files([str(pdf), str(program)])
    assert len(problems) == 1 and "cv.pdf.exe" in problems[0]
    assert "cv.pdf.exe" in view.problems_label.text()
    record = view.model.record_at(view.table.currentIndex().row())
    assert record.name == "diplome.pdf"
    assert view.editors[model.Document].input("media_type").text() == "PDF"  # no MIME type
    pixmap = view.preview_label.pixmap()
    assert pixmap is not None and not pixmap.isNull()


def test_emptying_the_trash_asks_once(views: Views, monkeypatch) -> None:
    service = views.service
    skill = service.list(model.Skill)[0]
    service.move_to_trash(model.Skill, skill.id)
    trash = views.section("trash")
    monkeypatch.setattr("ui.sections.trash_view.confirm_empty_trash", lambda _p, _n: False)
    trash.empty_button.click()
    assert trash.model.rowCount() == 1
    monkeypatch.setattr("ui.sections.trash_view.confirm_empty_trash", lambda _p, _n: True)
    trash.empty_button.click()
    assert trash.model.rowCount() == 0


def test_the_dashboard_says_how_complete_and_what_is_due(unlocked: StartWindow) -> None:
    dashboard = unlocked.main_view.dashboard
    assert dashboard.progress.value() == dashboard.progress.maximum()
    assert "Sophie" in dashboard.greeting.text()
    assert "Enquête métier" in dashboard.due_label.text() or "Rien" in dashboard.due_label.text()
    dashboard.skills_button.click()  # the guided path, not an empty list
    main = unlocked.main_view
    assert main.current_section() == "skills"
    from ui.wizards.skills.wizard import SkillsWizard

    (wizard,) = [w for w in main.findChildren(SkillsWizard) if w.isVisible()]
    wizard.reject()
    # Each line of the checklist opens what completes it.
    line = next(b for b in dashboard.checklist_buttons if "expérience" in b.text())
    line.click()
    assert main.current_section() == "path"
    editor = main.views["path"].editor_stack.currentWidget()
    assert editor.heading.text().startswith("Nouvelle fiche")


def test_every_control_has_an_accessible_name_or_visible_text(unlocked: StartWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    main = unlocked.main_view
    for key in SECTION_KEYS:
        main.show_section(key)
    for widget in (
        main.findChildren(QLineEdit)
        + main.findChildren(QPlainTextEdit)
        + main.findChildren(QComboBox)
    ):
        if widget.isVisibleTo(main):
            assert widget.accessibleName(), widget
    # Qt's own helper buttons (line-edit clear, table corner) are named by Qt itself.
    for button in main.findChildren(QPushButton) + main.findChildren(QCheckBox):
        if isinstance(button, QCheckBox) or button.isVisibleTo(main):
            assert button.text() or button.accessibleName(), button


def test_documents_and_attestations_go_to_the_trash_and_come_back(unlocked: StartWindow) -> None:
    service = unlocked.service
    attestation = model.Attestation(payload="eyJhbGciOiJFUzI1NiJ9.e30.s", issuer_name="K. Haddad")
    service.save(attestation, is_new=True)
    for key, cls in (("documents", model.Document), ("attestations", model.Attestation)):
        view = unlocked.main_view.show_section(key)
        record = service.list(cls)[0]
        assert view.select_record(record.id)
        view.delete_selected()
        assert record.id not in {r.id for r in service.list(cls)}
        view.undo_delete()
        assert record.id in {r.id for r in service.list(cls)}
    # What others signed cannot be edited by hand.
    view = unlocked.main_view.views["attestations"]
    assert not view.editors[model.Attestation].save_button.isEnabled()


def test_a_file_dropped_on_documents_is_kept_in_the_musette(views: Views, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    view = views.section("documents")
    letter = tmp_path / "lettre.txt"
    letter.write_text("Madame, Monsieur,", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    names = [d.name for d in views.service.list(model.Document)]
    assert "lettre.txt" in names
    assert view.preview_label.text().startswith("Madame")


def test_lists_show_dates_the_way_people_read_them(views: Views) -> None:
    view = views.section("path")
    details = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert any("septembre 2018" in d for d in details), details


def test_a_job_gets_its_english_version_folded_under_the_french_one(views: Views) -> None:
    from exporters.translations import translations

    view = views.section("path")
    job = next(e for e in views.service.list(model.Experience) if e.organisation == "LogiSud")
    view.select_record(job.id)
    editor = view.editors[model.Experience]
    box = editor.translation_box
    assert not box.isChecked()  # nothing in English yet: folded away
    assert not editor._translation_inputs["title"].isVisible()
    box.setChecked(True)
    editor._translation_inputs["title"].setText("Logistics team leader")
    assert editor.pending() is not None  # typed and not saved: the lock would ask
    editor.save_button.click()
    stored = views.service.get(model.Experience, job.id)
    assert stored.title == "Cheffe d'équipe logistique"  # the French stays as written
    assert translations(stored) == {"en": {"title": "Logistics team leader"}}
    view.select_record(job.id)
    assert editor.translation_box.isChecked()  # it has English: shown
    assert editor._translation_inputs["title"].text() == "Logistics team leader"


def test_a_date_an_import_could_not_read_is_shown_as_written_and_marked_to_check(
    views: Views,
) -> None:
    """Never "janv. 2010 – aujourd'hui" for a past job whose end Musette could not read."""
    import json

    keep = {"endDate": "2015-03（1年6个月）"}
    views.service.save(
        model.Experience(
            title="Magasinier",
            organisation="Entrepôts Vallée du Gier",
            start_date="2010-01",
            extra=json.dumps({"json_resume": {"keep": keep}}, ensure_ascii=False),
        ),
        is_new=True,
    )
    view = views.section("path")
    details = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    (line,) = [d for d in details if "Entrepôts Vallée du Gier" in d]
    assert "2015-03（1年6个月）" in line and "à vérifier" in line
    assert "aujourd'hui" not in line


def test_skills_are_put_in_the_persons_order_and_the_cv_follows(views: Views) -> None:
    """Drag a row, or Alt+Up / Alt+Down: the list keeps that order, and so do the exports."""
    from PySide6.QtCore import QModelIndex

    from exporters.actions import export
    from exporters.share import ShareChoice

    view = views.section("skills")
    assert isinstance(view, SectionView)

    def labels() -> list[str]:
        return [view.model.record_at(r).display_name() for r in range(view.model.rowCount())]

    before = labels()
    assert len(before) >= 3
    # Dragging the third row to the top, as the table's drop does.
    data = view.model.mimeData([view.model.index(2, 0)])
    view.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert labels() == [before[2], before[0], before[1], *before[3:]]
    # The keyboard: the moved row is selected; Alt+Down puts it back one place.
    assert view.table.currentIndex().row() == 0
    with views.qtbot.waitActive(view):
        view.activateWindow()
    view.table.setFocus()
    views.qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert labels() == [before[0], before[2], before[1], *before[3:]]
    view.up_button.click()
    assert labels()[0] == before[2]
    # The JSON Resume export lists skills and languages in that order.
    import json

    vault = views.service._vault  # type: ignore[attr-defined]
    exported = json.loads(export.build(vault, "json-resume", ShareChoice()))
    names = [s["name"] for s in exported["skills"]]
    assert names == [n for n in labels() if n in names]


def test_a_skill_form_shows_no_identifier_and_cefr_only_for_languages(views: Views) -> None:
    view = views.section("skills")
    assert isinstance(view, SectionView)
    esco = next(
        r
        for r in range(view.model.rowCount())
        if view.model.record_at(r).esco_uri  # type: ignore[attr-defined]
    )
    view.select_record(view.model.record_at(esco).id)
    editor = view.editors[model.Skill]
    shown = editor.input("esco_uri")
    assert isinstance(shown, QLabel)
    assert "data.europa.eu" not in shown.text().replace('href="http://data.europa.eu', "")
    assert "fiche" in shown.text()
    form = editor._form  # noqa: SLF001 - the rows a person sees
    category = editor.input("category")
    assert isinstance(category, QComboBox)
    category.setCurrentIndex(category.findData("skill"))
    assert not form.isRowVisible(editor.input("cefr"))
    category.setCurrentIndex(category.findData("language"))
    assert form.isRowVisible(editor.input("cefr"))


def test_an_empty_section_says_what_goes_in_it_and_shows_the_button_that_fills_it(
    qtbot, vault_files: VaultFiles
) -> None:
    from ui.sections.index import BY_KEY
    from ui.vault_service import VaultService

    service = VaultService(vault_files.open())
    try:
        skills = BY_KEY["skills"].build(service)
        qtbot.addWidget(skills)
        assert skills.list_stack.currentWidget() is skills.empty_page
        skills.empty_button.click()
        assert skills.editor_stack.currentWidget().heading.text().startswith("Nouvelle fiche")
        attestations = BY_KEY["attestations"].build(service)
        qtbot.addWidget(attestations)
        assert "Demander une attestation" in attestations.empty_label.text()
        with qtbot.waitSignal(attestations.import_requested) as asked:
            attestations.empty_button.click()
        assert asked.args == ["attestation"]
    finally:
        service.close()


def test_every_problem_is_said_beside_its_field_at_once_and_a_save_says_so(
    views: Views,
) -> None:
    view = views.section("path")
    editor = view.start_new(model.Experience)
    fill(editor, {"title": "", "start_date": "au printemps", "end_date": "hier"})
    editor.save_button.click()
    # Three problems, each under its own field, and the first one focused.
    beside = {name: label for name, label in editor._field_errors.items() if label.isVisible()}  # noqa: SLF001
    assert set(beside) == {"title", "start_date", "end_date"}
    assert "à remplir" in beside["title"].text() and "17/04/1975" in beside["end_date"].text()
    assert editor.error_label.text().count("\n") == 2
    fill(editor, {"title": "Soudeur", "start_date": "2019", "end_date": "2021"})
    editor.save_button.click()
    assert not editor.error_label.isVisible() and not any(
        label.isVisible()
        for label in editor._field_errors.values()  # noqa: SLF001
    )
    assert editor.heading.text() == "Expérience : Soudeur"  # no longer « Nouvelle fiche »
    assert editor.saved_label.isVisible() and "Enregistré" in editor.saved_label.text()
