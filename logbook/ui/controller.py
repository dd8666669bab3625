"""The composition root's running part: who is on screen, and the lock/erase machinery.

States: *setup* (no vault yet: create dialog), *locked* (unlock dialog), *open* (main
window over an open vault session). Locking tears down the main window with every model
and editor in it and clears the app's clipboard content at once, then has the vault's
worker close the database; unlocking builds a new window and restores the selection by
record ids.

What is typed in open editors is handed to the worker as drafts before the windows go
(locking, quitting), in an operation queued ahead of the vault's closing; unlocking
reopens those editors with their drafts (:mod:`logbook.ui.drafts_restoring`). The idle
lock comes after a countdown over the windows, which any input ends.

Backups (:mod:`logbook.ui.backup_running`) belong to the main window: closing it (lock,
quit, erase, a change of language) cancels a copy under way. Restoring
(:mod:`logbook.ui.restore_dialog`) starts from the unlock or the new-vault window; the
restored vault then opens as an unlocked one does, and becomes the app's vault.

Threading: this runs on the GUI thread and never waits for the vault: the session lives
on the worker of :mod:`logbook.ui.operations`; key derivation goes to the task runner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from logbook.core.clock import Clock
from logbook.export import stop_check_workers
from logbook.ui import dialogs
from logbook.ui.backup_running import BackupControl, attach_backup
from logbook.ui.change_passphrase_dialog import ChangePassphraseDialog
from logbook.ui.clipboard import ClipboardGuard
from logbook.ui.create_vault_dialog import CreateVaultDialog
from logbook.ui.drafts_keeping import DraftKeeper, keep_before_closing
from logbook.ui.drafts_restoring import restore_drafts
from logbook.ui.i18n import Translations
from logbook.ui.idle import IdleWatcher
from logbook.ui.idle_warning import IdleWarning
from logbook.ui.main_window import MainWindow
from logbook.ui.messages import missing_changes_text
from logbook.ui.operations import Operations
from logbook.ui.preferences_dialog import PreferencesDialog
from logbook.ui.quick_erase import QuickEraseOverlay
from logbook.ui.restore_dialog import RestoreDialog, suggested_target
from logbook.ui.settings import UiSettings
from logbook.ui.tasks import TaskRunner
from logbook.ui.unlock_dialog import UnlockDialog
from logbook.vault.kdf import KdfParams
from logbook.vault.lifecycle import erase_vault, is_vault, open_with_key


class AppController(QObject):
    """Owns the vault session and the windows; see the module docstring."""

    def __init__(
        self,
        app: QApplication,
        settings: UiSettings,
        translations: Translations,
        clock: Clock,
        vault_path: Path,
        *,
        quit_app: Callable[[], None] | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(app)
        self.app, self.settings, self.translations = app, settings, translations
        self.clock, self.vault_path, self._kdf = clock, vault_path, kdf
        self._quit = quit_app or app.quit
        self.runner = TaskRunner(self)
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(app, clock, settings.idle_minutes)
        self.idle.idle.connect(self._on_idle)
        self.idle_warning = IdleWarning(self)
        self.idle.warning.connect(self._idle_warning)
        self.idle.warning_over.connect(self.idle_warning.hide)
        self.ops = Operations(self)
        self.is_open = False  # a session is open on the worker, or being opened
        self.window: MainWindow | None = None
        self.backups: BackupControl | None = None  # the window's
        self._backup_copy = threading.Event()  # set: no backup copy runs
        self._backup_copy.set()
        self.restore_dialog: RestoreDialog | None = None
        self.gate: QWidget | None = None  # the unlock or create dialog on screen
        self.overlay: QuickEraseOverlay | None = None
        self._view: dict[str, int] = {}
        self.state = ""

    # States --------------------------------------------------------------------------------

    def start(self) -> None:
        if is_vault(self.vault_path):
            self.show_unlock()
        else:
            self.show_setup()

    def _set_state(self, state: str) -> None:
        self.state = state  # "setup", "locked", "open" or "erased"

    def _replace_gate(self, gate: QWidget | None) -> None:
        if self.gate is not None:
            self.gate.hide()
            self.gate.deleteLater()
        self.gate = gate

    def show_setup(self) -> None:
        dialog = CreateVaultDialog(self.vault_path, self.runner, self._kdf)
        dialog.created.connect(self._opened)
        dialog.restore_requested.connect(self.show_restore)
        dialog.rejected.connect(lambda: self._gate_closed(dialog))
        self._replace_gate(dialog)
        self._set_state("setup")
        dialog.show()

    def show_unlock(self) -> None:
        dialog = UnlockDialog(self.vault_path, self.runner)
        dialog.unlocked.connect(self._opened)
        dialog.create_requested.connect(self.show_setup)
        dialog.restore_requested.connect(self.show_restore)
        dialog.erase_requested.connect(self.start_quick_erase)
        dialog.rejected.connect(lambda: self._gate_closed(dialog))
        self._replace_gate(dialog)
        self._set_state("locked")
        dialog.show()
        dialog.secret.setFocus()

    def show_restore(self) -> None:
        """Restore from backup…, over the unlock or the new-vault window; the restored
        vault opens as an unlocked one does (:meth:`_opened`)."""
        host = self.gate
        if host is None:
            return
        dialog = RestoreDialog(suggested_target(self.vault_path), host)
        dialog.addActions(host.actions())  # quick erase keeps working
        dialog.restored.connect(self._opened)
        dialog.setModal(True)
        dialog.show()
        self.restore_dialog = dialog

    def _gate_closed(self, gate: QWidget) -> None:
        """Quit from the unlock window; cancelling a new vault goes back to unlocking."""
        if gate is not self.gate:
            return  # replaced, not closed by the user
        if isinstance(gate, CreateVaultDialog) and is_vault(self.vault_path):
            self.show_unlock()
        else:
            self.quit()

    def _opened(self, path: Path, data_key: bytes) -> None:
        """The key is known: open the vault on the worker, then show the window."""
        clock = self.clock
        self.is_open = True
        self.ops.open(
            lambda: open_with_key(path, data_key, clock),
            lambda warnings: self._shown_open(path, warnings),
            self._not_opened,
        )

    def _not_opened(self, exc: BaseException) -> None:
        self.is_open = False
        if isinstance(self.gate, UnlockDialog):
            self.gate.show_error(exc)
        else:
            self.ops.show_error(exc, None)

    def _shown_open(self, path: Path, warnings: list[str]) -> None:
        self.vault_path = path
        self._replace_gate(None)
        self._build_window()
        self._restore_drafts()
        self.idle.touch()
        self._set_state("open")
        if warnings:  # e.g. recent changes missing: the vault is open all the same
            dialogs.error(self.window, self.tr("Logbook"), missing_changes_text())

    def _build_window(self) -> None:
        window = MainWindow(self.ops, view=self._view)
        window.lock_requested.connect(self.lock)
        window.erase_requested.connect(self.start_quick_erase)
        window.preferences_requested.connect(self.edit_preferences)
        window.passphrase_requested.connect(self.change_passphrase)
        self.backups = attach_backup(
            window, self.ops, self.vault_path, self.clock, self.settings.backup_reminder_days
        )
        window.quit_requested.connect(self.quit)
        if self.settings.geometry is None or not window.restoreGeometry(self.settings.geometry):
            window.fill_most_of_screen()
        self._view = {}
        self.window = window
        window.show()

    def _restore_drafts(self) -> None:
        """Reopen the editors whose input was kept as drafts (locked, quit or crashed)."""
        window = self.window
        if window is not None:
            restore_drafts(self.ops, window, window.open_editor)

    def _keep_drafts(self) -> None:
        """Hand what the open editors hold to the worker as drafts, ahead of whatever is
        queued next (the closing of the vault). Reads the widgets; does not wait."""
        if self.window is not None and self.is_open:
            keep_before_closing(self.ops, self.window.findChildren(DraftKeeper))

    def _tear_down_window(self) -> None:
        self.idle_warning.hide()
        window = self.window
        if window is None:
            return
        if self.backups is not None:
            self._backup_copy = self.backups.stop()  # the copy ends at its next chunk
            self.backups = None
        self._view = window.view_state()
        self.settings.geometry = window.saveGeometry()
        for modal in QApplication.topLevelWidgets():
            if modal is not window and modal.isModal() and hasattr(modal, "reject"):
                modal.hide()
        window.close_editors()
        window.hide()
        window.deleteLater()  # its models, editors and lists go with it
        self.window = None
        self.overlay = None

    # Locking -------------------------------------------------------------------------------

    def lock(self) -> None:
        """Ctrl+L or idle: nothing of the case stays on screen or open. The windows go at
        once; the worker closes the vault after cancelling what it was doing."""
        if not self.is_open:
            return
        self._keep_drafts()  # queued before the close: the worker writes them first
        self._tear_down_window()
        self.clipboard.clear()
        self.ops.close()
        self.is_open = False
        # Take the window off the screen now. Qt deletes it (deleteLater) only once control
        # is back in the event loop, right after this slot: not from inside it, which may
        # be the window's own shortcut.
        self.app.processEvents()
        self.show_unlock()
        # They hold the export's terms; stopping waits for them to exit (tens of ms),
        # which the GUI thread does not wait for.
        threading.Thread(target=stop_check_workers, name="stop-check-workers").start()

    def _on_idle(self) -> None:
        if self.is_open:
            self.lock()

    def _idle_warning(self, seconds: int) -> None:
        """The countdown before the idle lock, over every window (while unlocked)."""
        if self.is_open and self.window is not None:
            self.idle_warning.show_seconds(seconds)

    def set_idle_minutes(self, minutes: int) -> None:
        self.settings.idle_minutes = minutes
        self.idle.set_minutes(self.settings.idle_minutes)

    # Quick erase ---------------------------------------------------------------------------

    def start_quick_erase(self) -> None:
        """From the main window, or from the unlock window: erasing needs no key."""
        host = self.window or self.gate
        if host is None or self.overlay is not None:
            return
        overlay = QuickEraseOverlay(host)
        overlay.confirmed.connect(self.erase_now)
        overlay.cancelled.connect(self._erase_cancelled)
        self.overlay = overlay
        overlay.start()

    def _erase_cancelled(self) -> None:
        self.overlay = None

    def erase_now(self) -> None:
        """Crypto-erase (key slots first), then quit. Runs even if closing fails."""
        path = self.vault_path
        # A passphrase change still running would write a fresh key slot after the erase.
        self.runner.wait()
        try:
            self._tear_down_window()
            self._replace_gate(None)  # erasing from the unlock window
            self.overlay = None
            self.clipboard.clear()
            self.app.processEvents()  # the windows leave the screen before we wait
            stop_check_workers()
            # The worker must have let go of the vault before its files go: it cancels
            # what it was doing and closes the database (bounded wait).
            self.ops.shutdown()
            self._backup_copy.wait(5.0)  # it may be reading the vault's snapshot copy
        finally:
            self.is_open = False
            erase_vault(path)
            self._set_state("erased")
            self._quit()

    # Menu actions --------------------------------------------------------------------------

    def edit_preferences(self) -> None:
        settings = self.settings
        dialog = PreferencesDialog(
            settings.language, settings.idle_minutes, self.window, settings.backup_reminder_days
        )
        self._keep_panic_keys(dialog)
        dialog.accepted.connect(
            lambda: self.apply_preferences(
                dialog.chosen_language(),
                dialog.chosen_idle_minutes(),
                dialog.chosen_backup_reminder_days(),
            )
        )
        dialog.setModal(True)
        dialog.show()
        self.preferences = dialog

    def apply_preferences(
        self, language: str, idle_minutes: int, backup_reminder_days: int | None = None
    ) -> None:
        self.set_idle_minutes(idle_minutes)
        if backup_reminder_days is not None:
            self.settings.backup_reminder_days = backup_reminder_days
            if self.backups is not None:
                self.backups.set_reminder_days(self.settings.backup_reminder_days)
        if language != self.settings.language:
            self.settings.language = language
            self.translations.use(language)
            if self.window is not None:  # rebuild in the new language, where the user was
                self._keep_drafts()  # the editors open again, with what they held
                self._tear_down_window()
                self.app.processEvents()
                self._build_window()
                self._restore_drafts()
        self.settings.sync()

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.vault_path, self.runner, self.window)
        self._keep_panic_keys(dialog)
        dialog.setModal(True)
        dialog.show()
        self.passphrase_dialog = dialog

    def _keep_panic_keys(self, dialog: QWidget) -> None:
        """Ctrl+L and quick erase keep working while a modal dialog blocks the window."""
        if self.window is not None:
            dialog.addActions(self.window.actions())

    def quit(self) -> None:
        self._keep_drafts()  # unsaved input stays as drafts, reopened at the next unlock
        self._tear_down_window()
        self.clipboard.clear()
        self.ops.shutdown()
        self.is_open = False
        self.idle.stop()
        self.settings.sync()
        self._quit()
