"""The Export dialog's document language: the picker prepares the PDF again in French or
Spanish, verified like the English one."""

from __future__ import annotations

import pytest

from logbook.export.wording import catalogue
from logbook.ui.main_window import MainWindow
from tests.pdf_text import extract_text
from tests.ui.test_export_dialog import example, imported, open_dialog, wait

PROTECTED = "Daniyar Witness"


@pytest.fixture
def case_window(window: MainWindow) -> MainWindow:
    return imported(window, example())


@pytest.mark.parametrize("language", ["fr", "es"])
def test_choosing_a_language_gives_a_verified_pdf_in_it(
    qtbot, case_window: MainWindow, language: str
) -> None:
    dialog = open_dialog(qtbot, case_window)
    english = extract_text(dialog._verified.data)
    assert catalogue("en").text("heading.victims") in english

    dialog.language.setCurrentIndex(dialog.language.findData(language))
    wait(qtbot, dialog)

    assert dialog._verified is not None and dialog.save_button.isEnabled()
    text = extract_text(dialog._verified.data)
    words = catalogue(language)
    assert words.text("heading.victims") in text
    assert catalogue("en").text("heading.victims") not in text
    assert PROTECTED not in text
    assert dialog.options().language == language
