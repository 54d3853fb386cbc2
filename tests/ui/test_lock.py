"""Locking means gone: every dialog, wizard, preview and export worker holding vault data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from tests.conftest import SHARED
from tests.support.jobs import wait_for_jobs
from tests.ui.conftest import open_window
from ui import dialogs
from ui.sections.share_view import ShareView
from ui.start_window import StartWindow

MARKERS = ("Lefèvre", "Sophie", "LogiSud", "Valmont", "Haddad", "06 12 34 56 78")


def _texts_on_screen() -> str:
    """Every text any visible top-level window shows."""
    found: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        widgets = [window, *window.findChildren(QLabel), *window.findChildren(QLineEdit)]
        for widget in widgets:
            if isinstance(widget, QLabel | QLineEdit):
                found.append(widget.text())
        found += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
        for combo in window.findChildren(QComboBox):
            found += [combo.itemText(i) for i in range(combo.count())]
        found.append(window.windowTitle())
    return "\n".join(found)


def _open_everything(window: StartWindow, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    sample = SHARED / "data" / "json-resume" / "sample.resume.json"
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: str(sample))
    importer = window.show_import()
    assert importer is not None
    importer.kind_buttons["json-resume"].click()  # its preview shows names from the vault
    wait_for_jobs()
    assert window.show_backups() is not None
    assert window.show_signer() is not None
    window.main_view.show_section("rights").open_wizard()
    share = window.main_view.show_section("share")
    assert isinstance(share, ShareView)
    share.preview("portfolio")  # a worker still building at lock
    assert "Sophie" in _texts_on_screen()


def test_a_manual_lock_leaves_no_window_holding_vault_data(
    unlocked: StartWindow, monkeypatch, qtbot, tmp_path: Path
) -> None:
    _open_everything(unlocked, monkeypatch, qtbot)
    unlocked.lock()
    qtbot.wait(200)  # a cancelled export must not come back with an error box
    shown = _texts_on_screen()
    for marker in MARKERS:
        assert marker not in shown, marker


def test_the_idle_lock_closes_them_too(qtbot, app_settings, demo_files, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(
        qtbot, app_settings, demo_files.path.parent, str(demo_files.path), idle_ms=1500
    )
    window.unlock_page.secret_edit.setText(demo_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    _open_everything(window, monkeypatch, qtbot)
    qtbot.waitUntil(lambda: window.service is None, timeout=10_000)
    qtbot.wait(200)
    shown = _texts_on_screen()
    for marker in MARKERS:
        assert marker not in shown, marker


def test_a_copied_secret_is_marked_and_cleared_at_lock(unlocked: StartWindow) -> None:
    from ui.clipboard import SECRET_HINT, copy_sensitive

    copy_sensitive("ABCD-EFGH-secret")
    data = QApplication.clipboard().mimeData()
    assert bytes(data.data(SECRET_HINT)) == b"secret"  # no clipboard-manager history
    unlocked.lock()
    assert QApplication.clipboard().text() != "ABCD-EFGH-secret"


def _type_a_note(window: StartWindow, text: str):  # type: ignore[no-untyped-def]
    from vault.model import Note

    notes = window.main_view.show_section("notes")
    editor = notes.start_new(Note)
    editor.input("body").setPlainText(text)
    return editor


def test_an_idle_lock_keeps_what_was_typed_and_gives_it_back_after_unlocking(
    qtbot, app_settings, demo_files
) -> None:  # type: ignore[no-untyped-def]
    from vault.model import Note

    window = open_window(
        qtbot, app_settings, demo_files.path.parent, str(demo_files.path), idle_ms=1500
    )
    window.unlock_page.secret_edit.setText(demo_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    notes_before = len(window.service.list(Note))
    _type_a_note(window, "Appeler Mme Haddad pour la VAE, mardi")
    qtbot.waitUntil(lambda: window.service is None, timeout=10_000)  # stepped away
    assert "Haddad" not in _texts_on_screen()
    window.unlock_page.secret_edit.setText(demo_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    editor = window.main_view.views["notes"].editors[Note]
    assert editor.input("body").toPlainText() == "Appeler Mme Haddad pour la VAE, mardi"
    assert window.main_view.current_section() == "notes"
    assert len(window.service.list(Note)) == notes_before  # offered back, not saved unasked
    assert window.service.draft("unsaved-edits") is None
    editor.save_button.click()
    assert len(window.service.list(Note)) == notes_before + 1


def test_a_manual_lock_over_an_unsaved_edit_asks(unlocked: StartWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from vault.model import Note

    service = unlocked.service
    before = len(service.list(Note))
    answers: list[str] = []
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *args: answers.pop(0))
    _type_a_note(unlocked, "Penser au bilan")
    answers.append("cancel")
    assert not unlocked.request_lock() and unlocked.service is service  # still open
    answers.append("save")
    assert unlocked.request_lock() and unlocked.service is None
    assert len(_unlock_again(unlocked).list(Note)) == before + 1
    _type_a_note(unlocked, "Brouillon à jeter")
    answers.append("discard")
    assert unlocked.request_lock()
    reopened = _unlock_again(unlocked)
    assert len(reopened.list(Note)) == before + 1
    assert reopened.draft("unsaved-edits") is None  # discarded means gone


def _unlock_again(window: StartWindow):  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    window.unlock_page.secret_edit.setText(PASSPHRASE)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    assert window.service is not None
    return window.service


def test_locking_over_a_wizard_keeps_its_answers_as_a_draft_without_asking(
    unlocked: StartWindow,
    monkeypatch,
    demo_files,  # type: ignore[no-untyped-def]
) -> None:
    from ui import dialogs
    from ui.wizards.rights.wizard import DRAFT, RightsWizard
    from vault import Unlock, Vault

    def no_question(*_args: object) -> str:
        raise AssertionError("locking must not ask anything")

    monkeypatch.setattr(dialogs, "ask_leave_wizard", no_question)
    wizard = unlocked.main_view.open_wizard("rights")
    assert isinstance(wizard, RightsWizard)
    page = wizard.situation_page
    page.status.setCurrentIndex(page.status.findData("job_seeker"))
    unlocked.lock()
    assert not wizard.isVisible()
    with Vault.open(demo_files.path, Unlock(passphrase=demo_files.passphrase)) as vault:
        assert vault.drafts.get(DRAFT)["situation"]["status"] == "job_seeker"
