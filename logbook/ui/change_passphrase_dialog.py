"""Changing the passphrase: rewraps the passphrase key slot, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from logbook.ui import dialogs
from logbook.ui.messages import error_text
from logbook.ui.passphrase_fields import NewPassphraseFields, secret_field
from logbook.ui.tasks import TaskRunner
from logbook.vault.lifecycle import Secret, change_passphrase


class ChangePassphraseDialog(QDialog):
    def __init__(self, path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self._runner = path, runner
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = secret_field()
        self.use_recovery = QCheckBox(self.tr("I forgot it: use the recovery co&de"))
        self.new = NewPassphraseFields()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        caption = QLabel(self.tr("&Current passphrase"))
        caption.setBuddy(self.current)
        form.addRow(caption, self.current)
        form.addRow("", self.use_recovery)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.new, self.error, self.busy, self.buttons):
            layout.addWidget(widget)
        self.new.changed.connect(self._update)
        self._update(False)

    def _update(self, acceptable: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(acceptable)

    def change(self) -> None:
        if not self.new.acceptable() or self._runner.busy:
            return
        kind = "recovery" if self.use_recovery.isChecked() else "passphrase"
        secret, new, path = Secret(self.current.text(), kind), self.new.value(), self.path
        self.current.clear()
        self.error.clear()
        self.busy.show()
        self._runner.run(
            lambda: change_passphrase(path, secret, new), self._done, self._failed, self
        )

    def _done(self, _: object) -> None:
        self.busy.hide()
        self.new.clear()
        dialogs.info(self, self.tr("Change passphrase"), self.tr("The passphrase was changed."))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.error.setText(error_text(error))
