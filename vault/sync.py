"""One musette on two computers: publish a snapshot into the sync folder, merge the others'.

`sync_now` writes this computer's snapshot (see sync_folder.py), then merges every newer
snapshot of the same musette from another computer, record by record against the last copy
both shared (see sync_merge.py), in one transaction after a verified backup, and publishes
again when the merge changed something. `join` makes a new computer's vault from the
folder's newest snapshot; `leave` stops. A field changed differently on both computers
becomes a row of `sync_conflict`, which both computers show until the person chooses.

The base of a three-way merge must be a copy both sides descend from. Two are at hand:
the other computer's snapshot this one merged last (this computer merged it; the other
wrote it), and this computer's own snapshot that the other one says it merged last. Each
record is taken from whichever of the two holds its later version, so that neither a record
one side brought in since, nor one the other side edited since, looks new on both sides.
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import backup, keyfile, records, recovery, rotation, search
from .errors import StorageFull, SyncRefused, VaultError, VaultTooNew, WrongKey
from .migrations import CURRENT_VERSION
from .model import BY_TYPE, RECORD_TYPES, now_utc
from .sql import Connection
from .sync_folder import (
    DeviceState,
    Skipped,
    Snapshot,
    candidates,
    database_digest,
    default_state_dir,
    file_digest,
    snapshot_name,
    tidy_temporary,
    write_snapshot,
)
from .sync_merge import Conflict, merge_table
from .vault import Unlock, Vault

CONFLICTS = "sync_conflict"
# Records first, parents before their children (the order of RECORD_TYPES), conflicts last.
TABLES: tuple[str, ...] = (*(cls.TYPE for cls in RECORD_TYPES), CONFLICTS)
_PARENTS = {"skill_evidence": ("skill_id", "skill"), "project_step": ("project_id", "project")}
_CONFLICT_IDS = uuid.UUID("6f1d4a52-3c0e-4d8b-9a57-2b1f0c9e7d31")

Rows = dict[str, dict[str, Any]]


@dataclass
class SyncReport:
    """What one sync did: the snapshot written, what came in, and what was left alone."""

    published: Path | None = None
    merged_from: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    kept: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    tidied: list[Path] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # tables the merge changed
    # A snapshot of another computer whose passphrase (or key) is no longer this one's: typed
    # once here, it aligns the two (see align). Its device's name says which computer.
    align_with: Path | None = None
    align_from: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "merged_from": self.merged_from,
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True)
class SyncConflict:
    """A field both computers changed: the record, the field, and the two values kept."""

    id: str
    record_type: str
    record_id: str
    column: str
    first: Any
    second: Any
    found_at: str


# ---- publishing and merging ------------------------------------------------------------


def sync_now(
    vault: Vault, folder: Path, *, state_dir: Path | None = None, merge: bool = True
) -> SyncReport:
    """Publish this computer's snapshot, then merge every newer one of the same musette.

    `merge=False` only publishes (at lock: the others get the last edits, quickly).
    """
    if vault.read_only:
        raise SyncRefused("the musette is open read-only", "read_only")
    if not folder.is_dir():
        raise SyncRefused(f"the sync folder {folder} is not there", "no_folder")
    state = DeviceState.load(state_dir or default_state_dir(), vault.vault_id)
    state.folder = str(folder.resolve())
    _notice_key_change(vault, state)
    tidy_temporary(folder, state.device)
    report = SyncReport()
    found, report.skipped = candidates(folder)
    # This computer's file holding what another machine wrote under its id is merged first.
    deferred = any(
        s.device == state.device and not s.is_tool_copy and not _is_mine(state, s) for s in found
    )
    if not deferred:
        report.published = publish(vault, folder, state)
    changed_here = False
    for snapshot in sorted(found, key=lambda s: (s.created_at, s.path.name)) if merge else ():
        why = _why_not(vault, state, snapshot)
        if why == "own":
            if snapshot.is_tool_copy:  # a clash over this computer's own file: it is in us
                _tidy(snapshot.path, report)
            continue
        if why:
            if why != "seen":
                report.skipped.append(Skipped(snapshot.path, why))
            elif snapshot.is_tool_copy:
                _tidy(snapshot.path, report)
            continue
        try:
            changed = _merge_snapshot(vault, state, snapshot, report, backed_up=changed_here)
        except _Unusable as exc:
            why = exc.why
            if why == "other_key" and snapshot.created_at < state.key_changed_at:
                why = "old_key"  # the other computer has not taken this one's new key yet
            elif why == "other_key":
                report.align_with, report.align_from = snapshot.path, _name(snapshot)
            report.skipped.append(Skipped(snapshot.path, why, exc.detail))
            continue
        changed_here = changed_here or changed
        report.merged_from.append(_name(snapshot))
        if snapshot.is_tool_copy:
            _tidy(snapshot.path, report)
    if changed_here or (deferred and merge):
        report.published = publish(vault, folder, state) or report.published
    state.last_synced = now_utc()
    state.save()
    state.prune_own_copies()
    return report


def publish(vault: Vault, folder: Path, state: DeviceState) -> Path | None:
    """Write this computer's snapshot (verified before it takes its name) and keep a copy.

    Nothing is written when the vault has not changed since the last snapshot and that
    snapshot is still in the folder: other computers would only merge it again.
    """
    held = vault.begin_backup()
    try:
        digest, keys = file_digest(held.database), file_digest(held.key_path)
        unchanged = digest == state.published_digest and keys == state.published_keys
        if unchanged and _still_there(folder, state):
            return None
        state.generation += 1
        state.save()  # a generation is never given twice, even if the write is interrupted
        written = write_snapshot(
            held.database,
            held.key_path,
            vault.vault_id,
            folder,
            device=state.device,
            generation=state.generation,
            merged={device: peer.generation for device, peer in state.peers.items()},
            schema=vault.schema_version(),
            check=lambda path: backup.verify(path, vault._data_key),
        )
    except (OSError, backup.BackupRefused) as exc:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise StorageFull(str(exc)) from None
        if not folder.is_dir():  # a USB stick pulled, a network folder gone
            raise SyncRefused(
                f"the sync folder {folder} went away while writing", "folder_gone"
            ) from None
        raise
    finally:
        vault.end_backup(held)
    state.keep_copy(written, state.own_copy(state.generation))
    state.published_digest, state.published_keys = digest, keys
    state.save()
    return written


def _still_there(folder: Path, state: DeviceState) -> bool:
    """Whether the folder still holds the snapshot this computer last wrote (a sync tool may
    have put another version in its place)."""
    try:
        return database_digest(folder / snapshot_name(state.device)) == state.published_digest
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return False


def _is_mine(state: DeviceState, snapshot: Snapshot) -> bool:
    """Whether a snapshot bearing this computer's id holds what this computer wrote.

    A copy of this computer's home on another machine (a cloned disk, a restored profile)
    writes under the same id: what it holds is merged like any other computer's."""
    try:
        digest = database_digest(snapshot.path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return True  # unreadable: left for the checks that say so
    return digest == state.published_digest or digest in state.own_digests()


def _why_not(vault: Vault, state: DeviceState, snapshot: Snapshot) -> str:
    """Why a snapshot is not merged now ('' when it is)."""
    if snapshot.device == state.device:
        return "own" if _is_mine(state, snapshot) else ""
    if snapshot.vault_id != vault.vault_id:
        return "other_vault"
    if snapshot.schema > CURRENT_VERSION:
        return "newer_schema"
    peer = state.peers.get(snapshot.device)
    if peer is None or snapshot.is_tool_copy:
        return ""
    if snapshot.generation < peer.generation:
        return "already_merged"
    if snapshot.generation == peer.generation:
        same = database_digest(snapshot.path) == peer.digest
        return "seen" if same else "generation_reused"
    return ""


class _Unusable(Exception):
    def __init__(self, why: str, detail: str = "") -> None:
        super().__init__(why)
        self.why, self.detail = why, detail


def _tidy(path: Path, report: SyncReport) -> None:
    path.unlink(missing_ok=True)
    report.tidied.append(path)


@contextmanager
def _opened(path: Path, data_key: bytes) -> Iterator[Vault]:
    """A snapshot unpacked (its digests checked) and opened with this musette's key, in scratch.

    Opened writable there, so that one written by an older Musette is brought to this schema.
    """
    scratch = Path(tempfile.mkdtemp(prefix="musette-sync-"))
    try:
        copy = scratch / "snapshot.musette"
        try:
            backup.extract(path, copy)
            opened = Vault.open(copy, Unlock(recovery_code=data_key.hex()))
        except backup.BackupRefused as exc:
            raise _Unusable("unreadable", str(exc)) from None
        except WrongKey:
            raise _Unusable("other_key") from None
        except VaultTooNew:
            raise _Unusable("newer_schema") from None
        except VaultError as exc:
            raise _Unusable("unreadable", str(exc)) from None
        with opened:
            yield opened
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _rows(vault: Vault, table: str) -> Rows:
    return _rows_of(vault._connection, table)


def _rows_of(conn: Connection, table: str) -> Rows:
    cursor = conn.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    return {str(values[0]): dict(zip(names, values, strict=True)) for values in cursor}


def _ancestor(path: Path, data_key: bytes) -> dict[str, Rows] | None:
    if not path.exists():
        return None
    try:
        with _opened(path, data_key) as copy:
            return {table: _rows(copy, table) for table in TABLES}
    except _Unusable:
        return None  # a damaged kept copy: merge without it (more conflicts, nothing lost)


def _base(ancestors: list[dict[str, Rows]], table: str) -> Rows:
    """Each record as the later of the copies both sides descend from holds it."""
    base: Rows = {}
    for ancestor in ancestors:
        for record_id, row in ancestor[table].items():
            held = base.get(record_id)
            if held is None or str(row.get("updated_at")) > str(held.get("updated_at")):
                base[record_id] = row
    return base


def _merge_snapshot(
    vault: Vault, state: DeviceState, snapshot: Snapshot, report: SyncReport, *, backed_up: bool
) -> bool:
    """Merge one snapshot into the vault; True when the vault changed."""
    key = vault._data_key
    mine_merged = snapshot.merged.get(state.device)
    with _opened(snapshot.path, key) as theirs_vault:
        theirs = {table: _rows(theirs_vault, table) for table in TABLES}
        contents = _contents(theirs_vault)
    ancestors = []
    if snapshot.device == state.device:  # a clone of this computer: no known shared copy
        mine_merged = None
    elif not snapshot.is_tool_copy:  # a clash copy does not descend from the last merged file
        ancestors.append(_ancestor(state.peer_base(snapshot.device), key))
    if mine_merged:
        ancestors.append(_ancestor(state.own_copy(mine_merged), key))
    known = [a for a in ancestors if a is not None]
    plan = _plan(known, theirs, vault._connection)
    if plan.changes_anything():
        if not backed_up:
            vault.backup(vault.path.parent)  # like a migration: a verified way back first
        with vault.transaction() as conn:
            # Planned again on what is here now: the person may have saved a form since.
            plan = _plan(known, theirs, conn)
            plan.write(conn, contents)
        plan.add_to(report)
    if not snapshot.is_tool_copy and snapshot.device != state.device:
        if _new_passphrase_there(vault, state.peer_base(snapshot.device), snapshot.path):
            report.align_with, report.align_from = snapshot.path, _name(snapshot)
        state.remember_merged(snapshot, merged_of_mine=mine_merged or 0)
    return bool(plan.touched)


def _plan(known: list[dict[str, Rows]], theirs: dict[str, Rows], conn: Connection) -> _Plan:
    """Every table merged against the base; nothing written yet."""
    plan = _Plan()
    for table in TABLES:
        mine = _rows_of(conn, table)
        merged = merge_table(_base(known, table), mine, theirs[table])
        plan.tables[table] = (mine, merged.rows)
        if table == CONFLICTS:
            continue
        plan.added += merged.added
        plan.updated += merged.updated
        plan.deleted += merged.deleted
        plan.kept += len(merged.kept)
        plan.conflicts.extend((table, c) for c in merged.conflicts)
    _keep_parents(plan, theirs)
    return plan


def _contents(vault: Vault) -> dict[str, bytes]:
    cursor = vault._connection.execute("SELECT document_id, content FROM document_content")
    return {str(document_id): bytes(content) for document_id, content in cursor}


def _keep_parents(plan: _Plan, theirs: dict[str, Rows]) -> None:
    """A skill deleted here whose evidence was added there comes back, rather than lose it."""
    for child, (column, parent) in _PARENTS.items():
        _, parent_rows = plan.tables[parent]
        for row in plan.tables[child][1].values():
            parent_id = str(row[column])
            if parent_id not in parent_rows and parent_id in theirs[parent]:
                parent_rows[parent_id] = dict(theirs[parent][parent_id], deleted_at=None)


@dataclass
class _Plan:
    """The merged tables, written in one transaction, and what they change."""

    tables: dict[str, tuple[Rows, Rows]] = field(default_factory=dict)
    conflicts: list[tuple[str, Conflict]] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    deleted: int = 0
    kept: int = 0

    def changes_anything(self) -> bool:
        return bool(self.conflicts) or any(m != r for m, r in self.tables.values())

    @property
    def touched(self) -> set[str]:
        """The tables whose rows the merge changes (the screens showing them reload)."""
        touched = {t for t, (mine, rows) in self.tables.items() if mine != rows}
        return touched | ({CONFLICTS} if self.conflicts else set())

    def add_to(self, report: SyncReport) -> None:
        report.added += self.added
        report.updated += self.updated
        report.deleted += self.deleted
        report.kept += self.kept
        report.conflicts += len(self.conflicts)
        report.touched |= self.touched

    def write(self, conn: Connection, contents: dict[str, bytes]) -> None:
        for table in TABLES:
            mine, rows = self.tables[table]
            cls = BY_TYPE.get(table)
            for record_id, row in rows.items():
                old = mine.get(record_id)
                if old == row:
                    continue
                names = list(row)
                if old is None:
                    conn.execute(
                        f"INSERT INTO {table} ({', '.join(names)}) "
                        f"VALUES ({', '.join('?' for _ in names)})",
                        [row[n] for n in names],
                    )
                    if table == "document":
                        _add_content(conn, row, contents)
                else:
                    conn.execute(
                        f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                        [*(row[n] for n in names), record_id],
                    )
                if cls is not None:
                    if row.get("deleted_at"):
                        search.remove(conn, record_id)
                    else:
                        columns = records.columns(cls)
                        search.index(conn, records.from_row(cls, tuple(row[c] for c in columns)))
        for table in reversed(TABLES):  # children before their parents
            mine, rows = self.tables[table]
            for record_id in mine.keys() - rows.keys():
                conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
                search.remove(conn, record_id)
        now = now_utc()
        for table, conflict in self.conflicts:
            first, second = sorted((_as_json(conflict.mine), _as_json(conflict.theirs)))
            key = json.dumps([table, conflict.record_id, conflict.column, first, second])
            conn.execute(
                f"INSERT OR IGNORE INTO {CONFLICTS} (id, created_at, updated_at, "
                "provenance_kind, record_type, record_id, column_name, first_value, second_value) "
                "VALUES (?, ?, ?, 'declared', ?, ?, ?, ?, ?)",
                (
                    str(uuid.uuid5(_CONFLICT_IDS, key)),
                    now,
                    now,
                    table,
                    conflict.record_id,
                    conflict.column,
                    first,
                    second,
                ),
            )


def _as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _add_content(conn: Connection, row: dict[str, Any], contents: dict[str, bytes]) -> None:
    """A document that came in brings its content, which must be the one its hash names."""
    data = contents.get(str(row["id"]))
    if data is None or hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise SyncRefused(f"the document {row['name']!r} came without its content")
    conn.execute(
        "INSERT OR REPLACE INTO document_content (document_id, content) VALUES (?, ?)",
        (row["id"], data),
    )


# ---- conflicts -----------------------------------------------------------------------------


def conflicts(vault: Vault) -> list[SyncConflict]:
    """The fields waiting for the person's choice, oldest first."""
    cursor = vault._connection.execute(
        f"SELECT id, record_type, record_id, column_name, first_value, second_value, created_at "
        f"FROM {CONFLICTS} WHERE deleted_at IS NULL ORDER BY created_at, id"
    )
    return [
        SyncConflict(
            id=str(row[0]),
            record_type=str(row[1]),
            record_id=str(row[2]),
            column=str(row[3]),
            first=json.loads(row[4]),
            second=json.loads(row[5]),
            found_at=str(row[6]),
        )
        for row in cursor
    ]


def resolve(vault: Vault, conflict_id: str, value: Any) -> None:
    """The person chose `value` (one of the two kept) for the field; the conflict is closed."""
    found = [c for c in conflicts(vault) if c.id == conflict_id]
    if not found:
        raise SyncRefused(f"no open conflict {conflict_id}")
    conflict = found[0]
    if value not in (conflict.first, conflict.second):
        raise SyncRefused("the value chosen is neither of the two kept")
    cls = BY_TYPE[conflict.record_type]
    if conflict.column not in records.columns(cls):
        raise SyncRefused(f"{conflict.record_type} has no field {conflict.column}")
    now = now_utc()
    with vault.transaction() as conn:
        conn.execute(
            f"UPDATE {cls.TYPE} SET {conflict.column} = ?, updated_at = ? WHERE id = ?",
            (value, now, conflict.record_id),
        )
        conn.execute(
            f"UPDATE {CONFLICTS} SET chosen = ?, deleted_at = ?, updated_at = ? WHERE id = ?",
            (_as_json(value), now, now, conflict_id),
        )
        try:
            record = records.get(conn, cls, conflict.record_id)
        except VaultError:
            return  # the record is in the trash: nothing to index
        search.index(conn, record)


# ---- another passphrase, or another key, on the other computer ----------------------------


def _name(snapshot: Snapshot) -> str:
    return snapshot.device_name or snapshot.device


def _notice_key_change(vault: Vault, state: DeviceState) -> None:
    """Remember when this computer's data key changed: the others' snapshots sealed before
    that are theirs to bring up to date, not this computer's to ask about."""
    check = keyfile.key_check(vault._data_key, vault.vault_id).hex()
    if state.key_check and state.key_check != check:
        state.key_changed_at = now_utc()
    state.key_check = check


def _keys_in(path: Path) -> keyfile.KeyFile:
    """The key file sealed in a snapshot, checked against the digest its manifest gives."""
    manifest = backup.read_manifest(path)
    members = manifest.get("members")
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(backup.KEYS_MEMBER)
            if info.file_size > keyfile.MAX_KEY_FILE_BYTES:
                raise backup.BackupRefused("its key file is too large")
            raw = archive.read(info)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise backup.BackupRefused(f"damaged snapshot: {exc}") from None
    if not isinstance(members, dict) or hashlib.sha256(raw).hexdigest() != members.get(
        backup.KEYS_MEMBER
    ):
        raise backup.BackupRefused("its key file does not match its digest")
    return keyfile.parse(raw)


def _passphrase_slot(path: Path) -> keyfile.Slot | None:
    try:
        return _keys_in(path).slot(keyfile.PASSPHRASE_SLOT)
    except (backup.BackupRefused, VaultError, OSError):
        return None


def _new_passphrase_there(vault: Vault, base: Path, snapshot: Path) -> bool:
    """Whether the other computer took a new passphrase since its last snapshot merged here,
    and this computer does not have it."""
    before, now = _passphrase_slot(base), _passphrase_slot(snapshot)
    mine = vault.key_file.slot(keyfile.PASSPHRASE_SLOT) if vault.key_file else None
    return before is not None and now is not None and now != before and now != mine


@dataclass(frozen=True)
class Aligned:
    """This computer took the other's passphrase; `rekeyed`: its key too (the vault closed)."""

    rekeyed: bool
    data_key: bytes


def align(vault: Vault, snapshot_path: Path, unlock: Unlock) -> Aligned:
    """Take the passphrase (and the key, after a change of key) of another computer's snapshot,
    with its passphrase or the recovery code typed once here, so that both meet again.

    With the same data key, its passphrase slot is taken as it is (proven by the passphrase).
    With another data key, the vault is re-encrypted under that key (rotation.py: a verified
    copy, then one rename) and closed: reopen it with `data_key`; its recovery code is now the
    other computer's one, the same musette's.
    """
    if vault.read_only:
        raise SyncRefused("the musette is open read-only", "read_only")
    try:
        theirs = _keys_in(snapshot_path)
    except backup.BackupRefused as exc:
        raise SyncRefused(f"{snapshot_path.name}: {exc}", "unreadable") from None
    if theirs.vault_id != vault.vault_id:
        raise SyncRefused(f"{snapshot_path.name} is another musette's", "other_vault")
    slot = theirs.slot(keyfile.PASSPHRASE_SLOT)
    if slot is None:
        raise SyncRefused(f"{snapshot_path.name} holds no passphrase slot", "unreadable")
    if unlock.passphrase is not None:
        data_key = keyfile.unwrap_passphrase(theirs, unlock.passphrase)
    elif unlock.recovery_code is not None:
        data_key = recovery.decode(unlock.recovery_code)
    else:
        raise WrongKey("a passphrase or the recovery code is needed")
    if not theirs.matches(data_key):
        raise WrongKey("this does not open the other computer's snapshot")
    if data_key != vault._data_key:
        rotation.rotate_data_key(vault, "", adopt=(data_key, slot))
        return Aligned(rekeyed=True, data_key=data_key)
    if unlock.passphrase is None:
        raise SyncRefused("the same key: type the other computer's passphrase", "need_passphrase")
    vault.take_passphrase_slot(slot, unlock.passphrase)
    return Aligned(rekeyed=False, data_key=data_key)


# ---- joining and leaving --------------------------------------------------------------------


@dataclass(frozen=True)
class Joined:
    """A computer that joined: its new vault, where it came from, and what it holds."""

    path: Path
    from_device: str
    counts: dict[str, int]


def join(folder: Path, target: Path, unlock: Unlock, *, state_dir: Path | None = None) -> Joined:
    """Make this computer's vault from the folder's newest snapshot (the passphrase opens it)."""
    if not folder.is_dir():
        raise SyncRefused(f"the sync folder {folder} is not there", "no_folder")
    found, _ = candidates(folder)
    mains = [s for s in found if not s.is_tool_copy]
    if not mains:
        raise SyncRefused(f"no musette snapshot in {folder}", "nothing_to_join")
    if len({s.vault_id for s in mains}) > 1:
        raise SyncRefused(f"{folder} holds snapshots of several musettes", "several")
    newest = max(mains, key=lambda s: (s.created_at, s.generation))
    state = DeviceState.load(state_dir or default_state_dir(), newest.vault_id)
    if (state.home / "device.json").exists():
        raise SyncRefused(
            "this computer already syncs this musette: sync it rather than join", "already_joined"
        )
    backup.check_restorable(newest.path, target)
    counts = backup.restore_as(newest.path, target, unlock)
    state.folder = str(folder.resolve())
    state.remember_merged(newest, merged_of_mine=0)
    return Joined(target, newest.device_name or newest.device, counts)


def leave(vault: Vault, folder: Path, *, state_dir: Path | None = None) -> None:
    """Stop syncing this musette here: its snapshot leaves the folder, its state this computer."""
    state = DeviceState.load(state_dir or default_state_dir(), vault.vault_id)
    (folder / snapshot_name(state.device)).unlink(missing_ok=True)
    tidy_temporary(folder, state.device)
    shutil.rmtree(state.home, ignore_errors=True)


def status(vault: Vault, *, state_dir: Path | None = None) -> DeviceState | None:
    """This computer's sync state for the vault, or None when it does not sync."""
    state = DeviceState.load(state_dir or default_state_dir(), vault.vault_id)
    return state if (state.home / "device.json").exists() else None
