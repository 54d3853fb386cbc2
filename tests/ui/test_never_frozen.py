"""The slow work runs off the GUI thread: the window keeps answering while a key is derived,
the database opened, a document built or written, a backup copied and checked.

Not timed: each slow function notes the thread it ran on, and the GUI thread must not
appear. Run through the real window, as a person would use it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from exporters.actions import import_file
from tests.conftest import VaultFiles
from tests.support.archives import linkedin_files, write_zip
from tests.support.jobs import wait_for_jobs
from tests.support.printing import printing_to
from tests.ui.conftest import open_window
from ui import build_process, dialogs, vault_service
from ui.sections import share_view
from ui.settings import AppSettings
from ui.start_window import StartWindow
from vault import backup, kdf, rotation
from vault import vault as vault_module
from vault.model import ExportLog
from vault.secret_store import MemorySecretStore


@pytest.fixture
def slow_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """(what, ran on the GUI thread) for each slow call made during the test."""
    calls: list[tuple[str, bool]] = []

    def watched(what: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def noting(*args: Any, **kwargs: Any) -> Any:
            calls.append((what, threading.current_thread() is threading.main_thread()))
            return original(*args, **kwargs)

        return noting

    monkeypatch.setattr(kdf, "derive", watched("key derivation", kdf.derive))
    monkeypatch.setattr(kdf, "calibrate", watched("calibration", kdf.calibrate))
    monkeypatch.setattr(vault_module, "connect", watched("database open", vault_module.connect))
    monkeypatch.setattr(backup, "write_backup", watched("backup copy", backup.write_backup))
    monkeypatch.setattr(
        vault_service, "write_atomic", watched("file written", vault_service.write_atomic)
    )
    monkeypatch.setattr(
        rotation, "rotate_data_key", watched("re-encryption", rotation.rotate_data_key)
    )
    monkeypatch.setattr(backup, "verify", watched("backup check", backup.verify))
    monkeypatch.setattr(share_view, "print_pages", watched("printing", share_view.print_pages))
    monkeypatch.setattr(import_file, "read", watched("import read", import_file.read))
    monkeypatch.setattr(import_file, "prepare", watched("import compared", import_file.prepare))
    monkeypatch.setattr(import_file, "apply", watched("import written", import_file.apply))
    # Documents are built in a child process; the app's side waits on a worker thread.
    original_build = build_process.BUILDER.build

    def waiting_for_the_child(format_name: str, *args: Any, **kwargs: Any) -> bytes:
        calls.append(
            (f"{format_name} build", threading.current_thread() is threading.main_thread())
        )
        return original_build(format_name, *args, **kwargs)

    monkeypatch.setattr(build_process, "build", waiting_for_the_child)
    return calls


def _on_the_gui_thread(calls: list[tuple[str, bool]]) -> list[str]:
    return [what for what, on_gui in calls if on_gui]


def test_creating_a_musette_calibrates_and_derives_off_the_gui_thread(
    qtbot, tmp_path: Path, slow_calls: list[tuple[str, bool]]
) -> None:
    settings = AppSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        data_folder=tmp_path,
    )
    # kdf_params=None: calibrated on this machine, as the app does for a person.
    window = StartWindow(settings, default_folder=tmp_path, kdf_params=None, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.welcome_page.create_button.click()
    window.create_page.passphrase_edit.setText("trois mots solides")
    window.create_page.confirm_edit.setText("trois mots solides")
    window.create_page.create_button.click()
    assert window.create_page.job is not None  # the window answers while it works
    wait_for_jobs()
    assert window.stack.currentWidget() is window.recovery_page
    done = {what for what, _ in slow_calls}
    assert {"calibration", "key derivation", "database open"} <= done
    assert not _on_the_gui_thread(slow_calls)


def test_unlocking_by_passphrase_and_by_this_computer_derives_off_the_gui_thread(
    qtbot, app_settings: AppSettings, demo_files: VaultFiles, slow_calls
) -> None:
    store = MemorySecretStore()
    window = open_window(qtbot, app_settings, demo_files.path.parent, str(demo_files.path), store)
    window.unlock_page.secret_edit.setText(demo_files.passphrase)
    window.unlock_page.remember_box.setChecked(True)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    assert window.main_view is not None
    assert {"key derivation", "database open"} <= {what for what, _ in slow_calls}
    window.lock()
    slow_calls.clear()
    window.unlock_page.device_button.click()  # remembered: no passphrase asked
    wait_for_jobs()
    assert window.main_view is not None
    assert "database open" in {what for what, _ in slow_calls}
    assert not _on_the_gui_thread(slow_calls)


def test_exports_are_built_saved_and_printed_and_backups_made_off_the_gui_thread(
    qtbot,
    unlocked: StartWindow,
    slow_calls: list[tuple[str, bool]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = unlocked.service
    assert service is not None and unlocked.main_view is not None
    share = unlocked.main_view.show_section("share")
    targets = iter([tmp_path / "cv.pdf", tmp_path / "cv.docx"])
    monkeypatch.setattr(dialogs, "ask_save_any", lambda *_args: str(next(targets)))
    printed = tmp_path / "papier.pdf"
    monkeypatch.setattr(dialogs, "ask_printer", printing_to(printed))
    share.preview("cv")
    qtbot.waitUntil(lambda: share.preview_dialog is not None, timeout=30_000)
    share.preview_dialog.save_button.click()
    share.preview("docx")  # no preview: built, then written
    qtbot.waitUntil(lambda: (tmp_path / "cv.docx").exists(), timeout=30_000)
    wait_for_jobs()
    share.preview("cv")
    qtbot.waitUntil(lambda: share.preview_dialog is not None, timeout=30_000)
    share.preview_dialog.print_button.click()
    wait_for_jobs()
    assert (tmp_path / "cv.pdf").exists() and printed.exists()
    assert len(service.list(ExportLog)) == 3  # saved, saved, printed
    unlocked.back_up_now()
    wait_for_jobs()
    done = {what for what, _ in slow_calls}
    assert {"cv build", "docx build", "file written", "printing", "backup copy"} <= done
    assert "backup check" in done
    assert not _on_the_gui_thread(slow_calls)


def test_an_archive_is_read_compared_and_imported_off_the_gui_thread(
    unlocked: StartWindow, slow_calls: list[tuple[str, bool]], tmp_path: Path
) -> None:
    from vault.model import Contact

    service = unlocked.service
    assert service is not None
    before = len(service.list(Contact))
    importer = unlocked.show_import()
    assert importer is not None
    importer.load("linkedin", write_zip(tmp_path / "export.zip", linkedin_files()))
    assert importer.stack.currentIndex() == 0  # the window answers while the file is read
    wait_for_jobs()
    assert importer.stack.currentIndex() == 1  # the preview, once read
    importer.import_button.click()
    wait_for_jobs()
    assert len(service.list(Contact)) > before
    done = {what for what, _ in slow_calls}
    assert {"import read", "import compared", "import written"} <= done
    assert not _on_the_gui_thread(slow_calls)


def test_changing_the_passphrase_or_the_key_works_off_the_gui_thread(
    unlocked: StartWindow, slow_calls: list[tuple[str, bool]]
) -> None:
    from ui.rotate_key_dialog import RotateKeyDialog

    for rotate in (False, True):
        dialog = RotateKeyDialog(unlocked, choose=True)
        dialog.rotate_box.setChecked(rotate)
        dialog.passphrase_edit.setText("une autre phrase de passe")
        dialog.confirm_edit.setText("une autre phrase de passe")
        dialog.exec = lambda: RotateKeyDialog.DialogCode.Accepted  # type: ignore[method-assign]
        assert unlocked.change_passphrase(dialog)
        wait_for_jobs()
    assert unlocked.stack.currentWidget() is unlocked.recovery_page  # the new code, shown
    assert {"key derivation", "re-encryption"} <= {what for what, _ in slow_calls}
    assert not _on_the_gui_thread(slow_calls)


def test_documents_are_built_in_a_child_process_that_ends_with_the_lock(
    unlocked: StartWindow,
) -> None:
    """The child holds the person's records only while the musette is open."""
    from exporters.share import ShareChoice
    from exporters.writers.progress import ExportCancelled

    service = unlocked.service
    assert service is not None
    choice = ShareChoice(language="fr")
    career = service.career_reader("cv", choice)()
    assert build_process.build("cv", career, choice).startswith(b"%PDF")
    children = list(build_process.BUILDER._pool._processes.values())  # noqa: SLF001
    assert children and all(child.is_alive() for child in children)
    unlocked.lock()
    assert not any(child.is_alive() for child in children)
    with pytest.raises(ExportCancelled):  # a worker still running cannot start another
        build_process.build("cv", career, choice)


def test_without_a_python_beside_a_packaged_app_documents_are_built_on_the_worker(
    unlocked: StartWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A launcher that embeds Python cannot start a child: the build still happens."""
    from exporters.share import ShareChoice

    build_process.stop()  # whatever an earlier test left
    build_process.allow()
    monkeypatch.setattr(build_process, "INTERPRETER", None)
    service = unlocked.service
    assert service is not None
    choice = ShareChoice(language="fr")
    career = service.career_reader("brief", choice)()
    assert build_process.build("brief", career, choice).startswith(b"%PDF")
    assert build_process.BUILDER._pool is None  # noqa: SLF001 (no child was started)


def test_the_collectors_full_pass_waits_for_a_pause_and_for_workers_to_stop(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import time

    from ui import quiet_collector

    typed = [time.monotonic()]
    collector = quiet_collector.QuietCollector(lambda: typed[0])
    passes: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda *args: passes.append(1) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, 3))  # something reached the old one
    assert not collector.tick() and not passes  # a key was just pressed: not now
    typed[0] -= quiet_collector.QUIET_S + 1  # a pause
    young = [collector._young_seen + quiet_collector.BUSY_YOUNG]  # noqa: SLF001
    monkeypatch.setattr(collector, "_young_passes", lambda: young[0])
    assert not collector.tick() and not passes  # a worker is making objects: wait
    with quiet_collector.working():  # a worker is running, even a quiet one: wait
        assert not collector.tick() and not passes
    assert collector.tick() and passes == [1]  # quiet now: the full pass runs
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, 0))
    assert not collector.tick() and passes == [1]  # nothing new since: no pass


def test_the_app_leaves_full_passes_to_the_quiet_collector() -> None:
    import gc

    from ui import quiet_collector

    before = gc.get_threshold()
    try:
        quiet_collector.defer_full_passes()
        assert gc.get_threshold()[2] == quiet_collector.FULL_AFTER
    finally:
        gc.set_threshold(*before)
