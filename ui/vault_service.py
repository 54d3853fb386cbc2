"""The one door from the screens to the open vault; views refresh from its `changed` signal."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from exporters.actions import attest, export, import_file
from exporters.actions.import_file import ImportResult
from exporters.career import Career
from exporters.credentials import issue
from exporters.ordering import placed
from exporters.readers.plan import ImportPlan
from exporters.share import ShareChoice
from vault import (
    Created,
    DocumentRefused,
    Unlock,
    Vault,
    VaultError,
    VaultGone,
    applications,
    backup,
    records,
)
from vault.documents import MAX_DOCUMENT_BYTES
from vault.fileio import write_atomic
from vault.kdf import KdfParams
from vault.listing import Listing
from vault.model import (
    Application,
    Attestation,
    Contact,
    CoverLetter,
    Document,
    ExportLog,
    Person,
    Record,
    ShareProfile,
    Signer,
    Situation,
    latest_situation,
)
from vault.search import SearchHit
from vault.secret_store import SecretStore
from vault.vault import BackupSnapshot

from . import background
from .background import Job
from .error_text import explain

if TYPE_CHECKING:  # the sync engine loads when the person first syncs, not at every unlock
    from vault.sync import SyncConflict, SyncReport
    from vault.sync_folder import DeviceState

R = TypeVar("R", bound=Record)
_Copies = tuple[list[Path], list[tuple[Path, Exception]]]  # written, refused (with why)


def _copy_everywhere(snapshot: BackupSnapshot, folders: list[Path]) -> _Copies:
    """A verified copy in each folder; a folder that refuses does not stop the others."""
    written: list[Path] = []
    problems: list[tuple[Path, Exception]] = []
    for folder in folders:
        try:
            written.append(snapshot.write(folder)[0])
        except (VaultError, OSError) as exc:
            problems.append((folder, exc))
    return written, problems


class VaultService(QObject):
    """Wraps an open Vault for the UI: every mutation emits `changed` with what changed."""

    changed = Signal(object)  # a records.Change
    vault_gone = Signal()  # the file disappeared while open (a pulled USB stick)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.last_trashed: tuple[type[Record], str] | None = None
        self.backup_problem: str | None = None
        self.sync_problem: str | None = None  # what stopped the last sync, in words
        self.last_sync: SyncReport | None = None

    @property
    def is_open(self) -> bool:
        return self._vault.is_open

    @property
    def read_only(self) -> bool:
        return self._vault.read_only

    @property
    def path(self) -> Path:
        return self._vault.path

    def list(self, cls: type[R]) -> builtins.list[R]:
        return self._vault.records.list(cls)

    def get(self, cls: type[R], record_id: str) -> R:
        return self._vault.records.get(cls, record_id)

    def count_listed(self, shown: Listing) -> int:
        return self._vault.records.count_listed(shown)

    def page(self, shown: Listing, offset: int, limit: int) -> builtins.list[Record]:
        return self._vault.records.page(shown, offset, limit)

    def position(self, shown: Listing, record_id: str) -> int:
        return self._vault.records.position(shown, record_id)

    def find_type(self, record_id: str) -> type[Record]:
        return self._vault.records.find_type(record_id)

    def person(self) -> Person | None:
        people = self._vault.records.list(Person)
        return people[0] if people else None

    def situation(self) -> Situation | None:
        """The person's situation as last described (in Mes droits), or None."""
        return latest_situation(self._vault.records.list(Situation))

    def save(self, record: Record, *, is_new: bool) -> Record:
        """Add or update one record; returns it as stored."""
        try:
            if isinstance(record, Application):
                changes = applications.save_with_history(self._vault, record, is_new=is_new)
            else:
                changes = [
                    self._vault.records.add(record)
                    if is_new
                    else self._vault.records.update(record)
                ]
        except VaultGone:
            self.vault_gone.emit()  # the window offers the last backup
            raise
        for change in changes:
            self.changed.emit(change)
        if isinstance(record, Contact):
            self.refresh_trust()  # a signer confirmed (or not) in person changes attestations
        return self._vault.records.get(type(record), record.id)

    def tailored_profile(self, application: Application) -> ShareProfile:
        """The share profile of a CV made for this application's ad (see the action)."""
        from exporters.actions.applications import tailored_profile

        profile = tailored_profile(self._vault, application)
        self.changed.emit(records.Change("update", ShareProfile.TYPE, (profile.id,)))
        self.changed.emit(records.Change("update", Application.TYPE, (application.id,)))
        return profile

    # ---- letters ----------------------------------------------------------------------

    def letters(self, application_id: str) -> builtins.list[CoverLetter]:
        """An application's letters, each in its latest version."""
        return applications.letters_of(self._vault, application_id)

    def letter_versions(self, letter: CoverLetter) -> builtins.list[CoverLetter]:
        return applications.versions_of(self._vault, letter)

    def draft_letter(self, application: Application, language: str) -> CoverLetter:
        """A first version from the person's facts (not saved)."""
        from exporters.actions.applications import draft_letter

        return draft_letter(self._vault, application, language=language)

    def save_letter(self, letter: CoverLetter) -> CoverLetter:
        """The letter kept as its next version (or its first); an old version is never lost."""
        try:
            kept = applications.save_letter(self._vault, letter)
        except VaultGone:
            self.vault_gone.emit()
            raise
        self.changed.emit(records.Change("add", CoverLetter.TYPE, (kept.id,)))
        return kept

    def start_saving_letter(
        self,
        letter: CoverLetter,
        target: Path,
        parent: QWidget,
        on_done: Callable[[Path], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """Build the letter (PDF or Word, by the file's suffix), write and log it on a worker."""
        from exporters.actions.applications import LETTER_FORMATS, render_letter, save_letter_file

        person = self.person()
        format_name = LETTER_FORMATS.get(target.suffix.lower(), "letter-pdf")

        def write() -> ExportLog:
            data = render_letter(letter, person, format_name)
            return save_letter_file(self._vault, letter, target, data)

        return self._saving(write, target, parent, on_done, on_failed)

    def reorder(self, in_order: builtins.list[Record]) -> None:
        """The person's order for a section's records, saved in one transaction."""
        changed = placed(in_order)
        if not changed:
            return
        try:
            with self._vault.batch() as batch:
                changes = [batch.update(record) for record in changed]
        except VaultGone:
            self.vault_gone.emit()
            raise
        ids = tuple(i for change in changes for i in change.record_ids)
        self.changed.emit(records.Change("update", changes[0].record_type, ids))

    # ---- wizards ------------------------------------------------------------------------

    def draft(self, name: str) -> dict[str, Any] | None:
        return self._vault.drafts.get(name)

    def save_draft(self, name: str, answers: dict[str, Any]) -> None:
        self._vault.drafts.save(name, answers)

    def finish_draft(self, name: str, new_records: builtins.list[Record]) -> None:
        """A wizard's records and the end of its draft, in one transaction."""
        try:
            changes = self._vault.drafts.finish(name, new_records)
        except VaultGone:
            self.vault_gone.emit()
            raise
        for change in changes:
            self.changed.emit(change)

    # ---- sharing --------------------------------------------------------------------

    def career_reader(self, format_name: str, choice: ShareChoice) -> Callable[[], Career]:
        """What an export will show, read by the worker that calls it, on a connection of
        its own (a consistent snapshot; this one stays free for the window)."""
        vault = self._vault

        def read() -> Career:
            reader = vault.for_reading()
            try:
                return export.career_for(reader, format_name, choice)
            finally:
                reader.close()

        return read

    def shared_career(self, choice: ShareChoice) -> Career:
        """What a share choice lets out, as plain records (the meeting mode shows only this)."""
        return export.shared_career(self._vault, choice)

    def save_export(
        self, format_name: str, target: Path, choice: ShareChoice, data: bytes | None = None
    ) -> ExportLog:
        """Write the bytes the preview showed (or build them, for formats without a preview)."""
        if data is None:
            log = export.to_file(self._vault, format_name, target, choice)
        else:
            log = export.save(self._vault, format_name, target, choice, data)
        self.changed.emit(records.Change("add", ExportLog.TYPE, (log.id,)))
        return log

    def start_saving_export(
        self,
        format_name: str,
        target: Path,
        choice: ShareChoice,
        data: bytes,
        parent: QWidget,
        on_done: Callable[[Path], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """Write the file and log it on a worker (a large portfolio, a slow USB stick, a
        commit that waits for the disk); the screens hear of it after."""

        def write() -> ExportLog:
            write_atomic(target, data)
            return export.log_saved(self._vault, format_name, choice, data, target.name)

        return self._saving(write, target, parent, on_done, on_failed)

    def _saving(
        self,
        write: Callable[[], ExportLog],
        target: Path,
        parent: QWidget,
        on_done: Callable[[Path], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """`write` on a worker (it writes `target` and logs it); the screens hear of it after."""

        def written(log: ExportLog) -> None:
            self.announce_export(log)
            on_done(target)

        return background.run(
            write,
            parent,
            written,
            on_failed,
            saying=QCoreApplication.translate("share", "Enregistrement de « %1 »…").replace(
                "%1", target.name
            ),
        )

    def log_printout(self, format_name: str, data: bytes, choice: ShareChoice) -> ExportLog:
        """A printed document is shared too: it is logged like a file (on the worker that
        printed it: a commit may wait for the disk; then `announce_export` on the GUI thread)."""
        return export.log_printout(self._vault, format_name, choice, data)

    def announce_export(self, log: ExportLog) -> None:
        """The screens hear of a share just logged."""
        self.changed.emit(records.Change("add", ExportLog.TYPE, (log.id,)))

    # ---- attestations -------------------------------------------------------------

    def signer(self) -> Signer | None:
        return attest.signer_of(self._vault)

    def create_signer(self, name: str, organisation: str, role: str) -> Signer:
        signer = attest.create_signer(self._vault, name, organisation, role)
        self.changed.emit(records.Change("add", Signer.TYPE, (signer.id,)))
        return signer

    def attestation_request(self, record: Record) -> bytes:
        """An unsigned request for this record (its salt is kept in the record)."""
        request = attest.make_request(self._vault, record.id)
        self.changed.emit(records.Change("update", record.TYPE, (record.id,)))
        return request

    def sign_request(
        self, request: issue.Request, valid_until: datetime | None, form: str = attest.JWT
    ) -> str:
        return attest.sign_request(self._vault, request, valid_until=valid_until, form=form)

    def attestation_marks(self) -> dict[str, str]:
        """Record id -> "✓ attested by …, <status>", for every list the record appears in."""
        from .names import shown
        from .record_text import choice_label

        marks: dict[str, str] = {}
        for attestation in self._vault.records.list(Attestation):
            if attestation.record_id:
                status = choice_label(Attestation, "status", attestation.status)
                marks[attestation.record_id] = f"✓ {shown(attestation.issuer_name)} — {status}"
        return marks

    def confirm_signer(self, attestation: Attestation) -> Contact:
        """Mark the attestation's signer as checked in person, today (adding the contact)."""
        from datetime import date

        contact = attest.confirm_signer(self._vault, attestation, date.today().isoformat())
        self.changed.emit(records.Change("update", Contact.TYPE, (contact.id,)))
        self.refresh_trust()
        return contact

    def refresh_trust(self) -> None:
        if attest.refresh_trust(self._vault):
            self.changed.emit(records.Change("update", Attestation.TYPE, ()))

    def start_reading_import(
        self,
        kind: str,
        path: Path,
        language: str,
        parent: QWidget,
        on_done: Callable[[ImportPlan], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """Read a file to import and compare it with the vault, on a worker (a LinkedIn
        archive of thousands of entries takes a while); nothing is written."""
        vault = self._vault

        def read() -> ImportPlan:
            plan = import_file.read(kind, path, language=language)
            reader = vault.for_reading()
            try:
                return import_file.prepare(plan, reader)
            finally:
                reader.close()

        saying = QCoreApplication.translate("import", "Lecture de « %1 »…")
        return background.run(
            read, parent, on_done, on_failed, saying=saying.replace("%1", path.name)
        )

    def start_import(
        self,
        plan: ImportPlan,
        parent: QWidget,
        on_done: Callable[[ImportResult], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """Write an import in one transaction on a worker; the screens hear of it after."""

        def applied(result: ImportResult) -> None:
            self._imported(plan)
            on_done(result)

        def failed(error: BaseException) -> None:
            if isinstance(error, VaultGone):
                self.vault_gone.emit()
            on_failed(error)

        return background.run(
            lambda: import_file.apply(plan, self._vault),
            parent,
            applied,
            failed,
            saying=QCoreApplication.translate("import", "Import en cours…"),
        )

    def _imported(self, plan: ImportPlan) -> None:
        touched: dict[str, list[str]] = {}
        for item in plan.items:
            touched.setdefault(item.record.TYPE, []).append(item.record.id)
        for record_type, ids in touched.items():
            self.changed.emit(records.Change("add", record_type, tuple(ids)))

    def move_to_trash(self, cls: type[Record], record_id: str) -> None:
        change = self._vault.records.move_to_trash(cls, record_id)
        self.last_trashed = (cls, record_id)
        self.changed.emit(change)

    def undo_trash(self) -> bool:
        """Restore the last record put in the trash; False when there is none."""
        if self.last_trashed is None:
            return False
        cls, record_id = self.last_trashed
        self.last_trashed = None
        self.restore(cls, record_id)
        return True

    def restore(self, cls: type[Record], record_id: str) -> None:
        self.changed.emit(self._vault.records.restore(cls, record_id))

    def trash(self) -> builtins.list[Record]:
        return self._vault.records.trashed()

    def empty_trash(self) -> None:
        for change in self._vault.records.empty_trash():
            self.changed.emit(change)

    def recent(self, limit: int = 8) -> builtins.list[Record]:
        return self._vault.records.recent(limit=limit)

    def search(self, text: str, limit: int = 30) -> builtins.list[SearchHit]:
        return self._vault.records.search(text, limit=limit)

    def stats(self) -> dict[str, int]:
        return self._vault.stats()

    def add_document(self, path: Path) -> Document:
        # Refuse a huge file before reading it into memory.
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise DocumentRefused("size", f"larger than {MAX_DOCUMENT_BYTES // 2**20} MB")
        document = self._vault.documents.add(path.name, path.read_bytes())
        self.changed.emit(records.Change("add", "document", (document.id,)))
        return document

    def document_content(self, document_id: str) -> bytes:
        return self._vault.documents.content(document_id)

    def back_up(self, folders: builtins.list[Path]) -> builtins.list[Path]:
        """Back up into every folder now, on this thread (the app is closing); a failure
        is kept in `backup_problem`, never silent."""
        snapshot = self._hold_for_backup()
        if snapshot is None:
            return []
        try:
            outcome = _copy_everywhere(snapshot, folders)
        finally:
            self._vault.end_backup(snapshot)
        return self._backed_up(*outcome)

    def start_backup(
        self,
        folders: builtins.list[Path],
        parent: QWidget,
        on_done: Callable[[builtins.list[Path]], None] | None = None,
    ) -> Job | None:
        """Back up on a worker: the file is held still here, copied and verified there,
        while the person goes on working. `on_done(written)` afterwards, on this thread."""
        snapshot = self._hold_for_backup()
        if snapshot is None:
            return None

        def finished(outcome: _Copies) -> None:
            self._vault.end_backup(snapshot)
            written = self._backed_up(*outcome)
            if on_done is not None:
                on_done(written)

        def failed(error: BaseException) -> None:
            self._vault.end_backup(snapshot)
            raise error  # the copies catch every refusal: anything else is a bug, to be seen

        return background.run(
            lambda: _copy_everywhere(snapshot, folders),
            parent,
            finished,
            failed,
            saying=QCoreApplication.translate("backups", "Sauvegarde de votre musette…"),
        )

    def _hold_for_backup(self) -> BackupSnapshot | None:
        try:
            return self._vault.begin_backup()
        except (VaultError, OSError) as exc:
            self.backup_problem = explain(exc)
            self.changed.emit(records.Change("backup", "backup", ()))
            return None

    def _backed_up(
        self, written: builtins.list[Path], problems: builtins.list[tuple[Path, Exception]]
    ) -> builtins.list[Path]:
        lines = [f"{folder} : {explain(exc)}" for folder, exc in problems]
        self.backup_problem = "\n".join(lines) or None
        self.changed.emit(records.Change("backup", "backup", ()))
        return written

    def backups(self, folders: builtins.list[Path]) -> builtins.list[backup.BackupInfo]:
        found = [b for folder in folders for b in backup.list_backups(folder, self._vault.vault_id)]
        return sorted(found, key=lambda b: b.created_at, reverse=True)

    def backup_counts(self, path: Path) -> dict[str, int]:
        """Open a backup with this vault's key and count what it holds (verifying it)."""
        return self._vault.verify_backup(path)

    def restore_copy(self, backup_path: Path, target: Path) -> dict[str, int]:
        """Restore a backup as a new, separate musette; the open one is untouched."""
        return self._vault.restore_backup_as(backup_path, target)

    def change_passphrase(self, new_passphrase: str, kdf_params: KdfParams | None) -> None:
        """A new passphrase slot; the data key, and so the recovery code, stay."""
        self._vault.change_passphrase(new_passphrase, kdf_params=kdf_params)

    def rotate_data_key(self, new_passphrase: str, kdf_params: KdfParams | None) -> Created:
        """Re-encrypt under a new key (the vault closes), then reopen it with that key."""
        path = self._vault.path
        code, hex_key = self._vault.rotate_data_key(new_passphrase, kdf_params=kdf_params)
        reopened = Vault.open(path, Unlock(recovery_code=hex_key))
        return Created(reopened, code, hex_key)

    # ---- two computers ---------------------------------------------------------------

    def sync_state(self) -> DeviceState | None:
        """This computer's sync of the musette (folder, peers, last sync), None when it does not."""
        from vault import sync

        return sync.status(self._vault)

    def start_sync(
        self,
        folder: Path,
        parent: QWidget,
        on_done: Callable[[SyncReport], None] | None = None,
        *,
        merge: bool = True,
        quiet: bool = False,
    ) -> Job:
        """Publish this computer's snapshot and merge the others' on a worker; the screens
        showing what came in reload afterwards. A refusal is kept in `sync_problem`."""
        from vault import sync

        def finished(report: SyncReport) -> None:
            self.sync_problem = None
            self.last_sync = report
            for table in sorted(report.touched):
                self.changed.emit(records.Change("sync", table, ()))
            self.changed.emit(records.Change("sync", "sync", ()))
            if on_done is not None:
                on_done(report)

        def failed(error: BaseException) -> None:
            if not isinstance(error, VaultError | OSError):
                raise error  # anything else is a bug, to be seen
            if isinstance(error, VaultGone):
                self.vault_gone.emit()
            self.sync_problem = explain(error)
            self.changed.emit(records.Change("sync", "sync", ()))

        def work() -> SyncReport:
            # Its own connection: the screens go on reading and saving on theirs meanwhile.
            worker = self._vault.for_writing()
            try:
                return sync.sync_now(worker, folder, merge=merge)
            finally:
                worker.close()

        saying = "" if quiet else QCoreApplication.translate("sync", "Synchronisation…")
        return background.run(
            work,
            parent,
            finished,
            failed,
            saying=saying,
            quiet=quiet,
        )

    def sync_conflicts(self) -> builtins.list[SyncConflict]:
        from vault import sync

        return sync.conflicts(self._vault)

    def resolve_conflict(self, conflict: SyncConflict, value: Any) -> None:
        """Keep `value` (one of the two) in the record; the conflict closes on both computers."""
        from vault import sync

        sync.resolve(self._vault, conflict.id, value)
        self.changed.emit(records.Change("update", conflict.record_type, (conflict.record_id,)))
        self.changed.emit(records.Change("sync", "sync", ()))

    def align_with(self, snapshot: Path, secret: str) -> Vault:
        """Take the passphrase (or key) the other computer moved to, typed once here: the
        passphrase, else the recovery code. On a worker; the vault is closed and reopened
        (a new key re-encrypts it), and the service is unusable afterwards."""
        from vault import WrongKey, recovery, sync

        vault = self._vault
        try:
            aligned = sync.align(vault, snapshot, Unlock(passphrase=secret))
        except WrongKey as wrong_passphrase:
            try:
                recovery.decode(secret)
            except WrongKey:
                raise wrong_passphrase from None  # not a recovery code either
            aligned = sync.align(vault, snapshot, Unlock(recovery_code=secret))
        if not aligned.rekeyed:
            vault.close()
        return Vault.open(vault.path, Unlock(recovery_code=aligned.data_key.hex()))

    def leave_sync(self, folder: Path) -> None:
        """Stop syncing here: this computer's snapshot leaves the folder."""
        from vault import sync

        sync.leave(self._vault, folder)
        self.sync_problem = None
        self.last_sync = None
        self.changed.emit(records.Change("sync", "sync", ()))

    def is_remembered(self) -> bool:
        return self._vault.is_remembered()

    def forget(self, store: SecretStore | None) -> None:
        self._vault.forget(store)

    def close(self) -> None:
        """Close the vault; the service is unusable afterwards."""
        self._vault.close()
