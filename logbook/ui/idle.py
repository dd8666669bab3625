"""Auto-lock after a period without keyboard or mouse input.

Time comes from an injected :class:`~logbook.core.clock.Clock`, so tests move the clock and
call :meth:`IdleWatcher.check` instead of waiting; in the app a timer calls it every few
seconds.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from logbook.core.clock import Clock
from logbook.ui.signals import emit

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
CHECK_INTERVAL_MS = 5_000


class IdleWatcher(QObject):
    """Emits :attr:`idle` once when no input arrived for ``minutes``; rearms on input."""

    idle = Signal()

    def __init__(self, app: QApplication, clock: Clock, minutes: int) -> None:
        super().__init__(app)
        self._clock = clock
        self._limit = timedelta(minutes=minutes)
        self._last = clock()
        self._fired = False
        app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self._limit = timedelta(minutes=minutes)

    def touch(self) -> None:
        """Count now as activity (also after unlocking)."""
        self._last = self._clock()
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.touch()
        return False

    def check(self) -> None:
        if not self._fired and self._clock() - self._last >= self._limit:
            self._fired = True
            emit(self.idle)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        assert app is not None  # the watcher lives as long as the app
        app.removeEventFilter(self)
