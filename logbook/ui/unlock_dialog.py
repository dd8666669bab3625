"""Unlocking a vault with its passphrase or recovery code.

Key derivation (Argon2id, about a second) runs on the task runner; the dialog shows a busy
bar meanwhile. The derived data key is handed to the controller by :attr:`unlocked`; the
dialog never opens the database itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logbook.ui import dialogs
from logbook.ui.messages import error_text
from logbook.ui.passphrase_fields import secret_field
from logbook.ui.signals import emit
from logbook.ui.tasks import TaskRunner
from logbook.vault.lifecycle import Secret, is_vault, unlock_data_key


class UnlockDialog(QDialog):
    unlocked = Signal(object, bytes)  # vault path, data key
    create_requested = Signal()
    restore_requested = Signal()  # "Restore from backup…" (logbook.ui.restore_dialog)
    erase_requested = Signal()  # Ctrl+Shift+Delete: quick erase works while locked too

    def __init__(self, path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._runner = runner
        self.setWindowTitle(self.tr("Logbook — locked"))
        self.where = QLabel()
        self.secret = secret_field()
        self.use_recovery = QCheckBox(self.tr("Use the &recovery code instead"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.other_button = QPushButton(self.tr("&Other vault…"))
        self.new_button = QPushButton(self.tr("&New vault…"))
        self.restore_button = QPushButton(self.tr("Restore from &backup…"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        # Enter means "unlock": while a key is being derived it must do nothing, not fall
        # through to another button (Qt gives Enter to the first auto-default one).
        others = (self.other_button, self.new_button, self.restore_button, self.quit_button)
        for button in others:
            button.setAutoDefault(False)
        form = QFormLayout()
        self.secret_label = QLabel(self.tr("&Passphrase"))
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.use_recovery)
        buttons = QHBoxLayout()
        for button in others:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        erase = QAction(self)
        erase.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        erase.triggered.connect(self.erase_requested)
        self.addAction(erase)
        self.unlock_button.clicked.connect(self.attempt)
        self.use_recovery.toggled.connect(self._kind_changed)
        self.other_button.clicked.connect(self.choose_other)
        self.new_button.clicked.connect(self.create_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.quit_button.clicked.connect(self.reject)
        self._show_path()

    def _show_path(self) -> None:
        self.where.setText(self.tr("Vault: %1").replace("%1", str(self.path)))

    def _kind_changed(self, recovery: bool) -> None:
        self.secret_label.setText(self.tr("&Recovery code") if recovery else self.tr("&Passphrase"))
        self.secret.setEchoMode(
            self.secret.EchoMode.Normal if recovery else self.secret.EchoMode.Password
        )
        self.secret.setFocus()

    def choose_other(self) -> None:
        chosen = dialogs.choose_directory(self, self.tr("Choose a vault folder"), str(self.path))
        if not chosen:
            return
        if not is_vault(Path(chosen)):
            dialogs.error(
                self, self.tr("Not a vault"), self.tr("There is no Logbook vault in this folder.")
            )
            return
        self.path = Path(chosen)
        self._show_path()

    def attempt(self) -> None:
        text = self.secret.text()
        if not text or self._runner.busy:
            return
        secret = Secret(text, "recovery" if self.use_recovery.isChecked() else "passphrase")
        self.secret.clear()
        self.error.clear()
        self._set_busy(True)
        path = self.path
        self._runner.run(lambda: unlock_data_key(path, secret), self._done, self._failed, self)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.secret,
            self.unlock_button,
            self.other_button,
            self.restore_button,
            self.use_recovery,
        ):
            widget.setEnabled(not busy)

    def _done(self, data_key: bytes) -> None:
        self._set_busy(False)
        emit(self.unlocked, self.path, data_key)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(error_text(error))
        self.secret.setFocus()

    def show_error(self, error: BaseException) -> None:
        """For failures after the key was derived (opening the database)."""
        self.error.setText(error_text(error))
