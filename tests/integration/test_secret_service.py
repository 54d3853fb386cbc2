""" "Remember on this computer" against a real Secret Service (gnome-keyring).

Run by `make test-keyring` (part of `make test`) inside a private D-Bus
session with an unlocked, throw-away keyring; see scripts/run-keyring-tests.sh.
"""

from __future__ import annotations

import keyring
import pytest

from tests.conftest import PASSPHRASE, VaultFiles
from vault import DeviceKeyMissing, Unlock, Vault
from vault.secret_store import SERVICE, KeyringSecretStore

pytestmark = pytest.mark.secret_service


def test_the_real_keyring_is_the_secret_service() -> None:
    backend = keyring.get_keyring()
    names = [type(b).__module__ for b in getattr(backend, "backends", [backend])]
    assert "keyring.backends.SecretService" in names, names
    KeyringSecretStore().check_available()


def test_remember_open_and_forget_with_gnome_keyring(vault_files: VaultFiles) -> None:
    store = KeyringSecretStore()
    with vault_files.open() as vault:
        vault.remember(store)
        vault_id = vault.vault_id
        data_key = vault._data_key

    stored = keyring.get_password(SERVICE, vault_id)
    assert stored is not None
    assert PASSPHRASE not in stored and data_key.hex() not in stored

    with Vault.open(vault_files.path, Unlock(secret_store=KeyringSecretStore())) as vault:
        assert vault.check() == []
        vault.forget(KeyringSecretStore())

    assert keyring.get_password(SERVICE, vault_id) is None
    with pytest.raises(DeviceKeyMissing):
        Vault.open(vault_files.path, Unlock(secret_store=KeyringSecretStore()))
    vault_files.open().close()  # the passphrase always works


def test_an_entry_deleted_behind_musettes_back_means_asking_the_passphrase(
    vault_files: VaultFiles,
) -> None:
    with vault_files.open() as vault:
        vault.remember(KeyringSecretStore())
        vault_id = vault.vault_id
    keyring.delete_password(SERVICE, vault_id)
    with pytest.raises(DeviceKeyMissing):
        Vault.open(vault_files.path, Unlock(secret_store=KeyringSecretStore()))
    vault_files.open().close()
