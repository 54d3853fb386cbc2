"""Changing the passphrase, and "remember on this computer" through a secret store."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE, VaultFiles, fingerprint
from vault import DeviceKeyMissing, KeyringUnavailable, Unlock, Vault, WrongKey, keyfile
from vault.kdf import cheap_params_for_tests
from vault.model import Skill
from vault.secret_store import (
    LOCKED,
    NO_BACKEND,
    PLAINTEXT_ONLY,
    KeyringSecretStore,
    MemorySecretStore,
)

CHEAP = cheap_params_for_tests()


def test_changing_the_passphrase_leaves_the_database_untouched(vault_files: VaultFiles) -> None:
    db_before = fingerprint(vault_files.path.parent)["ma.musette"]
    with vault_files.open() as vault:
        vault.change_passphrase("une toute nouvelle phrase", kdf_params=CHEAP)
        assert fingerprint(vault_files.path.parent)["ma.musette"] == db_before
    with pytest.raises(WrongKey):
        vault_files.open()
    Vault.open(vault_files.path, Unlock(passphrase="une toute nouvelle phrase")).close()
    names = sorted(p.name for p in vault_files.path.parent.iterdir())
    assert names == ["ma.musette", "ma.musette-keys"]  # the .bak is gone once proven


def test_the_recovery_code_survives_a_passphrase_change(vault_files: VaultFiles) -> None:
    with vault_files.open() as vault:
        vault.change_passphrase("autre", kdf_params=CHEAP)
    Vault.open(vault_files.path, Unlock(recovery_code=vault_files.recovery_code)).close()


def test_an_empty_new_passphrase_is_refused(opened: Vault) -> None:
    before = opened.key_file
    with pytest.raises(WrongKey):
        opened.change_passphrase("", kdf_params=CHEAP)
    assert keyfile.load(keyfile.path_for(opened.path)) == before


def test_a_remembered_vault_opens_without_the_passphrase(vault_files: VaultFiles) -> None:
    store = MemorySecretStore()
    with vault_files.open() as vault:
        vault.records.add(Skill(label="Cuisine"))
        vault.remember(store)
        data_key = vault._data_key
    device_key = store.secrets[vault.vault_id]
    assert device_key != data_key and PASSPHRASE.encode() not in device_key
    with Vault.open(vault_files.path, Unlock(secret_store=store)) as again:
        assert [s.label for s in again.records.list(Skill)] == ["Cuisine"]


def test_a_lost_keyring_entry_only_means_asking_the_passphrase(vault_files: VaultFiles) -> None:
    store = MemorySecretStore()
    with vault_files.open() as vault:
        vault.remember(store)
    store.secrets.clear()
    with pytest.raises(DeviceKeyMissing):
        Vault.open(vault_files.path, Unlock(secret_store=store))
    vault_files.open().close()


def test_forgetting_removes_the_slot_and_the_keyring_entry(vault_files: VaultFiles) -> None:
    store = MemorySecretStore()
    with vault_files.open() as vault:
        vault.remember(store)
        assert vault.is_remembered()
        vault.forget(store)
        assert not vault.is_remembered()
    assert store.secrets == {}
    assert keyfile.load(vault_files.key_path).slot(keyfile.DEVICE_SLOT) is None
    with pytest.raises(DeviceKeyMissing):
        Vault.open(vault_files.path, Unlock(secret_store=store))


def test_a_passphrase_change_keeps_this_computer_remembering(vault_files: VaultFiles) -> None:
    store = MemorySecretStore()
    with vault_files.open() as vault:
        vault.remember(store)
        vault.change_passphrase("nouvelle", kdf_params=CHEAP)
    Vault.open(vault_files.path, Unlock(secret_store=store)).close()


def test_no_safe_keyring_means_remember_is_unavailable_and_nothing_is_written(
    vault_files: VaultFiles,
) -> None:
    before = fingerprint(vault_files.path.parent)
    with vault_files.open() as vault:
        with pytest.raises(KeyringUnavailable) as caught:
            vault.remember(MemorySecretStore(unavailable=NO_BACKEND))
    assert caught.value.reason == NO_BACKEND
    assert fingerprint(vault_files.path.parent) == before


class PlaintextKeyring:
    """Stands in for keyrings.alt's PlaintextKeyring."""

    def get_password(self, service: str, user: str) -> str | None:
        return None


PlaintextKeyring.__module__ = "keyrings.alt.file"


class KeyringLocked(Exception):
    pass


class LockedKeyring:
    def get_password(self, service: str, user: str) -> str | None:
        raise KeyringLocked("locked")


def test_the_keyring_store_refuses_unsafe_backends() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    for backend, reason in [
        (FailKeyring(), NO_BACKEND),
        (PlaintextKeyring(), PLAINTEXT_ONLY),
        (LockedKeyring(), LOCKED),
    ]:
        with pytest.raises(KeyringUnavailable) as caught:
            KeyringSecretStore(backend).check_available()
        assert caught.value.reason == reason
