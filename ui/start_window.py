"""The app's window: welcome, create, unlock, the open musette, and locking it again."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from vault import VaultError
from vault.secret_store import SecretStore

from . import background, dialogs
from .error_text import explain, refusal
from .i18n import apply_language
from .idle_lock import IdleLock
from .pages.common import focus_first, resize_within_screen, show_error
from .pages.unlock_page import UnlockPage
from .pages.welcome_page import WelcomePage
from .quiet_collector import QuietCollector
from .screen_lock import ScreenLockWatcher
from .settings import AppSettings, default_vault_folder
from .theme import apply_theme

# What a first start does not need (the database driver, the cryptography, the
# PDF library, icons) is imported when first used: the window shows sooner.
if TYPE_CHECKING:
    from exporters.share import ShareChoice
    from vault import Created, Vault
    from vault.kdf import KdfParams

    from .backups_dialog import BackupsDialog
    from .import_dialog import ImportDialog
    from .main_view import MainView
    from .meeting_view import MeetingView
    from .pages.create_page import CreatePage
    from .pages.recovery_page import RecoveryPage
    from .rotate_key_dialog import RotateKeyDialog
    from .sign_dialog import SignDialog
    from .signer_dialog import SignerDialog
    from .sync_conflicts_dialog import ConflictsDialog
    from .sync_dialog import SyncDialog
    from .sync_runner import SyncRunner
    from .vault_service import VaultService

IDLE_CHOICES = (1, 5, 15, 30, 0)  # minutes; 0 = never
BACKUP_CHECK_MS = 60 * 60 * 1000  # look every hour whether a day has passed
BACKUP_EVERY = timedelta(days=1)


def confirm_forget(parent: QWidget) -> bool:
    """Forgetting cannot be undone: ask once, naming what is lost (tests replace this seam)."""
    return dialogs.ask_confirmation(
        parent,
        parent.tr("Oublier cet ordinateur"),
        parent.tr(
            "Cet ordinateur ne se souviendra plus de votre musette : il faudra saisir "
            "votre phrase de passe à chaque ouverture. Continuer ?"
        ),
    )


# The draft that keeps, inside the vault, what was typed when an idle lock came.
UNSAVED_EDITS = "unsaved-edits"


def _document_builder() -> ModuleType | None:
    """The document child's module, if an export ever loaded it: it (and reportlab) stays
    off the path to the first window, and there is nothing to stop before that."""
    return sys.modules.get("ui.build_process")


class StartWindow(QMainWindow):
    """Owns the open vault, if any; locking closes it and drops every screen that showed it."""

    def __init__(
        self,
        settings: AppSettings,
        vault_path: str | None = None,
        *,
        default_folder: Path | None = None,
        kdf_params: KdfParams | None = None,
        secret_store: SecretStore | None = None,
        idle_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._default_folder = default_folder or default_vault_folder()
        self._kdf_params = kdf_params
        self._secret_store = secret_store
        self._idle_override = idle_ms
        self.service: VaultService | None = None
        self.sync_runner: SyncRunner | None = None  # made at the first unlock (not at start)
        self._create_page: CreatePage | None = None
        self._recovery_page: RecoveryPage | None = None
        self.main_view: MainView | None = None
        self.meeting_view: MeetingView | None = None
        self._last_section = "home"
        self.language = apply_language(settings.language)
        apply_theme(settings.high_contrast)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.back_up_if_due)
        self.idle_lock = IdleLock(self._idle_ms(), self)
        self.idle_lock.idle.connect(self.lock)
        self.collector = QuietCollector(lambda: self.idle_lock.last_input, self)
        self.screen_lock = ScreenLockWatcher(parent=self)
        self.screen_lock.screen_locked.connect(self.lock)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        else:
            resize_within_screen(self, 1100, 720)
        self._build(vault_path or settings.last_vault)

    @property
    def create_page(self) -> CreatePage:
        if self._create_page is None:
            from .pages.create_page import CreatePage

            page = CreatePage(self._default_folder, self._kdf_params, self._secret_store)
            page.back_requested.connect(self._show_start)
            page.created.connect(self._on_create_page_created)
            self.stack.addWidget(page)
            self._create_page = page
        return self._create_page

    @property
    def recovery_page(self) -> RecoveryPage:
        if self._recovery_page is None:
            from .pages.recovery_page import RecoveryPage

            page = RecoveryPage(self.language)
            page.confirmed.connect(self._on_recovery_page_confirmed)
            self.stack.addWidget(page)
            self._recovery_page = page
        return self._recovery_page

    @property
    def vault_open(self) -> bool:
        return self.service is not None

    # ---- building (again, when the language changes) --------------------------------

    def _build(self, path: str) -> None:
        self.setWindowTitle(self.tr("Musette"))
        self.welcome_page = WelcomePage()
        # The create and recovery pages are built when first needed: they pull
        # in icons and the PDF library, which a start-up does not need.
        self._create_page = None
        self._recovery_page = None
        self.unlock_page = UnlockPage(self._secret_store)
        for page in (self.welcome_page, self.unlock_page):
            self.stack.addWidget(page)
        self.welcome_page.create_requested.connect(self._show_create)
        self.welcome_page.open_requested.connect(self._show_unlock_other)
        self.welcome_page.join_requested.connect(self.show_join)
        self.unlock_page.opened.connect(self._on_unlock_page_opened)
        self.unlock_page.create_requested.connect(self._show_create)
        self._build_menus()
        if self.service is not None:
            self._show_main()
        elif path:
            self._show_unlock(path)
        else:
            self._show_start()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        app_menu = bar.addMenu(self.tr("&Musette"))
        self.lock_action = QAction(self.tr("Verrouiller"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.request_lock)
        app_menu.addAction(self.lock_action)
        self.import_action = QAction(self.tr("Importer…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.show_import())
        app_menu.addAction(self.import_action)
        self.signer_action = QAction(self.tr("Mon identité de signataire…"), self)
        self.signer_action.triggered.connect(self.show_signer)
        app_menu.addAction(self.signer_action)
        self.sign_action = QAction(self.tr("Signer une attestation…"), self)
        self.sign_action.triggered.connect(self.sign_attestation)
        app_menu.addAction(self.sign_action)
        self.backups_action = QAction(self.tr("Sauvegardes…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        app_menu.addAction(self.backups_action)
        self.sync_action = QAction(self.tr("Synchroniser…"), self)
        self.sync_action.triggered.connect(self.show_sync)
        app_menu.addAction(self.sync_action)
        self.passphrase_action = QAction(self.tr("Changer la phrase de passe…"), self)
        self.passphrase_action.triggered.connect(lambda: self.change_passphrase())
        app_menu.addAction(self.passphrase_action)
        self.rotate_action = QAction(self.tr("Changer la clé de chiffrement…"), self)
        self.rotate_action.triggered.connect(self.change_key)
        app_menu.addAction(self.rotate_action)
        self.forget_action = QAction(self.tr("Oublier cet ordinateur…"), self)
        self.forget_action.triggered.connect(self._on_forget_action_triggered)
        app_menu.addAction(self.forget_action)
        app_menu.addSeparator()
        quit_action = QAction(self.tr("Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        app_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&Affichage"))
        language_menu = view_menu.addMenu(self.tr("Langue"))
        group = QActionGroup(self)
        for code, label in (
            ("system", self.tr("Comme le système")),
            ("fr", "Français"),
            ("en", "English"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(self._settings.language == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        contrast = QAction(self.tr("Contraste élevé"), self, checkable=True)
        contrast.setChecked(self._settings.high_contrast)
        contrast.toggled.connect(self.set_high_contrast)
        view_menu.addAction(contrast)
        idle_menu = view_menu.addMenu(self.tr("Verrouiller automatiquement"))
        idle_group = QActionGroup(self)
        for minutes in IDLE_CHOICES:
            label = (
                self.tr("Jamais")
                if minutes == 0
                else self.tr("Après %1 min").replace("%1", str(minutes))
            )
            action = QAction(label, self, checkable=True)
            action.setChecked(self._settings.idle_minutes == minutes)
            action.triggered.connect(lambda _=False, m=minutes: self.set_idle_minutes(m))
            idle_group.addAction(action)
            idle_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("A&ide"))
        shortcuts = QAction(self.tr("Raccourcis clavier"), self)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("À propos de Musette"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self._update_actions()

    def _update_actions(self) -> None:
        self.lock_action.setEnabled(self.vault_open)
        self.backups_action.setEnabled(self.vault_open)
        self.sync_action.setEnabled(self.vault_open)
        writable = self.service is not None and not self.service.read_only
        self.import_action.setEnabled(writable)
        self.signer_action.setEnabled(self.service is not None)
        self.sign_action.setEnabled(writable)
        self.rotate_action.setEnabled(self.service is not None and not self.service.read_only)
        self.passphrase_action.setEnabled(self.rotate_action.isEnabled())
        remembered = self.main_view is not None and self.service is not None and self._remembered()
        self.forget_action.setEnabled(remembered)

    def _remembered(self) -> bool:
        return self.service is not None and self.service.is_remembered()

    # ---- pages -------------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        """Show `page` with the keyboard on its first control."""
        self.stack.setCurrentWidget(page)
        focus_first(page)

    def _show_start(self) -> None:
        self._show_page(self.welcome_page)

    def _show_create(self) -> None:
        self._show_page(self.create_page)
        self.create_page.passphrase_edit.setFocus()

    def _show_unlock(self, path: str) -> None:
        self.unlock_page.set_path(path)
        self._show_page(self.unlock_page)
        self.unlock_page.secret_edit.setFocus()

    def _show_unlock_other(self) -> None:
        self._show_unlock(self._settings.last_vault)
        self.unlock_page._on_other_clicked()

    def _on_create_page_created(self, created: Created) -> None:
        self._open(created.vault)
        self.recovery_page.show_code(
            created.recovery_code, created.recovery_hex, created.vault.path.name
        )
        self._show_page(self.recovery_page)

    def _on_recovery_page_confirmed(self) -> None:
        self._show_main()

    def _on_unlock_page_opened(self, vault: Vault) -> None:
        self._open(vault)
        self._show_main()

    def _open(self, vault: Vault) -> None:
        from .vault_service import VaultService

        self.service = VaultService(vault)
        builder = _document_builder()
        if builder is not None:
            builder.allow()  # documents may be built again
        self.service.vault_gone.connect(self._on_service_vault_gone)
        self._settings.last_vault = str(vault.path)
        if self.sync_runner is None:
            from .sync_runner import SyncRunner

            self.sync_runner = SyncRunner(self)
        self.sync_runner.attach(self.service)  # what the other computers left comes in

    def _show_main(self) -> None:
        assert self.service is not None
        if self.main_view is None:
            from .main_view import MainView  # every section's code: loaded after unlocking

            self.main_view = MainView(self.service)
            self.main_view.lock_requested.connect(self.request_lock)
            self.main_view.view_built.connect(self._connect_view)
            for view in list(self.main_view.views.values()):
                self._connect_view("", view)
            self.stack.addWidget(self.main_view)
        self.main_view.show_section(self._last_section)
        self.stack.setCurrentWidget(self.main_view)
        self.main_view.nav.setFocus()  # « Sections : Accueil », the arrows go from there
        self._offer_back_unsaved_edits()
        self.setWindowTitle(self.tr("Musette — %1").replace("%1", self.service.path.name))
        self.idle_lock.start()
        self.backup_timer.start()
        self._update_actions()

    def change_passphrase(self, dialog: RotateKeyDialog | None = None) -> bool:
        """A new passphrase; by default a new data key too, so an old key file opens nothing new."""
        from .rotate_key_dialog import RotateKeyDialog

        if self.service is None or self.service.read_only:
            return False
        dialog = dialog or RotateKeyDialog(self, choose=True)
        if dialog.exec() != RotateKeyDialog.DialogCode.Accepted:
            return False
        if dialog.rotate():
            return self._rotate(dialog.passphrase())
        service, title, params = self.service, dialog.windowTitle(), self._kdf_params
        passphrase = dialog.passphrase()  # read here: widgets are not touched from a worker
        # The new passphrase's key is derived on a worker (half a second, on purpose).
        background.run(
            lambda: service.change_passphrase(passphrase, params),
            self,
            lambda _none: self.statusBar().showMessage(
                self.tr("La phrase de passe a été changée."), 10_000
            ),
            lambda error: dialogs.tell(self, title, explain(refusal(error))),
            saying=self.tr("Changement de la phrase de passe…"),
        )
        return True

    def change_key(self, dialog: RotateKeyDialog | None = None) -> bool:
        """After a leak: new data key, new passphrase, new recovery code shown at once."""
        from .rotate_key_dialog import RotateKeyDialog

        if self.service is None or self.service.read_only:
            return False
        dialog = dialog or RotateKeyDialog(self)
        if dialog.exec() != RotateKeyDialog.DialogCode.Accepted:
            return False
        return self._rotate(dialog.passphrase())

    def _set_aside_for_rewriting(self) -> VaultService:
        """Drop every screen of the open musette while a worker rewrites its files (a new
        key, the other computer's key): nothing else touches it meanwhile."""
        assert self.service is not None
        service = self.service
        if self.sync_runner is not None:
            self.sync_runner.before_lock()  # the last edits go out under the old key
        self._drop_main_view()
        self.idle_lock.stop()
        self.service = None
        self._show_unlock(str(service.path))
        self.unlock_page.setEnabled(False)  # the files are being rewritten
        return service

    def _rotate(self, passphrase: str) -> bool:
        """Re-encrypt under a new key on a worker; nothing else touches the vault meanwhile
        (the sections are gone), and the new recovery code is shown when it is done."""
        service = self._set_aside_for_rewriting()

        def rotated(created: Created) -> None:
            self.unlock_page.setEnabled(True)
            self._on_create_page_created(created)

        def refused(error: BaseException) -> None:
            self.unlock_page.setEnabled(True)
            self._update_actions()
            show_error(self.unlock_page.error_label, explain(refusal(error)))

        params = self._kdf_params
        background.run(
            lambda: service.rotate_data_key(passphrase, params),
            self,
            rotated,
            refused,
            saying=self.tr("Votre musette est chiffrée avec une nouvelle clé…"),
        )
        return True

    # ---- locking -----------------------------------------------------------------------

    # ---- backups -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A backup on a worker: the window keeps answering while the copy is verified."""
        if self.service is not None and not self.service.read_only:
            self.service.start_backup(self._settings.backup_folders, self)

    def back_up_if_due(self) -> None:
        """At most once a day while the app runs."""
        if self.service is None or self.service.read_only:
            return
        newest = self.service.backups(self._settings.backup_folders[:1])
        if not newest or datetime.now(UTC) - newest[0].created_at >= BACKUP_EVERY:
            self.back_up_now()

    def show_backups(self) -> BackupsDialog | None:
        from .backups_dialog import BackupsDialog

        if self.service is None:
            return None
        dialog = BackupsDialog(self.service, self._settings, self)
        dialog.replace_requested.connect(self.replace_with_backup)
        dialog.open()
        return dialog

    def show_import(self, kind: str = "") -> ImportDialog | None:
        """The importer; with `kind`, straight to choosing that kind of file."""
        from .import_dialog import ImportDialog

        if self.service is None or self.service.read_only:
            return None
        dialog = ImportDialog(self.service, self)
        dialog.open()
        if kind:
            dialog.choose(kind)
        return dialog

    def show_signer(self) -> SignerDialog | None:
        from .signer_dialog import SignerDialog

        if self.service is None:
            return None
        dialog = SignerDialog(self.service, self)
        dialog.open()
        return dialog

    def sign_attestation(self) -> SignerDialog | SignDialog | None:
        """Open a request someone sent; without a signer identity, make one first."""
        from exporters.readers import attestation_request
        from exporters.readers.errors import ImportRefused

        from .sign_dialog import SignDialog

        if self.service is None or self.service.read_only:
            return None
        if self.service.signer() is None:
            return self.show_signer()
        title = self.tr("Ouvrir une demande d'attestation")
        chosen = dialogs.ask_import_path(self, title, str(Path.home()), "JSON (*.json)")
        if not chosen:
            return None
        try:
            request = attestation_request.read(Path(chosen))
        except ImportRefused as exc:
            language = "fr" if QLocale().language() == QLocale.Language.French else "en"
            dialogs.tell(self, title, exc.describe(language))
            return None
        dialog = SignDialog(self.service, request, self)
        dialog.open()
        return dialog

    # ---- two computers -----------------------------------------------------------------

    def show_sync(self) -> SyncDialog | None:
        from .sync_dialog import SyncDialog

        if self.service is None or self.sync_runner is None:
            return None
        dialog = SyncDialog(self.service, self.sync_runner, self)
        dialog.conflicts_requested.connect(self.show_conflicts)
        dialog.align_requested.connect(self.align_passphrase)
        dialog.open()
        return dialog

    def align_passphrase(self, snapshot: Path) -> bool:
        """The other computer's new passphrase (or key), typed once: the musette is closed,
        takes it (re-encrypted if the key changed), and opens again."""
        if self.service is None or self.service.read_only:
            return False
        title = self.tr("Phrase de passe de l'autre ordinateur")
        secret = dialogs.ask_secret(
            self,
            title,
            self.tr(
                "La phrase de passe que vous utilisez sur l'autre ordinateur, ou votre code de secours :"
            ),
        )
        if not secret:
            return False
        if not self._settle_unsaved_edits():
            return False
        self._close_windows_holding_data()
        service = self._set_aside_for_rewriting()

        def aligned(vault: Vault) -> None:
            self.unlock_page.setEnabled(True)
            self._on_unlock_page_opened(vault)
            self.statusBar().showMessage(
                self.tr("Cet ordinateur a pris la phrase de passe de l'autre."), 15_000
            )

        def refused(error: BaseException) -> None:
            self.unlock_page.setEnabled(True)
            if service.is_open:  # refused before any change: back where the person was
                self.service = service
                if self.sync_runner is not None:
                    self.sync_runner.attach(service, sync=False)
                self._show_main()
            else:  # closed on the way: unlocking opens whichever pair of files stands
                self._update_actions()
            dialogs.tell(self, title, explain(refusal(error)))

        background.run(
            lambda: service.align_with(snapshot, secret),
            self,
            aligned,
            refused,
            saying=self.tr("Cet ordinateur prend la phrase de passe de l'autre…"),
        )
        return True

    def show_conflicts(self) -> ConflictsDialog | None:
        from .sync_conflicts_dialog import ConflictsDialog

        if self.service is None:
            return None
        dialog = ConflictsDialog(self.service, self)
        dialog.open()
        return dialog

    def show_join(self) -> QDialog:
        """A new computer: the musette comes from the folder the other one syncs."""
        from .join_dialog import JoinDialog

        dialog = JoinDialog(self._default_folder, self)
        dialog.opened.connect(self._on_unlock_page_opened)
        dialog.open()
        return dialog

    def _on_service_vault_gone(self) -> None:
        """The file vanished while open: offer the backups right away."""
        QTimer.singleShot(0, self.show_backups)

    def replace_with_backup(self, backup_path: Path) -> None:
        """Close, put the backup in place (keeping the replaced files), and ask to unlock."""
        if self.service is None:
            return
        path = self.service.path
        self.lock(back_up=False)
        from vault import backup

        try:
            backup.replace_with(backup_path, path)
        except (VaultError, OSError) as exc:
            show_error(self.unlock_page.error_label, explain(exc))
            return
        self._show_unlock(str(path))

    # ---- locking -----------------------------------------------------------------------

    def _connect_view(self, _key: str, view: QWidget) -> None:
        """A section's view asks this window for backups, imports and the meeting mode."""
        from .sections.dashboard_view import DashboardView
        from .sections.section_view import SectionView
        from .sections.share_view import ShareView

        if isinstance(view, DashboardView):
            view.backup_requested.connect(self.back_up_now)
            view.sync_requested.connect(self.show_sync)
            view.conflicts_requested.connect(self.show_conflicts)
        elif isinstance(view, ShareView):
            view.meeting_requested.connect(self.start_meeting)
        elif isinstance(view, SectionView):
            view.import_requested.connect(lambda kind: self.show_import(kind))

    def start_meeting(self, choice: ShareChoice | None = None) -> MeetingView | None:
        """Full screen, read-only, only what the choice shows; leaving it locks the vault."""
        from exporters.share import ShareChoice

        from .meeting_view import MeetingView

        if self.service is None or self.meeting_view is not None:
            return None
        self.meeting_view = MeetingView(self.service, choice or ShareChoice(), self)
        self.meeting_view.finished.connect(self.lock)
        self.stack.addWidget(self.meeting_view)
        self._show_page(self.meeting_view)
        # Nothing else is reachable: the menus (and their shortcuts) go away until unlocked.
        self.menuBar().hide()
        for action in self.menuBar().actions():
            action.setEnabled(False)
        self.showFullScreen()
        return self.meeting_view

    def _end_meeting(self) -> None:
        if self.meeting_view is None:
            return
        self.stack.removeWidget(self.meeting_view)
        self.meeting_view.deleteLater()
        self.meeting_view = None
        self.showNormal()
        for action in self.menuBar().actions():
            action.setEnabled(True)
        self.menuBar().show()

    def request_lock(self) -> bool:
        """The person asks to lock: unsaved edits are saved, discarded, or the lock waits."""
        if not self._settle_unsaved_edits():
            return False
        self.lock()
        return True

    def _settle_unsaved_edits(self) -> bool:
        """Ask about what was typed and not saved, as KeePassXC does; False: stay open."""
        if self.main_view is None or self.service is None:
            return True
        pending = self.main_view.pending_edits()
        if not pending:
            return True
        answer = dialogs.ask_unsaved(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr(
                "Vous avez commencé à modifier une fiche sans l'enregistrer. Voulez-vous l'enregistrer avant de verrouiller ?"
            ),
        )
        if answer == "cancel":
            return False
        if answer == "save":
            for editor, _ in pending:
                if not editor.save_pending():
                    return False  # the form says what is wrong; nothing is lost
        else:
            for editor, _ in pending:
                editor.clear()
        return True

    def _keep_unsaved_edits(self) -> None:
        """An idle or screen lock never asks and never loses: edits wait, encrypted, in the vault."""
        if self.main_view is None or self.service is None or self.service.read_only:
            return
        pending = [edit for _, edit in self.main_view.pending_edits()]
        if not pending:
            return
        try:
            self.service.save_draft(UNSAVED_EDITS, {"edits": pending})
        except VaultError:
            pass  # a vault that cannot be written cannot keep them either

    def _offer_back_unsaved_edits(self) -> None:
        assert self.service is not None and self.main_view is not None
        kept = self.service.draft(UNSAVED_EDITS)
        if not kept:
            return
        restored = self.main_view.restore_edits(list(kept.get("edits", [])))
        try:
            self.service.finish_draft(UNSAVED_EDITS, [])  # back in their forms now
        except VaultError:
            return
        if restored:
            self.statusBar().showMessage(
                self.tr(
                    "Ce que vous écriviez avant le verrouillage a été gardé : vérifiez-le, puis enregistrez."
                ),
                30_000,
            )

    def lock(self, back_up: bool = False) -> None:
        """Close the vault and drop every model and widget that held personal data.

        What was typed and not saved is kept as a draft inside the vault and
        offered back after unlocking (the idle lock must never lose a sentence).
        """
        if self.service is None:
            return
        # A backup being copied ends first (it holds the file still; it cannot be cut).
        for job in list(background.RUNNING):
            job.wait()
        if self.sync_runner is not None:
            self.sync_runner.before_lock()  # the last edits go to the sync folder
        builder = _document_builder()
        if builder is not None:
            builder.stop()  # the child building documents goes, with what it held
        self._keep_unsaved_edits()
        self._end_meeting()
        if back_up and not self.service.read_only:
            # Closing the app: this last copy is made before the window goes.
            self.service.back_up(self._settings.backup_folders)
        self.idle_lock.stop()
        self.backup_timer.stop()
        path = str(self.service.path)
        self._close_windows_holding_data()
        self._drop_main_view()
        if self._recovery_page is not None:
            self._recovery_page.show_code("", "", "")
        self.service.close()
        self.service = None
        self.setWindowTitle(self.tr("Musette"))
        self._show_unlock(path)
        self._update_actions()

    def _close_windows_holding_data(self) -> None:
        """Every dialog, wizard and preview goes with the lock: nothing personal stays on screen."""
        from .clipboard import clear_ours
        from .wizards.draft_wizard import DraftWizard

        # A wizard's typed answers wait as a draft: locking never asks, never loses them.
        for wizard in {
            *self.findChildren(DraftWizard),
            *(w for w in QApplication.topLevelWidgets() if isinstance(w, DraftWizard)),
        }:
            if wizard.isVisible():
                wizard.leave_for_lock()
        for window in QApplication.topLevelWidgets():
            if window is not self and isinstance(window, QDialog) and window.isVisible():
                window.close()
        for dialog in self.findChildren(QDialog):
            dialog.close()
            dialog.deleteLater()
        clear_ours()

    def _idle_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return self._settings.idle_minutes * 60_000

    # ---- preferences -------------------------------------------------------------------

    def _drop_main_view(self) -> None:
        """Forget every screen that showed the musette; remember the section for later."""
        if self.main_view is None:
            return
        self._last_section = self.main_view.current_section()
        self.main_view.clear()
        self.stack.removeWidget(self.main_view)
        self.main_view.deleteLater()
        self.main_view = None

    def _rebuild(self) -> None:
        """Build every screen again (new language or palette); the musette stays open."""
        path = self.unlock_page._path
        for page in (self.welcome_page, self._create_page, self._recovery_page, self.unlock_page):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self._drop_main_view()
        self._build(path or self._settings.last_vault)

    def set_language(self, code: str) -> None:
        """Switch language now: every screen is rebuilt in it."""
        self._settings.language = code
        self.language = apply_language(code)
        self._rebuild()

    def set_high_contrast(self, on: bool) -> None:
        """Switch contrast now; screens are rebuilt so that icons take the new colours."""
        self._settings.high_contrast = on
        apply_theme(on)
        self._rebuild()

    def set_idle_minutes(self, minutes: int) -> None:
        self._settings.idle_minutes = minutes
        self._idle_override = None  # the person's choice wins over a test's
        self.idle_lock.set_delay(self._idle_ms())
        if self.vault_open:
            self.idle_lock.start()

    def _on_forget_action_triggered(self) -> None:
        if self.service is None or not confirm_forget(self):
            return
        try:
            self.service.forget(self._secret_store)
        except VaultError:
            pass  # the slot is gone from the key file; a stale keyring entry opens nothing
        self._update_actions()

    def show_shortcuts(self) -> QMessageBox:
        rows = [
            ("Ctrl+F", self.tr("Rechercher dans ma musette")),
            ("Ctrl+L", self.tr("Verrouiller")),
            ("Ctrl+N", self.tr("Ajouter une fiche dans la section")),
            (self.tr("Suppr"), self.tr("Mettre la fiche choisie à la corbeille")),
            ("Ctrl+Z", self.tr("Annuler la dernière suppression")),
            ("F1", self.tr("Cette aide")),
            ("Ctrl+Q", self.tr("Quitter")),
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Raccourcis clavier"),
            "\n".join(f"{keys}\t{what}" for keys, what in rows),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.open()  # not modal to the whole app: the person can keep it beside
        return box

    def show_about(self) -> QMessageBox:
        """Which Musette this is, and whose public data it shows, with their licences."""
        from html import escape

        from PySide6.QtCore import QCoreApplication

        credits = [
            self.tr(
                "Compétences et métiers européens : ESCO. This service uses the ESCO "
                "classification of the European Commission."
            ),
            self.tr(
                "Métiers, appellations, mobilités et centres d'intérêt : France Travail — "
                "ROME 4.0 (Licence Ouverte / Etalab 2.0)."
            ),
            self.tr(
                "Thèmes de vie, activités et phrases des compétences transversales : "
                "Diagoriente (beta.gouv.fr), licence ISC."
            ),
            self.tr("Droits : Code du travail et textes officiels, cités à chaque règle."),
            self.tr("Contextes JSON-LD des attestations : W3C et 1EdTech."),
        ]
        tagline = self.tr("La musette de l'actif : votre parcours, chez vous, chiffré.")
        public = self.tr("Données publiques")
        text = (
            f"<h3>Musette {escape(QCoreApplication.applicationVersion())}</h3>"
            f"<p>{escape(tagline)}</p>"
            f"<p><b>{escape(public)}</b></p><ul>"
            + "".join(f"<li>{escape(line)}</li>" for line in credits)
            + "</ul>"
        )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("À propos de Musette"),
            text,
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._settle_unsaved_edits():
            event.ignore()
            return
        self._settings.geometry = self.saveGeometry()
        self.lock(back_up=True)  # a backup every time the app closes
        super().closeEvent(event)
