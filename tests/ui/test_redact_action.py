""" "Redact in exports" (issue 4, item 2): the app writes the documented markup around the
selection, which the export then withholds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from logbook.export.markup import find_marked
from logbook.ui import dialogs
from logbook.ui.editors.fields import LineField, TextField
from logbook.ui.editors.redact_action import mark_for_redaction
from tests.ui.driving import CTRL, press


def test_ctrl_r_marks_the_selection_of_a_line(qtbot) -> None:
    field = LineField()
    qtbot.addWidget(field)
    field.show()
    field.set_value("работает в пекарне на Абая")
    field.setSelection(11, 7)  # "пекарне"
    press(field, Qt.Key.Key_R, CTRL)
    assert field.value() == "работает в [[redact:пекарне]] на Абая"
    marked, unclosed = find_marked(field.value())
    assert [m.content for m in marked] == ["пекарне"] and unclosed is None
    field.undo()  # one step, like any edit
    assert field.value() == "работает в пекарне на Абая"


def test_a_selection_over_lines_keeps_its_line_break(qtbot) -> None:
    field = TextField()
    qtbot.addWidget(field)
    field.set_value("Первая строка\nвторая строка")
    cursor = field.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(20, QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    assert mark_for_redaction(field)
    assert field.value() == "Первая [[redact:строка\nвторая]] строка"


def test_nothing_selected_marks_nothing(qtbot) -> None:
    field = LineField()
    qtbot.addWidget(field)
    field.set_value("text")
    assert not mark_for_redaction(field)
    assert field.value() == "text"


def test_a_selection_holding_the_closing_marker_is_refused_with_a_message(qtbot) -> None:
    field = LineField()
    qtbot.addWidget(field)
    field.set_value("a ]] b")
    field.selectAll()
    dialogs.answer_next(None)
    assert not mark_for_redaction(field)
    assert field.value() == "a ]] b"
    assert dialogs.shown[-1][0] == "error" and "]]" in dialogs.shown[-1][1]
