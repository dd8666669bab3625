"""The one way the desktop app reads and changes the vault: operations on one worker thread.

In the style of Anki's ``aqt.operations``: the UI never touches the vault session. It hands
a function of the case book to :meth:`Operations.run`; the function runs on the single
worker thread that opened the vault's connection (SQLite lets no other thread use it), and
its result or error comes back to the GUI thread by a queued signal. The GUI thread thus
never waits for the vault, and Ctrl+L, the idle lock and quick erase always fire at once.

Threading rules:

- ``fn`` runs on the worker. It must not touch widgets or models; it gets the
  :class:`CaseBook` (and, for a long operation, a :data:`~logbook.core.progress.Progress`
  to report to, which raises :class:`Cancelled` once the operation is cancelled).
- ``on_done`` and ``on_failed`` run on the GUI thread, and only if ``owner`` (a widget)
  still exists and the vault was not closed in between: results of work begun before a
  lock go nowhere.
- Every result that is an :class:`Outcome` goes out on :attr:`Operations.changed`: the
  main window, the editors and the Export dialog refresh from it.
- Errors an operation does not handle itself are shown in one place, :meth:`show_error`.
- :meth:`close` never waits: it cancels the running operation (a long one stops at its
  next progress report and undoes what it began; a read is interrupted; a save, which
  takes milliseconds, finishes and stays committed), drops the queued ones and queues the
  closing of the session behind them.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from logbook.core.errors import Cancelled
from logbook.services.case_book import CaseBook
from logbook.services.changes import Outcome
from logbook.ui import dialogs
from logbook.ui.messages import error_text
from logbook.ui.signals import emit
from logbook.vault.database import user_error
from logbook.vault.session import VaultSession

T = TypeVar("T")
_REPORT_EVERY = 0.05  # seconds between two progress signals: the GUI needs no more
_SHUTDOWN_WAIT = 10.0  # seconds quitting waits for the worker to close the vault


@dataclass(eq=False)
class Job:
    """One operation. ``long``: ``fn`` takes (book, progress) and may be cancelled there;
    ``interruptible``: a read that a cancel interrupts in the database."""

    fn: Callable[..., Any]
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[BaseException], None] | None
    owner: QObject | None
    epoch: int
    long: bool = False
    interruptible: bool = False
    key: str | None = None
    needs_vault: bool = True
    survives_close: bool = False  # a write that closing runs first instead of dropping
    cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled.set()


class _Relay(QObject):
    """Emitted on the worker, received on the GUI thread (this object lives there)."""

    done = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, int, int)


class Operations(QObject):
    """Owns the worker thread and, on it, the open vault session; see the module docs."""

    changed = Signal(object)  # the Outcome of every change made through here
    progressed = Signal(object, int, int)  # job, done, total (total 0: unknown)
    finished = Signal(object)  # a job ended (done, failed, cancelled or dropped)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._guard = threading.Lock()
        self._book: CaseBook | None = None  # the worker's: set and used there only
        self._current: Job | None = None  # under _guard
        self._epoch = 0  # GUI thread: raised by close()
        self._pending: list[Job] = []  # GUI thread: queued or running, not yet reported
        self._relay = _Relay()
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)
        self._thread = threading.Thread(target=self._work, name="logbook-vault", daemon=True)
        self._thread.start()

    # Submitting (GUI thread) ---------------------------------------------------------------

    def run(
        self,
        fn: Callable[[CaseBook], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_failed: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        key: str | None = None,
        interruptible: bool = False,
        survives_close: bool = False,
    ) -> Job:
        """Run ``fn(book)`` on the worker. ``key``: a newer operation with the same key
        cancels this one (search as you type). ``interruptible``: a read that cancelling
        may interrupt in the database. ``survives_close``: a short write that a
        :meth:`close` queued after it does not cancel (the drafts kept at lock): it runs,
        then the vault closes; its answer goes nowhere."""
        job = Job(fn, on_done, on_failed, owner, self._epoch, False, interruptible, key)
        job.survives_close = survives_close
        return self._submit(job)

    def run_long(
        self,
        fn: Callable[[CaseBook, Callable[[int, int], None]], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_failed: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """Run ``fn(book, progress)``: it reports to ``progress(done, total)``, which goes
        out on :attr:`progressed` and raises :class:`Cancelled` once the job is cancelled."""
        return self._submit(Job(fn, on_done, on_failed, owner, self._epoch, long=True))

    def open(
        self,
        opener: Callable[[], VaultSession],
        on_done: Callable[[list[str]], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """Open the vault on the worker (``opener`` runs there); ``on_done`` gets the
        session's warnings (things the user must be told on opening)."""

        def opening(_: None) -> list[str]:
            session = opener()
            self._book = CaseBook(session)
            return list(session.warnings)

        return self._submit(Job(opening, on_done, on_failed, None, self._epoch, needs_vault=False))

    def close(self, then: Callable[[Any], None] | None = None) -> None:
        """Stop everything under way and close the session on the worker, without
        waiting. ``then`` runs on the GUI thread once the session is closed."""
        self._epoch += 1
        for job in self._pending:
            if not job.survives_close:
                job.cancel()
        self._interrupt_running()
        self._submit(Job(self._closing, then, None, None, self._epoch, needs_vault=False))

    def cancel(self, job: Job) -> None:
        """Cancel one operation: dropped if it has not started; see :meth:`close`."""
        job.cancel()
        if job.interruptible:
            self._interrupt_running(job)

    @property
    def busy(self) -> bool:
        """Operations are queued or running (their results not yet delivered)."""
        return bool(self._pending)

    @property
    def holds_session(self) -> bool:
        """Whether the worker holds an open session now (a glance for tests: the worker
        may be opening or closing it meanwhile)."""
        return self._book is not None

    def call(self, fn: Callable[[CaseBook], T], timeout: float = 60.0) -> T:
        """Run ``fn`` on the worker and wait for its result. Blocks the GUI thread: for
        tests and for reading after the windows are gone, never for the UI itself."""
        box: dict[str, Any] = {}
        finished = threading.Event()

        def wrapped(book: CaseBook) -> None:
            try:
                box["result"] = fn(book)
            except BaseException as exc:
                box["error"] = exc
            finally:
                finished.set()

        self._submit(Job(wrapped, None, None, None, self._epoch))
        if not finished.wait(timeout):
            raise TimeoutError("the vault's worker did not answer")
        if "error" in box:
            raise box["error"]
        result: T = box["result"]
        return result

    def shutdown(self) -> None:
        """Close the session and end the worker (quitting, erasing). Waits, bounded: the
        windows are gone by now; a long operation stops at its next progress report.
        Once ended, the worker stays ended (a second call returns at once)."""
        if not self._thread.is_alive():
            return
        closed = threading.Event()
        self.close()
        done = Job(lambda _: closed.set(), None, None, None, self._epoch, needs_vault=False)
        self._queue.put(done)
        self._queue.put(None)
        closed.wait(_SHUTDOWN_WAIT)
        self._thread.join(_SHUTDOWN_WAIT)

    def show_error(self, exc: BaseException, parent: QWidget | None, title: str = "") -> None:
        """The one place an operation's error reaches the user."""
        if isinstance(exc, Cancelled):
            return  # the user's own doing: nothing to tell
        dialogs.error(parent, title or self.tr("Logbook"), error_text(exc))

    # Internals -----------------------------------------------------------------------------

    def _submit(self, job: Job) -> Job:
        if job.key is not None:
            for older in self._pending:
                if older.key == job.key:
                    self.cancel(older)
        self._pending.append(job)
        self._queue.put(job)
        return job

    def _interrupt_running(self, only: Job | None = None) -> None:
        """Interrupt the database work of the running job if it is an interruptible read.
        Under the guard, so the worker cannot have moved on to another job meanwhile; an
        interrupt with no statement running has no effect (SQLite clears it)."""
        with self._guard:
            job, book = self._current, self._book
            if job is None or book is None or not job.interruptible:
                return
            if only is not None and job is not only:
                return
            job.cancel()
            book.session.conn.interrupt()

    def _closing(self, _: None) -> None:
        book, self._book = self._book, None
        if book is not None:
            book.session.close()

    # The worker ----------------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            with self._guard:
                self._current = job
            try:
                result = self._call(job)
            except BaseException as exc:
                # A cancelled job fails however it stopped (an interrupted query, say).
                emit(
                    self._relay.failed,
                    job,
                    Cancelled() if job.cancelled.is_set() else self._told(exc),
                )
            else:
                emit(self._relay.done, job, result)
            finally:
                with self._guard:
                    self._current = None

    def _call(self, job: Job) -> Any:
        if job.cancelled.is_set():
            raise Cancelled()
        if not job.needs_vault:
            return job.fn(None)
        if self._book is None:
            raise Cancelled()  # the vault was closed before this could run
        if job.long:
            return job.fn(self._book, self._progress_of(job))
        return job.fn(self._book)

    def _told(self, exc: BaseException) -> BaseException:
        """What to tell of ``exc``: a database failure met outside a transaction (a
        damaged page while reading, no space left) as the error that says so."""
        book = self._book
        if book is None:
            return exc
        return user_error(exc, book.session.directory) or exc

    def _progress_of(self, job: Job) -> Callable[[int, int], None]:
        last = [0.0]

        def progress(done: int, total: int) -> None:
            if job.cancelled.is_set():
                raise Cancelled()
            now = time.monotonic()
            if now - last[0] >= _REPORT_EVERY:
                last[0] = now
                emit(self._relay.progressed, job, done, total)

        return progress

    # Back on the GUI thread ----------------------------------------------------------------

    def _finish(self, job: Job) -> bool:
        """Forget ``job``; whether its callbacks may run."""
        if job in self._pending:
            self._pending.remove(job)
            emit(self.finished, job)
        if job.epoch != self._epoch:
            return False
        return job.owner is None or shiboken6.isValid(job.owner)

    def _done(self, job: Job, result: Any) -> None:
        if not self._finish(job):
            return
        if job.key is not None and job.cancelled.is_set():
            return  # superseded by a newer one: its result is stale
        if job.on_done is not None:
            job.on_done(result)
        if isinstance(result, Outcome) and result.changes:
            emit(self.changed, result)

    def _failed(self, job: Job, exc: BaseException) -> None:
        if not self._finish(job):
            return
        if job.on_failed is not None:
            job.on_failed(exc)
        else:
            parent = job.owner if isinstance(job.owner, QWidget) else None
            self.show_error(exc, parent)

    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job in self._pending and job.epoch == self._epoch:
            emit(self.progressed, job, done, total)
