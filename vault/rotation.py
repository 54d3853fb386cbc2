"""Changing the data key after a compromise: export to a new file, verify, then switch.

Never `PRAGMA rekey` in place. The old pair of files stays whole and usable
until the new database has been verified and its key file written; the switch
is one rename of the database, and an open completes an interrupted switch.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import kdf, keyfile, migrations, recovery
from .errors import KeyFileMissing, VaultDamaged, VaultReadOnly, WrongKey
from .fileio import create_private, fsync_dir
from .keyfile import KeyFile

NEXT = ".next"
OLD = ".old"


def next_of(path: Path) -> Path:
    return path.with_name(path.name + NEXT)


def old_of(path: Path) -> Path:
    return path.with_name(path.name + OLD)


def rotate_data_key(
    vault: object,
    new_passphrase: str,
    *,
    kdf_params: kdf.KdfParams | None = None,
    adopt: tuple[bytes, keyfile.Slot] | None = None,
) -> tuple[str, str]:
    """Re-encrypt an open vault under a new data key; the vault is closed afterwards.

    Returns the new recovery code and its hex form: the old ones no longer open it.
    `adopt`: the key and passphrase slot another computer of the same musette moved to
    (see sync.align), taken as they are, so that one passphrase opens both again.
    """
    from .vault import Unlock, Vault, _open_connection, _read_head

    assert isinstance(vault, Vault)
    if vault.read_only:
        raise VaultReadOnly(str(vault.path))
    if not new_passphrase and adopt is None:
        raise WrongKey("an empty passphrase is not allowed")
    params = (kdf_params or kdf.calibrate()) if adopt is None else None
    path, key_path = vault.path, keyfile.path_for(vault.path)
    new_db, new_keys = next_of(path), next_of(key_path)
    for stale in (new_db, new_keys):
        stale.unlink(missing_ok=True)
    expected = vault.stats()
    conn = vault._connection
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    new_key = adopt[0] if adopt is not None else os.urandom(recovery.KEY_BYTES)
    create_private(new_db)
    try:
        key_literal = f"\"x'{new_key.hex()}'\""
        conn.execute(f"ATTACH DATABASE ? AS rotated KEY {key_literal}", (str(new_db),))
        try:
            conn.execute("SELECT sqlcipher_export('rotated')")
            # sqlcipher_export copies the schema and rows, not the schema version.
            conn.execute(f"PRAGMA rotated.user_version = {migrations.version_of(conn):d}")
        finally:
            conn.execute("DETACH DATABASE rotated")
        with open(new_db, "rb+") as handle:
            os.fsync(handle.fileno())
        check = _open_connection(new_db, new_key, mode="ro")
        try:
            sound = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            sound = sound and not check.execute("PRAGMA cipher_integrity_check").fetchall()
        finally:
            check.close()
        if not sound:
            raise VaultDamaged("the re-encrypted copy does not verify")
        salt = _read_head(new_db)
        if adopt is not None:
            slot = adopt[1]
        else:
            assert params is not None
            slot = keyfile.passphrase_slot(vault.vault_id, new_passphrase, new_key, params)
        keyfile.save(
            new_keys,
            KeyFile(vault.vault_id, salt, keyfile.key_check(new_key, vault.vault_id), (slot,)),
        )
    except BaseException:
        new_db.unlink(missing_ok=True)
        new_keys.unlink(missing_ok=True)
        raise
    vault.close()
    # Keep the old pair by name until the new one is in place.
    for current in (path, key_path):
        old_of(current).unlink(missing_ok=True)
        os.link(current, old_of(current))
    os.replace(new_db, path)  # the switch: from here the new database is the vault
    fsync_dir(path.parent)
    os.replace(new_keys, key_path)
    fsync_dir(path.parent)
    with Vault.open(path, Unlock(recovery_code=new_key.hex())) as rotated:
        if rotated.stats() != expected:
            raise VaultDamaged("the re-encrypted vault does not hold the same records")
    for current in (path, key_path):
        old_of(current).unlink(missing_ok=True)
    return recovery.encode(new_key), new_key.hex()


def finish_interrupted(path: Path, head: bytes) -> None:
    """Complete or undo a rotation a crash interrupted, before the key file is read."""
    key_path = keyfile.path_for(path)
    pending_keys = next_of(key_path)
    # The export's own journal never matters once the export was interrupted.
    for suffix in ("-journal", "-wal", "-shm"):
        Path(f"{next_of(path)}{suffix}").unlink(missing_ok=True)
    if not pending_keys.exists():
        next_of(path).unlink(missing_ok=True)  # interrupted before its key file: undo
        return
    try:
        pending = keyfile.load(pending_keys)
    except KeyFileMissing:
        pending_keys.unlink(missing_ok=True)
        return
    if pending.db_salt == head:
        os.replace(pending_keys, key_path)  # the database was switched: switch its keys
        fsync_dir(path.parent)
    elif next_of(path).exists():
        next_of(path).unlink(missing_ok=True)  # not switched yet: the old pair stands
        pending_keys.unlink(missing_ok=True)
