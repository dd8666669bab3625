"""The Export dialog's progress row: a bar and Stop, shown once a run takes a second.

A run renders and checks on the task runner's thread; it reports each page to
:meth:`RunProgress.reporter`'s function, which raises :class:`Cancelled` once the user
pressed Stop or a newer run replaced this one, so a stopped run ends at its next page.

Threading: the reporter is called on the run's thread; the page count reaches the bar
through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from logbook.core.errors import Cancelled
from logbook.ui.signals import emit

_SHOW_AFTER_MS = 1000


class _Relay(QObject):
    page = Signal(int)


class RunProgress(QWidget):
    """Hidden until a run has taken a second; Stop ends the run under way."""

    stopped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # the page count is not known before the end
        self.bar.setTextVisible(False)
        self.pages = QLabel()
        self.stop_button = QPushButton(self.tr("St&op"))
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.pages)
        row.addWidget(self.stop_button)
        self._relay = _Relay()
        self._relay.page.connect(self._page)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self._stop = threading.Event()
        self.hide()

    def reporter(self) -> Callable[[int, int], None]:
        """A new run begins: the previous one is told to stop; the function returned is
        the new run's progress (call it from the run's thread)."""
        self._stop.set()
        stop = self._stop = threading.Event()
        relay = self._relay
        self.pages.clear()
        self._timer.start()

        def progress(done: int, total: int) -> None:
            if stop.is_set():
                raise Cancelled()
            if done:
                try:
                    emit(relay.page, done)
                except RuntimeError:  # the dialog is gone (locked, closed): nobody waits
                    raise Cancelled() from None

        return progress

    def supersede(self) -> None:
        """A newer run is coming: the one under way stops at its next page (at once, not
        when the newer one starts: reading the case meanwhile needs the processor)."""
        self._stop.set()

    def finish(self) -> None:
        """The run ended (done, failed or stopped)."""
        self._timer.stop()
        self.hide()

    def stop(self) -> None:
        self._stop.set()
        self.finish()
        emit(self.stopped)

    def _page(self, done: int) -> None:
        self.pages.setText(self.tr("page %1").replace("%1", str(done)))
