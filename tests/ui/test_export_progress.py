"""A long export run shows a progress bar after a second and stops at the next page when
the user presses Stop; a run replaced by a newer one stops the same way."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from logbook.core.errors import Cancelled
from logbook.services.case_import import import_case
from logbook.ui.exporting.export_dialog import ExportDialog
from logbook.ui.exporting.run_progress import RunProgress
from logbook.ui.main_window import MainWindow
from tests.conftest import EXAMPLE_CASE
from tests.ui.conftest import book_of
from tests.ui.driving import CTRL, click, press

COPIES = 500  # of the example's incident: rendering alone takes seconds (about 230 pages)


def long_case() -> dict[str, Any]:
    doc = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    [first] = doc["incidents"]
    doc["incidents"] = []
    for number in range(COPIES):
        incident = copy.deepcopy(first)
        incident["id"] = f"i-{number}"
        for part in ("injuries", "statements", "remedies"):
            for item in incident[part]:
                item["id"] = f"{item['id']}-{number}"
        doc["incidents"].append(incident)
    return doc


@pytest.fixture
def stops(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages at which a run's progress raised Cancelled (the run stopped there)."""
    seen: list[int] = []
    reporter = RunProgress.reporter

    def spying(self: RunProgress):
        progress = reporter(self)

        def wrapped(done: int, total: int) -> None:
            try:
                progress(done, total)
            except Cancelled:
                seen.append(done)
                raise

        return wrapped

    monkeypatch.setattr(RunProgress, "reporter", spying)
    return seen


def test_stop_ends_a_long_run_at_its_next_page(qtbot, window: MainWindow, stops) -> None:
    book_of(window).run(lambda b: import_case(b, json.dumps(long_case(), ensure_ascii=False)))
    window.reload_cases()
    press(window, Qt.Key.Key_E, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExportDialog)

    # After a second of rendering the bar shows, with the pages done so far.
    qtbot.waitUntil(
        lambda: dialog.progress.isVisible() and bool(dialog.progress.pages.text()), timeout=20_000
    )
    click(dialog.progress.stop_button)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=30_000)

    assert stops, "the run went on to the end: Stop did not reach it"
    assert not dialog.progress.isVisible()
    assert not dialog.save_button.isEnabled()
    assert "Stopped" in dialog.status.text()


def test_a_newer_run_stops_the_one_it_replaces(qtbot, window: MainWindow, stops) -> None:
    book_of(window).run(lambda b: import_case(b, json.dumps(long_case(), ensure_ascii=False)))
    window.reload_cases()
    press(window, Qt.Key.Key_E, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: bool(dialog.progress.pages.text()), timeout=20_000)

    # Another profile, prepared at once (as the dialog does once changes pause): the new
    # run replaces this one while it still renders.
    dialog.profile.setCurrentIndex(1)
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)

    assert stops, "the replaced run went on to the end"
    assert dialog.save_button.isEnabled(), dialog.status.text()  # the new run verified
