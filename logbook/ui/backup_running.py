"""Vault → Back up…: a backup made while the app stays usable, the last backup's age in the
status bar, and a reminder once it is older than the configured number of days.

A backup runs in the service's three phases (:mod:`logbook.services.backup`):

1. the snapshot, on the vault's worker (:meth:`Operations.run`; a fraction of a second);
2. the copy, on a pool thread (:class:`~logbook.ui.tasks.TaskRunner` over the global
   pool), which needs no session: the worker stays free, so lists, editors and saves go
   on while gigabytes are copied. Its progress shows in the status bar with Cancel;
3. recording it (the audit log's ``backup`` entry), on the worker again.

Locking, quitting, quick erase and a change of language (which rebuilds the window) cancel
a copy under way: :meth:`BackupControl.stop`. The copy stops at its next chunk (1 MiB);
what it had copied stays in the folder as unlisted objects that the next backup reuses,
and every earlier backup in the folder is intact. A copy that finished just as the vault
locked is in the folder but not recorded as the last backup.

Nothing here shows case data: the messages give numbers, sizes and the ``C-1/E-3`` refs
the service names left-out evidence by; the only setting is the reminder's number of days.

Threading: everything runs on the GUI thread except the copy and the progress function
given to it (:class:`ThreadProgress`), which reach the GUI by queued signals.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from logbook.core.clock import Clock
from logbook.core.errors import Cancelled, LogbookError
from logbook.core.progress import Progress
from logbook.services.backup import (
    GenerationWritten,
    Snapshot,
    check_backup_target,
    last_backup,
    prepare_backup,
    record_backup,
    write_backup,
)
from logbook.ui import dialogs
from logbook.ui.main_window import MainWindow
from logbook.ui.messages import error_text
from logbook.ui.operations import Operations
from logbook.ui.signals import emit
from logbook.ui.tasks import TaskRunner

_REPORT_EVERY = 0.05  # seconds between two progress signals
_STEPS = 1000


class ThreadProgress(QObject):
    """A :data:`Progress` for work on another thread: it forwards ``(done, total)`` to
    :attr:`progressed` (queued to the GUI thread, at most every 50 ms) and raises
    :class:`Cancelled` once :meth:`stop` was called or this object is gone."""

    progressed = Signal(object, object)  # done, total (bytes: may exceed 32 bits)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def reporter(self) -> Progress:
        """A fresh run's progress function (call it from the run's thread)."""
        stop = self._stop = threading.Event()
        last = [0.0]

        def progress(done: int, total: int) -> None:
            if stop.is_set():
                raise Cancelled()
            now = time.monotonic()
            if now - last[0] >= _REPORT_EVERY or (total and done >= total):
                last[0] = now
                try:
                    emit(self.progressed, done, total)
                except RuntimeError:  # the window went (locked): nobody waits for it
                    raise Cancelled() from None

        return progress

    def stop(self) -> None:
        """The run under way stops at its next report (any thread)."""
        self._stop.set()


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """Bytes done of total on ``bar`` (busy while the total is unknown)."""
    if total > 0:
        bar.setRange(0, _STEPS)
        bar.setValue(min(done * _STEPS // total, _STEPS))
    else:
        bar.setRange(0, 0)


def data_size(size: int) -> str:
    """``14.2 MB``, in the user's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupStatus(QWidget):
    """The status bar's part: the last backup's age, a reminder with "Back up now…", and
    while a backup copies, its progress and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last = QLabel()
        self.reminder = QLabel()
        self.reminder.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.back_up_now = QPushButton(self.tr("Back up now…"))
        self.message = QLabel()
        self.working = QLabel(self.tr("Backing up…"))
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel backup"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.message,
            self.working,
            self.bar,
            self.cancel_button,
            self.reminder,
            self.back_up_now,
            self.last,
        ):
            row.addWidget(widget)
        self.set_running(False)
        self.set_reminder("")

    def set_running(self, running: bool) -> None:
        for widget in (self.working, self.bar, self.cancel_button):
            widget.setVisible(running)
        if running:
            self.bar.setRange(0, 0)
            self.message.clear()

    def set_reminder(self, text: str) -> None:
        self.reminder.setText(text)
        self.reminder.setVisible(bool(text))
        self.back_up_now.setVisible(bool(text))


class BackupControl(QObject):
    """Backs up the open vault from ``window`` (see the module docs). A child of the
    window: it goes when the window goes (lock), after :meth:`stop`."""

    def __init__(
        self,
        window: MainWindow,
        ops: Operations,
        vault_path: Path,
        clock: Clock,
        reminder_days: int,
    ) -> None:
        super().__init__(window)
        self.window, self.ops, self.vault_path = window, ops, vault_path
        self._clock, self._days = clock, reminder_days
        self._last: datetime | None = None
        self._read = False  # the last backup's time has been read
        self._running = False
        self._copy_done = threading.Event()
        self._copy_done.set()
        self.status = BackupStatus()
        self.progress = ThreadProgress(self)
        self.progress.progressed.connect(lambda d, t: show_progress(self.status.bar, d, t))
        self._runner = TaskRunner(self, QThreadPool.globalInstance())
        window.statusBar().addPermanentWidget(self.status, 1)
        self.status.back_up_now.clicked.connect(self.start)
        self.status.cancel_button.clicked.connect(self.cancel)
        window.backup_requested.connect(self.start)

    # The last backup and the reminder ------------------------------------------------------

    def refresh(self) -> None:
        """Read the last backup's time on the worker, then show it."""
        self.ops.run(
            lambda book: last_backup(book.session),
            self._show_last,
            owner=self,
            key="last backup",
        )

    def set_reminder_days(self, days: int) -> None:
        self._days = days
        if self._read:
            self._show_last(self._last)

    def reminding(self) -> bool:
        """Whether the reminder is due: no backup yet, or the last one is at least the
        configured number of days old (never when that number is 0)."""
        if not self._read or self._days <= 0:
            return False
        return self._last is None or self._clock() - self._last >= timedelta(days=self._days)

    def _show_last(self, last: datetime | None) -> None:
        self._last, self._read = last, True
        if last is None:
            self.status.last.setText(self.tr("No backup yet"))
        else:
            days = max((self._clock() - last).days, 0)
            self.status.last.setText(
                self.tr("Last backup: %n day(s) ago", "", days)
                if days
                else self.tr("Last backup: less than a day ago")
            )
        if not self.reminding():
            self.status.set_reminder("")
        elif last is None:
            self.status.set_reminder(self.tr("This vault has not been backed up yet."))
        else:
            days = (self._clock() - last).days
            self.status.set_reminder(self.tr("No backup for %n day(s).", "", days))

    # Backing up ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Ask for the folder, check it, then take the snapshot on the worker."""
        if self._running:
            return
        chosen = dialogs.choose_directory(
            self.window, self.tr("Back up to a folder (a USB stick, say)"), ""
        )
        if not chosen:
            return
        folder = Path(chosen)
        try:
            check_backup_target(self.vault_path, folder)
        except (LogbookError, OSError) as exc:
            self.ops.show_error(exc, self.window, self.tr("Back up"))
            return
        self._set_running(True)
        self.ops.run(
            lambda book: prepare_backup(book.session),
            lambda snapshot: self._copy(snapshot, folder),
            on_failed=self._snapshot_failed,
            owner=self,
        )

    def cancel(self) -> None:
        """Cancel: the copy stops at its next chunk."""
        self.progress.stop()

    def stop(self) -> threading.Event:
        """The window is going (lock, quit, erase): stop the copy under way. Returns an
        event set once no copy runs any more (erasing waits for it, bounded)."""
        self.progress.stop()
        return self._copy_done

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.window.backup_action.setEnabled(not running)
        self.status.back_up_now.setEnabled(not running)
        self.status.set_running(running)

    def _snapshot_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.ops.show_error(exc, self.window, self.tr("Back up"))

    def _copy(self, snapshot: Snapshot, folder: Path) -> None:
        """Phase 2 on a pool thread: the worker and the GUI stay free."""
        progress = self.progress.reporter()
        done = self._copy_done = threading.Event()

        def copy() -> GenerationWritten:
            try:
                return write_backup(snapshot, folder, progress)
            finally:
                done.set()

        self._runner.run(copy, self._written, self._copy_failed, self)

    def _written(self, written: GenerationWritten) -> None:
        self.ops.run(
            lambda book: record_backup(book.session),
            lambda _: self._recorded(written),
            on_failed=self._snapshot_failed,
            owner=self,
        )

    def _recorded(self, written: GenerationWritten) -> None:
        self._set_running(False)
        self.refresh()
        new = self.tr("Backup %1 written: %2 new evidence file(s), %3 copied.")
        text = (
            new.replace("%1", str(written.number))
            .replace("%2", str(written.copied_files))
            .replace("%3", data_size(written.copied_bytes))
        )
        self.status.message.setText(text)
        lines = [text]
        if written.left_out:
            lines.append(self.tr("Not in this backup (no longer in the vault):"))
            lines += [f"  {item}" for item in written.left_out]
        dialogs.info(self.window, self.tr("Back up"), "\n".join(lines))

    def _copy_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        intact = self.tr("The earlier backups in the folder are intact.")
        if isinstance(exc, Cancelled):
            self.status.message.setText(
                self.tr("Backup cancelled; the earlier backups in the folder are intact.")
            )
            return
        self.status.message.setText(self.tr("The backup failed."))
        dialogs.error(self.window, self.tr("Back up"), f"{error_text(exc)}\n{intact}")


def attach_backup(
    window: MainWindow, ops: Operations, vault_path: Path, clock: Clock, reminder_days: int
) -> BackupControl:
    """Give ``window`` its backing up and the last backup's status; reads it at once."""
    control = BackupControl(window, ops, vault_path, clock, reminder_days)
    control.refresh()
    return control
