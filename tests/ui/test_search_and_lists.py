"""The main window's lists: search as you type, chronological sorting of fuzzy dates,
confidentiality at a glance, the person directory, and the models under Qt's model tester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView

from logbook.ui import dialogs
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.main_window import MainWindow
from logbook.ui.record_list import RecordList
from logbook.ui.record_model import RecordTableModel
from tests.ui.conftest import type_text
from tests.ui.driving import (
    PersonInput,
    active_editor,
    add_case,
    add_incident,
    add_person,
    choose_text,
    click,
    column_texts,
    fill,
    press,
    save,
    select_row,
)

CASE = "Разгон акции «Феминита»"
OTHER_CASE = "Штрафы за пикет в Шымкенте"
VICTIM = PersonInput("Жанар Секербаева", variants=("Sekerbayeva",), share_with_un=True)
WITNESS = PersonInput("Ұлжан Әбенова", publish=True)
MINOR = PersonInput("Әсел", age=16, minor=True, share_with_un=True, publish=True)
OFFICER = PersonInput("капитан Ержанов")
UNNAMED_VICTIM = PersonInput("Ботагөз")
INCIDENT = "Задержание участниц"
NARRATIVE = "Полицейские жёстко задержали Секербаевой подругу и саму Секербаеву."


@pytest.fixture
def case_with_people(window: MainWindow) -> MainWindow:
    add_case(window, CASE)
    for person in (VICTIM, WITNESS, MINOR, OFFICER, UNNAMED_VICTIM):
        add_person(window, person)
    add_incident(
        window,
        INCIDENT,
        narrative=NARRATIVE,
        date=("day", "2025-11-22"),
        locality="Алматы",
        involved=[
            (VICTIM.name, "victim"),
            (WITNESS.name, "witness"),
            (MINOR.name, "victim"),
            (OFFICER.name, "alleged_perpetrator"),
            (UNNAMED_VICTIM.name, "victim"),
        ],
    )
    return window


# Search --------------------------------------------------------------------------------------


def test_search_finds_the_incident_by_an_inflected_word_as_you_type(
    qtbot, controller, case_with_people
) -> None:
    window = case_with_people
    found: list[list[str]] = []
    window.search_box.setFocus()
    for letter in "секербаев":  # the narrative has "Секербаевой" and "Секербаеву"
        type_text(window.search_box, letter)
        found.append(column_texts(window.results, 1))

    assert INCIDENT in found[-1] and VICTIM.name in found[-1]
    assert INCIDENT in found[4]  # "секер" already finds it
    assert window.tabs.currentWidget() is window.results
    assert column_texts(window.results, 3) == [CASE] * len(found[-1])


def test_search_ignores_yo_and_finds_name_variants(qtbot, controller, case_with_people) -> None:
    window = case_with_people
    fill(window.search_box, "жестко")
    assert column_texts(window.results, 1) == [INCIDENT]

    fill(window.search_box, "Sekerbay")
    assert column_texts(window.results, 1) == [VICTIM.name]

    window.search_box.clear()
    assert column_texts(window.results, 1) == []


def test_a_search_result_opens_its_record(qtbot, controller, case_with_people) -> None:
    window = case_with_people
    fill(window.search_box, "задержали")
    select_row(window.results, INCIDENT, 1)

    press(window.results.view, Qt.Key.Key_Return)

    editor = active_editor(IncidentEditor)
    assert editor.title_field.text() == INCIDENT
    assert editor.narrative.toPlainText() == NARRATIVE


def test_search_covers_every_case(qtbot, controller, case_with_people) -> None:
    window = case_with_people
    add_case(window, OTHER_CASE)
    select_row(window.cases, OTHER_CASE)
    add_person(window, PersonInput("Айгерім Секербаева"))

    fill(window.search_box, "Секербаева")

    rows = dict(zip(column_texts(window.results, 1), column_texts(window.results, 3), strict=True))
    # The incident too: its narrative has her name in other forms (Секербаевой, -ву).
    assert rows == {VICTIM.name: CASE, "Айгерім Секербаева": OTHER_CASE, INCIDENT: CASE}


# Sorting -------------------------------------------------------------------------------------


def click_header(lst: RecordList, column: int) -> None:
    header: QHeaderView = lst.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )


def test_incidents_sort_by_date_chronologically_whatever_the_precision(
    qtbot, controller, window
) -> None:
    add_case(window, CASE)
    for title, date, approximate in (
        ("Штраф", ("day", "2025-11-22"), False),
        ("Угрозы в сети", ("unknown", ""), False),
        ("Слежка", ("year", "2024"), False),
        ("Обыск", ("month", "2025-11"), True),
        ("Пикет", ("day", "2024-03-05"), False),
    ):
        add_incident(window, title, date=date, approximate=approximate)

    click_header(window.incidents, 0)
    ascending = column_texts(window.incidents, 1)
    click_header(window.incidents, 0)
    descending = column_texts(window.incidents, 1)

    assert ascending == ["Слежка", "Пикет", "Обыск", "Штраф", "Угрозы в сети"]
    assert descending == list(reversed(ascending))
    assert column_texts(window.incidents, 0)[0] == "date unknown"
    assert "about 2025-11" in column_texts(window.incidents, 0)

    click_header(window.incidents, 1)
    assert column_texts(window.incidents, 1) == sorted(ascending, key=str.casefold)


def test_a_new_incident_keeps_the_list_sorted(qtbot, controller, window) -> None:
    add_case(window, CASE)
    add_incident(window, "Позже", date=("day", "2025-12-01"))
    add_incident(window, "Раньше", date=("day", "2025-01-01"))
    click_header(window.incidents, 0)
    add_incident(window, "Посередине", date=("month", "2025-06"))

    assert column_texts(window.incidents, 1)[:3] in (
        ["Раньше", "Посередине", "Позже"],
        ["Позже", "Посередине", "Раньше"],
    )


# Confidentiality at a glance -----------------------------------------------------------------


def persons_table(window: MainWindow) -> dict[str, tuple[str, str, str]]:
    window.tabs.setCurrentWidget(window.persons)
    names = column_texts(window.persons, 0)
    columns = [column_texts(window.persons, c) for c in (3, 4, 5)]
    return {name: (m, o, p) for name, m, o, p in zip(names, *columns, strict=True)}


def test_persons_show_how_each_export_names_them(qtbot, controller, case_with_people) -> None:
    table = persons_table(case_with_people)

    assert table[VICTIM.name] == ("", "Named", "Pseudonym: Victim A")
    assert table[WITNESS.name] == ("", "Pseudonym: Witness 1", "Named")
    # A minor is never named, whatever was consented.
    assert table[MINOR.name] == ("minor", "Pseudonym: Victim B", "Pseudonym: Victim B")
    assert table[OFFICER.name] == ("", "Named", "Withheld")
    assert table[UNNAMED_VICTIM.name] == ("", "Pseudonym: Victim C", "Pseudonym: Victim C")


def test_consent_given_later_shows_at_once(qtbot, controller, case_with_people) -> None:
    window = case_with_people
    window.tabs.setCurrentWidget(window.persons)
    select_row(window.persons, UNNAMED_VICTIM.name)
    click(window.persons.edit_button)
    editor = active_editor(PersonEditor)
    editor.tabs.setCurrentIndex(2)
    click(editor.publish)
    save(editor)

    assert persons_table(window)[UNNAMED_VICTIM.name][2] == "Named"


def test_injury_list_shows_medical_confidentiality(qtbot, controller, case_with_people) -> None:
    window = case_with_people
    select_row(window.incidents, INCIDENT, 1)
    click(window.incidents.edit_button)
    incident = active_editor(IncidentEditor)
    incident.tabs.setCurrentWidget(incident.injuries)
    for confidential in (True, False):
        click(incident.injuries.add_button)
        injury = active_editor(InjuryEditor)
        choose_text(injury.person, VICTIM.name)
        if not confidential:
            click(injury.confidential)
        save(injury)

    assert sorted(column_texts(incident.injuries, 3)) == ["", "confidential"]


# The person directory ------------------------------------------------------------------------


def test_the_directory_lists_people_of_every_case(qtbot, controller, case_with_people) -> None:
    window = case_with_people
    add_case(window, OTHER_CASE)
    select_row(window.cases, OTHER_CASE)
    add_person(window, PersonInput("Динара Смаилова", variants=("Dinara Smailova",)))

    window.tabs.setCurrentWidget(window.directory)

    rows = dict(
        zip(column_texts(window.directory, 0), column_texts(window.directory, 2), strict=True)
    )
    assert rows["Динара Смаилова"] == OTHER_CASE
    assert rows[VICTIM.name] == CASE
    assert len(rows) == 6
    assert "Dinara Smailova" in column_texts(window.directory, 1)


# Qt's model tester ---------------------------------------------------------------------------


def fill_every_list(window: MainWindow, tmp_path: Path) -> IncidentEditor:
    """Data in every list of the window and of the incident editor; returns that editor."""
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 evidence")
    window.tabs.setCurrentWidget(window.evidence)
    dialogs.answer_next(str(photo))
    click(window.evidence.add_button)
    save(active_editor(EvidenceEditor))
    fill(window.search_box, "Секербаев")
    for tab in (window.persons, window.directory, window.results):
        window.tabs.setCurrentWidget(tab)
    select_row(window.incidents, INCIDENT, 1)
    click(window.incidents.edit_button)
    editor = active_editor(IncidentEditor)
    for lst, cls in (
        (editor.injuries, InjuryEditor),
        (editor.statements, StatementEditor),
        (editor.remedies, RemedyEditor),
    ):
        editor.tabs.setCurrentWidget(lst)
        click(lst.add_button)
        child = active_editor(cls)
        if cls is StatementEditor:
            fill(child.text, "Я видела всё.")
        save(child)
    return editor


def test_every_list_model_passes_the_model_tester(
    qtbot, qtmodeltester, controller, case_with_people, tmp_path: Path
) -> None:
    editor = fill_every_list(case_with_people, tmp_path)

    models = case_with_people.findChildren(RecordTableModel)
    assert len(models) >= 9  # 6 in the window, 3 in the incident editor
    assert all(m.rowCount() > 0 for m in models), [m.rowCount() for m in models]
    views = {lst.view.model() for lst in case_with_people.findChildren(RecordList)}
    tested: list[QAbstractItemModel] = [*models, *(v for v in views if v not in models)]
    for model in tested:
        qtmodeltester.check(model)
    assert editor.isVisible()


def test_typing_search_operators_and_punctuation_never_fails(
    qtbot, controller, case_with_people
) -> None:
    window = case_with_people
    for text in ('"', "(Секер", "*", "-", "NEAR", "a:b", "^", "OR", "AND NOT", "ё*", "{"):
        fill(window.search_box, text)  # an error here would show an unscripted dialog
    fill(window.search_box, '"Секербаев')
    assert INCIDENT in column_texts(window.results, 1)
