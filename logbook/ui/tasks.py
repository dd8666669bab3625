"""One small helper for work that must not block the GUI thread (key derivation, calibration).

Threading rules: the function given to :meth:`TaskRunner.run` runs on a pool thread and must
not touch widgets, models or the open vault session (its connection belongs to the GUI
thread). Its result or exception is delivered to the callbacks on the GUI thread, through a
queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from logbook.ui.signals import emit


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            emit(self._relay.failed, exc)
        else:
            emit(self._relay.done, result)


class TaskRunner(QObject):
    """Runs one function at a time off the GUI thread and reports back by signals.

    ``pool``: by default the runner has its own one-thread pool, which its destruction
    waits for. A runner that may be destroyed while its work goes on (the export dialog,
    when the vault locks during rendering) passes ``QThreadPool.globalInstance()``: the
    work then finishes on its own and its callbacks are skipped.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._running: dict[int, tuple[_Job, _Relay]] = {}

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        owner: QObject | None = None,
    ) -> None:
        """``owner``: the widget the callbacks belong to; if it is gone when the work
        ends (the vault locked meanwhile), the callbacks are skipped."""
        relay = _Relay()  # lives on the GUI thread, so its slots run there
        job = _Job(fn, relay)
        key = id(job)
        relay.done.connect(lambda result: self._finish(key, on_done, result, owner))
        relay.failed.connect(lambda exc: self._finish(key, on_failed, exc, owner))
        self._running[key] = (job, relay)
        emit(self.busy_changed, True)
        self._pool.start(job)

    def _finish(
        self, key: int, callback: Callable[[Any], None], value: Any, owner: QObject | None
    ) -> None:
        if not shiboken6.isValid(self):
            return  # destroyed while the work went on: nobody is left to report to
        self._running.pop(key, None)
        if not self._running:
            emit(self.busy_changed, False)
        if owner is None or shiboken6.isValid(owner):
            callback(value)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self) -> None:
        """Block until the pool is idle (tests and shutdown); callbacks still need events."""
        self._pool.waitForDone()
