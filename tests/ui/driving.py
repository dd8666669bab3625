"""Driving the real app like a user: shortcuts, typing, ticking boxes, pressing Save.

Every step goes through the widgets the user sees; checks read the vault through the
services. Non-ASCII text is typed with :func:`tests.ui.conftest.type_text` (DESIGN.md §7).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.fields import CheckListField
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.main_window import MainWindow
from logbook.ui.record_list import RecordList
from tests.ui.conftest import drain, type_text

E = TypeVar("E", bound=RecordEditor)

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# Qt plumbing ---------------------------------------------------------------------------------


def settle() -> None:
    """Do what the next turn of the event loop does: deliver posted events and run
    ``deleteLater``. A test runs outside any event loop, and Qt keeps a deletion asked for
    at that level until a loop runs (or it is asked for explicitly, as here)."""
    drain()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    """A key press as the user makes it: application shortcuts are resolved first.

    Events pending since the last step are handled first, as the event loop does between
    two key presses (a dialog that closed hands the activation back, for one), and the
    operations under way finish (a user takes longer between two keys)."""
    drain()
    if not widget.window().isActiveWindow():
        # Offscreen, nothing gives the activation back when a dialog closes (a window
        # manager does, or the user's click); shortcuts need an active window.
        widget.window().activateWindow()
        QApplication.processEvents()
    QTest.keyClick(widget, key, modifiers)
    drain()


def active_editor(cls: type[E]) -> E:
    """The editor of ``cls`` the user is looking at: the active modal dialog, once the
    window system has activated it."""
    drain()
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, cls), f"expected an open {cls.__name__}, got {editor!r}"
    assert editor.isActiveWindow()
    return editor


def fill(widget: QWidget, text: str) -> None:
    """Replace a text field's content by typing ``text`` (any script; newlines by Enter)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
        press(widget, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            press(widget, Qt.Key.Key_Return)
        type_text(widget, line)


def enter_number(spin: QAbstractSpinBox, number: int) -> None:
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, str(number))
    press(spin, Qt.Key.Key_Tab)  # leaving the field commits the typed value


def choose(box: QComboBox, value: Any) -> None:
    """Pick the entry whose data is ``value`` (a vocabulary value or a record id)."""
    index = box.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    box.setFocus()
    box.setCurrentIndex(index)


def choose_text(box: QComboBox, text: str) -> None:
    """Pick the entry the user reads as ``text`` (a person's name)."""
    index = box.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    box.setFocus()
    box.setCurrentIndex(index)


def tick(boxes: CheckListField, values: Iterable[str]) -> None:
    """Tick entries of a check list as Space does on each focused row."""
    wanted = set(values)
    boxes.setFocus()
    for row in range(boxes.count()):
        if boxes.item(row).data(Qt.ItemDataRole.UserRole) in wanted:
            boxes.setCurrentRow(row)
            press(boxes, Qt.Key.Key_Space)
    assert wanted <= set(boxes.value()), f"not ticked: {wanted - set(boxes.value())}"


def click(button: QAbstractButton) -> None:
    """Click a button; a check box on its box (the rest of a wide form row is empty)."""
    where = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox) else QPoint()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    drain()


def closed(widget: QWidget) -> bool:
    """Off the screen: hidden, or deleted already (an editor goes when it closes)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def save(editor: RecordEditor) -> None:
    """Press Save; the editor must then have closed."""
    click(editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    if shiboken6.isValid(editor):  # else closed and deleted already
        assert not editor.isVisible(), "the editor stayed open: " + "; ".join(problems(editor))


def apply(editor: RecordEditor) -> None:
    """Press Apply (incident editor): saved, still open."""
    click(editor.buttons.button(QDialogButtonBox.StandardButton.Apply))
    assert editor.record.id is not None, "not saved: " + "; ".join(problems(editor))


def problems(editor: RecordEditor) -> list[str]:
    """Every validation message the editor shows."""
    return [
        label.text()
        for label in editor.findChildren(QLabel)
        if label.text() and "b00020" in label.styleSheet() and not label.isHidden()
    ]


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a widget displays or holds: what someone at the screen could read."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += model_texts(widget.model())
    return [t for t in texts if t]


def model_texts(model) -> list[str]:
    return [
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def column_texts(lst: RecordList, column: int) -> list[str]:
    """One column of a list as shown (sorted as the view sorts), top to bottom."""
    drain()
    model = lst.view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_row(lst: RecordList, text: str, column: int = 0) -> None:
    """Click the row showing ``text`` in ``column``."""
    drain()
    model = lst.view.model()
    for row in range(model.rowCount()):
        index: QModelIndex = model.index(row, column)
        if index.data() == text:
            lst.view.setFocus()
            lst.view.selectRow(row)
            return
    raise AssertionError(f"{text!r} is not listed: {column_texts(lst, column)}")


# Recording, as a user does it ------------------------------------------------------------


def add_case(window: MainWindow, title: str, country: str = "KZ") -> None:
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    editor = active_editor(CaseEditor)
    fill(editor.title_field, title)
    fill(editor.country, country)
    save(editor)


@dataclass
class PersonInput:
    name: str
    variants: Sequence[str] = ()
    age: int | None = None
    minor: bool = False
    share_with_un: bool = False
    publish: bool = False
    medical: bool = False
    obtained_on: str = ""
    obtained_how: str = ""
    contact: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # line field attribute -> text


def add_person(window: MainWindow, person: PersonInput) -> PersonEditor:
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill_person(editor, person)
    save(editor)
    return editor


def fill_person(editor: PersonEditor, person: PersonInput) -> None:
    fill(editor.name, person.name)
    if person.variants:
        fill(editor.variants, "\n".join(person.variants))
    if person.age is not None:
        enter_number(editor.age, person.age)
    if person.minor:
        click(editor.minor)
    for attribute, text in person.extra.items():
        fill(getattr(editor, attribute), text)
    editor.tabs.setCurrentIndex(2)  # Consent
    for box, wanted in (
        (editor.share_un, person.share_with_un),
        (editor.publish, person.publish),
        (editor.medical, person.medical),
    ):
        if wanted:
            click(box)
    if person.obtained_on:
        fill(editor.obtained_on, person.obtained_on)
    if person.obtained_how:
        fill(editor.obtained_how, person.obtained_how)
    if person.contact:
        editor.tabs.setCurrentIndex(3)  # Private
        fill(editor.contact, person.contact)


def open_new_incident(window: MainWindow) -> IncidentEditor:
    press(window, Qt.Key.Key_N, CTRL)
    return active_editor(IncidentEditor)


def set_date(
    editor: IncidentEditor, precision: str, value: str = "", *, approximate: bool = False
) -> None:
    choose(editor.date.precision, precision)
    if value:
        fill(editor.date.value_field, value)
    if approximate != editor.date.approximate.isChecked():
        click(editor.date.approximate)


def involve(editor: IncidentEditor, name: str, role: str, perpetrator: str | None = None) -> None:
    """Add a row on the "People involved" tab."""
    editor.tabs.setCurrentWidget(editor.involvements)
    click(editor.involvements.add_button)
    row = editor.involvements._rows[-1]
    choose_text(row.person, name)
    choose(row.role, role)
    if perpetrator is not None:
        choose(row.perpetrator, perpetrator)
        choose(row.state, True)


def add_incident(
    window: MainWindow,
    title: str,
    *,
    narrative: str = "",
    date: tuple[str, str] = ("unknown", ""),
    approximate: bool = False,
    locality: str = "",
    involved: Sequence[tuple[str, str]] = (),
) -> None:
    editor = open_new_incident(window)
    fill(editor.title_field, title)
    set_date(editor, *date, approximate=approximate)
    if locality:
        fill(editor.locality, locality)
    if narrative:
        fill(editor.narrative, narrative)
    for name, role in involved:
        involve(editor, name, role)
    save(editor)
