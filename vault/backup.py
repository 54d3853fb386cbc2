"""Backups: one file holding the encrypted database and its key file, verified before rotation."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import keyfile
from .errors import NotAVault, VaultDamaged, VaultError, VaultExists, WrongKey
from .fileio import PRIVATE_MODE, fsync_dir, move_no_clobber

if TYPE_CHECKING:
    from .vault import Unlock

SUFFIX = ".musette-backup"
FORMAT = "musette-backup"
VERSION = 1
DB_MEMBER = "vault.musette"
KEYS_MEMBER = "vault.musette-keys"
MANIFEST_MEMBER = "manifest.json"
KEEP_LAST = 10
KEEP_MONTHS = 12
_STAMP = "%Y%m%d-%H%M%S"
MAX_MEMBER_BYTES = 8 * 1024**3  # bounds what a hostile backup can make us write


class BackupRefused(VaultError):
    """A backup file that is not one, is damaged, or does not verify."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file on disk (its contents stay encrypted)."""

    path: Path
    created_at: datetime
    vault_id: str


def backup_name(vault_path: Path, when: datetime) -> str:
    stem = vault_path.name.removesuffix(".musette")
    return f"{stem}-{when.strftime(_STAMP)}-{secrets.token_hex(2)}{SUFFIX}"


def write_backup(
    database: Path, key_file: Path, vault_id: str, folder: Path, *, now: datetime | None = None
) -> Path:
    """Pack a consistent copy of the two files into one backup file, atomically.

    The caller guarantees `database` holds every committed change (WAL checkpointed)
    and that no write happens meanwhile (the vault's own lock).
    """
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / backup_name(database, now)
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "created_at": now.isoformat(),
        "members": {},
    }
    try:
        pack(tmp, database, key_file, manifest)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return target


def pack(tmp: Path, database: Path, key_file: Path, manifest: dict[str, Any]) -> None:
    """Write the two files and the manifest (with their digests) into a new file, fsynced.

    `tmp` must not exist; on failure it is removed. The caller renames it into place.
    """
    members: dict[str, str] = {}
    manifest["members"] = members
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:
            for member, source in ((DB_MEMBER, database), (KEYS_MEMBER, key_file)):
                digest = hashlib.sha256()
                with (
                    open(source, "rb") as handle,
                    archive.open(member, "w", force_zip64=True) as out,
                ):
                    while chunk := handle.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
                members[member] = digest.hexdigest()
            archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=2, sort_keys=True))
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_manifest(path: Path) -> dict[str, object]:
    """The manifest of a backup file, or BackupRefused."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if names != {DB_MEMBER, KEYS_MEMBER, MANIFEST_MEMBER}:
                raise BackupRefused("unexpected contents")
            manifest = json.loads(archive.read(MANIFEST_MEMBER)[:65536])
    except (zipfile.BadZipFile, OSError, ValueError, RecursionError, KeyError) as exc:
        raise BackupRefused(f"not a readable backup: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupRefused("not a Musette backup")
    if manifest.get("version") != VERSION:
        raise BackupRefused("a backup from another version of Musette")
    return manifest


def extract(path: Path, to_database: Path) -> None:
    """Unpack a backup next to `to_database` (refusing to overwrite), checking its digests."""
    manifest = read_manifest(path)
    to_keys = keyfile.path_for(to_database)
    if to_database.exists() or to_keys.exists():
        raise VaultExists(str(to_database))
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise BackupRefused("the manifest lists no files")
    written: list[Path] = []
    try:
        with zipfile.ZipFile(path) as archive:
            for member, target in ((DB_MEMBER, to_database), (KEYS_MEMBER, to_keys)):
                info = archive.getinfo(member)
                if info.file_size > MAX_MEMBER_BYTES:
                    raise BackupRefused("a member is too large")
                digest = hashlib.sha256()
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
                written.append(target)
                with os.fdopen(fd, "wb") as out, archive.open(info) as source:
                    while chunk := source.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                if digest.hexdigest() != members.get(member):
                    raise BackupRefused(f"{member} does not match its digest")
    except (zipfile.BadZipFile, KeyError) as exc:
        for leftover in written:
            leftover.unlink(missing_ok=True)
        raise BackupRefused(f"damaged backup: {exc}") from None
    except BaseException:
        for leftover in written:
            leftover.unlink(missing_ok=True)
        raise
    fsync_dir(to_database.parent)


def _checked_counts(database: Path, unlock: Unlock, *, read_only: bool) -> dict[str, int]:
    """Open an unpacked backup, run the integrity checks, and count what it holds."""
    from .vault import Vault

    try:
        with Vault.open(database, unlock, read_only=read_only) as vault:
            problems = vault.check()
            counts = vault.stats()
    except (NotAVault, VaultDamaged) as exc:
        raise BackupRefused(f"the backup does not open: {exc}") from None
    if problems:
        raise BackupRefused("the backup fails its integrity check: " + "; ".join(problems[:3]))
    return counts


def verify(path: Path, data_key: bytes) -> dict[str, int]:
    """Reopen a backup with the data key and run the integrity checks; return its counts."""
    from .vault import Unlock

    scratch = Path(tempfile.mkdtemp(prefix="musette-verify-"))
    try:
        copy = scratch / "check.musette"
        extract(path, copy)
        try:
            return _checked_counts(copy, Unlock(recovery_code=data_key.hex()), read_only=True)
        except WrongKey:
            raise BackupRefused("this backup belongs to another musette") from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def check_restorable(backup_path: Path, target: Path) -> None:
    """Refuse what needs no key to refuse: the target is taken, the backup is not a file."""
    if target.exists() or keyfile.path_for(target).exists():
        raise VaultExists(str(target))
    if not backup_path.is_file():
        raise BackupRefused(f"{backup_path} is not a file")


def restore_as(backup_path: Path, target: Path, unlock: Unlock) -> dict[str, int]:
    """Restore a backup as a new musette at `target`; returns its counts.

    It is unpacked beside the target, opened with `unlock` and checked there, and
    only then moved in place: a refused backup or a wrong key leaves nothing behind.
    """
    check_restorable(backup_path, target)
    scratch = Path(tempfile.mkdtemp(prefix=".musette-restore-", dir=target.parent))
    try:
        staged = scratch / target.name
        extract(backup_path, staged)
        counts = _checked_counts(staged, unlock, read_only=False)
        # Never onto a file that appeared since the check: an exclusive move or nothing.
        placed_keys = keyfile.path_for(target)
        try:
            move_no_clobber(keyfile.path_for(staged), placed_keys)
        except FileExistsError:
            raise VaultExists(str(placed_keys)) from None
        try:
            move_no_clobber(staged, target)
        except FileExistsError:
            placed_keys.unlink(missing_ok=True)  # ours, placed a moment ago
            raise VaultExists(str(target)) from None
        fsync_dir(target.parent)
        return counts
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def replace_with(backup_path: Path, vault_path: Path, *, now: datetime | None = None) -> Path:
    """Put a backup in place of a closed vault; the replaced files are kept, renamed.

    Returns the kept copy of the replaced vault. The backup is unpacked and its
    digests checked beside the vault first, so a bad backup changes nothing.
    """
    now = now or datetime.now(UTC)
    staging = Path(tempfile.mkdtemp(prefix=".musette-restore-", dir=vault_path.parent))
    try:
        staged = staging / vault_path.name
        extract(backup_path, staged)
        stem = vault_path.name.removesuffix(".musette")
        kept = vault_path.with_name(f"{stem}-remplacee-{now.strftime(_STAMP)}.musette")
        for source, target in (
            (vault_path, kept),
            (keyfile.path_for(vault_path), keyfile.path_for(kept)),
        ):
            if source.exists():
                os.replace(source, target)
        os.replace(keyfile.path_for(staged), keyfile.path_for(vault_path))
        os.replace(staged, vault_path)
        fsync_dir(vault_path.parent)
        return kept
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def list_backups(folder: Path, vault_id: str | None = None) -> list[BackupInfo]:
    """The backups in a folder (of one vault when `vault_id` is given), newest first."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            manifest = read_manifest(path)
            created = datetime.fromisoformat(str(manifest["created_at"]))
        except (BackupRefused, KeyError, ValueError):
            continue
        if vault_id is None or manifest.get("vault_id") == vault_id:
            found.append(BackupInfo(path, created, str(manifest.get("vault_id"))))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def to_keep(created: list[datetime], *, now: datetime) -> set[datetime]:
    """The last 10 backups, plus the newest of each month over the past year."""
    newest_first = sorted(created, reverse=True)
    keep = set(newest_first[:KEEP_LAST])
    months_seen: set[tuple[int, int]] = set()
    for when in newest_first:
        months_ago = (now.year - when.year) * 12 + now.month - when.month
        month = (when.year, when.month)
        if months_ago < KEEP_MONTHS and month not in months_seen:
            months_seen.add(month)
            keep.add(when)
    return keep


def rotate(folder: Path, vault_id: str, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; return what was deleted."""
    now = now or datetime.now(UTC)
    backups = list_backups(folder, vault_id)
    keep = to_keep([b.created_at for b in backups], now=now)
    removed = []
    for backup in backups:
        if backup.created_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    if removed:
        fsync_dir(folder)
    return removed
