"""Settings checked at every open, and the schema's versions."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import VaultFiles, fingerprint
from vault import Vault, backup, migrations, records
from vault.errors import VaultTooNew
from vault.model import BY_TYPE, Experience, Skill
from vault.sql import Connection


def test_the_connection_is_hardened(opened: Vault) -> None:
    conn = opened._connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    major, minor = conn.execute("PRAGMA cipher_version").fetchone()[0].split(".")[:2]
    assert (int(major), int(minor)) >= (4, 6)
    with pytest.raises(sqlcipher3.OperationalError):
        conn.execute("SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')").fetchone()


def test_every_record_type_has_a_table_with_matching_columns(opened: Vault) -> None:
    conn = opened._connection
    for name, cls in BY_TYPE.items():
        table_columns = [row[1] for row in conn.execute(f"PRAGMA table_info({name})")]
        assert sorted(table_columns) == sorted(records.columns(cls)), name


def test_the_schema_is_at_the_current_version(opened: Vault) -> None:
    assert opened.schema_version() == migrations.CURRENT_VERSION == 9


def test_a_version_1_vault_gains_the_extra_column_and_keeps_its_records() -> None:
    db = sqlcipher3.connect(":memory:")
    db.isolation_level = None
    migrations.migrate(db, steps=migrations.STEPS[:1])
    db.execute(
        "INSERT INTO skill (id, created_at, updated_at, provenance_kind, label, category)"
        " VALUES ('s1', '2024-01-01T00:00', '2024-01-01T00:00', 'declared', 'Soudure', 'skill')"
    )
    assert migrations.migrate(db) == [2, 3, 4, 5, 6, 7, 8, 9]
    assert db.execute("SELECT label, extra FROM skill").fetchall() == [("Soudure", "{}")]


def _add_column(conn: Connection) -> None:
    conn.execute("ALTER TABLE skill ADD COLUMN colour TEXT NOT NULL DEFAULT ''")


def _broken(conn: Connection) -> None:
    conn.execute("ALTER TABLE skill ADD COLUMN half_done TEXT")
    raise RuntimeError("step fails halfway")


def test_an_upgrade_makes_a_verified_backup_then_bumps_the_version(opened: Vault) -> None:
    opened.records.add(Skill(label="Soudure TIG"))
    done = migrations.migrate(
        opened._connection,
        backup=opened._backup_before_migration,
        steps=(*migrations.STEPS, _add_column),
    )
    current = migrations.CURRENT_VERSION
    assert done == [current + 1]
    assert opened.schema_version() == current + 1
    (made,) = backup.list_backups(opened.path.parent, opened.vault_id)  # beside the vault
    unpacked = opened.path.with_name("before-upgrade.musette")
    backup.extract(made.path, unpacked)
    db = sqlcipher3.connect(str(unpacked))
    db.execute(f"PRAGMA key = \"x'{opened._data_key.hex()}'\"")
    assert db.execute("PRAGMA user_version").fetchone()[0] == current
    assert db.execute("SELECT label FROM skill").fetchall() == [("Soudure TIG",)]
    db.close()


def test_a_failing_step_leaves_the_previous_version_whole(opened: Vault) -> None:
    with pytest.raises(RuntimeError):
        migrations.migrate(opened._connection, steps=(*migrations.STEPS, _broken))
    assert opened.schema_version() == migrations.CURRENT_VERSION
    columns = [row[1] for row in opened._connection.execute("PRAGMA table_info(skill)")]
    assert "half_done" not in columns


def test_a_newer_schema_is_refused_by_the_machinery(opened: Vault) -> None:
    newer = migrations.CURRENT_VERSION + 1
    opened._connection.execute(f"PRAGMA user_version = {newer}")
    with pytest.raises(VaultTooNew) as caught:
        migrations.migrate(opened._connection)
    assert (caught.value.found, caught.value.supported) == (newer, migrations.CURRENT_VERSION)


def test_closing_leaves_only_the_two_files(vault_files: VaultFiles) -> None:
    with vault_files.open() as vault:
        vault.records.add(Experience(title="Aide-soignante"))
        assert Path(f"{vault_files.path}-wal").exists()
    assert sorted(p.name for p in vault_files.path.parent.iterdir()) == [
        "ma.musette",
        "ma.musette-keys",
    ]


def test_opening_and_closing_without_changes_leaves_the_files_identical(
    vault_files: VaultFiles,
) -> None:
    before = fingerprint(vault_files.path.parent)
    vault_files.open().close()
    with vault_files.open(read_only=True) as vault:
        vault.stats()
    assert fingerprint(vault_files.path.parent) == before


def test_a_vault_copied_elsewhere_keeps_working(vault_files: VaultFiles, tmp_path: Path) -> None:
    with vault_files.open() as vault:
        vault.records.add(Skill(label="Accueil du public"))
    moved = tmp_path / "usb" / "copie.musette"
    moved.parent.mkdir()
    shutil.copy2(vault_files.path, moved)
    shutil.copy2(vault_files.key_path, f"{moved}-keys")
    copied = dataclasses.replace(vault_files, path=moved)
    with copied.open() as vault:
        assert [s.label for s in vault.records.list(Skill)] == ["Accueil du public"]
