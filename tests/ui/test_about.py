"""Help ▸ About Logbook: the version, translated, locked away with the window; and the
app's icon, set on the application when it is built."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMenu

import logbook
from logbook.ui.about_dialog import AboutDialog
from logbook.ui.app import ICONS, build
from logbook.ui.controller import AppController
from logbook.ui.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.ui.conftest import unlock
from tests.ui.driving import CTRL, closed, press, settle, visible_texts

CYRILLIC = re.compile("[а-яәғқңөұүһі]")


def help_menu(window: MainWindow) -> QMenu:
    """The menu bar's last menu, which must be Help."""
    menu = window.menuBar().actions()[-1].menu()
    assert isinstance(menu, QMenu)
    return menu


def open_about(window: MainWindow) -> AboutDialog:
    """Help ▸ About Logbook…, as the user picks it from the menu."""
    menu = help_menu(window)
    (about,) = menu.actions()
    about.trigger()
    settle()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AboutDialog)
    assert dialog.isVisible() and dialog.parent() is window
    return dialog


def texts_of(dialog: AboutDialog) -> list[str]:
    return [t for w in [dialog, *dialog.findChildren(QLabel)] for t in visible_texts(w)]


def test_help_about_shows_the_version(qtbot, controller: AppController, window) -> None:
    assert help_menu(window).title() == "&Help"
    dialog = open_about(window)
    shown = "\n".join(texts_of(dialog))

    assert dialog.windowTitle() == "About Logbook"
    assert f"Version {logbook.__version__}" in shown
    assert "GPL-3.0-or-later" in shown
    assert "Python " in shown and "PySide6 " in shown
    assert not dialog.icon.pixmap().isNull()


def test_about_shows_nothing_of_the_vault(qtbot, controller: AppController, window) -> None:
    """A screenshot of it can go into a public bug report: no path, not even a part."""
    dialog = open_about(window)
    shown = "\n".join(texts_of(dialog))
    vault = Path(controller.vault_path)
    for part in (str(vault), vault.name, str(Path.home())):
        assert part not in shown


def test_close_closes_it(qtbot, controller: AppController, window) -> None:
    dialog = open_about(window)
    dialog.close_button.click()
    settle()
    assert closed(dialog)
    assert controller.state == "open"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_about_is_translated(qtbot, controller: AppController, made_vault, language) -> None:
    controller.translations.use(language)
    try:
        controller.start()
        unlock(qtbot, controller)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
        window = controller.window
        assert window is not None
        assert CYRILLIC.search(help_menu(window).title().casefold())
        dialog = open_about(window)
        english = {
            "About Logbook",
            f"Version {logbook.__version__}",
            "&Close",
        }
        for label in (dialog.summary, dialog.licence, dialog.versions):
            assert CYRILLIC.search(label.text().casefold()), label.text()
        assert dialog.windowTitle() not in english
        assert dialog.version.text() not in english
        assert logbook.__version__ in dialog.version.text()
        assert CYRILLIC.search(dialog.close_button.text().casefold())
    finally:
        controller.translations.use("en")


def test_ctrl_l_locks_from_about_and_closes_it(qtbot, controller: AppController, window) -> None:
    dialog = open_about(window)
    press(dialog, Qt.Key.Key_L, CTRL)
    assert controller.state == "locked"
    assert controller.window is None
    assert closed(dialog)
    settle()
    assert not shiboken6.isValid(dialog)  # deleted with the window


def test_building_the_app_sets_its_icon(qapp, tmp_path: Path, clock, vault_path) -> None:
    qapp.setWindowIcon(QIcon())
    assert QApplication.windowIcon().isNull()  # what follows starts from no icon
    store = QSettings(str(tmp_path / "logbook.ini"), QSettings.Format.IniFormat)
    made = build(
        qapp, store, clock=clock, vault_path=vault_path, quit_app=lambda: None, kdf=FAST_KDF
    )
    try:
        icon = QApplication.windowIcon()
        assert not icon.isNull()
        assert not icon.pixmap(48, 48).isNull()
        assert not icon.pixmap(16, 16).isNull()
    finally:
        made.quit()
        made.deleteLater()
        settle()


@pytest.mark.parametrize("name", ["logbook.svg", "logbook-256.png", "logbook-48.png"])
def test_the_icon_files_are_beside_the_package(qapp, name: str) -> None:
    """Found from the module's own place (works frozen too); the PNGs are real images."""
    path = ICONS / name
    assert path.is_file()
    assert not QIcon(str(path)).pixmap(48, 48).isNull()
