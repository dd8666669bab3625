"""Later runs: the unlock dialog, its messages, the recovery code, changing the passphrase."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from logbook.core.model import Case
from logbook.services.case_book import CaseBook
from logbook.ui import dialogs, unlock_dialog
from logbook.ui.change_passphrase_dialog import ChangePassphraseDialog
from logbook.ui.create_vault_dialog import CreateVaultDialog
from logbook.ui.main_window import MainWindow
from logbook.ui.messages import missing_changes_text
from logbook.ui.unlock_dialog import UnlockDialog
from logbook.vault.lifecycle import Secret, create_vault, open_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import assert_vault_closed, type_text, unlock
from tests.ui.driving import click, press, settle

NEW_PASSPHRASE = "quiet lantern orbit mosaic velvet"


@pytest.fixture
def gate(controller, made_vault: tuple[Path, str]) -> UnlockDialog:
    controller.start()
    dialog = controller.gate
    assert controller.state == "locked"
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    return dialog


def test_the_passphrase_opens_the_main_window(qtbot, controller, gate) -> None:
    assert gate.secret.echoMode() == QLineEdit.EchoMode.Password
    assert gate.secret.hasFocus()
    type_text(gate.secret, PASSPHRASE)
    press(gate.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.state == "open", timeout=20_000)

    assert isinstance(controller.window, MainWindow) and controller.window.isVisible()
    settle()
    assert not any(isinstance(w, UnlockDialog) for w in QApplication.topLevelWidgets())


def test_missing_recent_changes_are_said_and_the_vault_opens(
    qtbot, controller, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """A database older than its header (restored from an old copy): the user is told,
    and still gets their vault."""
    path, _ = made_vault
    shutil.copy2(path / "vault.db", tmp_path / "older.db")
    with open_vault(path, Secret(PASSPHRASE)) as session:
        CaseBook(session).save(Case(title="Lost later"))
    shutil.copy2(tmp_path / "older.db", path / "vault.db")
    controller.start()
    dialogs.answer_next(None)
    unlock(qtbot, controller)
    assert controller.state == "open"
    assert dialogs.shown == [("error", missing_changes_text())]
    assert "Recent changes are missing" in dialogs.shown[0][1]


def test_wrong_passphrase_says_so_and_stays_locked(qtbot, controller, gate) -> None:
    unlock(qtbot, controller, "correct horse battery staple zebr")

    assert gate.error.text() == "Wrong passphrase."
    assert gate.secret.text() == ""  # not kept for the next try
    assert gate.secret.isEnabled()
    assert controller.state == "locked"
    assert controller.window is None and not controller.is_open
    assert_vault_closed(controller)

    unlock(qtbot, controller)  # and the right one still works afterwards
    assert controller.state == "open"


def test_recovery_code_unlocks(qtbot, controller, gate, made_vault) -> None:
    _, code = made_vault
    gate.use_recovery.click()
    assert gate.secret_label.text() == "&Recovery code"
    assert gate.secret.echoMode() == QLineEdit.EchoMode.Normal  # copied from paper

    # As typed from paper: lower case, without dashes.
    unlock(qtbot, controller, code.replace("-", " ").lower(), recovery=True)

    assert controller.state == "open"
    assert isinstance(controller.window, MainWindow)


def test_wrong_recovery_code_says_so(qtbot, controller, gate) -> None:
    unlock(qtbot, controller, "00000-00000-00000-00000-00000-00000", recovery=True)

    assert gate.error.text() == "Wrong recovery code."
    assert controller.state == "locked"


def test_damaged_header_is_reported(qtbot, controller, gate, vault_path: Path) -> None:
    header = vault_path / "vault.header"
    header.write_bytes(header.read_bytes()[:40])

    unlock(qtbot, controller)

    assert gate.error.text() == "The vault is damaged and cannot be opened. Nothing was changed."
    assert controller.state == "locked"


def test_damaged_database_is_reported(qtbot, controller, gate, vault_path: Path) -> None:
    database = vault_path / "vault.db"
    damaged = bytearray(database.read_bytes())
    damaged[100:300] = bytes(200)
    database.write_bytes(bytes(damaged))

    unlock(qtbot, controller)

    assert gate.error.text() == "The vault is damaged and cannot be opened. Nothing was changed."
    assert controller.state == "locked" and not controller.is_open
    assert controller.gate is gate and gate.isVisible()


def test_key_derivation_runs_off_the_gui_thread(
    qtbot, controller, gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = unlock_dialog.unlock_data_key

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(unlock_dialog, "unlock_data_key", watched)
    type_text(gate.secret, PASSPHRASE)
    gate.unlock_button.click()

    # Back on the GUI thread at once: the busy bar shows and the inputs wait.
    assert controller.runner.busy
    assert gate.busy.isVisible()
    assert not gate.secret.isEnabled() and not gate.unlock_button.isEnabled()
    press(gate, Qt.Key.Key_Return)  # an impatient second Enter changes nothing
    assert controller.gate is gate

    qtbot.waitUntil(lambda: controller.state == "open", timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()


def test_another_vault_can_be_unlocked(
    qtbot, controller, gate, tmp_path: Path, clock, vault_path: Path
) -> None:
    not_a_vault = tmp_path / "photos"
    not_a_vault.mkdir()
    dialogs.answer_next(str(not_a_vault), None)
    gate.other_button.click()
    assert [kind for kind, _ in dialogs.shown] == ["directory", "error"]
    assert dialogs.shown[1][1] == "There is no Logbook vault in this folder."
    assert gate.path == vault_path

    other = tmp_path / "other"
    create_vault(other, NEW_PASSPHRASE, kdf=FAST_KDF, clock=clock)[0].close()
    dialogs.answer_next(str(other))
    gate.other_button.click()
    assert gate.path == other
    assert str(other) in gate.where.text()

    unlock(qtbot, controller, NEW_PASSPHRASE)
    assert controller.state == "open"
    assert controller.vault_path == other


def test_quit_from_the_unlock_dialog(qtbot, controller, gate, quits) -> None:
    gate.quit_button.click()
    assert quits == [True]


def change_passphrase(qtbot, controller, current: str, new: str) -> ChangePassphraseDialog:
    controller.window.passphrase_action.trigger()
    dialog = controller.passphrase_dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    type_text(dialog.current, current)
    type_text(dialog.new.passphrase, new)
    assert not ok.isEnabled()  # not before it is repeated
    type_text(dialog.new.confirmation, new)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
    return dialog


def test_change_passphrase_from_the_menu(qtbot, controller, window) -> None:
    dialogs.answer_next(None)  # "The passphrase was changed."
    change_passphrase(qtbot, controller, PASSPHRASE, NEW_PASSPHRASE)
    assert dialogs.shown == [("info", "The passphrase was changed.")]

    controller.lock()
    unlock(qtbot, controller, PASSPHRASE)
    assert controller.gate.error.text() == "Wrong passphrase."
    unlock(qtbot, controller, NEW_PASSPHRASE)
    assert controller.state == "open"


def test_change_passphrase_with_a_wrong_current_one(qtbot, controller, window) -> None:
    dialog = change_passphrase(qtbot, controller, "not it at all", NEW_PASSPHRASE)

    assert dialog.error.text() == "Wrong passphrase."
    assert dialog.isVisible()
    assert dialogs.shown == []


def test_new_vault_then_cancel_returns_to_unlocking(qtbot, controller, gate, quits) -> None:
    click(gate.new_button)
    assert isinstance(controller.gate, CreateVaultDialog) and controller.state == "setup"

    controller.gate.reject()
    settle()

    assert quits == [] and controller.state == "locked"
    assert isinstance(controller.gate, UnlockDialog) and controller.gate.isVisible()
