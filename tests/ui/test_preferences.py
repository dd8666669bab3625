"""Preferences: switching the language rebuilds the window in that language, where the
user was; the choice is kept in the settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from logbook.ui.app import build
from logbook.ui.controller import AppController
from logbook.ui.i18n import TRANSLATIONS
from logbook.ui.main_window import MainWindow
from logbook.ui.preferences_dialog import PreferencesDialog
from tests.conftest import FAST_KDF
from tests.ui.driving import (
    PersonInput,
    add_case,
    add_incident,
    add_person,
    choose,
    click,
    select_row,
    settle,
)

CASE = "Разгон акции"
INCIDENT = "Задержание"


@pytest.fixture
def english_afterwards(controller: AppController) -> Iterator[None]:
    """Translators are installed on the application, which outlives the test."""
    yield
    controller.translations.use("en")


@pytest.fixture
def compiled_russian() -> Path:
    qm = TRANSLATIONS / "logbook_ru.qm"
    assert qm.is_file(), f"{qm} is missing: the build step (pip install -e .) makes it"
    return qm


def vault_menu(window: MainWindow) -> str:
    return window.menuBar().actions()[0].text()


def choose_in_preferences(controller, language: str, *, ok: bool = True) -> None:
    controller.window.preferences_action.trigger()
    dialog = controller.preferences
    assert isinstance(dialog, PreferencesDialog)
    choose(dialog.language, language)
    button = QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Cancel
    click(dialog.findChild(QDialogButtonBox).button(button))
    settle()


def test_switching_to_russian_rebuilds_the_window_where_the_user_was(
    qtbot, controller, window, english_afterwards, compiled_russian, settings_file
) -> None:
    add_case(window, "Другое дело")
    add_case(window, CASE)
    select_row(window.cases, CASE)
    add_person(window, PersonInput("Жанар"))
    add_incident(window, "Раньше", date=("year", "2024"))
    add_incident(window, INCIDENT, date=("year", "2025"))
    select_row(window.incidents, INCIDENT, 1)
    assert vault_menu(window) == "&Vault"

    choose_in_preferences(controller, "ru")

    rebuilt = controller.window
    assert not shiboken6.isValid(window)
    assert isinstance(rebuilt, MainWindow) and rebuilt.isVisible()
    assert controller.is_open and controller.state == "open"  # not locked
    assert vault_menu(rebuilt) == QCoreApplication.translate("MainWindow", "&Vault")
    assert vault_menu(rebuilt) != "&Vault"
    assert rebuilt.windowTitle() == "Logbook"
    assert rebuilt.current_case().title == CASE
    assert rebuilt.incidents.selected().title == INCIDENT
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value("ui/language") == "ru"


def test_the_language_is_used_at_the_next_start(
    qtbot, controller, window, english_afterwards, compiled_russian, settings_file, clock
) -> None:
    choose_in_preferences(controller, "ru")
    controller.quit()
    controller.translations.use("en")  # as when the process ends
    assert QCoreApplication.translate("MainWindow", "&Vault") == "&Vault"

    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    again = build(QApplication.instance(), store, clock=clock, kdf=FAST_KDF)
    try:
        assert again.settings.language == "ru"
        assert QCoreApplication.translate("MainWindow", "&Vault") != "&Vault"
    finally:
        again.translations.use("en")
        again.idle.stop()
        again.deleteLater()
        settle()


def test_switching_back_to_english(
    qtbot, controller, window, english_afterwards, compiled_russian
) -> None:
    choose_in_preferences(controller, "ru")
    choose_in_preferences(controller, "en")

    assert vault_menu(controller.window) == "&Vault"
    assert controller.settings.language == "en"


def test_switching_to_kazakh(qtbot, controller, window, english_afterwards) -> None:
    add_case(window, CASE)

    choose_in_preferences(controller, "kk")

    assert controller.window is not window and controller.window.isVisible()
    assert controller.settings.language == "kk"
    assert controller.window.current_case().title == CASE


def test_cancel_changes_nothing(qtbot, controller, window, english_afterwards) -> None:
    choose_in_preferences(controller, "ru", ok=False)

    assert controller.window is window and shiboken6.isValid(window)
    assert controller.settings.language == "en"


def test_changing_only_the_idle_time_keeps_the_window(
    qtbot, controller, window, english_afterwards
) -> None:
    controller.window.preferences_action.trigger()
    dialog = controller.preferences
    dialog.idle.setValue(12)
    click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    settle()

    assert controller.window is window and shiboken6.isValid(window)
    assert controller.settings.idle_minutes == 12
