"""Pickers instead of codes: countries and languages are chosen by name in the UI language
and stored as ISO codes; automatic pseudonyms are shown in the UI language and stored in
English."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from logbook.core.pseudonyms import LABELS
from logbook.ui.countries import LANGUAGES, country_names
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.country_field import CountryField, LanguageField
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.i18n import Translations
from logbook.ui.pseudonym_text import ROLE_WORDS, pseudonym_text, stored_pseudonym
from tests.ui.conftest import book_of, type_text
from tests.ui.driving import CTRL_SHIFT, active_editor, add_case, fill, press, save


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Translations]:
    made = Translations(qapp)
    yield made
    made.use("en")


def completions(field: CountryField | LanguageField, typed: str) -> list[str]:
    completer = field.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("language", "name"), [("en", "Kazakhstan"), ("ru", "Казахстан"), ("kk", "Қазақстан")]
)
def test_countries_are_named_in_the_ui_language_and_stored_as_codes(
    in_language: Translations, language: str, name: str
) -> None:
    in_language.use(language)
    field = CountryField()

    field.set_value("KZ")

    assert field.currentText() == name
    assert field.value() == "KZ"
    assert field.itemData(0) is None and field.itemText(0) == ""  # the empty choice


def test_a_country_is_found_by_any_part_of_its_name_whatever_the_case(
    in_language: Translations,
) -> None:
    in_language.use("kk")
    field = CountryField()

    assert "Қазақстан" in completions(field, "ҚАЗ")
    found = completions(field, "стан")
    assert {"Қазақстан", "Өзбекстан", "Тәжікстан", "Ауғанстан"} <= set(found)


def test_typing_a_name_or_a_code_gives_the_code(qapp: QApplication, qtbot) -> None:
    field = CountryField()
    qtbot.addWidget(field)

    for typed in ("kz", "KZ", "kazakhstan", "Kazakhstan"):
        field.setEditText(typed)
        assert field.value() == "KZ", typed
    field.setEditText("")
    assert field.value() is None
    field.set_value(None)
    assert field.value() is None


def test_a_value_the_list_does_not_know_is_kept(qapp: QApplication, qtbot) -> None:
    field = CountryField()
    qtbot.addWidget(field)
    field.set_value("Kazakh")  # a nationality typed before the picker
    assert field.value() == "Kazakh"


@pytest.mark.parametrize(
    ("language", "chile", "germany"), [("ru", "Чили", "Германия"), ("kk", "Чили", "Германия")]
)
def test_every_country_is_named_in_the_ui_language(
    in_language: Translations, language: str, chile: str, germany: str
) -> None:
    in_language.use(language)
    names = country_names()
    assert (names["CL"], names["DE"]) == (chile, germany)
    assert names["KZ"] == {"ru": "Казахстан", "kk": "Қазақстан"}[language]
    assert len(names) > 240 and all(len(code) == 2 and code.isalpha() for code in names)
    assert "EU" not in names and "UN" not in names
    assert not any(name.endswith(f"({code})") for code, name in names.items())


@pytest.mark.parametrize(("language", "name"), [("ru", "казахский"), ("kk", "қазақ тілі")])
def test_the_statement_language_is_a_list(
    in_language: Translations, language: str, name: str
) -> None:
    in_language.use(language)
    field = LanguageField()
    field.set_value("kk")
    assert field.currentText() == name
    assert field.value() == "kk"
    assert [field.itemData(i) for i in range(1, field.count())].count("ru") == 1
    assert set(LANGUAGES) == {field.itemData(i) for i in range(1, field.count())}


def test_the_case_editor_picks_the_country_by_name(qtbot, controller, window) -> None:
    controller.translations.use("kk")
    try:
        press(window, Qt.Key.Key_N, CTRL_SHIFT)
        editor = active_editor(CaseEditor)
        fill(editor.title_field, "Іс")
        fill(editor.country, "Қырғыз")
        completer = editor.country.completer()
        assert completer.currentCompletion() == "Қырғызстан"
        editor.country.setEditText(completer.currentCompletion())  # the user picks it
        captions = [c.text() for c in editor.findChildren(QLabel) if c.buddy() is editor.country]
        assert captions == ["&Ел"]
        save(editor)
    finally:
        controller.translations.use("en")

    [case] = book_of(window).cases()
    assert case.country == "KG"


# Pseudonyms -----------------------------------------------------------------------------


def test_every_role_has_a_translatable_word() -> None:
    assert set(ROLE_WORDS) == set(LABELS)
    assert ROLE_WORDS == LABELS  # the English words are the stored ones


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "Witness 1"), ("ru", "Свидетель 1"), ("kk", "Куәгер 1")],
)
def test_automatic_pseudonyms_follow_the_ui_language(
    in_language: Translations, language: str, shown: str
) -> None:
    in_language.use(language)
    assert QLocale().name().startswith(language)
    assert pseudonym_text("Witness 1") == shown
    assert stored_pseudonym(shown) == "Witness 1"
    assert pseudonym_text("Сокол") == "Сокол"  # written by the user: as written
    assert stored_pseudonym("Сокол") == "Сокол"
    assert pseudonym_text(None) == ""
    assert stored_pseudonym(None) is None


def test_the_person_editor_shows_and_stores_pseudonyms(qtbot, controller, window) -> None:
    add_case(window, "Дело")
    controller.translations.use("ru")
    try:
        press(window, Qt.Key.Key_P, CTRL_SHIFT)
        editor = active_editor(PersonEditor)
        editor.load(replace(editor.record, pseudonym="Victim A"))
        assert editor.pseudonym.text() == pseudonym_text("Victim A") != "Victim A"

        fill(editor.name, "Айгерим")
        editor.pseudonym.clear()
        type_text(editor.pseudonym, "Свидетель 2")
        save(editor)
    finally:
        controller.translations.use("en")

    [person] = book_of(window).persons()
    assert person.pseudonym == "Witness 2"  # stored in English, as the export expects
