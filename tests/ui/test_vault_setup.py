"""First run: the create-vault dialog, from the empty folder to the main window."""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from logbook.ui import dialogs
from logbook.ui.app import build
from logbook.ui.create_vault_dialog import CreateVaultDialog
from logbook.ui.main_window import MainWindow
from logbook.vault.lifecycle import Secret, is_vault, unlock_data_key
from logbook.vault.passphrase_policy import MIN_SCORE
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import drain, type_text
from tests.ui.driving import press, settle

CODE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$")


def button(dialog: QWidget, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def start_setup(controller) -> CreateVaultDialog:
    controller.start()
    dialog = controller.gate
    assert controller.state == "setup"
    assert isinstance(dialog, CreateVaultDialog) and dialog.isVisible()
    return dialog


def create(qtbot, dialog: CreateVaultDialog, passphrase: str = PASSPHRASE) -> str:
    """Type the passphrase twice, create, and return the recovery code shown."""
    type_text(dialog.passphrase.passphrase, passphrase)
    type_text(dialog.passphrase.confirmation, passphrase)
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    return dialog.code.text()


def test_first_run_creates_the_vault_and_opens_the_main_window(
    qtbot, controller, vault_path: Path
) -> None:
    dialog = start_setup(controller)
    assert dialog.location.text() == str(vault_path)  # the default location
    assert not dialog.create_button.isEnabled()

    code = create(qtbot, dialog)

    assert CODE.match(code), code
    assert is_vault(vault_path)
    assert controller.window is None  # not before the code is written down
    assert not dialog.continue_button.isEnabled()
    dialog.continue_button.click()  # disabled: nothing happens
    assert controller.state == "setup"

    dialog.written.click()
    assert dialog.continue_button.isEnabled()
    dialog.continue_button.click()
    drain()  # the vault opens on its worker

    assert controller.state == "open"
    assert isinstance(controller.window, MainWindow) and controller.window.isVisible()
    assert controller.window.windowTitle() == "Logbook"
    assert controller.gate is None
    # The code shown once really is the vault's recovery code.
    assert unlock_data_key(vault_path, Secret(code, "recovery"))


def test_strength_meter_follows_the_typing(qtbot, controller) -> None:
    fields = start_setup(controller).passphrase
    type_text(fields.passphrase, "kitten")
    weak_score, weak_verdict = fields.meter.value(), fields.verdict.text()
    assert weak_score < MIN_SCORE

    type_text(fields.passphrase, " " + PASSPHRASE)

    assert fields.meter.value() >= MIN_SCORE > weak_score
    assert fields.verdict.text() not in ("", weak_verdict)


def test_weak_passphrase_cannot_be_submitted(qtbot, controller, vault_path: Path) -> None:
    dialog = start_setup(controller)
    type_text(dialog.passphrase.passphrase, "password1")
    type_text(dialog.passphrase.confirmation, "password1")

    assert not dialog.create_button.isEnabled()
    press(dialog.passphrase.confirmation, Qt.Key.Key_Return)  # the default button
    dialog.create()

    assert not controller.runner.busy
    assert not vault_path.exists()


def test_mismatched_confirmation_blocks_creation(qtbot, controller, vault_path: Path) -> None:
    dialog = start_setup(controller)
    fields = dialog.passphrase
    type_text(fields.passphrase, PASSPHRASE)
    type_text(fields.confirmation, PASSPHRASE[:-1] + "X")

    assert fields.mismatch.text() == "The two do not match."
    assert not dialog.create_button.isEnabled()
    dialog.create()
    assert not vault_path.exists()

    press(fields.confirmation, Qt.Key.Key_Backspace)
    type_text(fields.confirmation, PASSPHRASE[-1])
    assert fields.mismatch.text() == ""
    assert dialog.create_button.isEnabled()


def test_busy_bar_while_the_vault_is_made(qtbot, controller) -> None:
    dialog = start_setup(controller)
    type_text(dialog.passphrase.passphrase, PASSPHRASE)
    type_text(dialog.passphrase.confirmation, PASSPHRASE)
    dialog.create_button.click()

    assert controller.runner.busy
    assert dialog.busy.isVisible()
    assert not dialog.create_button.isEnabled()
    assert dialog.passphrase.passphrase.text() == ""  # not kept in the widget
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
    assert not dialog.busy.isVisible()


def test_another_location_can_be_chosen(qtbot, controller, tmp_path: Path, vault_path) -> None:
    elsewhere = tmp_path / "usb stick"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("not ours")
    dialog = start_setup(controller)

    dialogs.answer_next(str(elsewhere))
    button(dialog, "&Browse…").click()

    # A folder with files in it gets the vault in a new sub-folder, never mixed in.
    assert dialog.location.text() == str(elsewhere / "vault")
    create(qtbot, dialog)
    dialog.written.click()
    dialog.continue_button.click()
    drain()  # the vault opens on its worker

    assert is_vault(elsewhere / "vault")
    assert not vault_path.exists()
    assert controller.vault_path == elsewhere / "vault"
    assert controller.state == "open"


def test_a_folder_that_is_not_empty_is_refused(qtbot, controller, vault_path: Path) -> None:
    vault_path.mkdir()
    (vault_path / "holiday.jpg").write_bytes(b"\xff\xd8")
    dialog = start_setup(controller)
    assert dialog.location.text() == str(vault_path.with_name("vault-2"))  # a free one
    dialog.location.setText(str(vault_path))  # the user insists on the full folder

    create_failed = create_attempt(qtbot, controller, dialog)

    assert create_failed
    assert not dialog.create_button.isEnabled()
    assert dialog.error.text().startswith("This folder is not empty.")
    assert dialog.pages.currentIndex() == 0
    assert (vault_path / "holiday.jpg").read_bytes() == b"\xff\xd8"


def create_attempt(qtbot, controller, dialog: CreateVaultDialog) -> bool:
    type_text(dialog.passphrase.passphrase, PASSPHRASE)
    type_text(dialog.passphrase.confirmation, PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=20_000)
    return dialog.pages.currentIndex() == 0


def test_cancelling_the_first_run_quits(qtbot, controller, quits, vault_path: Path) -> None:
    dialog = start_setup(controller)
    dialog.reject()

    assert quits == [True]
    assert not vault_path.exists()


def test_the_default_location_comes_from_platformdirs(qapp, tmp_path: Path, clock) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = build(qapp, store, clock=clock, kdf=FAST_KDF)
    try:
        expected = platformdirs.user_data_path("Logbook", appauthor=False) / "vault"
        assert made.vault_path == expected
        assert made.state == ""  # nothing shown, nothing created before start()
    finally:
        made.idle.stop()
        made.deleteLater()
        settle()
