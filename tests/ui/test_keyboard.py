"""Full keyboard use: shortcuts open the editors, every field has a label bound to it
(Alt+letter), Tab reaches every input and never traps, editors start in their first field."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from logbook.ui import dialogs
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.form import Form
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.main_window import MainWindow
from tests.ui.driving import (
    CTRL,
    CTRL_SHIFT,
    PersonInput,
    active_editor,
    add_case,
    add_incident,
    add_person,
    click,
    closed,
    involve,
    press,
    select_row,
)

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
PERSON = "Жанар Секербаева"
INCIDENT = "Задержание"


@pytest.fixture
def case_window(window: MainWindow) -> MainWindow:
    add_case(window, "Разгон акции")
    add_person(window, PersonInput(PERSON))
    add_incident(window, INCIDENT, involved=[(PERSON, "victim")])
    return window


def open_case_editor(window: MainWindow) -> RecordEditor:
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    return active_editor(CaseEditor)


def open_person_editor(window: MainWindow) -> RecordEditor:
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    return active_editor(PersonEditor)


def open_incident_editor(window: MainWindow) -> RecordEditor:
    select_row(window.incidents, INCIDENT, 1)
    press(window.incidents.view, Qt.Key.Key_Return)
    return active_editor(IncidentEditor)


def open_child(cls: type[RecordEditor]) -> Callable[[MainWindow], RecordEditor]:
    def opener(window: MainWindow) -> RecordEditor:
        incident = open_incident_editor(window)
        lst = {
            InjuryEditor: incident.injuries,
            StatementEditor: incident.statements,
            RemedyEditor: incident.remedies,
        }[cls]
        incident.tabs.setCurrentWidget(lst)
        click(lst.add_button)
        return active_editor(cls)

    return opener


def open_evidence_editor(window: MainWindow) -> RecordEditor:
    dialogs.answer_next(__file__)
    window.tabs.setCurrentWidget(window.evidence)
    click(window.evidence.add_button)
    return active_editor(EvidenceEditor)


EDITORS = {
    "case": open_case_editor,
    "person": open_person_editor,
    "incident": open_incident_editor,
    "injury": open_child(InjuryEditor),
    "statement": open_child(StatementEditor),
    "remedy": open_child(RemedyEditor),
    "evidence": open_evidence_editor,
}


def pages(editor: QDialog) -> list[QWidget]:
    """The editor itself, or each page of its tabs (inputs show one page at a time)."""
    tabs = editor.findChild(QTabWidget)
    if tabs is None:
        return [editor]
    return [tabs.widget(i) for i in range(tabs.count())]


def show_page(editor: QDialog, page: QWidget) -> None:
    tabs = editor.findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentWidget(page)


def inputs_of(page: QWidget) -> list[QWidget]:
    found = [w for w in page.findChildren(QWidget) if isinstance(w, INPUTS)]
    # The parts of a composite input (a spin box's line edit, a view's scroll bars) and
    # the cells of a table are reached through their owner.
    return [
        w
        for w in found
        if w.isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
        and not any(isinstance(a, QAbstractItemView) for a in ancestors(w, page))
    ]


def ancestors(widget: QWidget, stop: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.parentWidget()
    return found


@pytest.mark.parametrize("kind", EDITORS)
def test_every_field_has_a_label_bound_to_it(qtbot, controller, case_window, kind) -> None:
    editor = EDITORS[kind](case_window)
    labels = editor.findChildren(QLabel)
    bound = {label.buddy() for label in labels if label.buddy() is not None}
    for form in editor.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            caption = item.widget() if item is not None else None
            if isinstance(caption, QLabel) and caption.text():
                assert caption.buddy() is not None, f"{caption.text()!r} is bound to nothing"
    unlabelled = [
        type(widget).__name__
        for form in editor.findChildren(Form)
        for widget in inputs_of(form)
        if widget not in bound and not bound & set(ancestors(widget, editor))
    ]
    assert unlabelled == []
    mnemonics = [label.text() for label in labels if isinstance(label.buddy(), INPUTS)]
    assert all("&" in text for text in mnemonics), mnemonics


@pytest.mark.parametrize("kind", list(EDITORS))
def test_alt_letters_are_unique_on_each_page(qtbot, controller, case_window, kind) -> None:
    editor = EDITORS[kind](case_window)
    for page in pages(editor):
        letters = [
            label.text()[label.text().index("&") + 1].casefold()
            for label in page.findChildren(QLabel)
            if label.buddy() is not None and "&" in label.text()
        ]
        assert len(letters) == len(set(letters)), letters


def tab_through(editor: QDialog, presses: int = 60) -> list[QWidget]:
    """Press Tab from the first widget and return every widget that got focus."""
    seen: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is editor
        seen.append(focused)
        press(focused, Qt.Key.Key_Tab)
    return seen


@pytest.mark.parametrize("kind", EDITORS)
def test_tab_reaches_every_input_and_the_buttons(qtbot, controller, case_window, kind) -> None:
    editor = EDITORS[kind](case_window)
    for page in pages(editor):
        show_page(editor, page)
        wanted = inputs_of(page)
        seen = tab_through(editor, presses=3 * (len(wanted) + 8))
        missed = [type(w).__name__ for w in wanted if w not in seen and w.focusProxy() not in seen]
        assert missed == [], f"Tab never reaches {missed} on {page}"
        buttons = {w for w in seen if isinstance(w, QAbstractButton)}
        assert editor.buttons.buttons()[0] in buttons  # never trapped before Save/Cancel


def test_tab_leaves_the_people_involved_table(qtbot, controller, case_window) -> None:
    editor = open_incident_editor(case_window)
    involve(editor, PERSON, "alleged_perpetrator", "police")
    editor.involvements.table.setFocus()

    seen = tab_through(editor, presses=20)

    assert editor.involvements.add_button in seen
    assert editor.buttons.buttons()[0] in seen


@pytest.mark.parametrize("kind", EDITORS)
def test_an_editor_opens_with_the_cursor_in_its_first_field(
    qtbot, controller, case_window, kind
) -> None:
    editor = EDITORS[kind](case_window)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is editor
    first_page = pages(editor)[0]
    assert focused in first_page.findChildren(QWidget), focused
    assert isinstance(focused, (*INPUTS, QCheckBox)), focused


def test_tab_moves_through_the_main_window_without_getting_stuck(
    qtbot, controller, case_window
) -> None:
    add_case(case_window, "Ещё одно дело")
    case_window.search_box.setFocus()

    seen = []
    focused = case_window.search_box
    for _ in range(15):
        press(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        seen.append(focused)

    assert case_window.cases.view in seen
    assert case_window.tabs.tabBar() in seen
    assert case_window.incidents.view in seen
    assert case_window.incidents.add_button in seen


# Shortcuts of the main window ----------------------------------------------------------------


def test_ctrl_n_opens_a_new_incident(qtbot, controller, case_window) -> None:
    press(case_window, Qt.Key.Key_N, CTRL)

    editor = active_editor(IncidentEditor)
    assert editor.record.id is None and editor.windowTitle() == "New incident"


def test_ctrl_n_without_a_case_does_nothing(qtbot, controller, window) -> None:
    press(window, Qt.Key.Key_N, CTRL)

    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    assert not window.new_incident_action.isEnabled()


def test_ctrl_f_goes_to_the_search_box(qtbot, controller, case_window) -> None:
    case_window.cases.view.setFocus()
    press(case_window, Qt.Key.Key_F, CTRL)
    assert case_window.search_box.hasFocus()


def test_alt_letter_jumps_to_a_field(qtbot, controller, case_window) -> None:
    editor = open_case_editor(case_window)

    press(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Summary"

    assert editor.summary.hasFocus()


def test_enter_in_a_list_edits_and_escape_closes(qtbot, controller, case_window) -> None:
    case_window.tabs.setCurrentWidget(case_window.persons)
    select_row(case_window.persons, PERSON)

    press(case_window.persons.view, Qt.Key.Key_Return)
    editor = active_editor(PersonEditor)
    assert editor.name.text() == PERSON
    press(editor, Qt.Key.Key_Escape)

    assert closed(editor)


# The other dialogs ---------------------------------------------------------------------------


def unlock_dialog(controller, window) -> QDialog:
    controller.lock()
    return controller.gate


def change_passphrase_dialog(controller, window) -> QDialog:
    window.passphrase_action.trigger()
    return controller.passphrase_dialog


def preferences_dialog(controller, window) -> QDialog:
    window.preferences_action.trigger()
    return controller.preferences


def create_vault_dialog(controller, window) -> QDialog:
    controller.lock()
    click(controller.gate.new_button)
    return controller.gate


DIALOGS = {
    "unlock": unlock_dialog,
    "create vault": create_vault_dialog,
    "change passphrase": change_passphrase_dialog,
    "preferences": preferences_dialog,
}


@pytest.mark.parametrize("kind", DIALOGS)
def test_every_dialog_field_has_a_label_bound_to_it(qtbot, controller, window, kind) -> None:
    dialog = DIALOGS[kind](controller, window)
    bound = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}

    fields = inputs_of(dialog)
    unlabelled = [type(w).__name__ for w in fields if w not in bound]

    assert fields
    assert unlabelled == []
