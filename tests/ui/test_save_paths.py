"""The Export dialog never saves into a vault folder (issue 16, point 1): the path is
refused with a message, nothing is written and no export is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from logbook.ui import dialogs
from logbook.ui.main_window import MainWindow
from tests.ui.conftest import book_of, drain
from tests.ui.test_export_dialog import example, imported, open_dialog


@pytest.fixture
def case_window(window: MainWindow) -> MainWindow:
    return imported(window, example())


def test_saving_into_the_vault_folder_is_refused(
    qtbot,
    case_window: MainWindow,
    vault_path: Path,
) -> None:
    header = vault_path / "vault.header"
    before = header.read_bytes()
    dialog = open_dialog(qtbot, case_window)
    dialogs.answer_next(str(vault_path / "vault.header"), None)
    assert dialog.save() is None
    drain()
    assert dialogs.shown[-1][0] == "error" and "inside the vault folder" in dialogs.shown[-1][1]
    assert header.read_bytes() == before
    assert not (vault_path / "vault.header.pdf").exists()
    entries = book_of(case_window).run(lambda b: b.session.audit.entries())
    assert [e.action for e in entries].count("export") == 0
