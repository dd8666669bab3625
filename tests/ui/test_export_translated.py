"""The Export dialog with a case written in Russian and translated (issue 12): the
translated demo case exports in English and French with nothing to resolve, the names in
brackets follow the profile and the user's choice, and a field left untranslated is a
finding that opens its translation in the editor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.main_window import MainWindow
from tests.ui.driving import active_editor, click
from tests.ui.test_export_dialog import imported, open_dialog, preview_text, wait

DEMO = Path(__file__).resolve().parents[2] / "docs" / "demo-case-ru.json"


def demo() -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def test_the_translated_demo_exports_in_english_and_french(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, imported(window, demo()))
    assert dialog.findings.tree.topLevelItemCount() == 0
    assert dialog.save_button.isEnabled()
    text = " ".join(preview_text(qtbot, dialog).split())
    assert "Meeting disrupted; organiser detained" in text
    assert "Madina Primerova (Мадина Примерова)" in text  # ohchr: the name as recorded

    dialog.original_names.setChecked(False)
    wait(qtbot, dialog)
    text = " ".join(preview_text(qtbot, dialog).split())
    assert "Madina Primerova" in text and "(Мадина Примерова)" not in text

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    wait(qtbot, dialog)
    text = " ".join(preview_text(qtbot, dialog).split())
    assert "Réunion perturbée ; organisatrice détenue" in text
    assert "Meeting disrupted" not in text


def test_the_names_in_brackets_follow_the_profile_until_the_user_changes_them(
    qtbot, window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, imported(window, demo()))
    assert dialog.original_names.isChecked()  # ohchr
    dialog.profile.setCurrentIndex(dialog.profile.findData("public"))
    wait(qtbot, dialog)
    assert not dialog.original_names.isChecked()
    dialog.original_names.setChecked(True)
    wait(qtbot, dialog)
    assert dialog.original_names.isChecked()  # a re-run keeps the user's choice
    dialog.profile.setCurrentIndex(dialog.profile.findData("ohchr"))
    wait(qtbot, dialog)
    assert dialog.original_names.isChecked()


def test_an_untranslated_field_opens_at_its_translation(qtbot, window: MainWindow) -> None:
    doc = demo()
    del doc["incidents"][0]["translations"]["en"]["narrative"]
    dialog = open_dialog(qtbot, imported(window, doc))
    tree = dialog.findings.tree
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert item.text(0).startswith("Not translated")
    assert item.text(1).endswith("— narrative (English translation)")
    assert not dialog.save_button.isEnabled()

    tree.setCurrentItem(item)
    click(dialog.findings.open_button)
    editor = active_editor(IncidentEditor)
    translation = QApplication.focusWidget()
    path = "translations/en/narrative"
    assert translation is next(f.widget_of(path) for f in editor.forms if f.has_field(path))
    assert editor.narrative.isReadOnly()  # the original, beside it
    translation.setPlainText("Police officers interrupted the meeting.")
    editor.save_and_close()
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 0, timeout=30_000)  # run again
    wait(qtbot, dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=30_000)
    assert "Police officers interrupted the meeting." in preview_text(qtbot, dialog)
