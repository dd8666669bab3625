"""Driving the real app like a user: shortcuts, typing, ticking boxes, saving editors.

Every step goes through the widgets the user sees; only the checks read the vault through
the services. Non-ASCII text is typed with :func:`tests.ui.conftest.type_text`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from logbook.ui.editors.fields import CheckListField, ChoiceField, ReferenceField
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.main_window import MainWindow
from tests.ui.conftest import type_text

E = TypeVar("E", bound=RecordEditor)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def settle() -> None:
    """Do what the next turn of the event loop does: deliver posted events and run
    ``deleteLater``. Tests run outside any event loop, where Qt defers deletions that
    were requested at the same level (a lock called straight from a test)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as the user makes it: shortcuts are resolved first."""
    QTest.keyClick(widget, key, modifiers)


def open_editor(cls: type[E]) -> E:
    """The editor of ``cls`` the user is looking at (the active modal dialog)."""
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, cls), f"expected an open {cls.__name__}, got {editor!r}"
    return editor


def fill(widget: QWidget, text: str) -> None:
    """Replace a text field's content by typing ``text`` (any script, newlines too)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.clear()
    lines = text.split("\n")
    for number, line in enumerate(lines):
        type_text(widget, line)
        if number < len(lines) - 1:
            QTest.keyClick(widget, Qt.Key.Key_Return)


def choose(box: QComboBox, value: object) -> None:
    """Pick the entry whose data is ``value`` (a vocabulary value or a record id)."""
    index = box.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    box.setFocus()
    box.setCurrentIndex(index)


def tick(boxes: CheckListField, values: Iterable[str]) -> None:
    """Tick the entries of a check list, as Space on each row does."""
    for row in range(boxes.count()):
        item = boxes.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in values:
            item.setCheckState(Qt.CheckState.Checked)


def save(editor: RecordEditor) -> None:
    """Press the editor's Save button; the editor must then be closed."""
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert not editor.isVisible(), "the editor stayed open: " + problems_of(editor)


def problems_of(editor: RecordEditor) -> str:
    """Every validation message the editor shows (for assertion messages)."""
    texts = [label.text() for label in editor.findChildren(QLabel) if label.isVisibleTo(editor)]
    return " | ".join(t for t in texts if t and "color" not in t)


def visible_text(widget: QWidget) -> list[str]:
    """Every text a widget displays or holds: what someone at the screen could read."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def add_case(window: MainWindow, title: str, country: str = "KZ") -> None:
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    from logbook.ui.editors.case_editor import CaseEditor

    editor = open_editor(CaseEditor)
    fill(editor.title_field, title)
    fill(editor.country, country)
    save(editor)


def row_texts(model, column: int) -> list[str]:
    """The display texts of one column of a (proxy) model, top to bottom."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_person(box: ReferenceField | ChoiceField, name: str) -> None:
    """Choose a person by the name the user reads in the combo box."""
    index = box.findText(name)
    assert index >= 0, f"{name!r} is not offered"
    box.setCurrentIndex(index)
