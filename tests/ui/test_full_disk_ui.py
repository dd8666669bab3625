"""The app on a really full disk says the disk is full, never that the vault is damaged
(issue 16, point 3): when unlocking, and when saving with the vault open. The disk is a
loop-mounted ext4 image (see ``tests/small_disk.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from logbook.ui import dialogs
from logbook.ui.editors.case_editor import CaseEditor
from tests.conftest import PASSPHRASE
from tests.small_disk import fill_up, needs_a_small_disk
from tests.ui.conftest import book_of, type_text, unlock
from tests.ui.driving import CTRL_SHIFT, active_editor, add_case, click, fill, press, settle

pytestmark = needs_a_small_disk

DISK_FULL = "The disk is full. Nothing was changed; free some space and try again."


@pytest.fixture
def vault_path(small_disk: Path) -> Path:
    """The vault the app opens lives on the small disk."""
    return small_disk / "vault"


def test_unlocking_on_a_full_disk_says_so_then_opens_once_space_is_freed(
    qtbot, controller, made_vault: tuple[Path, str], small_disk: Path
) -> None:
    filler = fill_up(small_disk)
    controller.start()
    unlock(qtbot, controller)
    assert controller.gate.error.text() == DISK_FULL
    assert controller.state == "locked"

    filler.unlink()
    unlock(qtbot, controller, PASSPHRASE)
    assert controller.state == "open"


def test_saving_on_a_full_disk_says_so_and_keeps_what_was_stored(
    qtbot, controller, made_vault: tuple[Path, str], small_disk: Path
) -> None:
    controller.start()
    unlock(qtbot, controller)
    window = controller.window
    add_case(window, "Stored before")
    settle()
    filler = fill_up(small_disk)

    dialogs.answer_next(None)  # the "Not saved" error
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    editor = active_editor(CaseEditor)
    fill(editor.title_field, "A case that cannot fit " + "x" * 4000)
    fill(editor.country, "KZ")
    click(editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=20_000)
    assert dialogs.shown[-1] == ("error", DISK_FULL)
    assert editor.isVisible()  # what was typed is still there to save later

    filler.unlink()
    titles = [case.title for case in book_of(window).run(lambda book: book.cases())]
    assert "Stored before" in titles
    assert not any(title.startswith("A case that cannot fit") for title in titles)


def test_a_new_vault_on_a_nearly_full_disk_says_so(
    qtbot, controller, vault_path: Path, small_disk: Path
) -> None:
    """Room for the folder but not for the database: the dialog says the disk is full
    and leaves nothing behind."""
    fill_up(small_disk, leave=48 * 1024)
    controller.start()
    dialog = controller.gate
    type_text(dialog.passphrase.passphrase, PASSPHRASE)
    type_text(dialog.passphrase.confirmation, PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert dialog.error.text() == DISK_FULL
    assert not vault_path.exists() and dialog.pages.currentIndex() == 0
