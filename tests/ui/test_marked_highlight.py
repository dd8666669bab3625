"""A marked passage stands out where it is typed: the multi-line fields of the editors
highlight each ``[[redact: …]]`` (issue 14), and nothing else."""

from __future__ import annotations

from PySide6.QtGui import QColor

from logbook.ui.editors.fields import TextField
from logbook.ui.marked_text import MARKED_BACKGROUND
from tests.ui.driving import settle

TEXT = "Её встретил [[redact: Ерлан из кафе]] у входа."


def highlighted(field: TextField) -> list[str]:
    """The passages of the first paragraph drawn on the marked background."""
    block = field.document().firstBlock()
    text = block.text()
    marked = QColor(MARKED_BACKGROUND)
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.background().color() == marked
    ]


def test_a_marked_passage_is_highlighted_and_the_rest_is_not(qtbot) -> None:
    field = TextField()
    qtbot.addWidget(field)
    field.set_value(TEXT)
    settle()
    assert highlighted(field) == ["[[redact: Ерлан из кафе]]"]


def test_typing_the_markup_highlights_it_and_plain_text_has_none(qtbot) -> None:
    field = TextField()
    qtbot.addWidget(field)
    field.set_value("Обычный текст без пометок.")
    settle()
    assert highlighted(field) == []
    field.textCursor().insertText(" [[redact: адрес]]")
    settle()
    assert highlighted(field) == ["[[redact: адрес]]"]
