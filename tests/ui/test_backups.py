"""Backups in the app: on closing, on demand, failures shown, restore and replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from tests.conftest import VaultFiles
from tests.support.jobs import wait_for_jobs
from tests.ui.conftest import open_window
from ui import dialogs
from ui.start_window import StartWindow
from vault import Unlock, Vault, backup
from vault.model import Skill


def test_closing_the_app_makes_a_verified_backup(
    qtbot, app_settings, demo_files: VaultFiles
) -> None:
    window = open_window(qtbot, app_settings, demo_files.path.parent, str(demo_files.path))
    window.unlock_page.secret_edit.setText(demo_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    window.close()
    (made,) = backup.list_backups(app_settings.backup_folders[0])
    assert backup.verify(made.path, bytes.fromhex(demo_files.recovery_hex))["skill"] >= 20


def test_a_failed_backup_is_shown_on_the_dashboard(
    unlocked: StartWindow, app_settings, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    app_settings.second_backup_folder = str(blocker / "inside")
    unlocked.back_up_now()
    wait_for_jobs()
    dashboard = unlocked.main_view.dashboard
    assert dashboard.backup_box.isVisibleTo(dashboard)
    assert "échoué" in dashboard.backup_label.text()
    app_settings.second_backup_folder = ""
    dashboard.backup_button.click()
    wait_for_jobs()
    assert not dashboard.backup_box.isVisibleTo(dashboard)


def test_the_daily_backup_happens_once_a_day(unlocked: StartWindow, app_settings) -> None:
    unlocked.back_up_if_due()
    wait_for_jobs()
    unlocked.back_up_if_due()
    wait_for_jobs()
    assert len(backup.list_backups(app_settings.backup_folders[0])) == 1


def test_restore_a_backup_into_a_new_file(
    unlocked: StartWindow, app_settings, tmp_path: Path, monkeypatch
) -> None:
    unlocked.back_up_now()
    wait_for_jobs()
    dialog = unlocked.show_backups()
    assert dialog is not None and dialog.backup_list.count() == 1
    assert "fiches" in dialog.status_label.text()
    target = tmp_path / "copie.musette"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_: str(target))
    dialog.restore_button.click()
    assert "Restaurée" in dialog.status_label.text()
    Vault.open(target, Unlock(recovery_code=unlocked.service._vault._data_key.hex())).close()
    assert unlocked.service is not None  # the open musette was not touched


def test_replace_the_musette_with_a_backup_keeps_the_replaced_one(
    unlocked: StartWindow, demo_files: VaultFiles, monkeypatch
) -> None:
    unlocked.back_up_now()
    wait_for_jobs()
    unlocked.service.save(Skill(label="Ajoutée après la sauvegarde"), is_new=True)
    dialog = unlocked.show_backups()
    monkeypatch.setattr("ui.backups_dialog.confirm_replace", lambda *_: True)
    dialog.replace_button.click()
    assert unlocked.service is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    kept = [p for p in demo_files.path.parent.glob("demo-remplacee-*.musette")]
    assert len(kept) == 1
    with Vault.open(demo_files.path, Unlock(passphrase=demo_files.passphrase)) as vault:
        assert "Ajoutée après la sauvegarde" not in [s.label for s in vault.records.list(Skill)]
    with Vault.open(kept[0], Unlock(passphrase=demo_files.passphrase)) as vault:
        assert "Ajoutée après la sauvegarde" in [s.label for s in vault.records.list(Skill)]


def test_a_second_place_such_as_a_usb_stick_gets_every_backup(
    unlocked: StartWindow, app_settings, tmp_path: Path, monkeypatch
) -> None:
    stick = tmp_path / "CLE-USB"
    stick.mkdir()
    dialog = unlocked.show_backups()
    monkeypatch.setattr(dialogs, "ask_folder", lambda *_: str(stick))
    dialog.second_button.click()
    wait_for_jobs()  # the first copy there is made on a worker
    assert app_settings.second_backup_folder == str(stick)
    assert len(backup.list_backups(stick)) == 1
    assert len(backup.list_backups(app_settings.backup_folders[0])) == 1
    assert str(stick) in dialog.intro_label.text()


def test_a_read_only_musette_shows_a_banner_and_offers_no_edits(
    qtbot, app_settings, demo_files: VaultFiles
) -> None:
    demo_files.path.chmod(0o400)
    window = open_window(qtbot, app_settings, demo_files.path.parent, str(demo_files.path))
    window.unlock_page.secret_edit.setText(demo_files.passphrase)
    window.unlock_page.open_button.click()
    wait_for_jobs()
    assert window.service is not None and window.service.read_only
    dashboard = window.main_view.dashboard
    assert dashboard.read_only_label.isVisibleTo(dashboard)
    skills = window.main_view.show_section("skills")
    assert not skills.add_button.isVisibleTo(skills)
    skills.table.selectRow(0)
    assert not skills.editors[Skill].save_button.isEnabled()


def test_changing_the_key_after_a_leak_shows_a_new_recovery_code(
    qtbot, unlocked: StartWindow, demo_files: VaultFiles
) -> None:
    from ui.rotate_key_dialog import RotateKeyDialog

    dialog = RotateKeyDialog(unlocked)
    dialog.passphrase_edit.setText("court")
    assert "Trop courte" in dialog.strength_bar.format()  # the meter, as at creation
    dialog.passphrase_edit.setText("une clé toute neuve")
    dialog.confirm_edit.setText("une clé toute neuve")
    dialog.exec = lambda: RotateKeyDialog.DialogCode.Accepted  # the person clicks "Changer la clé"
    assert unlocked.change_key(dialog)
    wait_for_jobs()  # re-encrypted on a worker
    recovery = unlocked.recovery_page
    assert unlocked.stack.currentWidget() is recovery
    new_code = "-".join(recovery.code_label.text().split())
    assert new_code != demo_files.recovery_code
    recovery.noted_box.setChecked(True)
    recovery.continue_button.click()
    assert unlocked.main_view is not None
    unlocked.lock()
    Vault.open(demo_files.path, Unlock(passphrase="une clé toute neuve")).close()
    Vault.open(demo_files.path, Unlock(recovery_code=new_code)).close()


def test_a_pulled_usb_stick_offers_the_last_backup(
    qtbot, unlocked: StartWindow, demo_files: VaultFiles
) -> None:
    unlocked.back_up_now()
    wait_for_jobs()
    view = unlocked.main_view.show_section("skills")
    editor = view.start_new(Skill)
    editor.input("label").setText("Soudure")
    demo_files.path.rename(demo_files.path.with_name("ailleurs.musette"))  # the stick is gone
    editor.save_button.click()
    assert "a disparu" in editor.error_label.text()
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() and w.windowTitle() == "Sauvegardes"
            for w in unlocked.findChildren(QDialog)
        ),
        timeout=3000,
    )


def test_the_passphrase_is_changed_in_the_app_with_a_new_key_by_default(
    qtbot, unlocked: StartWindow, demo_files: VaultFiles
) -> None:
    from ui.rotate_key_dialog import RotateKeyDialog

    old_keys = demo_files.key_path.read_bytes()
    dialog = RotateKeyDialog(unlocked, choose=True)
    assert dialog.rotate_box.isVisibleTo(dialog) and dialog.rotate()  # on unless untouched
    dialog.rotate_box.setChecked(False)  # only the passphrase, this time
    dialog.passphrase_edit.setText("une autre phrase de passe")
    dialog.confirm_edit.setText("une autre phrase de passe")
    dialog.exec = lambda: RotateKeyDialog.DialogCode.Accepted
    assert unlocked.change_passphrase(dialog)
    wait_for_jobs()  # the new passphrase's key is derived on a worker
    assert unlocked.service is not None  # still open, same recovery code
    unlocked.lock()
    Vault.open(demo_files.path, Unlock(passphrase="une autre phrase de passe")).close()
    Vault.open(demo_files.path, Unlock(recovery_code=demo_files.recovery_code)).close()
    assert demo_files.key_path.read_bytes() != old_keys
