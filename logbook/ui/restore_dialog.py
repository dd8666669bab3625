"""Restore from backup…: from the unlock window, and from the new-vault window (where a
new computer starts), a backup folder becomes a new vault, which then opens.

The user chooses the backup folder, types the passphrase the vault had at that backup
(or the recovery code) and chooses the new vault's folder, which must be new or empty:
nothing is ever restored over an existing vault (:func:`check_restore_target` says so
before anything is unlocked). Then, on a pool thread: the backup folder is unlocked
(Argon2id, as unlocking a vault), checked and restored with progress
(:func:`restore_backup`: the newest generation whose database is intact, every intact
evidence file). What could not be restored is listed by the names the service gives
("generation 3: …", "evidence C-1/E-2: …": refs, never case content). The new vault then
opens with the data key the backup was unlocked with (:attr:`RestoreDialog.restored`),
as unlocking does; the app works on it from then on.

Cancel stops a restore at its next chunk; the service then removes what it had written.

Threading: the dialog lives on the GUI thread; the unlocking and restoring run on the
global pool (:class:`~logbook.ui.tasks.TaskRunner`) and report through queued signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logbook.core.errors import BackupDamaged, Cancelled, WrongSecret
from logbook.core.progress import Progress
from logbook.services.backup import (
    RestoreOutcome,
    check_restore_target,
    open_backup_folder,
    restore_backup,
)
from logbook.ui import dialogs
from logbook.ui.backup_running import ThreadProgress, show_progress
from logbook.ui.editors.fields import LineField
from logbook.ui.messages import error_text
from logbook.ui.passphrase_fields import secret_field
from logbook.ui.signals import emit
from logbook.ui.tasks import TaskRunner
from logbook.vault.lifecycle import Secret


def _unlock_and_restore(
    folder: Path, secret: Secret, target: Path, progress: Progress
) -> tuple[RestoreOutcome, bytes]:
    """On a pool thread: unlock the backup, check it and restore it into ``target``."""
    opened = open_backup_folder(folder, secret)
    return restore_backup(opened, target, progress), opened.data_key


def suggested_target(vault_path: Path) -> Path:
    """Where to restore by default: the app's vault location if nothing is there (a new
    computer), else a new folder beside it."""
    if not vault_path.exists():
        return vault_path
    for number in range(1, 100):
        suffix = "-restored" if number == 1 else f"-restored-{number}"
        candidate = vault_path.with_name(vault_path.name + suffix)
        if not candidate.exists():
            return candidate
    return vault_path.with_name(vault_path.name + "-restored")


class RestoreDialog(QDialog):
    restored = Signal(object, bytes)  # the new vault's path, its data key

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Logbook — restore from backup"))
        self._runner = TaskRunner(self, QThreadPool.globalInstance())
        self.progress = ThreadProgress(self)
        self._abandoned = False
        self._recovery = False  # the secret tried last was the recovery code
        intro = QLabel(
            self.tr(
                "A backup becomes a new vault: choose the backup folder, type the "
                "passphrase the vault had when the backup was made (or the recovery code) "
                "and choose a new or empty folder for the restored vault."
            )
        )
        intro.setWordWrap(True)
        self.folder = LineField()
        self.folder_button = QPushButton(self.tr("Cho&ose…"))
        self.secret = secret_field()
        self.use_recovery = QCheckBox(self.tr("&Use the recovery code instead"))
        self.target = LineField()
        self.target.setText(str(target))
        self.target_button = QPushButton(self.tr("C&hoose…"))
        self.error = QLabel()  # what went wrong (red), or what is going on
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.restore_button = QPushButton(self.tr("Re&store"))
        self.restore_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.folder_button, self.target_button, self.cancel_button):
            button.setAutoDefault(False)
        grid = QGridLayout()
        self.folder_label = QLabel(self.tr("Backup &folder"))
        self.secret_label = QLabel(self.tr("&Passphrase"))
        self.target_label = QLabel(self.tr("&New vault folder"))
        rows: tuple[tuple[QLabel | None, QWidget, QPushButton | None], ...] = (
            (self.folder_label, self.folder, self.folder_button),
            (self.secret_label, self.secret, None),
            (None, self.use_recovery, None),
            (self.target_label, self.target, self.target_button),
        )
        for row, (label, field, side) in enumerate(rows):
            if label is not None:
                label.setBuddy(field)
                grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            if side is not None:
                grid.addWidget(side, row, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.folder_button.clicked.connect(self._choose_folder)
        self.target_button.clicked.connect(self._choose_target)
        self.use_recovery.toggled.connect(self._kind_changed)
        self.restore_button.clicked.connect(self.attempt)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress.progressed.connect(lambda d, t: show_progress(self.bar, d, t))

    def _kind_changed(self, recovery: bool) -> None:
        self.secret_label.setText(self.tr("&Recovery code") if recovery else self.tr("&Passphrase"))
        self.secret.setEchoMode(
            self.secret.EchoMode.Normal if recovery else self.secret.EchoMode.Password
        )
        self.secret.setFocus()

    def _choose_folder(self) -> None:
        chosen = dialogs.choose_directory(self, self.tr("The backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _choose_target(self) -> None:
        start = str(Path(self.target.text()).parent) if self.target.text() else ""
        chosen = dialogs.choose_directory(self, self.tr("Folder for the restored vault"), start)
        if chosen:
            self.target.setText(chosen)

    @property
    def running(self) -> bool:
        return self._runner.busy

    def attempt(self) -> None:
        """Check what can be checked at once, then unlock and restore on a pool thread."""
        if self.running:
            return
        folder_text, target_text = self.folder.text().strip(), self.target.text().strip()
        text = self.secret.text()
        if not folder_text or not target_text or not text:
            self.error.setText(
                self.tr("Choose the backup folder and the new vault's folder, and type the secret.")
            )
            return
        folder, target = Path(folder_text), Path(target_text)
        try:
            check_restore_target(target)
        except Exception as exc:  # VaultExists, or an unreadable folder
            self.error.setText(error_text(exc))
            self.target.setFocus()
            return
        secret = Secret(text, "recovery" if self.use_recovery.isChecked() else "passphrase")
        self._recovery = secret.kind == "recovery"
        self.secret.clear()
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Unlocking the backup, then checking and restoring it…"))
        self._set_busy(True)
        progress = self.progress.reporter()
        self._runner.run(
            lambda: _unlock_and_restore(folder, secret, target, progress),
            lambda result: self._done(target, *result),
            self._failed,
            self,
        )

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.error.setStyleSheet("color: #b00020;")  # from now on it says what failed
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        for widget in (
            self.folder,
            self.folder_button,
            self.secret,
            self.use_recovery,
            self.target,
            self.target_button,
            self.restore_button,
        ):
            widget.setEnabled(not busy)

    def _done(self, target: Path, outcome: RestoreOutcome, data_key: bytes) -> None:
        self._set_busy(False)
        if self._abandoned:
            return  # closed meanwhile: the vault is at ``target``, not opened
        self.error.clear()
        dialogs.info(self, self.tr("Restore from backup"), self.report(target, outcome))
        emit(self.restored, target, data_key)
        self.accept()

    def report(self, target: Path, outcome: RestoreOutcome) -> str:
        """What was restored and what could not be (counts and the service's refs)."""
        restored = outcome.restored
        lines = [
            self.tr("Backup %1 (%2) restored into %3: the database and %4 evidence file(s).")
            .replace("%1", str(restored.number))
            .replace("%2", restored.created.replace("T", " ")[:16])
            .replace("%3", str(target))
            .replace("%4", str(restored.evidence_files))
        ]
        if outcome.skipped:
            lines.append(self.tr("Newer backups passed over (damaged):"))
            lines += [f"  {item}" for item in outcome.skipped]
        if restored.not_restored:
            lines.append(self.tr("Not restored:"))
            lines += [f"  {item}" for item in restored.not_restored]
        lines.append(
            self.tr(
                "The restored vault opens now. Later it opens with the passphrase it had at "
                "that backup, or the recovery code."
            )
        )
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._abandoned:
            return
        if isinstance(exc, Cancelled):
            self.error.setText(self.tr("Restore stopped; no vault was made."))
        elif isinstance(exc, WrongSecret):  # said here: the service's sentence names both
            self.error.setText(
                self.tr("Wrong recovery code.")
                if self._recovery
                else self.tr(
                    "Wrong passphrase. A backup opens with the passphrase the vault had when "
                    "the backup was made, or with the recovery code."
                )
            )
        elif isinstance(exc, BackupDamaged):
            self.error.setText(
                "\n".join([self.tr("This backup cannot be restored. Damaged:"), *exc.parts])
            )
        else:
            self.error.setText(error_text(exc))
        self.secret.setFocus()

    def cancel(self) -> None:
        """Cancel: stops a restore under way at its next chunk (the service removes what
        it wrote; the dialog stays, saying so), or closes the dialog."""
        if self.running:
            self.progress.stop()
        else:
            self.reject()

    def reject(self) -> None:
        """Closing (Escape) stops a restore under way, as Cancel does."""
        if self.running:
            self.progress.stop()
            self._abandoned = True
        super().reject()
