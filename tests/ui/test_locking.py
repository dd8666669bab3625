"""Locking: Ctrl+L and idle tear down everything that shows case data, clear the app's
clipboard content and close the database; unlocking brings the user back where they were."""

from __future__ import annotations

import gc
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from logbook.ui.clipboard import KDE_HINT
from logbook.ui.editors.incident_child_editors import InjuryEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.main_window import MainWindow
from logbook.ui.preferences_dialog import PreferencesDialog
from logbook.ui.record_model import RecordTableModel
from logbook.ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import assert_vault_closed, book_of, unlock
from tests.ui.driving import (
    CTRL,
    PersonInput,
    active_editor,
    add_case,
    add_incident,
    add_person,
    click,
    enter_number,
    fill,
    press,
    select_row,
    settle,
    visible_texts,
)

CASE = "Рейд на офис «Кызыл Тан»"
PERSON = "Гүлнар Тұрсынбаева"
INCIDENT = "Обыск без ордера"
NARRATIVE = "Сотрудники КНБ изъяли ноутбуки; Тұрсынбаеваны жауап алуға алып кетті."
CANARIES = ("Кызыл Тан", "Тұрсынбаева", "Обыск", "КНБ", "ордер")


@pytest.fixture
def documented(window: MainWindow) -> MainWindow:
    add_case(window, CASE)
    add_person(window, PersonInput(PERSON))
    add_incident(
        window,
        INCIDENT,
        narrative=NARRATIVE,
        date=("day", "2025-10-03"),
        involved=[(PERSON, "victim")],
    )
    return window


def live_models() -> list[RecordTableModel]:
    return [o for o in gc.get_objects() if isinstance(o, RecordTableModel) and shiboken6.isValid(o)]


def assert_nothing_of_the_case_remains() -> None:
    widgets = QApplication.allWidgets()
    assert not [w for w in widgets if isinstance(w, MainWindow | RecordEditor)]
    assert [type(w) for w in QApplication.topLevelWidgets() if w.isVisible()] == [UnlockDialog]
    assert live_models() == []
    shown = [text for w in widgets for text in visible_texts(w)]
    assert not [t for t in shown for canary in CANARIES if canary in t]


def test_ctrl_l_locks_and_leaves_nothing_behind(qtbot, controller, documented) -> None:
    models = documented.findChildren(RecordTableModel)
    assert len(models) >= 5 and any(m.rowCount() for m in models)
    # Copy the incident's title from the search box, as a user copies a word.
    fill(documented.search_box, "Обыск")
    documented.search_box.selectAll()
    press(documented.search_box, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "Обыск"
    assert QGuiApplication.clipboard().mimeData().hasFormat(KDE_HINT)

    press(documented, Qt.Key.Key_L, CTRL)
    QApplication.processEvents()

    assert controller.state == "locked"
    assert controller.window is None and not controller.is_open
    assert_vault_closed(controller)
    assert not any(shiboken6.isValid(m) for m in models)
    assert_nothing_of_the_case_remains()
    assert_vault_closed(controller)
    assert QGuiApplication.clipboard().text() == ""
    assert isinstance(controller.gate, UnlockDialog) and controller.gate.isVisible()


def test_ctrl_l_locks_while_an_editor_is_open(qtbot, controller, documented) -> None:
    select_row(documented.incidents, INCIDENT, 1)
    click(documented.incidents.edit_button)
    editor = active_editor(IncidentEditor)
    fill(editor.narrative, NARRATIVE + " Не сохранено.")

    press(editor.narrative, Qt.Key.Key_L, CTRL)
    QApplication.processEvents()

    assert controller.state == "locked"
    assert_nothing_of_the_case_remains()
    unlock(qtbot, controller)
    [case] = book_of(controller.window).cases()
    [incident] = book_of(controller.window).incidents(case.id)
    # Unsaved input is not saved: it is a draft, reopened in its editor (test_drafts.py).
    assert incident.narrative == NARRATIVE
    assert active_editor(IncidentEditor).narrative.value() == NARRATIVE + " Не сохранено."


def test_locking_from_the_menu(qtbot, controller, documented) -> None:
    documented.lock_action.trigger()
    settle()

    assert controller.state == "locked"
    assert_nothing_of_the_case_remains()


def test_unlocking_restores_the_selected_case_and_incident(qtbot, controller, window) -> None:
    add_case(window, "Акция 8 марта")
    add_case(window, CASE)  # listed second: sorted by title
    select_row(window.cases, CASE)
    add_person(window, PersonInput(PERSON))
    add_person(window, PersonInput("Ерлан Сапаров"))
    add_incident(window, "Задержание", date=("day", "2025-10-01"))
    add_incident(window, INCIDENT, date=("day", "2025-10-03"))
    select_row(window.incidents, INCIDENT, 1)
    window.tabs.setCurrentWidget(window.persons)
    select_row(window.persons, "Ерлан Сапаров")

    press(window, Qt.Key.Key_L, CTRL)
    unlock(qtbot, controller)

    restored = controller.window
    assert restored is not window
    assert restored.current_case().title == CASE
    assert restored.incidents.selected().title == INCIDENT
    assert restored.tabs.currentWidget() is restored.persons
    assert restored.persons.selected().name == "Ерлан Сапаров"


# Idle ----------------------------------------------------------------------------------------


def test_idle_locks_after_five_minutes(qtbot, controller, documented, clock) -> None:
    clock.now += timedelta(minutes=4, seconds=59)
    controller.idle.check()
    assert controller.state == "open"

    clock.now += timedelta(seconds=1)
    controller.idle.check()
    settle()

    assert controller.state == "locked"
    assert_nothing_of_the_case_remains()


def test_activity_postpones_the_idle_lock(qtbot, controller, documented, clock) -> None:
    clock.now += timedelta(minutes=4)
    press(documented.search_box, Qt.Key.Key_A)  # the user types
    clock.now += timedelta(minutes=4)
    controller.idle.check()
    assert controller.state == "open"

    clock.now += timedelta(minutes=1)
    controller.idle.check()
    assert controller.state == "locked"


def test_idle_lock_rearms_after_unlocking(qtbot, controller, documented, clock) -> None:
    clock.now += timedelta(minutes=5)
    controller.idle.check()
    settle()
    clock.now += timedelta(hours=1)  # the laptop stays locked over lunch
    controller.idle.check()
    assert controller.state == "locked"

    unlock(qtbot, controller)
    controller.idle.check()
    assert controller.state == "open"  # unlocking counts as activity
    clock.now += timedelta(minutes=5)
    controller.idle.check()
    assert controller.state == "locked"


def open_preferences(window: MainWindow, controller) -> PreferencesDialog:
    window.preferences_action.trigger()
    dialog = controller.preferences
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    return dialog


def test_idle_minutes_are_a_preference_from_1_to_60(
    qtbot, controller, documented, clock, settings_file
) -> None:
    dialog = open_preferences(documented, controller)
    assert (dialog.idle.minimum(), dialog.idle.maximum()) == (1, 60)
    assert dialog.idle.value() == 5
    enter_number(dialog.idle, 90)
    assert dialog.idle.value() <= 60  # more cannot be entered
    enter_number(dialog.idle, 1)
    click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    assert controller.settings.idle_minutes == 1
    assert "idle_minutes=1" in settings_file.read_text()
    clock.now += timedelta(seconds=59)
    controller.idle.check()
    assert controller.state == "open"
    clock.now += timedelta(seconds=1)
    controller.idle.check()
    assert controller.state == "locked"


def test_a_hand_edited_idle_time_is_kept_within_limits(qtbot, controller, clock) -> None:
    controller.settings.idle_minutes = 600
    assert controller.settings.idle_minutes == 60
    controller.settings.idle_minutes = 0
    assert controller.settings.idle_minutes == 1


def test_ctrl_l_locks_from_an_editor_over_an_editor(qtbot, controller, documented) -> None:
    select_row(documented.incidents, INCIDENT, 1)
    click(documented.incidents.edit_button)
    incident = active_editor(IncidentEditor)
    incident.tabs.setCurrentWidget(incident.injuries)
    click(incident.injuries.add_button)
    injury = active_editor(InjuryEditor)

    press(injury.body_location, Qt.Key.Key_L, CTRL)
    QApplication.processEvents()

    assert controller.state == "locked"
    assert_nothing_of_the_case_remains()


def test_ctrl_l_locks_from_the_preferences(qtbot, controller, documented) -> None:
    dialog = open_preferences(documented, controller)

    press(dialog.idle, Qt.Key.Key_L, CTRL)
    QApplication.processEvents()

    assert controller.state == "locked"
    assert_nothing_of_the_case_remains()
    assert not [w for w in QApplication.allWidgets() if isinstance(w, PreferencesDialog)]


def test_closing_the_window_closes_the_vault_and_quits(
    qtbot, controller, documented, quits
) -> None:

    documented.close()  # the window's close button
    settle()

    assert quits == [True]
    assert not controller.is_open
    assert_vault_closed(controller)
    assert not [w for w in QApplication.allWidgets() if isinstance(w, MainWindow)]


def test_quitting_clears_the_clipboard_and_closes_the_vault(
    qtbot, controller, documented, quits
) -> None:
    controller.clipboard.copy(PERSON)

    press(documented, Qt.Key.Key_Q, CTRL)
    settle()

    assert quits == [True]
    assert QGuiApplication.clipboard().text() == ""
    assert_vault_closed(controller)
