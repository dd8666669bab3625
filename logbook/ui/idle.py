"""Auto-lock after a period without keyboard or mouse input, after a warning.

For the last :data:`WARNING_SECONDS` (half the period if that is shorter) the watcher
counts down on :attr:`IdleWatcher.warning` once a second; any input ends the warning
(:attr:`IdleWatcher.warning_over`) and starts the period again.

Time comes from an injected :class:`~logbook.core.clock.Clock`, so tests move the clock and
call :meth:`IdleWatcher.check` instead of waiting; in the app a timer calls it every few
seconds.
"""

from __future__ import annotations

import math
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
COUNTDOWN_INTERVAL_MS = 1_000
WARNING_SECONDS = 30


class IdleWatcher(QObject):
    """Emits :attr:`idle` once when no input arrived for ``minutes``; rearms on input.
    Before that, :attr:`warning` with the seconds left, every second."""

    idle = Signal()
    warning = Signal(int)  # seconds left before the idle lock
    warning_over = Signal()  # input came (or the lock fired): the warning goes

    def __init__(self, app: QApplication, clock: Clock, minutes: int) -> None:
        super().__init__(app)
        self._clock = clock
        self._limit = timedelta(minutes=minutes)
        self._last = clock()
        self._fired = False
        self._warning = False
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
        if self._warning:
            self._end_warning()

    def _end_warning(self) -> None:
        self._warning = False
        self._timer.setInterval(CHECK_INTERVAL_MS)
        emit(self.warning_over)

    @property
    def warning_span(self) -> timedelta:
        """How long before the lock the countdown starts."""
        return min(timedelta(seconds=WARNING_SECONDS), self._limit / 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.touch()
        return False

    def check(self) -> None:
        if self._fired:
            return
        left = self._limit - (self._clock() - self._last)
        if left <= timedelta(0):
            self._fired = True
            if self._warning:
                self._end_warning()
            emit(self.idle)
            return
        if left <= self.warning_span:
            self._warning = True
            emit(self.warning, math.ceil(left.total_seconds()))
        # Checks come every second from shortly before the countdown starts.
        near = left <= self.warning_span + timedelta(milliseconds=CHECK_INTERVAL_MS)
        interval = COUNTDOWN_INTERVAL_MS if near else CHECK_INTERVAL_MS
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        assert app is not None  # the watcher lives as long as the app
        app.removeEventFilter(self)
