"""A progress bar with Cancel for a long operation, shown once it has taken a second.

Window-modal over the window that started the operation (the user waits for the file to be
taken in, not for the app), carrying that window's panic actions: Ctrl+L and quick erase
work while it is up, as over every other dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from logbook.ui.operations import Job, Operations

_SHOW_AFTER_MS = 1000
_STEPS = 1000


class ProgressView(QProgressDialog):
    def __init__(self, ops: Operations, job: Job, text: str, parent: QWidget) -> None:
        super().__init__(text, "", 0, 0, parent)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowTitle(self.tr("Working…"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(_SHOW_AFTER_MS * 1000)  # shown by our timer, not by Qt's
        self.addActions(parent.window().actions())
        self.ops, self.job = ops, job
        self.canceled.connect(lambda: ops.cancel(job))
        ops.progressed.connect(self._progressed)
        ops.finished.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.show)
        self._timer.start(_SHOW_AFTER_MS)
        self.hide()

    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job is not self.job:
            return
        if total > 0:
            self.setMaximum(_STEPS)
            self.setValue(min(done * _STEPS // total, _STEPS))

    def _finished(self, job: Job) -> None:
        if job is not self.job:
            return
        self._timer.stop()
        self.ops.progressed.disconnect(self._progressed)
        self.ops.finished.disconnect(self._finished)
        self.hide()
        self.deleteLater()


def follow(ops: Operations, job: Job, text: str, parent: QWidget) -> ProgressView:
    """Show ``job``'s progress over ``parent`` if it runs for more than a second."""
    return ProgressView(ops, job, text, parent)
