"""The sync folder: sealed snapshots, one per computer, that the person's own sync tool carries.

Musette never puts the live vault in a synced folder (a half-copied SQLite file, or a
WAL without its database, is how they get damaged). Each computer writes into the folder
only a snapshot in the verified backup format, under a temporary name first and then
renamed, with a manifest saying which computer wrote it, its generation (a counter that
only grows), the other computers' generations it had merged, and its schema version.

A snapshot is never read before its checksums verify: a file Syncthing or Dropbox is still
copying is simply not there yet. Files the sync tools make when two copies clash
(Syncthing's `.sync-conflict-…`, Nextcloud's and Dropbox's "conflicted copy") are
recognised by what they hold, not by their names, and merged like any snapshot.

What a computer remembers of the folder (its device id, its generation, what it merged)
stays on that computer, outside the vault and outside the folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import socket
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import backup
from .fileio import copy_atomic, fsync_dir, private_folder, write_atomic

SUFFIX = ".musette-sync"
KEEP_OWN = 5  # own snapshots kept as merge bases, besides those a peer still refers to


@dataclass(frozen=True)
class Snapshot:
    """One snapshot file in the folder whose manifest reads (its checksums are checked on use)."""

    path: Path
    vault_id: str
    device: str
    device_name: str
    generation: int
    merged: dict[str, int]
    schema: int
    created_at: str

    @property
    def is_tool_copy(self) -> bool:
        """Whether this is a sync tool's conflict copy rather than the device's own file."""
        return self.path.name != snapshot_name(self.device)


@dataclass(frozen=True)
class Skipped:
    """A file of the folder left alone, and why (a code the app and the CLI put in words)."""

    path: Path
    why: str  # unreadable, other_vault, newer_schema, other_key, old_key, already_merged,
    # generation_reused
    detail: str = ""


# Why a file of the folder was left alone, in the words of the app and the command line.
WHY_SKIPPED: dict[str, tuple[str, str]] = {
    "unreadable": (
        "incomplet ou abîmé (peut-être encore en cours de copie) : laissé de côté",
        "incomplete or damaged (perhaps still being copied): left alone",
    ),
    "other_vault": (
        "la copie d'une autre musette : laissée de côté",
        "another musette's copy: left alone",
    ),
    "newer_schema": (
        "écrit par une version plus récente de Musette : mettez Musette à jour sur cet ordinateur",
        "written by a newer Musette: update Musette on this computer",
    ),
    "other_key": (
        "la phrase de passe ou la clé a changé sur cet autre ordinateur : tapez-la une fois "
        "ici (ou votre code de secours) pour que les deux se retrouvent",
        "the passphrase or key changed on that other computer: type it here once (or your "
        "recovery code) so that both meet again",
    ),
    "old_key": (
        "écrit avant le changement de clé fait ici : attend que l'autre ordinateur prenne la "
        "nouvelle phrase de passe",
        "written before the key changed here: waits for the other computer to take the new "
        "passphrase",
    ),
    "already_merged": ("plus ancien que ce qui a déjà été fusionné", "older than what was merged"),
    "generation_reused": (
        "se dit de la même génération qu'une copie déjà fusionnée, avec un autre contenu : refusé",
        "claims the generation of a copy already merged, with other contents: refused",
    ),
}


def snapshot_name(device: str) -> str:
    return f"musette-{device}{SUFFIX}"


def read_snapshot(path: Path) -> Snapshot:
    """A snapshot file's manifest, or BackupRefused (its contents are checked on extraction)."""
    manifest = backup.read_manifest(path)
    sync = manifest.get("sync")
    if not isinstance(sync, dict):
        raise backup.BackupRefused("a backup, not a sync snapshot")
    try:
        merged = {str(k): int(v) for k, v in dict(sync["merged"]).items()}
        return Snapshot(
            path=path,
            vault_id=str(manifest["vault_id"]),
            device=str(uuid.UUID(str(sync["device"]))),
            device_name=str(sync.get("device_name", ""))[:200],
            generation=int(sync["generation"]),
            merged=merged,
            schema=int(sync["schema"]),
            created_at=str(manifest["created_at"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise backup.BackupRefused(f"its manifest is incomplete ({exc})") from None


def candidates(folder: Path) -> tuple[list[Snapshot], list[Skipped]]:
    """The snapshots in the folder whose manifests read, and the look-alikes that do not."""
    found: list[Snapshot] = []
    skipped: list[Skipped] = []
    if not folder.is_dir():
        return [], []
    for path in sorted(folder.iterdir()):
        # Conflict copies keep the suffix inside their names: "x (conflicted copy).musette-sync",
        # "x.sync-conflict-20261202-101010-ABCDEFG.musette-sync".
        if SUFFIX not in path.name or path.name.endswith(".tmp") or not path.is_file():
            continue
        try:
            found.append(read_snapshot(path))
        except backup.BackupRefused as exc:
            skipped.append(Skipped(path, "unreadable", str(exc)))
    return found, skipped


def write_snapshot(
    database: Path,
    key_file: Path,
    vault_id: str,
    folder: Path,
    *,
    device: str,
    generation: int,
    merged: dict[str, int],
    schema: int,
    check: Callable[[Path], object],
) -> Path:
    """Write this computer's snapshot into the folder: a temporary name, checked, then one rename.

    The caller holds the database still (Vault.begin_backup). The temporary name starts
    with « ~ » and ends in « .tmp », which the sync tools skip or carry harmlessly; the
    readers here never open it.
    """
    now = datetime.now(UTC)
    target = folder / snapshot_name(device)
    tmp = folder / f"~musette-{device}-{secrets.token_hex(4)}.tmp"
    manifest: dict[str, Any] = {
        "format": backup.FORMAT,
        "version": backup.VERSION,
        "vault_id": vault_id,
        "created_at": now.isoformat(),
        "members": {},
        "sync": {
            "device": device,
            "device_name": socket.gethostname(),
            "generation": generation,
            "merged": merged,
            "schema": schema,
        },
    }
    backup.pack(tmp, database, key_file, manifest)
    try:
        check(tmp)  # opened with the key and checked before anyone can see it
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return target


def tidy_temporary(folder: Path, device: str) -> None:
    """Remove what an interrupted write of this computer left in the folder."""
    for leftover in folder.glob(f"~musette-{device}-*.tmp"):
        leftover.unlink(missing_ok=True)


# ---- what this computer remembers ------------------------------------------------


def default_state_dir() -> Path:
    """Where this computer keeps its sync state: MUSETTE_SYNC_STATE, else XDG's state folder."""
    if os.environ.get("MUSETTE_SYNC_STATE"):
        return Path(os.environ["MUSETTE_SYNC_STATE"])
    base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "Musette" / "sync"


@dataclass
class Peer:
    """What this computer last merged from another one."""

    generation: int
    digest: str  # of that snapshot's database, to catch a manifest that lies
    name: str = ""
    merged_at: str = ""
    merged_of_mine: int = 0  # which of my generations that snapshot said it had merged


@dataclass
class DeviceState:
    """This computer's memory of one vault's sync folder (kept outside the vault and the folder)."""

    home: Path
    device: str
    folder: str = ""
    generation: int = 0
    last_synced: str = ""
    published_digest: str = ""  # of the database in this computer's last snapshot
    published_keys: str = ""  # digest of the key file in it (a new passphrase is news too)
    key_check: str = ""  # of the data key at the last sync, to notice it changed here
    key_changed_at: str = ""  # when it did: older snapshots of the others wait for them
    peers: dict[str, Peer] = field(default_factory=dict)

    @classmethod
    def load(cls, state_dir: Path, vault_id: str) -> DeviceState:
        home = state_dir / vault_id
        path = home / "device.json"
        if not path.exists():
            return cls(home=home, device=str(uuid.uuid4()))
        data = json.loads(path.read_text("utf-8"))
        peers = {str(k): Peer(**v) for k, v in dict(data.get("peers", {})).items()}
        return cls(
            home=home,
            device=str(data["device"]),
            folder=str(data.get("folder", "")),
            generation=int(data.get("generation", 0)),
            last_synced=str(data.get("last_synced", "")),
            published_digest=str(data.get("published_digest", "")),
            published_keys=str(data.get("published_keys", "")),
            key_check=str(data.get("key_check", "")),
            key_changed_at=str(data.get("key_changed_at", "")),
            peers=peers,
        )

    def save(self) -> None:
        private_folder(self.home)
        data = {
            "device": self.device,
            "folder": self.folder,
            "generation": self.generation,
            "last_synced": self.last_synced,
            "published_digest": self.published_digest,
            "published_keys": self.published_keys,
            "key_check": self.key_check,
            "key_changed_at": self.key_changed_at,
            "peers": {k: vars(v) for k, v in sorted(self.peers.items())},
        }
        write_atomic(self.home / "device.json", json.dumps(data, indent=2).encode("utf-8"))

    # The copies kept as merge bases: the last snapshot merged from each peer, and this
    # computer's own recent snapshots (a peer's manifest says which of them it merged).

    def peer_base(self, device: str) -> Path:
        return self.home / "bases" / f"{device}{SUFFIX}"

    def own_copy(self, generation: int) -> Path:
        return self.home / "mine" / f"{generation:08d}{SUFFIX}"

    def keep_copy(self, source: Path, target: Path) -> None:
        """Copy a snapshot file into the state folder, atomically."""
        private_folder(target.parent)
        copy_atomic(source, target)

    def remember_merged(self, snapshot: Snapshot, *, merged_of_mine: int) -> None:
        """Keep a merged snapshot as the next merge's base, and what it was."""
        self.keep_copy(snapshot.path, self.peer_base(snapshot.device))
        self.peers[snapshot.device] = Peer(
            generation=snapshot.generation,
            digest=database_digest(snapshot.path),
            name=snapshot.device_name,
            merged_at=datetime.now(UTC).isoformat(),
            merged_of_mine=merged_of_mine,
        )
        self.save()

    def own_digests(self) -> set[str]:
        """The databases of the snapshots this computer wrote and still keeps."""
        found = set()
        for path in (self.home / "mine").glob(f"*{SUFFIX}"):
            try:
                found.add(database_digest(path))
            except (OSError, ValueError, KeyError, zipfile.BadZipFile):
                continue
        return found

    def prune_own_copies(self) -> None:
        """Keep the last few own snapshots and any a peer last said it had merged."""
        folder = self.home / "mine"
        if not folder.is_dir():
            return
        referenced = {p.merged_of_mine for p in self.peers.values()}
        copies = sorted(folder.glob(f"*{SUFFIX}"))
        for path in copies[:-KEEP_OWN]:
            generation = int(path.name.removesuffix(SUFFIX))
            if generation not in referenced:
                path.unlink(missing_ok=True)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def database_digest(path: Path) -> str:
    """The SHA-256 the manifest gives for a snapshot's database (checked again on extraction)."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(backup.MANIFEST_MEMBER)[:65536])
    return str(manifest.get("members", {}).get(backup.DB_MEMBER, ""))
