"""New vault: the dialog proposes an empty folder, refuses one with files in it before any
passphrase is typed, and the message goes as soon as the folder changes."""

from __future__ import annotations

from pathlib import Path

from logbook.ui import dialogs
from logbook.ui.create_vault_dialog import CreateVaultDialog, proposed_folder, usable
from logbook.vault.lifecycle import is_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text
from tests.ui.driving import click, fill

NOT_EMPTY = "This folder is not empty."


def start_setup(controller) -> CreateVaultDialog:  # type: ignore[no-untyped-def]
    controller.start()
    dialog = controller.gate
    assert isinstance(dialog, CreateVaultDialog) and dialog.isVisible()
    return dialog


def full(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
    return folder


def test_a_new_or_empty_folder_is_proposed_as_it_is(tmp_path: Path) -> None:
    assert proposed_folder(tmp_path / "Logbook") == tmp_path / "Logbook"
    (tmp_path / "empty").mkdir()
    assert proposed_folder(tmp_path / "empty") == tmp_path / "empty"


def test_a_taken_folder_is_proposed_with_a_number(tmp_path: Path) -> None:
    full(tmp_path / "Logbook")
    full(tmp_path / "Logbook-2")
    (tmp_path / "Logbook-3").write_text("a file, not a folder")

    assert proposed_folder(tmp_path / "Logbook") == tmp_path / "Logbook-4"
    assert not usable(tmp_path / "Logbook-3")


def test_the_dialog_proposes_a_free_folder(qtbot, controller, vault_path: Path) -> None:
    full(vault_path)
    dialog = start_setup(controller)

    assert dialog.location.text() == str(vault_path.with_name("vault-2"))
    assert dialog.error.text() == ""


def test_a_full_folder_is_refused_before_the_passphrase_and_the_error_clears(
    qtbot, controller, vault_path: Path, tmp_path: Path
) -> None:
    taken = full(tmp_path / "photos")
    dialog = start_setup(controller)

    fill(dialog.location, str(taken))  # typed, no passphrase yet

    assert dialog.error.text().startswith(NOT_EMPTY)
    assert not dialog.create_button.isEnabled()
    type_text(dialog.passphrase.passphrase, PASSPHRASE)
    type_text(dialog.passphrase.confirmation, PASSPHRASE)
    assert not dialog.create_button.isEnabled()  # a good passphrase does not unlock it

    fill(dialog.location, str(tmp_path / "new place"))

    assert dialog.error.text() == ""
    assert dialog.create_button.isEnabled()
    assert (taken / "holiday.jpg").read_bytes() == b"\xff\xd8"


def test_browsing_to_a_full_folder_proposes_a_free_sub_folder(
    qtbot, controller, tmp_path: Path
) -> None:
    stick = full(tmp_path / "usb stick")
    full(stick / "vault")
    dialog = start_setup(controller)

    dialogs.answer_next(str(stick))
    click(next(b for b in dialog.findChildren(type(dialog.create_button)) if "Browse" in b.text()))

    assert dialog.location.text() == str(stick / "vault-2")
    assert dialog.error.text() == ""


def test_a_vault_is_made_in_the_proposed_folder(qtbot, controller, vault_path: Path) -> None:
    full(vault_path)
    dialog = start_setup(controller)
    type_text(dialog.passphrase.passphrase, PASSPHRASE)
    type_text(dialog.passphrase.confirmation, PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)

    assert is_vault(vault_path.with_name("vault-2"))
    assert sorted(p.name for p in vault_path.iterdir()) == ["holiday.jpg"]


def test_the_restore_button_is_kept(qtbot, controller) -> None:
    dialog = start_setup(controller)
    assert dialog.restore_button.isVisible()


def test_a_folder_under_a_file_is_refused_with_the_reason(
    qtbot, controller, tmp_path: Path
) -> None:
    """``init FILE/sub`` in the app: said plainly, nothing made, the dialog stays."""
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"not a folder")
    dialog = start_setup(controller)
    fill(dialog.location, str(blocker / "vault"))
    type_text(dialog.passphrase.passphrase, PASSPHRASE)
    type_text(dialog.passphrase.confirmation, PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)

    assert dialog.error.text() == (
        "A folder cannot be made there (a file is in the way, or no permission)."
    )
    assert dialog.pages.currentIndex() == 0 and blocker.read_bytes() == b"not a folder"
