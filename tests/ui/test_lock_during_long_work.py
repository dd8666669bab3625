"""Ctrl+L while the vault's worker is busy: the windows go at once, the work is cancelled
and undone, what was committed stays.

The evidence file is a FIFO fed by the test, so the intake is really under way on the
worker (blocked reading, between two chunks) when the key is pressed: a lock that waited
for the worker would not return until the feeder lets it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton

from logbook.ui import dialogs
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.main_window import MainWindow
from logbook.ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import assert_vault_closed, book_of, drain, unlock
from tests.ui.driving import active_editor, add_case

CASE = "Задержание на митинге"
CHUNK = 64 * 1024


class Feeder:
    """Writes to the FIFO in steps the test allows, like a slow disk."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.go_on = threading.Event()
        self.first_written = threading.Event()
        self.thread = threading.Thread(target=self._feed, daemon=True)
        self.thread.start()

    def _feed(self) -> None:
        with open(self.path, "wb") as fifo:  # blocks until the worker opens it
            # One chunk: the worker takes it, then blocks reading the next before it
            # reports progress (where a cancel is seen): it cannot end before go_on.
            fifo.write(os.urandom(CHUNK))
            fifo.flush()
            self.first_written.set()
            self.go_on.wait(30)
            try:
                for _ in range(16):
                    fifo.write(os.urandom(CHUNK))
            except BrokenPipeError:
                pass  # the worker stopped reading: cancelled


def shown_progress(editor: EvidenceEditor) -> list[QProgressDialog]:
    return [w for w in editor.findChildren(QProgressDialog) if w.isVisible()]


def case_windows() -> list[str]:
    """The visible windows that could show case data."""
    kinds = (MainWindow, RecordEditor, QProgressDialog)
    return [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, kinds)
    ]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "video.mp4"
    os.mkfifo(path)
    return path


def start_intake(window: MainWindow, fifo: Path) -> tuple[EvidenceEditor, Feeder]:
    add_case(window, CASE)
    window.tabs.setCurrentWidget(window.evidence)
    dialogs.answer_next(str(fifo))
    window.new_evidence()
    editor = active_editor(EvidenceEditor)
    feeder = Feeder(fifo)
    # Save, without waiting for the worker as the test helpers do: it is to stay busy.
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert feeder.first_written.wait(10), "the worker never opened the file"
    return editor, feeder


def test_ctrl_l_clears_the_screen_while_a_file_is_taken_in(
    qtbot, controller, window, fifo: Path
) -> None:
    editor, feeder = start_intake(window, fifo)
    assert controller.ops.busy and case_windows()

    QTest.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()

    # At once, with the intake still blocked on the worker: nothing of the case shows.
    assert controller.ops.busy, "the worker finished first: this test proves nothing"
    assert case_windows() == []
    assert isinstance(controller.gate, UnlockDialog) and controller.gate.isVisible()
    assert controller.state == "locked"

    feeder.go_on.set()  # the next chunk: the intake sees the cancel and undoes itself
    assert_vault_closed(controller)
    feeder.thread.join(10)

    unlock(qtbot, controller)
    book = book_of(controller.window)
    [case] = book.cases()
    assert case.title == CASE  # committed before: kept
    assert book.evidence(case.id) == []  # cancelled: nothing stored
    assert list((controller.vault_path / "blobs").glob("*")) == []  # no partial blob


def test_a_long_intake_shows_progress_and_can_be_cancelled(
    qtbot, controller, window, fifo: Path
) -> None:
    editor, feeder = start_intake(window, fifo)
    # Shown once the intake has taken a second, over the editor.
    qtbot.waitUntil(lambda: bool(shown_progress(editor)), timeout=5000)
    [progress] = shown_progress(editor)
    QTest.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    feeder.go_on.set()
    drain()
    feeder.thread.join(10)

    assert editor.isVisible()  # still there to try again or cancel
    assert editor.saving is None and editor.buttons.isEnabled()
    assert [kind for kind, _ in dialogs.shown] == ["open"]  # cancelling is not an error
    [case] = book_of(window).cases()
    assert book_of(window).evidence(case.id) == []
    assert list((controller.vault_path / "blobs").glob("*")) == []
