"""The task runner: work off the GUI thread, results and errors back on it."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from logbook.ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_reports_on_it(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["value"], seen["callback"] = value, threading.current_thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, done, lambda exc: None)
        assert runner.busy
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_errors_reach_the_failure_callback(qtbot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def work() -> None:
        raise OSError("disk")

    runner.run(work, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], OSError)
    assert not runner.busy


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot) -> None:
    runner = TaskRunner()
    owner = QWidget()
    gate = threading.Event()
    called: list[object] = []
    runner.run(gate.wait, called.append, called.append, owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == []
