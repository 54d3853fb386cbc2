"""Unlocking a vault: passphrase, recovery code, and every way it can be refused."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import PASSPHRASE, VaultFiles, fingerprint
from vault import (
    KeyFileDamaged,
    KeyFileMissing,
    NotAVault,
    RecoveryCodeMalformed,
    RecoveryCodeTypo,
    Unlock,
    Vault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMissing,
    VaultReadOnly,
    VaultTooNew,
    WrongKey,
)
from vault.kdf import cheap_params_for_tests
from vault.model import Experience


def test_a_new_vault_is_two_private_files_and_opens_with_its_passphrase(tmp_path: Path) -> None:
    created = Vault.create(
        tmp_path / "moi.musette", "une phrase", kdf_params=cheap_params_for_tests()
    )
    created.vault.records.add(Experience(title="Cariste"))
    created.vault.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moi.musette", "moi.musette-keys"]
    for p in tmp_path.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    with Vault.open(tmp_path / "moi.musette", Unlock(passphrase="une phrase")) as vault:
        assert [e.title for e in vault.records.list(Experience)] == ["Cariste"]


def test_while_open_the_wal_files_are_private_too(opened: Vault) -> None:
    opened.records.add(Experience(title="Cariste"))
    for suffix in ("-wal", "-shm"):
        side = Path(f"{opened.path}{suffix}")
        assert stat.S_IMODE(side.stat().st_mode) == 0o600


def test_creating_over_an_existing_file_is_refused(vault_files: VaultFiles) -> None:
    before = fingerprint(vault_files.path.parent)
    with pytest.raises(VaultExists):
        Vault.create(vault_files.path, "x", kdf_params=cheap_params_for_tests())
    assert fingerprint(vault_files.path.parent) == before


def test_a_hundred_wrong_passphrases_leave_the_files_byte_identical(
    vault_files: VaultFiles,
) -> None:
    before = fingerprint(vault_files.path.parent)
    for attempt in range(100):
        with pytest.raises(WrongKey):
            Vault.open(vault_files.path, Unlock(passphrase=f"{PASSPHRASE}{attempt}"))
    assert fingerprint(vault_files.path.parent) == before


def test_a_wrong_passphrase_does_not_touch_a_leftover_wal(
    vault_files: VaultFiles, tmp_path: Path
) -> None:
    # A crash leaves a WAL behind; copy the files while a writer holds them.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with vault_files.open() as vault:
        vault.records.add(Experience(title="Soudeur"))
        for suffix in ("", "-wal", "-keys"):
            shutil.copy2(f"{vault_files.path}{suffix}", crashed / f"ma.musette{suffix}")
    assert (crashed / "ma.musette-wal").stat().st_size > 0
    before = fingerprint(crashed)
    with pytest.raises(WrongKey):
        Vault.open(crashed / "ma.musette", Unlock(passphrase="pas la bonne"))
    assert fingerprint(crashed) == before
    # ...and the right passphrase recovers the committed row from the WAL.
    with Vault.open(crashed / "ma.musette", Unlock(passphrase=PASSPHRASE)) as vault:
        assert [e.title for e in vault.records.list(Experience)] == ["Soudeur"]


def test_the_recovery_code_opens_the_vault(vault_files: VaultFiles) -> None:
    with Vault.open(vault_files.path, Unlock(recovery_code=vault_files.recovery_code)) as vault:
        assert vault.check() == []


def test_the_recovery_code_opens_it_without_the_key_file_and_sets_a_new_passphrase(
    vault_files: VaultFiles,
) -> None:
    vault_files.key_path.unlink()
    with pytest.raises(KeyFileMissing):
        vault_files.open()
    with Vault.open(vault_files.path, Unlock(recovery_code=vault_files.recovery_hex)) as vault:
        vault.records.add(Experience(title="Boulangère"))
        vault.change_passphrase("nouvelle phrase", kdf_params=cheap_params_for_tests())
    with Vault.open(vault_files.path, Unlock(passphrase="nouvelle phrase")) as vault:
        assert [e.title for e in vault.records.list(Experience)] == ["Boulangère"]


def test_another_vaults_recovery_code_is_a_wrong_key(
    vault_files: VaultFiles, demo_files: VaultFiles
) -> None:
    before = fingerprint(vault_files.path.parent)
    with pytest.raises(WrongKey):
        Vault.open(vault_files.path, Unlock(recovery_code=os.urandom(32).hex()))
    vault_files.key_path.unlink()
    after_unlink = fingerprint(vault_files.path.parent)
    with pytest.raises(WrongKey):
        Vault.open(vault_files.path, Unlock(recovery_code=os.urandom(32).hex()))
    assert fingerprint(vault_files.path.parent) == after_unlink
    assert set(before) - set(after_unlink) == {"ma.musette-keys"}


def test_a_mistyped_recovery_code_is_caught_before_anything_is_tried(
    vault_files: VaultFiles,
) -> None:
    code = vault_files.recovery_code
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    before = fingerprint(vault_files.path.parent)
    with pytest.raises(RecoveryCodeTypo):
        Vault.open(vault_files.path, Unlock(recovery_code=typo))
    with pytest.raises(RecoveryCodeMalformed):
        Vault.open(vault_files.path, Unlock(recovery_code=code[:20]))
    assert fingerprint(vault_files.path.parent) == before


def test_an_independent_sqlcipher_client_opens_it_with_the_recovery_key(
    vault_files: VaultFiles,
) -> None:
    with vault_files.open() as vault:
        vault.records.add(Experience(title="Infirmière"))
    # Nothing of Musette below: only the sqlcipher3 module and the printed hex key.
    db = sqlcipher3.connect(str(vault_files.path))
    db.execute(f"PRAGMA key = \"x'{vault_files.recovery_hex}'\"")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    titles = [row[0] for row in db.execute("SELECT title FROM experience")]
    db.close()
    assert {"experience", "skill", "person", "document"} <= tables
    assert titles == ["Infirmière"]


def test_the_file_is_not_readable_as_plain_sqlite(vault_files: VaultFiles) -> None:
    assert not vault_files.path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault_files.path).execute("SELECT * FROM sqlite_master").fetchall()


# ---- bad input: each its own typed error, and nothing on disk changes ----------


def _refused(vault_files: VaultFiles, error: type[Exception], **unlock: str) -> None:
    before = fingerprint(vault_files.path.parent)
    with pytest.raises(error):
        Vault.open(vault_files.path, Unlock(**unlock or {"passphrase": PASSPHRASE}))
    assert fingerprint(vault_files.path.parent) == before


def test_missing_key_file(vault_files: VaultFiles) -> None:
    vault_files.key_path.unlink()
    _refused(vault_files, KeyFileMissing)


def test_damaged_key_file(vault_files: VaultFiles) -> None:
    vault_files.key_path.write_bytes(b'{"format": "musette-keys", "vers')
    _refused(vault_files, KeyFileDamaged)


def test_key_file_of_another_vault(vault_files: VaultFiles, demo_files: VaultFiles) -> None:
    shutil.copy2(demo_files.key_path, vault_files.key_path)
    _refused(vault_files, KeyFileDamaged)


def test_plain_sqlite_file(vault_files: VaultFiles) -> None:
    vault_files.path.unlink()
    sqlite3.connect(vault_files.path).execute("CREATE TABLE t (x)").connection.commit()
    _refused(vault_files, NotAVault)


def test_random_file(vault_files: VaultFiles) -> None:
    vault_files.path.write_bytes(os.urandom(10_000))
    _refused(vault_files, NotAVault)
    vault_files.key_path.unlink()
    _refused(vault_files, NotAVault)


def test_random_whole_pages_without_a_key_file_point_to_the_recovery_code(
    vault_files: VaultFiles,
) -> None:
    # Encrypted pages look random: only the recovery code can tell.
    vault_files.path.write_bytes(os.urandom(8192))
    vault_files.key_path.unlink()
    _refused(vault_files, KeyFileMissing)
    _refused(vault_files, WrongKey, recovery_code=vault_files.recovery_code)


def test_empty_file(vault_files: VaultFiles) -> None:
    vault_files.path.write_bytes(b"")
    _refused(vault_files, NotAVault)


def test_truncated_file(vault_files: VaultFiles) -> None:
    data = vault_files.path.read_bytes()
    vault_files.path.write_bytes(data[: len(data) // 2 + 100])
    _refused(vault_files, VaultDamaged)


def test_file_cut_at_a_page_boundary(vault_files: VaultFiles) -> None:
    with vault_files.open() as vault:
        for n in range(300):
            vault.records.add(Experience(title=f"Poste {n}", description="x" * 200))
    data = vault_files.path.read_bytes()
    vault_files.path.write_bytes(data[: 4096 * 3])
    before = fingerprint(vault_files.path.parent)
    try:
        with vault_files.open(read_only=True) as vault:
            assert vault.check() != []
    except VaultDamaged:
        pass
    assert fingerprint(vault_files.path.parent) == before


def test_overwritten_pages_are_damage_not_a_wrong_passphrase(vault_files: VaultFiles) -> None:
    data = bytearray(vault_files.path.read_bytes())
    data[16:4096] = os.urandom(4096 - 16)  # page 1 after the salt
    vault_files.path.write_bytes(bytes(data))
    _refused(vault_files, VaultDamaged)


def test_a_directory(vault_files: VaultFiles) -> None:
    vault_files.path.unlink()
    vault_files.path.mkdir()
    with pytest.raises(NotAVault):
        Vault.open(vault_files.path, Unlock(passphrase=PASSPHRASE))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "absent.musette", Unlock(passphrase=PASSPHRASE))


def test_a_read_only_file_opens_read_only_and_refuses_changes(vault_files: VaultFiles) -> None:
    vault_files.path.chmod(0o400)
    _refused(vault_files, VaultReadOnly)
    before = fingerprint(vault_files.path.parent)
    with vault_files.open(read_only=True) as vault:
        assert vault.read_only
        assert vault.check() == []
        with pytest.raises(VaultReadOnly):
            vault.records.add(Experience(title="Non"))
    assert fingerprint(vault_files.path.parent) == before


def test_a_vault_from_a_newer_musette_is_refused_untouched(vault_files: VaultFiles) -> None:
    db = sqlcipher3.connect(str(vault_files.path))
    db.execute(f"PRAGMA key = \"x'{vault_files.recovery_hex}'\"")
    db.execute("PRAGMA user_version = 99")
    db.close()
    _refused(vault_files, VaultTooNew)
    _refused(vault_files, VaultTooNew, recovery_code=vault_files.recovery_code)


def test_a_vault_already_open_in_this_process_is_in_use(vault_files: VaultFiles) -> None:
    before = fingerprint(vault_files.path.parent)
    with vault_files.open():
        with pytest.raises(VaultInUse):
            vault_files.open()
    assert fingerprint(vault_files.path.parent) == before
    vault_files.open().close()  # free again once closed


def test_each_wrong_way_in_has_its_own_error(
    vault_files: VaultFiles, demo_files: VaultFiles
) -> None:
    """A wrong passphrase, a hex typo, another vault's code, another vault's key file."""
    from vault import recovery
    from vault.errors import KeyFileForeign, RecoveryCodeForeign, RecoveryHexWrong

    _refused(vault_files, WrongKey, passphrase="pas la bonne")
    hex_typo = ("0" if vault_files.recovery_hex[0] != "0" else "1") + vault_files.recovery_hex[1:]
    _refused(vault_files, RecoveryHexWrong, recovery_code=hex_typo)
    others = recovery.encode(os.urandom(32))  # well formed, its checksum right
    _refused(vault_files, RecoveryCodeForeign, recovery_code=others)
    vault_files.key_path.write_bytes(demo_files.key_path.read_bytes())
    _refused(vault_files, KeyFileForeign)
    vault_files.key_path.unlink()  # without a key file, the probe says the same
    _refused(vault_files, RecoveryCodeForeign, recovery_code=others)
    _refused(vault_files, RecoveryHexWrong, recovery_code=hex_typo)
