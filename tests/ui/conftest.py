"""The desktop app under pytest-qt, offscreen: a real controller, real vaults, a fixed
clock, settings in a temporary INI file, and dialogs answered by the test."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from logbook.services.case_book import CaseBook
from logbook.ui import dialogs
from logbook.ui.app import build
from logbook.ui.controller import AppController
from logbook.ui.main_window import MainWindow
from logbook.ui.operations import Operations
from logbook.vault.lifecycle import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE, FixedClock


class Reader:
    """The vault as tests read it (and set it up): each call runs on the vault's worker,
    as the app's operations do, and waits for the answer."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def __getattr__(self, name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return self._ops.call(lambda book: getattr(book, name)(*args, **kwargs))

        return call

    def run(self, fn: Callable[[CaseBook], Any]) -> Any:
        return self._ops.call(fn)


def book_of(window: MainWindow) -> Reader:
    """The case book under ``window`` (read on the worker; see :class:`Reader`)."""
    return Reader(window.ops)


def drain(timeout: float = 30.0) -> None:
    """Let every operation under way finish and deliver its answer, as the event loop
    does while the user looks at the screen."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        busy = [ops for ops in app.findChildren(Operations) if ops.busy]
        if not busy:
            QApplication.processEvents()
            return
        if time.monotonic() > deadline:
            raise AssertionError("operations still running after the timeout")
        time.sleep(0.002)


def assert_vault_closed(controller: AppController) -> None:
    """The worker let go of the vault: no session held, and SQLite folded and removed the
    write-ahead log, which it does only when the last connection closes."""
    drain()
    assert not controller.ops.holds_session
    assert not (controller.vault_path / "vault.db-wal").exists()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic and Kazakh included, one key event per character.

    ``qtbot.keyClicks`` aborts on non-ASCII (Qt's qasciikey assertion, DESIGN.md §7).
    """
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture(autouse=True)
def _scripted_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dialogs answer from ``dialogs.answer_next``; one nobody scripted fails the test
    instead of waiting forever for a click offscreen."""

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"an unscripted dialog was shown: {args[1:3]!r}")

    for name in ("critical", "information", "question", "warning"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getExistingDirectory", "getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
    dialogs.reset()
    yield
    dialogs.reset()


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("template") / "vault"
    session, code = create_vault(path, PASSPHRASE, kdf=FAST_KDF, clock=FixedClock())
    session.close()
    return path, code


@pytest.fixture
def made_vault(vault_path: Path, vault_template: tuple[Path, str]) -> tuple[Path, str]:
    """A closed, empty vault on disk and its recovery code: a byte-for-byte copy of one
    made once per run (making one costs two key derivations; unlocking still runs one)."""
    template, code = vault_template
    shutil.copytree(template, vault_path)
    return vault_path, code


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "logbook.ini"


@pytest.fixture
def quits() -> list[bool]:
    return []


@pytest.fixture
def controller(
    qapp: QApplication,
    settings_file: Path,
    clock: FixedClock,
    vault_path: Path,
    quits: list[bool],
) -> Iterator[AppController]:
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    made = build(
        qapp,
        store,
        clock=clock,
        vault_path=vault_path,
        quit_app=lambda: quits.append(True),
        kdf=FAST_KDF,
    )
    yield made
    made.runner.wait()
    drain()
    made.quit()
    # Nothing of one test may outlive it: the unlock dialog, the controller with its
    # clipboard guard. Tests run outside an event loop, so deletions are run explicitly.
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    made.deleteLater()
    qapp.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def unlock(
    qtbot, controller: AppController, secret: str = PASSPHRASE, *, recovery: bool = False
) -> None:
    dialog = controller.gate
    dialog.use_recovery.setChecked(recovery)
    dialog.secret.setText(secret)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
    drain()  # the vault opens on its worker


@pytest.fixture
def window(qtbot, controller: AppController, made_vault: tuple[Path, str]) -> MainWindow:
    """The main window over an unlocked, empty vault."""
    controller.start()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    return controller.window
