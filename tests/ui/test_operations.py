"""The operations layer on its own: one worker owns the session; answers come back on the
GUI thread, stale ones go nowhere, errors have one place to go."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from logbook.core.errors import Cancelled, NotFound
from logbook.core.model import Case
from logbook.ui import dialogs
from logbook.ui.operations import Operations
from logbook.vault.lifecycle import Secret, open_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import drain


@pytest.fixture
def ops(qapp, made_vault: tuple[Path, str]) -> Iterator[Operations]:
    path, _ = made_vault
    made = Operations(qapp)  # the app's child, as drain() finds them
    opened: list[list[str]] = []
    made.open(lambda: open_vault(path, Secret(PASSPHRASE)), opened.append, pytest.fail)
    drain()
    assert opened == [[]] and made.holds_session
    yield made
    made.shutdown()
    made.setParent(None)
    made.deleteLater()


def test_the_function_runs_on_the_worker_and_the_answer_on_the_gui_thread(ops) -> None:
    gui = threading.current_thread()
    ran_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []

    def read(book):
        ran_on.append(threading.current_thread())
        return book.cases()

    ops.run(read, lambda cases: answered_on.append(threading.current_thread()))
    drain()
    assert ran_on and ran_on[0] is not gui
    assert answered_on == [gui]


def test_a_change_goes_out_on_changed(ops) -> None:
    heard = []
    ops.changed.connect(heard.append)
    ops.run(lambda book: book.save(Case(title="Raid")))
    drain()
    [outcome] = heard
    assert [(c.action, c.entity) for c in outcome.changes] == [("created", "case")]


def test_an_error_nobody_handles_is_shown_once(ops) -> None:
    dialogs.answer_next(None)
    ops.run(lambda book: book.get(Case, 999))
    drain()
    assert [kind for kind, _ in dialogs.shown] == ["error"]


def test_a_handled_error_is_not_shown(ops) -> None:
    failed: list[BaseException] = []
    ops.run(lambda book: book.get(Case, 999), on_failed=failed.append)
    drain()
    assert isinstance(failed[0], NotFound) and dialogs.shown == []


def test_a_newer_operation_with_the_same_key_supersedes_the_older(ops) -> None:
    gate = threading.Event()
    answers: list[str] = []
    ops.run(lambda book: gate.wait(10))  # holds the worker while both are queued
    ops.run(lambda book: "old", answers.append, key="search")
    ops.run(lambda book: "new", answers.append, key="search")
    gate.set()
    drain()
    assert answers == ["new"]


def test_answers_of_work_begun_before_closing_go_nowhere(ops) -> None:
    """Locking: what was under way must not reach a window built after unlocking."""
    gate, started = threading.Event(), threading.Event()
    answers: list[object] = []

    def slow_read(book):
        started.set()
        gate.wait(10)
        return "stale"

    ops.run(slow_read, answers.append)
    assert started.wait(10)  # under way when the vault closes
    ops.close()
    gate.set()
    drain()
    assert answers == []
    assert not ops.holds_session


def test_closing_drops_what_is_queued_but_a_write_that_survives_it(ops) -> None:
    """Locking while the worker is busy: the drafts kept at lock are written first, then
    the vault closes; any other queued work is dropped."""
    gate, started = threading.Event(), threading.Event()
    ran: list[str] = []

    def busy(book):
        started.set()
        gate.wait(10)

    ops.run(busy)
    assert started.wait(10)
    ops.run(lambda book: ran.append("dropped"))
    ops.run(lambda book: ran.append("kept"), survives_close=True)
    ops.close()
    gate.set()
    drain()
    assert ran == ["kept"]
    assert not ops.holds_session


def test_a_long_operation_stops_at_its_next_report_when_cancelled(ops) -> None:
    reports: list[int] = []
    failed: list[BaseException] = []
    started = threading.Event()

    def long(book, progress):
        for step in range(1000):
            progress(step, 1000)
            reports.append(step)
            started.set()
            threading.Event().wait(0.001)
        return "finished"

    done: list[str] = []
    job = ops.run_long(long, done.append, on_failed=failed.append)
    assert started.wait(10)
    ops.cancel(job)
    drain()
    assert done == [] and isinstance(failed[0], Cancelled)
    assert len(reports) < 1000


def test_call_waits_for_the_answer_and_raises_the_error(ops) -> None:
    assert ops.call(lambda book: book.cases()) == []
    with pytest.raises(NotFound):
        ops.call(lambda book: book.get(Case, 999))
