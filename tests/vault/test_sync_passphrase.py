"""A new passphrase, or a new key after a leak, on one computer: the other asks for it once,
takes it, and the two meet again with nothing lost."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import VaultFiles
from tests.vault.test_sync import Computer
from vault import Unlock, Vault, WrongKey
from vault.kdf import cheap_params_for_tests
from vault.keyfile import path_for
from vault.model import Experience, Note
from vault.sync import align, join, sync_now

NEW = "nouvelle phrase de passe du portable"


@pytest.fixture
def two(vault_files: VaultFiles, tmp_path: Path) -> tuple[Computer, Computer, Path]:
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Computer(vault_files.path, tmp_path / "laptop-state", vault_files.passphrase)
    with laptop.open() as vault:
        vault.records.add(Experience(title="Cariste"))
    laptop.sync(folder)
    home = Computer(tmp_path / "home.musette", tmp_path / "home-state", vault_files.passphrase)
    join(folder, home.vault, Unlock(passphrase=home.passphrase), state_dir=home.state)
    return laptop, home, folder


def _files(computer: Computer) -> str:
    digest = hashlib.sha256()
    for path in (computer.vault, path_for(computer.vault)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_a_new_passphrase_on_the_laptop_is_typed_once_at_home(
    two: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, folder = two
    with laptop.open() as vault:
        vault.change_passphrase(NEW, kdf_params=cheap_params_for_tests())
    laptop.passphrase = NEW
    laptop.sync(folder)  # nothing else changed: the new key file alone is news

    with home.open() as vault:
        report = sync_now(vault, folder, state_dir=home.state)
        assert report.align_with is not None and report.align_from
        before = _files(home)
        with pytest.raises(WrongKey):
            align(vault, report.align_with, Unlock(passphrase="pas la bonne"))
        assert _files(home) == before  # refused: nothing changed
        aligned = align(vault, report.align_with, Unlock(passphrase=NEW))
        assert not aligned.rekeyed
    home.passphrase = NEW
    with home.open() as vault:  # the laptop's passphrase opens the home computer's copy now
        assert [e.title for e in vault.records.list(Experience)] == ["Cariste"]
        assert sync_now(vault, folder, state_dir=home.state).align_with is None
    with pytest.raises(WrongKey):
        Vault.open(home.vault, Unlock(passphrase="cheval agrafe batterie correcte"))
    # The laptop is not asked about its own new passphrase coming back.
    with laptop.open() as vault:
        assert sync_now(vault, folder, state_dir=laptop.state).align_with is None


def test_a_new_key_after_a_leak_reaches_the_other_computer_with_its_edits_kept(
    two: tuple[Computer, Computer, Path],
) -> None:
    laptop, home, folder = two
    with home.open() as vault:  # written at home before it knows of the new key
        vault.records.add(Note(title="écrite à la maison"))
        sync_now(vault, folder, state_dir=home.state)
    with laptop.open() as vault:
        code, _ = vault.rotate_data_key(NEW, kdf_params=cheap_params_for_tests())
    laptop.passphrase = NEW
    with laptop.open() as vault:
        report = sync_now(vault, folder, state_dir=laptop.state)
    # Home's snapshot, sealed with the old key, waits: the laptop is not asked about it.
    assert [s.why for s in report.skipped] == ["old_key"]
    assert report.align_with is None

    with home.open() as vault:
        report = sync_now(vault, folder, state_dir=home.state)
        assert [s.why for s in report.skipped] == ["other_key"]
        assert report.align_with is not None
        aligned = align(vault, report.align_with, Unlock(passphrase=NEW))
    assert aligned.rekeyed  # re-encrypted under the laptop's key, and closed
    home.passphrase = NEW
    with home.open() as vault:
        sync_now(vault, folder, state_dir=home.state)
    laptop.sync(folder)
    for computer in (laptop, home):
        with computer.open() as vault:
            assert [e.title for e in vault.records.list(Experience)] == ["Cariste"]
            assert [n.title for n in vault.records.list(Note)] == ["écrite à la maison"]
    # One musette again: the laptop's new recovery code opens the home computer's copy.
    with Vault.open(home.vault, Unlock(recovery_code=code)) as vault:
        assert vault.check() == []
