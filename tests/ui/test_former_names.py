"""Former names (a deadname) in the person editor, driven as a user does it: typed one per
line beside the name variants (Cyrillic and Kazakh, key by key), saved to the vault, shown
again in the editor after locking and unlocking, searchable, never shown in the lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from logbook.core.model import Person
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.main_window import MainWindow
from tests.ui.conftest import book_of, drain, unlock
from tests.ui.driving import (
    CTRL_SHIFT,
    PersonInput,
    active_editor,
    add_case,
    add_person,
    click,
    column_texts,
    fill,
    press,
    problems,
    save,
    select_row,
    settle,
    visible_texts,
)

NAME = "Алихан Сеитов"
FORMER = ["Алия Сеитова", "Әлия Сейітқызы", "Aliya Seitova"]
PERSON = PersonInput(
    NAME,
    variants=("Alikhan Seitov",),
    extra={"former": "\n".join(FORMER)},
)


def stored(window: MainWindow) -> Person:
    [person] = [p for p in book_of(window).persons() if p.name == NAME]
    return person


def open_person(window: MainWindow, name: str) -> PersonEditor:
    window.tabs.setCurrentWidget(window.persons)
    select_row(window.persons, name)
    click(window.persons.edit_button)
    return active_editor(PersonEditor)


def test_former_names_are_saved_and_shown_again(qtbot, controller, window) -> None:
    add_case(window, "Преследование активистов")
    add_person(window, PERSON)

    person = stored(window)
    assert person.former_names == FORMER
    assert person.name_variants == ["Alikhan Seitov"]

    # Read back through a new session: lock, unlock, open the person again.
    controller.lock()
    settle()
    unlock(qtbot, controller)
    window = controller.window
    editor = open_person(window, NAME)
    assert editor.former.toPlainText() == "\n".join(FORMER)
    assert editor.variants.toPlainText() == "Alikhan Seitov"

    # One name removed, blank lines and spaces ignored.
    fill(editor.former, "  Aliya Seitova  \n\nӘлия Сейітқызы")
    save(editor)
    assert stored(window).former_names == ["Aliya Seitova", "Әлия Сейітқызы"]
    assert open_person(window, NAME).former.toPlainText() == "Aliya Seitova\nӘлия Сейітқызы"


def test_the_field_says_former_names_are_never_exported(qtbot, controller, window) -> None:
    add_case(window, "Дело")
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    assert "never disclosed in any export" in editor.former.toolTip()
    assert editor.former_help.text() == editor.former.toolTip()
    assert editor.former_help.isVisibleTo(editor)
    # Alt+F reaches the field from anywhere on the page.
    editor.name.setFocus()
    press(editor.name, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert editor.former.hasFocus()


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "&Former names (one per line)"),
        ("ru", "Пр&ежние имена (по одному в строке)"),
        ("kk", "Бұ&рынғы аттары (әр жолға біреуден)"),
    ],
)
def test_the_field_is_labelled_with_an_alt_letter_unique_on_its_page(
    qtbot, controller, window, language: str, label: str
) -> None:
    controller.translations.use(language)
    try:
        add_case(window, "Дело")
        press(window, Qt.Key.Key_P, CTRL_SHIFT)
        editor = active_editor(PersonEditor)
        page = editor.tabs.widget(0)
        captions = [c for c in page.findChildren(QLabel) if c.buddy() is not None]
        assert [c.text() for c in captions if c.buddy() is editor.former] == [label]
        letters = [c.text()[c.text().index("&") + 1].casefold() for c in captions]
        assert len(letters) == len(set(letters)), letters
        assert editor.former_help.text() == editor.former.toolTip()
        if language != "en":
            assert "never" not in editor.former_help.text()  # translated too
    finally:
        controller.translations.use("en")


def test_a_former_name_in_use_is_refused_at_the_field(qtbot, controller, window) -> None:
    add_case(window, "Дело")
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill(editor.name, NAME)
    fill(editor.former, "Алия Сеитова\nалихан сеитов")

    click(editor.buttons.button(editor.buttons.StandardButton.Save))

    assert editor.isVisible()
    assert editor.problem_at("former_names") == (
        "A former name cannot also be the name or a name variant."
    )
    assert problems(editor) == [editor.problem_at("former_names")]
    assert editor.former.hasFocus()
    assert book_of(window).persons() == []


def test_search_finds_a_person_by_a_former_name(qtbot, controller, window) -> None:
    add_case(window, "Преследование активистов")
    add_person(window, PERSON)

    fill(window.search_box, "Сейітқыз")

    assert column_texts(window.results, 1) == [NAME]


def test_the_lists_never_show_a_former_name(qtbot, controller, window) -> None:
    add_case(window, "Преследование активистов")
    add_person(window, PERSON)

    for lst in (window.persons, window.directory):
        window.tabs.setCurrentWidget(lst)
        drain()  # the tab fills when shown
        texts = [t for w in [lst, *lst.findChildren(QWidget)] for t in visible_texts(w)]
        assert NAME in "\n".join(texts)
        assert not [t for t in texts if any(f in t for f in FORMER)]
