"""Two computers in the app: choose the sync folder, see what came in, choose between two
versions of a field, and join from a new computer — with real widgets, vaults and folders."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.conftest import VaultFiles
from tests.support.jobs import wait_for_jobs
from tests.ui.conftest import open_window
from tests.vault.test_sync import Computer
from ui import dialogs
from ui.join_dialog import JoinDialog
from ui.sections.section_view import SectionView
from ui.start_window import StartWindow
from ui.sync_conflicts_dialog import ConflictsDialog
from ui.sync_dialog import SyncDialog
from vault import Unlock, sync_folder
from vault.model import Experience, Skill
from vault.sync import conflicts, join, sync_now


def _answer_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(dialogs, "ask_folder", lambda *_: str(folder))


def _rename_in_the_form(window: StartWindow, job: Experience, title: str) -> None:
    assert window.main_view is not None
    window.main_view.show_record("experience", job.id)
    view = window.main_view.views[window.main_view.section_for_type("experience")]
    assert isinstance(view, SectionView)
    editor = view.editors[Experience]
    field = editor.input("title")
    assert isinstance(field, QLineEdit)
    field.setText(title)
    editor.save_button.click()
    assert not editor.error_label.isVisible(), editor.error_label.text()


def test_a_laptop_and_a_home_computer_in_the_app(
    unlocked: StartWindow, demo_files: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Syncthing" / "Musette"
    folder.mkdir(parents=True)
    service = unlocked.service
    assert service is not None

    # Musette › Synchroniser…: nothing synced yet, the folder is chosen, the first copy goes in.
    dialog = unlocked.show_sync()
    assert isinstance(dialog, SyncDialog)
    assert "pas encore synchronisée" in dialog.folder_label.text()
    assert not dialog.sync_button.isVisible()
    _answer_folder(monkeypatch, folder)
    dialog.choose_button.click()
    wait_for_jobs()
    assert str(folder) in dialog.folder_label.text()
    assert "synchronisé aujourd'hui à" in dialog.computers_label.text()
    assert [p.suffix for p in folder.iterdir()] == [".musette-sync"]

    # The home computer joins from the folder, renames a job and adds a skill.
    home = Computer(
        tmp_path / "home" / "ma.musette", tmp_path / "home-state", demo_files.passphrase
    )
    home.vault.parent.mkdir()
    join(folder, home.vault, Unlock(passphrase=home.passphrase), state_dir=home.state)
    job = sorted(service.list(Experience), key=lambda e: e.id)[0]
    with home.open() as vault:
        vault.records.update(
            dataclasses.replace(job, title="Coordinatrice des flux, site de Corbas")
        )
        vault.records.add(Skill(label="gérer un planning d'équipe"))
        sync_now(vault, folder, state_dir=home.state)

    # Meanwhile, on the laptop, the same job's title is changed in its form.
    _rename_in_the_form(unlocked, job, "Responsable de quai, équipe de nuit")
    half = folder / "musette-0b1e.musette-sync"
    half.write_bytes(b"PK\x03\x04 a third computer's snapshot, still being copied")
    dialog.sync_button.click()
    wait_for_jobs()
    said = dialog.outcome_label.text()
    assert "Repris de" in said and "1 fiche ajoutée" in said, said
    assert "« musette-0b1e.musette-sync » : incomplet ou abîmé" in said  # left alone, said why
    assert "1 différence entre vos ordinateurs attend votre choix" in dialog.conflicts_label.text()
    assert any(s.label == "gérer un planning d'équipe" for s in service.list(Skill))
    assert dialog.conflicts_button.isVisible()
    assert len(dialog.computers_label.text().splitlines()) == 2  # this computer and the other

    # The home screen says a choice waits, and opens the view where it is made.
    dashboard = unlocked.main_view.dashboard
    unlocked.main_view.show_section("home")
    assert dashboard.sync_box.isVisibleTo(dashboard)
    assert "1 différence entre vos ordinateurs attend votre choix" in dashboard.sync_label.text()
    dashboard.conflicts_button.click()
    chooser = next(d for d in unlocked.findChildren(ConflictsDialog) if d.isVisible())
    assert chooser.list.count() == 1
    assert (
        "Responsable de quai, équipe de nuit" in chooser.list.item(0).text()
    )  # the record, by its title
    assert "Intitulé" in chooser.list.item(0).text()  # and the field, as its form names it
    assert chooser.here_text.toPlainText() == "Responsable de quai, équipe de nuit"
    assert chooser.other_text.toPlainText() == "Coordinatrice des flux, site de Corbas"
    chooser.keep_other.click()
    assert chooser.done_label.isVisible()
    assert service.get(Experience, job.id).title == "Coordinatrice des flux, site de Corbas"
    assert not dashboard.conflicts_button.isVisibleTo(dashboard)

    # Closing the laptop sends the choice; the home computer gets it with no conflict left.
    unlocked.close()
    wait_for_jobs()
    with home.open() as vault:
        sync_now(vault, folder, state_dir=home.state)
        assert (
            vault.records.get(Experience, job.id).title == "Coordinatrice des flux, site de Corbas"
        )
        assert conflicts(vault) == []


def test_a_new_computer_joins_from_the_welcome_page(
    qtbot, app_settings, demo_files: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Nextcloud" / "Musette"
    folder.mkdir(parents=True)
    laptop = Computer(demo_files.path, tmp_path / "laptop-state", demo_files.passphrase)
    laptop.sync(folder)
    here = tmp_path / "Documents"
    here.mkdir()
    window = open_window(qtbot, app_settings, here)
    assert window.stack.currentWidget() is window.welcome_page
    window.welcome_page.join_button.click()
    [join_dialog] = window.findChildren(JoinDialog)
    _answer_folder(monkeypatch, folder)
    join_dialog.choose_folder()

    join_dialog.passphrase_edit.setText("pas la bonne phrase")
    join_dialog.join_button.click()
    wait_for_jobs()
    assert "Cette phrase de passe ne correspond pas" in join_dialog.error_label.text()
    assert not (here / "ma-musette.musette").exists()  # a refused join leaves nothing behind

    join_dialog.passphrase_edit.setText(demo_files.passphrase)
    join_dialog.join_button.click()
    wait_for_jobs()
    assert window.main_view is not None
    assert window.service is not None and window.service.path == here / "ma-musette.musette"
    with laptop.open() as vault:
        on_the_laptop = {s.label for s in vault.records.list(Skill)}
    assert {s.label for s in window.service.list(Skill)} == on_the_laptop
    dashboard = window.main_view.dashboard
    assert dashboard.sync_box.isVisibleTo(dashboard)
    assert "Cet ordinateur" in dashboard.sync_label.text()
    window.close()


def test_edits_reach_the_folder_a_few_minutes_later_and_a_pulled_stick_is_said_on_the_home_screen(
    unlocked: StartWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "CLE-USB"
    stick.mkdir()
    _answer_folder(monkeypatch, stick)
    dialog = unlocked.show_sync()
    assert dialog is not None
    dialog.choose_button.click()
    wait_for_jobs()
    dialog.accept()
    service, runner = unlocked.service, unlocked.sync_runner
    assert service is not None and runner is not None
    first = service.sync_state()
    assert first is not None and first.generation == 1

    runner.timer.setInterval(50)  # « a few minutes », shortened for the test
    service.save(Skill(label="souder à l'arc"), is_new=True)
    assert runner.timer.isActive()
    assert background_ends_after(runner)
    after = service.sync_state()
    assert after is not None and after.generation == 2
    manifest = sync_folder.read_snapshot(stick / sync_folder.snapshot_name(after.device))
    assert manifest.generation == 2

    # Saving a form while a sync runs on its worker: both go through, nothing is lost.
    runner.timer.setInterval(60_000)  # no timed sync to start behind this one
    assert runner.sync(quiet=True) is not None
    service.save(Skill(label="braser"), is_new=True)
    wait_for_jobs()
    assert {"braser", "souder à l'arc"} <= {s.label for s in service.list(Skill)}
    assert service.sync_problem is None

    for leftover in stick.iterdir():
        leftover.unlink()
    stick.rmdir()  # the stick is pulled out
    runner.timer.stop()
    runner.timer.setInterval(50)
    service.save(Skill(label="lire un plan"), is_new=True)
    assert background_ends_after(runner)
    dashboard = unlocked.main_view.dashboard
    unlocked.main_view.show_section("home")
    assert "n'est plus là" in dashboard.sync_label.text()
    assert any(s.label == "lire un plan" for s in service.list(Skill))  # nothing lost here


def background_ends_after(runner) -> bool:  # type: ignore[no-untyped-def]
    """The timer fires, its sync starts and ends."""
    from ui import background

    return background.wait_until(lambda: not runner.timer.isActive(), 5_000) and (
        wait_for_jobs() is None
    )


def test_a_new_key_on_the_other_computer_is_typed_once_and_the_app_opens_again_with_it(
    unlocked: StartWindow, demo_files: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.kdf import cheap_params_for_tests

    folder = tmp_path / "Dropbox" / "Musette"
    folder.mkdir(parents=True)
    _answer_folder(monkeypatch, folder)
    dialog = unlocked.show_sync()
    assert dialog is not None
    dialog.choose_button.click()
    wait_for_jobs()
    home = Computer(tmp_path / "home.musette", tmp_path / "home-state", demo_files.passphrase)
    join(folder, home.vault, Unlock(passphrase=home.passphrase), state_dir=home.state)
    new = "la phrase choisie après la fuite"
    with home.open() as vault:  # the home computer changes the key after a leak
        vault.rotate_data_key(new, kdf_params=cheap_params_for_tests())
    home.passphrase = new
    with home.open() as vault:
        vault.records.add(Skill(label="animer une réunion"))
        sync_now(vault, folder, state_dir=home.state)

    dialog.sync_button.click()
    wait_for_jobs()
    assert dialog.align_button.isVisible()
    assert "La phrase de passe a changé sur" in dialog.align_label.text()

    told: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(dialogs, "ask_secret", lambda *_: "pas la bonne")
    dialog.align_button.click()
    wait_for_jobs()
    assert told and "phrase de passe ne correspond pas" in told[0]
    assert unlocked.main_view is not None  # refused: the person is back where they were

    dialog = unlocked.show_sync()
    assert dialog is not None
    dialog.sync_button.click()
    wait_for_jobs()
    monkeypatch.setattr(dialogs, "ask_secret", lambda *_: new)
    dialog.align_button.click()
    wait_for_jobs()
    service = unlocked.service
    assert service is not None and unlocked.main_view is not None  # open again, by itself
    unlocked.sync_runner.sync(quiet=False)
    wait_for_jobs()
    assert any(s.label == "animer une réunion" for s in service.list(Skill))
    unlocked.close()
    wait_for_jobs()
    with Computer(demo_files.path, tmp_path / "x", new).open() as vault:  # one passphrase now
        assert vault.check() == []
