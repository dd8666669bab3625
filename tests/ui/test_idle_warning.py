"""The idle lock's warning (issue 13, point 2): for the last 30 seconds a countdown stands
over the main window and the open editor; any input ends it and starts the idle time
again; when it runs out the vault locks (keeping the editor's input as a draft). Ctrl+L
locks at once whatever the countdown shows.

Only the clock is moved by hand; :meth:`IdleWatcher.check` is what the app's timer calls.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from logbook.services.case_book import CaseBook
from logbook.services.drafts import drafts
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.idle import COUNTDOWN_INTERVAL_MS, WARNING_SECONDS
from logbook.ui.main_window import MainWindow
from logbook.vault.lifecycle import Secret, open_vault
from tests.conftest import PASSPHRASE
from tests.ui.driving import CTRL, CTRL_SHIFT, active_editor, fill, press, settle


def banner_texts(controller) -> list[str]:
    return [banner.text() for banner in controller.idle_warning.banners()]


def banner_hosts(controller) -> set[object]:
    return {banner.window() for banner in controller.idle_warning.banners()}


def test_the_countdown_shows_over_the_window_and_the_editor(
    qtbot, controller, window: MainWindow, clock
) -> None:
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    editor = active_editor(CaseEditor)
    assert WARNING_SECONDS == 30
    clock.now += timedelta(minutes=4, seconds=29)
    controller.idle.check()
    assert banner_texts(controller) == []

    clock.now += timedelta(seconds=1)  # 30 s left
    controller.idle.check()
    assert banner_hosts(controller) == {window, editor}
    assert all(text.startswith("Locking in 30 s") for text in banner_texts(controller))
    assert controller.idle._timer.interval() == COUNTDOWN_INTERVAL_MS  # ticks every second

    clock.now += timedelta(seconds=12)
    controller.idle.check()
    assert all(text.startswith("Locking in 18 s") for text in banner_texts(controller))
    assert controller.state == "open"


def test_any_input_cancels_the_countdown(qtbot, controller, window: MainWindow, clock) -> None:
    clock.now += timedelta(minutes=4, seconds=50)
    controller.idle.check()
    assert banner_texts(controller)
    QTest.keyClick(window, Qt.Key.Key_Shift)  # a key, any key
    QApplication.processEvents()
    assert banner_texts(controller) == []

    clock.now += timedelta(seconds=30)  # past the lock's time, had nobody touched a key
    controller.idle.check()
    assert controller.state == "open" and banner_texts(controller) == []
    clock.now += timedelta(minutes=4, seconds=1)  # 4 min 31 s since the key
    controller.idle.check()
    assert banner_texts(controller)  # the countdown starts again: 29 s left
    QTest.mouseMove(window.search_box)
    QTest.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert banner_texts(controller) == []


def test_the_countdown_ends_in_the_lock_and_keeps_the_draft(
    qtbot, controller, window: MainWindow, clock, vault_path: Path
) -> None:
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    editor = active_editor(CaseEditor)
    fill(editor.title_field, "Набрано перед уходом")
    for _ in range(3):
        clock.now += timedelta(minutes=1, seconds=40)
        controller.idle.check()
    settle()
    assert controller.state == "locked"
    assert banner_texts(controller) == []
    assert [type(w) for w in QApplication.topLevelWidgets() if w.isVisible()] == [
        type(controller.gate)
    ]
    with open_vault(vault_path, Secret(PASSPHRASE)) as session:
        [draft] = drafts(CaseBook(session))
    assert draft.record.title == "Набрано перед уходом"


def test_ctrl_l_locks_at_once_during_the_countdown(
    qtbot, controller, window: MainWindow, clock
) -> None:
    clock.now += timedelta(minutes=4, seconds=45)
    controller.idle.check()
    assert banner_texts(controller)
    press(window, Qt.Key.Key_L, CTRL)
    assert controller.state == "locked"
    assert banner_texts(controller) == []


def test_a_one_minute_idle_time_warns_for_its_last_half_minute(
    qtbot, controller, window: MainWindow, clock
) -> None:
    controller.set_idle_minutes(1)
    clock.now += timedelta(seconds=29)
    controller.idle.check()
    assert banner_texts(controller) == []
    clock.now += timedelta(seconds=1)
    controller.idle.check()
    assert all(text.startswith("Locking in 30 s") for text in banner_texts(controller))
    clock.now += timedelta(seconds=30)
    controller.idle.check()
    settle()
    assert controller.state == "locked"
