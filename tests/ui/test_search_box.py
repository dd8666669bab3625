"""The search box: "Nothing found" when a search finds nothing; Enter or Down moves into the
results, on their first row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from logbook.ui.main_window import MainWindow
from tests.ui.driving import PersonInput, add_case, add_incident, add_person, drain, press

INCIDENT = "Задержание у акимата"
PERSON = "Жанар Секербаева"


@pytest.fixture
def case_window(window: MainWindow) -> MainWindow:
    add_case(window, "Разгон акции")
    add_person(window, PersonInput(PERSON))
    add_incident(window, INCIDENT, involved=[(PERSON, "victim")])
    return window


def search_for(window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    window.search_box.setText(text)
    drain()


def test_nothing_found_is_said_when_a_search_finds_nothing(qtbot, controller, case_window):
    search_for(case_window, "несуществующее")

    assert case_window.tabs.currentWidget() is case_window.results
    assert case_window.found.nothing_found.isVisibleTo(case_window)
    assert case_window.found.nothing_found.text() == "Nothing found"


def test_nothing_found_goes_when_something_is(qtbot, controller, case_window):
    search_for(case_window, "несуществующее")
    search_for(case_window, "Задержание")

    assert case_window.results.model.rowCount() == 1
    assert not case_window.found.nothing_found.isVisibleTo(case_window)

    search_for(case_window, "")
    assert not case_window.found.nothing_found.isVisibleTo(case_window)


def test_nothing_found_is_in_the_users_language(qtbot, controller, made_vault):
    from tests.ui.conftest import unlock

    controller.translations.use("ru")
    try:
        controller.start()
        unlock(qtbot, controller)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        window = controller.window
        search_for(window, "несуществующее")
        assert window.found.nothing_found.text() == "Ничего не найдено"
    finally:
        controller.translations.use("en")


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down])
def test_enter_or_down_moves_into_the_results(qtbot, controller, case_window, key):
    search_for(case_window, "Секербаева")
    search_for(case_window, "Задержание")
    assert not case_window.results.view.hasFocus()

    press(case_window.search_box, key)

    assert case_window.results.view.hasFocus()
    assert case_window.results.selected() is not None
    assert case_window.results.selected().label == INCIDENT


def test_enter_before_the_answer_moves_in_when_it_arrives(qtbot, controller, case_window):
    case_window.search_box.setFocus()
    case_window.search_box.insert("Задержание")  # as typed; the search is under way
    QTest.keyClick(case_window.search_box, Qt.Key.Key_Return)  # no waiting for the worker
    drain()

    assert case_window.results.view.hasFocus()
    assert case_window.results.selected() is not None


def test_enter_with_nothing_found_stays_in_the_box(qtbot, controller, case_window):
    search_for(case_window, "несуществующее")

    press(case_window.search_box, Qt.Key.Key_Return)

    assert case_window.search_box.hasFocus()


def test_other_keys_still_type(qtbot, controller, case_window):
    search_for(case_window, "arrest")
    QTest.keyClick(case_window.search_box, Qt.Key.Key_Home)
    QTest.keyClicks(case_window.search_box, "an ")
    assert case_window.search_box.text() == "an arrest"
    assert case_window.search_box.hasFocus()
