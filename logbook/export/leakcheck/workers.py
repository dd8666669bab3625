"""Worker processes for the leak check, so that checking does not double an export.

Reading a PDF with pypdf is pure Python and takes as long as rendering it; searching every
string of the document takes a second at 500 incidents. In the exporting process that
doubles an export. So the check hands this work to worker processes: the document model
is searched while the PDF is rendered, and pypdf reads the PDF's pages in parts, while
PDFium (which leaves Python's lock) reads it in the exporting process.

Rules:

- Workers are *spawned*, never forked (the app runs Qt threads), one per core up to two,
  on first use, and kept for the next export (the Export dialog exports again after every
  change).
- Case content reaches them only through pipes, never a file; they write nothing and hold
  the last export's protected terms in memory until :func:`shutdown`, which the app calls
  when it locks, erases or quits. A worker whose parent dies (killed, crashed) ends itself.
- If workers cannot start, or die (killed, out of memory), the same work runs in the
  calling process: slower, never unchecked (:class:`Pending`). So does the rest of a
  check that was under way when the workers were stopped: it starts no new ones (a
  check keeps the :func:`generation` it started in).
- ``LOGBOOK_CHECK_WORKERS=0`` turns them off (the work runs in the calling process).
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_MOST = 2  # the heavy work splits in two: the document beside the rendering, pypdf in two
_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_generation = 0  # how many times the workers were stopped
_preload: tuple[str, ...] = ()  # modules a new worker imports first (see start())


def generation() -> int:
    """Changes each time the workers are stopped: work asked for with an older one runs
    in the calling process."""
    return _generation


def count() -> int:
    """How many workers the check uses here (0: none, the work runs in this process)."""
    setting = os.environ.get("LOGBOOK_CHECK_WORKERS", "").strip()
    if setting.isdigit():
        return min(int(setting), _MOST)
    return min(os.cpu_count() or 1, _MOST) if (os.cpu_count() or 1) > 1 else 0


def _get_pool(since: int | None = None) -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if since is not None and since != _generation:
            return None
        if _pool is None and count():
            try:
                _pool = ProcessPoolExecutor(
                    count(),
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_watch_parent,
                )
                # Start them all now, importing what they need, so that no worker starts
                # while an export waits for it.
                for _ in range(count()):
                    _pool.submit(_warm, _preload)
            except (OSError, ValueError, RuntimeError):
                _pool = None
        return _pool


def _watch_parent() -> None:
    """In a new worker: end it as soon as the process that started it is gone (killed,
    crashed), so that no worker outlives the app holding case text in its memory."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait_then_exit() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=wait_then_exit, name="watch-parent", daemon=True).start()


def _warm(modules: tuple[str, ...]) -> None:
    """A new worker: import what its work will need, before it is asked to."""
    for name in modules:
        importlib.import_module(name)


def start(preload: tuple[str, ...] = ()) -> None:
    """Start the workers now (before an export needs them), where workers are used; a
    new worker imports the modules named in ``preload`` first (the caller's own, say:
    this module imports none of its callers)."""
    global _preload
    _preload = tuple(dict.fromkeys((*_preload, *preload)))
    _get_pool()


class Pending(Generic[T]):
    """Work running in a worker (or already done here); :meth:`result` waits for it. If
    the worker died, the work is done again in this process."""

    def __init__(self, function: Callable[..., T], *args: Any, since: int | None = None) -> None:
        self._function, self._args = function, args
        self._future: Future[T] | None = None
        pool = _get_pool(since)
        if pool is not None:
            try:
                self._future = pool.submit(function, *args)
            except (BrokenProcessPool, RuntimeError):
                shutdown()

    def result(self) -> T:
        if self._future is not None:
            try:
                return self._future.result()
            except BrokenProcessPool:
                shutdown()  # a new pool starts on next use
        return self._function(*self._args)


def shutdown() -> None:
    """Stop the workers now, dropping any work they hold (lock, erase, quit). Safe to call
    at any time; the next check starts new ones."""
    global _pool, _generation
    with _lock:
        pool, _pool = _pool, None
        _generation += 1
    if pool is None:
        return
    # The executor's own table of its processes: its manager thread may still add to it
    # (it replaces a worker it sees die), so it is read again after that thread ends.
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    _end(list(processes.values()))
    if manager is not None:
        manager.join(timeout=10)
    _end(list(processes.values()))


def _end(processes: list[Any]) -> None:
    """Terminate ``processes`` and wait for them (a worker in the middle of a render would
    otherwise finish it first); kill what does not end (a loaded machine)."""
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()


atexit.register(shutdown)
