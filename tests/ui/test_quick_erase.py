"""Quick erase: Ctrl+Shift+Delete, a five-second countdown that can be cancelled, then
crypto-erase of the vault and quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from logbook.core.model import Case
from logbook.ui import dialogs
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.main_window import MainWindow
from logbook.ui.quick_erase import SECONDS, QuickEraseOverlay
from tests.ui.conftest import book_of
from tests.ui.driving import (
    CTRL_SHIFT,
    active_editor,
    add_case,
    click,
    fill,
    open_new_incident,
    press,
    save,
    settle,
)

CASE = "Преследование «Алга»"


@pytest.fixture
def documented(window: MainWindow) -> MainWindow:
    add_case(window, CASE)
    return window


def start_erase(window: MainWindow, controller) -> QuickEraseOverlay:
    press(window, Qt.Key.Key_Delete, CTRL_SHIFT)
    QApplication.processEvents()  # the window system activates the countdown
    overlay = controller.overlay
    assert isinstance(overlay, QuickEraseOverlay) and overlay.isVisible()
    return overlay


def test_the_shortcut_shows_a_countdown_over_the_whole_window(
    qtbot, controller, documented
) -> None:
    overlay = start_erase(documented, controller)

    assert overlay.remaining == SECONDS == 5
    assert "5" in overlay.message.text()
    assert overlay.mapToGlobal(overlay.rect().topLeft()) == documented.mapToGlobal(
        documented.rect().topLeft()
    )
    assert overlay.size() == documented.size()
    assert overlay.cancel_button.hasFocus()  # Space or Enter cancels at once
    assert overlay.cancel_button.width() >= 320 and overlay.cancel_button.height() >= 120


def test_cancel_keeps_the_vault_and_the_session(
    qtbot, controller, documented, vault_path: Path, quits
) -> None:
    overlay = start_erase(documented, controller)
    overlay.tick()
    overlay.tick()

    click(overlay.cancel_button)
    settle()

    assert controller.overlay is None
    assert not [w for w in QApplication.allWidgets() if isinstance(w, QuickEraseOverlay)]
    assert (vault_path / "vault.header").is_file() and (vault_path / "vault.db").is_file()
    assert controller.state == "open" and quits == []
    assert [c.title for c in book_of(controller.window).cases()] == [CASE]


def test_escape_cancels(qtbot, controller, documented, vault_path: Path) -> None:
    overlay = start_erase(documented, controller)

    press(overlay.cancel_button, Qt.Key.Key_Escape)

    assert controller.overlay is None and controller.state == "open"
    assert (vault_path / "vault.header").is_file()
    # And it can be started again.
    assert start_erase(documented, controller) is not overlay


def test_the_countdown_ends_in_crypto_erase_and_quit(
    qtbot, controller, documented, vault_path: Path, quits
) -> None:
    overlay = start_erase(documented, controller)
    for remaining in range(SECONDS - 1, 0, -1):
        overlay.tick()
        assert overlay.remaining == remaining
        assert str(remaining) in overlay.message.text()
        assert (vault_path / "vault.header").is_file() and quits == []

    overlay.tick()
    settle()

    assert not (vault_path / "vault.header").exists()
    assert not vault_path.exists()
    assert quits == [True]
    assert controller.state == "erased" and not controller.is_open
    assert not [w for w in QApplication.allWidgets() if isinstance(w, MainWindow)]


def test_quick_erase_from_the_menu_destroys_evidence_files_too(
    qtbot, controller, documented, vault_path: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "bruise.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    dialogs.answer_next(str(photo))
    documented.tabs.setCurrentWidget(documented.evidence)
    click(documented.evidence.add_button)
    save(active_editor(EvidenceEditor))
    assert list((vault_path / "blobs").iterdir())

    documented.erase_action.trigger()
    overlay = controller.overlay
    for _ in range(SECONDS):
        overlay.tick()

    assert not vault_path.exists()
    assert photo.is_file()  # the user's own file outside the vault is not ours to touch


def test_quick_erase_from_inside_an_editor_can_be_cancelled(
    qtbot, controller, documented, vault_path: Path
) -> None:
    editor = open_new_incident(documented)
    fill(editor.title_field, "Не сохранено")

    press(editor.title_field, Qt.Key.Key_Delete, CTRL_SHIFT)
    overlay = controller.overlay
    assert isinstance(overlay, QuickEraseOverlay) and overlay.isVisible()
    # The countdown is in front of the editor, and its Cancel button takes the keys.
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is overlay
    assert overlay.cancel_button.hasFocus()

    press(overlay.cancel_button, Qt.Key.Key_Space)

    assert controller.overlay is None
    assert (vault_path / "vault.header").is_file()
    assert QApplication.activeModalWidget() is editor  # the work in progress is still there
    assert editor.isVisible()
    assert editor.title_field.text() == "Не сохранено"
    assert isinstance(book_of(documented).cases()[0], Case)


def test_quick_erase_from_inside_an_editor_erases(
    qtbot, controller, documented, vault_path: Path, quits
) -> None:
    editor = open_new_incident(documented)
    press(editor.title_field, Qt.Key.Key_Delete, CTRL_SHIFT)
    for _ in range(SECONDS):
        controller.overlay.tick()
    settle()

    assert not vault_path.exists() and quits == [True]
    assert not [w for w in QApplication.allWidgets() if isinstance(w, RecordEditor)]


def test_quick_erase_works_from_the_locked_unlock_window(
    qtbot, controller, made_vault, vault_path: Path, quits
) -> None:
    """Erasing needs no key: a user made to face the unlock window can still erase."""
    controller.start()
    gate = controller.gate
    press(gate, Qt.Key.Key_Delete, CTRL_SHIFT)
    QApplication.processEvents()
    overlay = controller.overlay
    assert isinstance(overlay, QuickEraseOverlay) and overlay.isVisible()
    for _ in range(SECONDS):
        overlay.tick()
    settle()

    assert not vault_path.exists()
    assert quits == [True] and controller.state == "erased"
    assert controller.gate is None
