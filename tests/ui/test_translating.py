"""Translating free text in the editors, beside the original: a defender writes in Russian
or Kazakh, picks a UN language and types the translation next to the (then read-only)
original; the case shows how many fields still lack a translation per language; an export
finding about a missing translation opens the input it concerns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from logbook.core.model import Incident
from logbook.export.origin import Origin
from logbook.ui import dialogs
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.fields import TextField
from logbook.ui.editors.form import Form
from logbook.ui.editors.incident_child_editors import RemedyEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.editors.translating import Translating
from logbook.ui.exporting.field_opener import open_field
from logbook.ui.main_window import MainWindow
from tests.ui.conftest import book_of
from tests.ui.driving import (
    PersonInput,
    active_editor,
    add_case,
    add_person,
    choose,
    click,
    closed,
    fill,
    open_new_incident,
    press,
    save,
    select_row,
)

CASE_TITLE = "Разгон акции в Алматы"
TITLE = "Задержание участниц"
NARRATIVE = "Около полудня полицейские задержали трёх участниц акции."
ENGLISH = "Around noon the police detained three participants."
FRENCH = "Vers midi, la police a arrêté trois participantes."


def translation_input(editor: RecordEditor, path: str) -> QWidget:
    """The input the editor registered under ``path`` (``translations/en/narrative``)."""
    for form in editor.forms:
        if form.has_field(path):
            widget = form.widget_of(path)
            assert widget is not None
            return widget
    raise AssertionError(f"no input at {path}")


def translate_into(editor: RecordEditor, language: str | None) -> None:
    """Pick a language in "Translate into" (``None``: the originals only)."""
    picker = editor.translating.picker
    assert picker is not None
    if language is None:
        picker.box.setFocus()
        picker.box.setCurrentIndex(0)
    else:
        choose(picker.box, language)


def incident_with_narrative(window: MainWindow) -> IncidentEditor:
    """A saved incident with a Russian title and narrative, its editor open again."""
    add_case(window, CASE_TITLE)
    editor = open_new_incident(window)
    fill(editor.title_field, TITLE)
    fill(editor.narrative, NARRATIVE)
    save(editor)
    return reopen_incident(window)


def reopen_incident(window: MainWindow) -> IncidentEditor:
    select_row(window.incidents, TITLE, 1)
    press(window.incidents.view, Qt.Key.Key_Return)
    return active_editor(IncidentEditor)


def stored_incident(window: MainWindow) -> Incident:
    [case] = book_of(window).cases()
    [incident] = book_of(window).incidents(case.id)
    return incident


def test_a_translation_is_typed_beside_the_read_only_original(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    english = translation_input(editor, "translations/en/narrative")
    assert not english.isVisible() and not editor.narrative.isReadOnly()

    translate_into(editor, "en")

    assert english.isVisible()
    assert editor.narrative.isReadOnly() and editor.narrative.toPlainText() == NARRATIVE
    assert type(english) is type(editor.narrative)  # multi-line beside multi-line
    assert english.parentWidget() is editor.narrative.parentWidget()
    assert english.x() > editor.narrative.x()  # beside it, on the right
    fill(english, ENGLISH)
    save(editor)

    assert stored_incident(window).translations == {"en": {"narrative": ENGLISH}}
    assert stored_incident(window).narrative == NARRATIVE
    editor = reopen_incident(window)
    assert translation_input(editor, "translations/en/narrative").toPlainText() == ENGLISH


def test_switching_languages_keeps_what_was_typed_in_each(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    translate_into(editor, "en")
    fill(translation_input(editor, "translations/en/narrative"), ENGLISH)
    translate_into(editor, "fr")
    french = translation_input(editor, "translations/fr/narrative")
    assert french.isVisible()
    assert not translation_input(editor, "translations/en/narrative").isVisible()
    fill(french, FRENCH)
    translate_into(editor, None)
    assert not french.isVisible() and not editor.narrative.isReadOnly()
    translate_into(editor, "en")
    assert translation_input(editor, "translations/en/narrative").toPlainText() == ENGLISH

    save(editor)

    assert stored_incident(window).translations == {
        "en": {"narrative": ENGLISH},
        "fr": {"narrative": FRENCH},
    }


def test_a_blanked_translation_is_removed_and_the_others_kept(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    translate_into(editor, "en")
    fill(translation_input(editor, "translations/en/narrative"), ENGLISH)
    fill(translation_input(editor, "translations/en/title"), "Detention")
    translate_into(editor, "fr")
    fill(translation_input(editor, "translations/fr/narrative"), FRENCH)
    save(editor)

    editor = reopen_incident(window)
    translate_into(editor, "en")
    fill(translation_input(editor, "translations/en/narrative"), "   ")
    save(editor)

    assert stored_incident(window).translations == {
        "en": {"title": "Detention"},
        "fr": {"narrative": FRENCH},
    }


def test_closing_with_an_unsaved_translation_asks(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    translate_into(editor, "es")
    fill(translation_input(editor, "translations/es/narrative"), "Hacia el mediodía")

    dialogs.answer_next(False)  # "Discard the changes you made?" — no
    press(editor, Qt.Key.Key_Escape)
    assert dialogs.shown == [("confirm", "Discard the changes you made?")]
    assert editor.isVisible()

    dialogs.answer_next(True)
    press(editor, Qt.Key.Key_Escape)
    assert closed(editor)
    assert stored_incident(window).translations == {}


def test_only_choosing_a_language_is_no_change(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    translate_into(editor, "fr")
    press(editor, Qt.Key.Key_Escape)
    assert dialogs.shown == [] and closed(editor)


def test_alt_letter_goes_to_the_translation_while_translating(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    translate_into(editor, "en")
    press(editor, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Narrative"
    assert QApplication.focusWidget() is translation_input(editor, "translations/en/narrative")


def test_the_source_relationship_and_the_case_are_translated(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    select_row(window.cases, CASE_TITLE)
    click(window.cases.edit_button)
    editor = active_editor(CaseEditor)
    fill(editor.source_name, "Кадыр Бекетов")
    fill(editor.source_relationship, "адвокат задержанных")
    translate_into(editor, "en")
    fill(translation_input(editor, "translations/en/title"), "Dispersal of a rally in Almaty")
    fill(translation_input(editor, "source/translations/en/relationship"), "their lawyer")
    save(editor)

    [case] = book_of(window).cases()
    assert case.translations == {"en": {"title": "Dispersal of a rally in Almaty"}}
    assert case.source is not None
    assert case.source.translations == {"en": {"relationship": "their lawyer"}}


def test_a_person_takes_a_name_in_latin_letters(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    add_person(window, PersonInput("Жанар Секербаева", extra={"name_latin": "Zhanar Sekerbayeva"}))
    add_person(window, PersonInput("Ұлжан Әбенова"))

    [case] = book_of(window).cases()
    names = {p.name: p.name_latin for p in book_of(window).persons(case.id)}
    assert names == {"Жанар Секербаева": "Zhanar Sekerbayeva", "Ұлжан Әбенова": None}


def test_the_case_shows_how_many_fields_lack_a_translation(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    status = window.translation_status
    assert status.isVisible()
    assert status.text() == "Not yet translated: English 1 · French 1 · Spanish 1"

    editor = open_new_incident(window)
    fill(editor.title_field, TITLE)
    fill(editor.narrative, NARRATIVE)
    translate_into(editor, "en")
    fill(translation_input(editor, "translations/en/title"), "Detention")
    save(editor)
    assert status.text() == "Not yet translated: English 2 · French 3 · Spanish 3"

    select_row(window.cases, CASE_TITLE)
    click(window.cases.edit_button)
    editor = active_editor(CaseEditor)
    fill(editor.title_field, "Dispersal in Almaty")  # written in English: nothing to translate
    save(editor)
    editor = reopen_incident(window)
    translate_into(editor, "en")
    fill(translation_input(editor, "translations/en/narrative"), ENGLISH)
    save(editor)
    assert status.text() == "Not yet translated: English 0 · French 2 · Spanish 2"


def test_a_translated_incident_part_updates_the_count(qtbot, controller, window) -> None:
    """A remedy is not in the main window's lists; its translation still counts."""
    editor = incident_with_narrative(window)
    editor.tabs.setCurrentWidget(editor.remedies)
    click(editor.remedies.add_button)
    remedy = active_editor(RemedyEditor)
    fill(remedy.authority, "Прокуратура Алматы")
    save(remedy)
    status = window.translation_status
    assert status.text() == "Not yet translated: English 4 · French 4 · Spanish 4"

    select_row(editor.remedies, "Прокуратура Алматы", 1)
    press(editor.remedies.view, Qt.Key.Key_Return)
    remedy = active_editor(RemedyEditor)
    translate_into(remedy, "es")
    fill(translation_input(remedy, "translations/es/authority"), "Fiscalía de Almaty")
    save(remedy)
    assert status.text() == "Not yet translated: English 4 · French 4 · Spanish 3"


def test_a_missing_translation_finding_opens_its_input(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    click(editor.buttons.button(editor.buttons.StandardButton.Cancel))
    incident = stored_incident(window)

    origin = Origin("incident", incident.id, incident.ref, "translations.fr.narrative")
    opened: list[RecordEditor] = []
    open_field(window.ops, window.open_editor, origin, window, then=opened.append)
    editor = active_editor(IncidentEditor)

    assert opened == [editor]
    assert editor.translating.language() == "fr"
    french = translation_input(editor, "translations/fr/narrative")
    assert french.isVisible() and QApplication.focusWidget() is french
    assert editor.narrative.isReadOnly()


def test_a_missing_source_translation_opens_on_the_source_tab(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    select_row(window.cases, CASE_TITLE)
    click(window.cases.edit_button)
    editor = active_editor(CaseEditor)
    fill(editor.source_name, "Кадыр Бекетов")
    fill(editor.source_relationship, "адвокат задержанных")
    save(editor)
    [case] = book_of(window).cases()

    origin = Origin("source", case.id, case.ref, "translations.es.relationship")
    open_field(window.ops, window.open_editor, origin, window)
    editor = active_editor(CaseEditor)

    spanish = translation_input(editor, "source/translations/es/relationship")
    assert editor.translating.language() == "es"
    assert spanish.isVisible() and QApplication.focusWidget() is spanish


def test_the_exact_place_is_translated_under_its_dotted_name(qtbot, controller, window) -> None:
    editor = incident_with_narrative(window)
    fill(editor.place, "у здания акимата")
    translate_into(editor, "en")
    assert editor.place.isReadOnly()
    fill(translation_input(editor, "translations/en/location/place"), "outside the akimat")
    save(editor)

    assert stored_incident(window).translations == {"en": {"location.place": "outside the akimat"}}


def test_translations_of_fields_an_editor_does_not_show_are_kept(qapp) -> None:
    form = Form()
    narrative = form.add("narrative", "&Narrative", TextField())
    translating = Translating([form], {"": Incident})
    stored = Incident(
        case_id=1,
        title="Задержание",
        narrative=NARRATIVE,
        translations={"en": {"title": "Detention", "narrative": ENGLISH}},
    )
    translating.load(stored)
    english = form.widget_of("translations/en/narrative")
    assert isinstance(english, TextField) and english.toPlainText() == ENGLISH
    assert form.widget_of("translations/en/title") is None  # no title input here

    english.setPlainText("")
    collected = translating.put(stored, stored)

    assert collected.translations == {"en": {"title": "Detention"}}
    assert narrative.toPlainText() == ""  # the original is the editor's to load
    form.deleteLater()


def test_a_case_written_in_english_has_nothing_left(qtbot, controller, window) -> None:
    add_case(window, "Dispersal of a rally in Almaty")
    assert window.translation_status.text() == "Every field that needs it is translated."
