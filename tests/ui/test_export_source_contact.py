"""The Export dialog's choice to leave the source's contact off its confidential page."""

from __future__ import annotations

import pytest

from logbook.ui.main_window import MainWindow
from tests.pdf_text import extract_text
from tests.ui.driving import click
from tests.ui.test_export_dialog import example, imported, open_dialog, wait

CONTACT = "secure contact details"  # the example source's


@pytest.fixture
def case_window(window: MainWindow) -> MainWindow:
    return imported(window, example())


def test_the_contact_is_on_the_source_page_unless_unticked(qtbot, case_window) -> None:
    dialog = open_dialog(qtbot, case_window)
    assert dialog.source_contact.isChecked() and dialog.source_contact.isEnabled()
    assert CONTACT in extract_text(dialog._verified.data)

    click(dialog.source_contact)
    wait(qtbot, dialog)
    assert not dialog.source_contact.isChecked()
    assert dialog._verified is not None
    assert CONTACT not in extract_text(dialog._verified.data)


def test_the_choice_is_off_for_a_profile_without_a_confidential_page(qtbot, case_window) -> None:
    dialog = open_dialog(qtbot, case_window)
    dialog.profile.setCurrentIndex(dialog.profile.findData("public"))
    wait(qtbot, dialog)
    assert not dialog.source_contact.isEnabled()
    assert CONTACT not in extract_text(dialog._verified.data)
