"""Mandate names are never cut off: the lists that show them are as wide as the longest
name, in every UI language, in the case editor and the Export dialog (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.fields import CheckListField
from logbook.ui.main_window import MainWindow
from tests.ui.driving import CTRL_SHIFT, active_editor, add_case, press, settle
from tests.ui.test_export_dialog import open_dialog


def cut_off(field: CheckListField) -> list[str]:
    """The values whose text is wider than the list's viewport shows."""
    room = field.viewport().width()
    metrics = field.fontMetrics()
    box = field.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4  # then the text
    items = [field.item(i) for i in range(field.count())]
    return [
        item.text()
        for item in items
        if field.visualItemRect(item).left() + box + metrics.horizontalAdvance(item.text()) > room
    ]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_mandates_fit_in_the_case_editor(qtbot, controller, window: MainWindow, language) -> None:
    controller.translations.use(language)
    try:
        press(window, Qt.Key.Key_N, CTRL_SHIFT)
        editor = active_editor(CaseEditor)
        settle()
        assert editor.mandates.count() > 5
        assert cut_off(editor.mandates) == []
        editor.discard()
    finally:
        controller.translations.use("en")


def test_mandates_fit_in_the_export_dialog(qtbot, window: MainWindow) -> None:
    add_case(window, "Дело")
    dialog = open_dialog(qtbot, window)
    assert cut_off(dialog.mandates) == []


def test_the_check_is_able_to_fail(qtbot, window: MainWindow) -> None:
    narrow = CheckListField(["SR_HRD"])
    qtbot.addWidget(narrow)
    narrow.setFixedWidth(40)
    narrow.show()
    settle()
    assert cut_off(narrow) != []
