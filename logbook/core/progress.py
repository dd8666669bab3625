"""How long work reports how far it got, and how it learns it is to stop.

A long operation (taking in an evidence file, importing, searching a large vault) is given
a :data:`Progress`: it calls it now and then with how much is done and the total (0 when
unknown). The caller's progress may raise :class:`~logbook.core.errors.Cancelled` to stop
the work; the work then undoes what it began, as for any other exception.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """For callers who neither show progress nor cancel."""
