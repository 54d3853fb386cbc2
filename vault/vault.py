"""The Vault: one encrypted SQLCipher file, its key file, and the ways to unlock them."""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import shutil
import sys
import tempfile
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from . import kdf, keyfile, migrations, recovery
from .areas import Batch, Documents, Drafts, Exports, Records, damage_is_typed, is_full
from .errors import (
    DeviceKeyMissing,
    KeyFileForeign,
    KeyFileMissing,
    NotAVault,
    RecoveryCodeForeign,
    RecoveryHexWrong,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultGone,
    VaultInUse,
    VaultMissing,
    VaultReadOnly,
    WrongKey,
)
from .fileio import create_private, fsync_dir, is_writable, write_atomic
from .keyfile import DEVICE_SLOT, KeyFile
from .model import Record, now_utc
from .secret_store import SecretStore
from .sql import Connection, DatabaseError, connect

R = TypeVar("R", bound=Record)


SUFFIX = ".musette"
PAGE_SIZE = 4096
SALT_BYTES = 16
MIN_SQLCIPHER = (4, 6)
_SQLITE_HEADER = b"SQLite format 3\0"


@dataclass(frozen=True)
class Unlock:
    """How the person proves they may open the vault: exactly one of these."""

    passphrase: str | None = None
    recovery_code: str | None = None
    secret_store: SecretStore | None = None  # "remembered on this computer"

    def __post_init__(self) -> None:
        given = [self.passphrase, self.recovery_code, self.secret_store]
        if sum(x is not None for x in given) != 1:
            raise ValueError("give exactly one of passphrase, recovery code or device")


@dataclass(frozen=True)
class Created:
    """A new vault and the recovery code to show the person once."""

    vault: Vault
    recovery_code: str
    recovery_hex: str


def _key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def _uri(path: Path, mode: str) -> str:
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    if mode == "ro" and not Path(f"{path}-wal").exists():
        # A read-only connection cannot remove the -wal and -shm files it would
        # create. With no WAL to replay, and our flock keeping writers away, the
        # file is immutable for as long as we read it.
        uri += "&immutable=1"
    return uri


def _check_sqlcipher(conn: Connection) -> None:
    (version,) = conn.execute("PRAGMA cipher_version").fetchone()
    numbers = tuple(int(part) for part in str(version).split()[0].split(".")[:2])
    if numbers < MIN_SQLCIPHER:
        raise VaultError(f"SQLCipher {version} is older than the pinned {MIN_SQLCIPHER}")


def _harden(conn: Connection, *, writable: bool) -> None:
    """The settings checked at every open (see DESIGN.md)."""
    _check_sqlcipher(conn)
    conn.enable_load_extension(False)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    if writable:
        # Outside any transaction, right after keying: inside one it does nothing.
        (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if str(mode).lower() != "wal":
            raise VaultError(f"the journal could not be set to WAL ({mode})")
    conn.execute("PRAGMA synchronous = FULL")
    (temp_store,) = conn.execute("PRAGMA temp_store").fetchone()
    if int(temp_store) != 2:
        raise VaultError("temp_store is not MEMORY")


def _open_connection(path: Path, data_key: bytes, *, mode: str) -> Connection:
    """Key a connection and prove the key reads the schema; raises DatabaseError if not."""
    conn = connect(_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _read_head(path: Path) -> bytes:
    """The first 16 bytes of a database: SQLCipher's salt (without reading the rest)."""
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def inspect_file(path: Path) -> bytes:
    """Refuse what cannot be a vault; return the file's first 16 bytes (SQLCipher's salt)."""
    if not path.exists():
        raise VaultMissing(str(path))
    if not path.is_file():
        raise NotAVault(str(path), "folder")
    try:
        with open(path, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except PermissionError:
        raise NotAVault(str(path), "unreadable") from None
    if len(head) < SALT_BYTES:
        raise NotAVault(str(path), "too_short")
    if head == _SQLITE_HEADER:
        raise NotAVault(str(path), "plain_sqlite")
    return head


AUTOCHECKPOINT_PAGES = 1000  # SQLite's default, restored after a backup


@dataclass(frozen=True)
class BackupSnapshot:
    """A vault held still for a backup: what the copy needs, and no connection."""

    database: Path
    key_path: Path
    vault_id: str
    data_key: bytes
    scratch: Path | None

    @damage_is_typed
    def write(self, folder: Path) -> tuple[Path, dict[str, int]]:
        """Copy, verify with the key, then rotate old backups out (safe on a worker)."""
        from . import backup

        try:
            written = backup.write_backup(self.database, self.key_path, self.vault_id, folder)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
                raise StorageFull(str(exc)) from None
            raise
        try:
            counts = backup.verify(written, self.data_key)
        except BaseException:
            written.unlink(missing_ok=True)
            raise
        backup.rotate(folder, self.vault_id)
        return written, counts


class Vault:
    """An open vault. Use as a context manager, or call close()."""

    def __init__(
        self,
        path: Path,
        conn: Connection,
        lock_fd: int | None,
        data_key: bytes,
        vault_id: str,
        key_file: KeyFile | None,
        read_only: bool,
    ) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._lock_fd: int | None = lock_fd
        self._data_key = data_key
        self.vault_id = vault_id
        self.key_file = key_file
        self.read_only = read_only
        self._identity = _file_identity(path)
        # One writer at a time on the one connection: a sync merging on a worker while the
        # person saves a form would otherwise nest one transaction in the other.
        self._writing = threading.RLock()
        self.records = Records(self)
        self.documents = Documents(self)
        self.drafts = Drafts(self)
        self.exports = Exports(self)

    # ---- creating and opening -------------------------------------------------

    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, *, kdf_params: kdf.KdfParams | None = None
    ) -> Created:
        """Create an empty vault and its key file; return it open with its recovery code."""
        path = Path(path)
        key_path = keyfile.path_for(path)
        if path.exists() or key_path.exists():
            raise VaultExists(str(path))
        if not passphrase:
            raise WrongKey("an empty passphrase is not allowed")
        params = kdf_params or kdf.calibrate()
        data_key = os.urandom(recovery.KEY_BYTES)
        vault_id = str(uuid.uuid4())
        create_private(path)  # WAL and SHM files inherit this 0600 mode
        try:
            conn = _open_connection(path, data_key, mode="rw")
            _harden(conn, writable=True)
            migrations.migrate(conn)
            with _transaction(conn):
                conn.executemany(
                    "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                    [("vault_id", vault_id), ("created_at", now_utc())],
                )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            salt = _read_head(path)
            slot = keyfile.passphrase_slot(vault_id, passphrase, data_key, params)
            key_file = KeyFile(vault_id, salt, keyfile.key_check(data_key, vault_id), (slot,))
            keyfile.save(key_path, key_file)
        except BaseException:
            for leftover in (path, key_path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        fsync_dir(path.parent)
        # The data key is in hand: open with it rather than paying Argon2id twice.
        vault = cls.open(path, Unlock(recovery_code=data_key.hex()))
        return Created(vault, recovery.encode(data_key), data_key.hex())

    @classmethod
    def open(cls, path: Path | str, unlock: Unlock, *, read_only: bool = False) -> Vault:
        """Unlock and open a vault, or raise a typed error leaving the files untouched."""
        path = Path(path)
        head = inspect_file(path)
        writable = not read_only and is_writable(path)
        if writable:
            from .rotation import finish_interrupted

            finish_interrupted(path, head)
        if not read_only and not writable:
            raise VaultReadOnly(str(path))
        lock_fd = _lock(path)
        try:
            data_key, key_file = _find_data_key(path, head, unlock)
            conn = _connect_verified(
                path, head, data_key, key_file, writable=writable, code=unlock.recovery_code or ""
            )
            try:
                (vault_id,) = conn.execute(
                    "SELECT value FROM vault_meta WHERE key = 'vault_id'"
                ).fetchone()
            except (DatabaseError, TypeError):
                conn.close()
                raise VaultDamaged("the vault has no identity") from None
            vault = cls(path, conn, lock_fd, data_key, str(vault_id), key_file, not writable)
        except BaseException:
            os.close(lock_fd)
            raise
        if writable:
            try:
                migrations.migrate(vault._connection, backup=vault._backup_before_migration)
            except BaseException:
                vault.close()
                raise
            if vault.key_file is not None:
                _tidy(path)
        return vault

    # ---- closing ----------------------------------------------------------------

    def close(self) -> None:
        """Checkpoint and close; afterwards only NAME.musette and NAME.musette-keys remain."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                if not self.read_only:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except DatabaseError:
                # A full disk can refuse the checkpoint: the committed changes stay
                # in the WAL, and the next open replays them.
                pass
            finally:
                conn.close()
        if self._lock_fd is not None:
            fd, self._lock_fd = self._lock_fd, None
            os.close(fd)  # closing releases the flock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def _connection(self) -> Connection:
        if self._conn is None:
            raise VaultError("the vault is closed")
        return self._conn

    # ---- reading and writing ----------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One user action on the connection itself: for the modules of vault/ only."""
        if self.read_only:
            raise VaultReadOnly(str(self.path))
        self.ensure_still_there()
        try:
            with self._writing, _transaction(self._connection) as conn:
                yield conn
        except StorageFull:
            self.ensure_still_there()  # a vanished medium also fails as "I/O error"
            raise

    def ensure_still_there(self) -> None:
        """Raise VaultGone when the file was removed, moved or replaced since opening.

        SQLite would otherwise keep writing into a deleted file, lost at close.
        """
        if _file_identity(self.path) != self._identity:
            raise VaultGone(str(self.path))

    @contextlib.contextmanager
    def batch(self) -> Iterator[Batch]:
        """One user action's writes across areas, committed together or not at all."""
        with self.transaction() as conn:
            yield Batch(conn)

    @damage_is_typed
    def stats(self) -> dict[str, int]:
        """Record type -> number of records outside the trash."""
        return self.records.counts()

    @damage_is_typed
    def schema_version(self) -> int:
        return migrations.version_of(self._connection)

    def check(self) -> builtins.list[str]:
        """Problems found by SQLCipher's and SQLite's integrity checks; empty when sound."""
        try:
            return self._check()
        except DatabaseError as exc:
            return [f"the checks could not run: {exc}"]

    def _check(self) -> builtins.list[str]:
        conn = self._connection
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.extend(integrity)
        problems.extend(
            f"dangling reference in {row[0]}" for row in conn.execute("PRAGMA foreign_key_check")
        )
        if not self.read_only:
            try:
                conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
            except DatabaseError as exc:
                problems.append(f"search index: {exc}")
        return problems

    # ---- keys -------------------------------------------------------------------

    def change_passphrase(
        self, new_passphrase: str, *, kdf_params: kdf.KdfParams | None = None
    ) -> None:
        """Replace the passphrase slot; the database itself is not touched.

        The old key file is kept as `.bak` until the new one is proven to unwrap.
        """
        if not new_passphrase:
            raise WrongKey("an empty passphrase is not allowed")
        params = kdf_params or kdf.calibrate()
        key_path = keyfile.path_for(self.path)
        current = self.key_file or self._fresh_key_file()
        slot = keyfile.passphrase_slot(self.vault_id, new_passphrase, self._data_key, params)
        _replace_key_file(key_path, current.with_slot(slot), self._data_key, new_passphrase)
        self.key_file = keyfile.load(key_path)

    def take_passphrase_slot(self, slot: keyfile.Slot, passphrase: str) -> None:
        """Use another computer's passphrase slot as it is (one musette synced on two
        computers); proven to open this vault with `passphrase` before it replaces the old."""
        if self.read_only:
            raise VaultReadOnly(str(self.path))
        current = self.key_file or self._fresh_key_file()
        _replace_key_file(
            keyfile.path_for(self.path), current.with_slot(slot), self._data_key, passphrase
        )
        self.key_file = keyfile.load(keyfile.path_for(self.path))

    def remember(self, store: SecretStore) -> None:
        """Add a device slot whose key lives in the OS keyring (never the passphrase)."""
        store.check_available()
        device_key = os.urandom(32)
        slot = keyfile.wrap(self.vault_id, DEVICE_SLOT, DEVICE_SLOT, device_key, self._data_key)
        store.set(self.vault_id, device_key)
        current = self.key_file or self._fresh_key_file()
        updated = current.with_slot(slot)
        keyfile.save(keyfile.path_for(self.path), updated)
        self.key_file = updated

    def forget(self, store: SecretStore | None) -> None:
        """Remove the device slot and its keyring entry; the passphrase still works."""
        if self.key_file is not None and self.key_file.slot(DEVICE_SLOT) is not None:
            updated = self.key_file.without(DEVICE_SLOT)
            keyfile.save(keyfile.path_for(self.path), updated)
            self.key_file = updated
        if store is not None:
            store.delete(self.vault_id)

    def is_remembered(self) -> bool:
        return self.key_file is not None and self.key_file.slot(DEVICE_SLOT) is not None

    @damage_is_typed
    def backup(self, folder: Path) -> tuple[Path, dict[str, int]]:
        """Write a verified backup file into `folder`, then rotate the old ones out.

        Returns the backup's path and its record counts. A backup that does not
        verify is deleted and BackupRefused raised: nothing old is rotated out.
        """
        snapshot = self.begin_backup()
        try:
            return snapshot.write(folder)
        finally:
            self.end_backup(snapshot)

    def for_reading(self) -> Vault:
        """A second connection to this open vault, read-only, for a worker thread.

        WAL lets it read one consistent state while this connection goes on writing;
        it holds no lock of its own (this vault's covers the file) and the worker
        closes it when done. The key is already in hand: no key derivation.
        """
        self.ensure_still_there()
        conn = _open_connection(self.path, self._data_key, mode="ro")
        return Vault(self.path, conn, None, self._data_key, self.vault_id, self.key_file, True)

    def for_writing(self) -> Vault:
        """A second writable connection to this open vault, for a worker thread (a sync).

        One connection must not be used by two threads at once; two connections are
        serialised by SQLite itself (WAL, and a writer waits for the other's transaction).
        It holds no lock of its own: this vault's covers the file. The worker closes it.
        """
        if self.read_only:
            raise VaultReadOnly(str(self.path))
        self.ensure_still_there()
        conn = _open_connection(self.path, self._data_key, mode="rw")
        return Vault(self.path, conn, None, self._data_key, self.vault_id, self.key_file, False)

    @damage_is_typed
    def begin_backup(self) -> BackupSnapshot:
        """Hold the database file still for a copy: everything committed is in it, and
        later commits stay in the journal until `end_backup` (no automatic checkpoint).

        Quick, and done where the connection is used; the copy itself (`write`) uses no
        connection and can run on another thread while the person goes on working.
        """
        self.ensure_still_there()
        conn = self._connection
        if not self.read_only:
            with self._writing:  # not while another thread's transaction is open
                # TRUNCATE waits (the busy timeout) for another connection's readers.
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise VaultInUse("the journal could not be emptied before the backup")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        key_path = keyfile.path_for(self.path)
        scratch: Path | None = None
        if self.key_file is None or not key_path.exists():
            # Opened with the recovery code and no key file: back up a key file
            # without slots, which only the recovery code opens.
            scratch = Path(tempfile.mkdtemp(prefix="musette-keys-"))
            key_path = scratch / "keys"
            keyfile.save(key_path, self.key_file or self._fresh_key_file())
        return BackupSnapshot(self.path, key_path, self.vault_id, bytes(self._data_key), scratch)

    def end_backup(self, snapshot: BackupSnapshot) -> None:
        """Let the journal be checkpointed again; forget the scratch key file."""
        if snapshot.scratch is not None:
            shutil.rmtree(snapshot.scratch, ignore_errors=True)
        if self._conn is not None and not self.read_only:
            with contextlib.suppress(DatabaseError):
                self._conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")

    def rotate_data_key(
        self, new_passphrase: str, *, kdf_params: kdf.KdfParams | None = None
    ) -> tuple[str, str]:
        """New data key after a compromise (see rotation.py); closes the vault."""
        from .rotation import rotate_data_key

        return rotate_data_key(self, new_passphrase, kdf_params=kdf_params)

    def _fresh_key_file(self) -> KeyFile:
        salt = _read_head(self.path)
        check = keyfile.key_check(self._data_key, self.vault_id)
        return KeyFile(self.vault_id, salt, check, ())

    def _backup_before_migration(self, version: int) -> None:
        """A verified backup beside the vault before a schema upgrade (restorable as any)."""
        self.backup(self.path.parent)

    def verify_backup(self, path: Path) -> dict[str, int]:
        """Check a backup of this vault with its key; return what it holds."""
        from . import backup

        return backup.verify(path, self._data_key)

    def restore_backup_as(self, path: Path, target: Path) -> dict[str, int]:
        """Restore a backup of this vault as a new, separate musette at `target`."""
        from . import backup

        return backup.restore_as(path, target, Unlock(recovery_code=self._data_key.hex()))


@contextlib.contextmanager
def _transaction(conn: Connection) -> Iterator[Connection]:
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (a full disk does that).
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except DatabaseError as exc:
        if is_full(exc):
            raise StorageFull(str(exc)) from None
        raise


def _lock(path: Path) -> int:
    """Take an exclusive advisory lock on the vault file for as long as it is open.

    flock is separate from SQLite's own fcntl locks, changes nothing on disk,
    and the kernel releases it when the process dies, so a crash never leaves
    the vault "in use".
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        if sys.platform == "win32":
            import msvcrt

            # Windows locks are mandatory: lock one byte far past anything
            # SQLite reads or locks itself.
            os.lseek(fd, 1 << 40, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise VaultInUse(str(path)) from None
    return fd


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _tidy(path: Path) -> None:
    """Remove what an interrupted key-file replacement may have left behind.

    The key file itself is always whole (replaced by rename), so a `.bak` beside
    an openable vault and our own `.tmp` files are leftovers.
    """
    key_path = keyfile.path_for(path)
    key_path.with_name(key_path.name + ".bak").unlink(missing_ok=True)
    for name in (path.name, key_path.name):
        path.with_name(name + ".old").unlink(missing_ok=True)  # a finished rotation's
    for name in (path.name, key_path.name):
        for leftover in path.parent.glob(f".{name}.*.tmp"):
            leftover.unlink(missing_ok=True)


def check_before_unlock(path: Path, *, by_recovery_code: bool) -> None:
    """Refuse, before anyone is asked for a passphrase, a file that no secret could open:
    not a musette at all, or a musette whose key file is missing (only the recovery code
    opens that one)."""
    head = inspect_file(path)
    if not by_recovery_code:
        _claimed_key_file(path, head)


def _claimed_key_file(path: Path, head: bytes) -> KeyFile:
    """The key file that claims this database, or why there is none."""
    # SQLCipher files are whole pages: anything else, unclaimed by its key file,
    # is not a vault at all (a vault of ours cut short is "damaged", later).
    whole_pages = os.path.getsize(path) % PAGE_SIZE == 0
    try:
        key_file = keyfile.load(keyfile.path_for(path))
    except KeyFileMissing:
        if not whole_pages:
            raise NotAVault(str(path)) from None
        raise
    if key_file.db_salt != head:
        if not whole_pages:
            raise NotAVault(str(path))
        raise KeyFileForeign("the key file belongs to another vault")
    return key_file


def _find_data_key(path: Path, head: bytes, unlock: Unlock) -> tuple[bytes, KeyFile | None]:
    """Return the data key, deciding wrong passphrases by the GCM tag before SQLite opens."""
    key_path = keyfile.path_for(path)
    if unlock.recovery_code is not None:
        data_key = recovery.decode(unlock.recovery_code)
        try:
            key_file: KeyFile | None = keyfile.load(key_path)
        except KeyFileMissing:
            key_file = None  # the recovery code opens the vault without it
        if key_file is not None and key_file.db_salt == head:
            if not key_file.matches(data_key):
                raise _not_this_vaults(unlock.recovery_code)
        else:
            key_file = None
        return data_key, key_file
    key_file = _claimed_key_file(path, head)
    if unlock.passphrase is not None:
        return keyfile.unwrap_passphrase(key_file, unlock.passphrase), key_file
    assert unlock.secret_store is not None
    slot = key_file.slot(DEVICE_SLOT)
    if slot is None:
        raise DeviceKeyMissing("this computer does not remember the vault")
    device_key = unlock.secret_store.get(key_file.vault_id)
    if device_key is None:
        raise DeviceKeyMissing("the keyring entry is gone")
    try:
        return keyfile.unwrap(key_file.vault_id, slot, device_key), key_file
    except WrongKey:
        raise DeviceKeyMissing("the keyring entry does not match") from None


def _not_this_vaults(code: str) -> WrongKey:
    """A recovery key that does not open this vault: a hex typo, or another vault's code."""
    if recovery.is_hex_form(code):
        return RecoveryHexWrong("this hex key does not open this vault")
    return RecoveryCodeForeign("this recovery code belongs to another vault")


def _connect_verified(
    path: Path,
    head: bytes,
    data_key: bytes,
    key_file: KeyFile | None,
    *,
    writable: bool,
    code: str = "",
) -> Connection:
    """Open SQLite with a key already proven, or (recovery without key file) probe read-only."""
    known_vault = key_file is not None
    if os.path.getsize(path) % PAGE_SIZE:
        raise VaultDamaged("the file is truncated") if known_vault else NotAVault(str(path))
    if not known_vault:
        # An unproven key must never close a read-write connection: with a
        # leftover WAL that would checkpoint, and the files would change.
        try:
            _open_connection(path, data_key, mode="ro").close()
        except DatabaseError:
            raise _not_this_vaults(code) from None
    try:
        conn = _open_connection(path, data_key, mode="rw" if writable else "ro")
    except DatabaseError:
        raise VaultDamaged("the database does not open with its key") from None
    try:
        migrations.refuse_if_too_new(conn)
        _harden(conn, writable=writable)
    except BaseException:
        conn.close()
        raise
    return conn


def _replace_key_file(key_path: Path, new: KeyFile, data_key: bytes, passphrase: str) -> None:
    backup = key_path.with_name(key_path.name + ".bak")
    had_old = key_path.exists()
    if had_old:
        write_atomic(backup, key_path.read_bytes())
    keyfile.save(key_path, new)
    try:
        proven = keyfile.unwrap_passphrase(keyfile.load(key_path), passphrase) == data_key
    except VaultError:
        proven = False
    if not proven:
        if had_old:
            os.replace(backup, key_path)
            fsync_dir(key_path.parent)
        raise VaultError("the new key file could not be verified; the old one is kept")
    if had_old:
        backup.unlink()
        fsync_dir(key_path.parent)
