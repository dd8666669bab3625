"""Documenting a case end to end in Russian and Kazakh, as a defender does it: the case,
the people with their consent, an incident with its narrative, who was involved, an injury,
a statement and a complaint; then reading it all back from the vault."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.model import Case, Incident, Injury, Involvement, Person, Remedy, Statement
from logbook.ui import dialogs
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_child_editors import (
    InjuryEditor,
    RemedyEditor,
    StatementEditor,
)
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from tests.conftest import vault_bytes
from tests.ui.conftest import book_of, unlock
from tests.ui.driving import (
    CTRL_SHIFT,
    PersonInput,
    active_editor,
    add_case,
    add_person,
    apply,
    choose,
    choose_text,
    click,
    closed,
    column_texts,
    enter_number,
    fill,
    involve,
    open_new_incident,
    press,
    save,
    select_row,
    set_date,
    settle,
    tick,
)

CASE_TITLE = "Разгон акции «Феминита» в Алматы"
SUMMARY = "Алматыдағы бейбіт жиынды полиция таратты, үш қатысушы ұсталды."
VICTIM = PersonInput(
    name="Жанар Секербаева",
    variants=("Sekerbaeva", "Zhanar Sekerbayeva"),
    share_with_un=True,
    obtained_on="2025-12-01",
    obtained_how="устно, при юристе",
    contact="+7 701 000 00 00",
    extra={"pronouns": "она", "affiliation": "Феминита"},
)
WITNESS = PersonInput(name="Ұлжан Әбенова", obtained_how="жазбаша келісім жоқ")
OFFICER = PersonInput(name="капитан Ержанов")
MINOR = PersonInput(name="Әсел", age=16, minor=True)
INCIDENT_TITLE = "Задержание участниц акции"
NARRATIVE = (
    "Около полудня полицейские задержали Секербаеву и ещё двух участниц.\n"
    "Ұлжан Әбенова көрді: Секербаеваны көлікке күштеп отырғызды."
)
STATEMENT = "Мен полицияның Жанарды соққанын өз көзіммен көрдім."
CONCERNS = "Нарушены право на мирные собрания и свобода от пыток."
REQUESTED = "Мемлекеттен тергеу жүргізуді сұраймыз."


def document_the_case(window) -> None:
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    case = active_editor(CaseEditor)
    fill(case.title_field, CASE_TITLE)
    fill(case.country, "kz")
    fill(case.summary, SUMMARY)
    tick(case.mandates, ["SR_ASSEMBLY", "SR_HRD"])
    choose(case.communication, "allegation_letter")
    fill(case.concerns, CONCERNS)
    fill(case.requested, REQUESTED)
    fill(case.source_name, "Феминита")
    save(case)
    for person in (VICTIM, WITNESS, OFFICER, MINOR):
        add_person(window, person)

    incident = open_new_incident(window)
    fill(incident.title_field, INCIDENT_TITLE)
    set_date(incident, "month", "2025-11", approximate=True)
    fill(incident.locality, "Алматы")
    fill(incident.place, "площадь Республики")
    fill(incident.narrative, NARRATIVE)
    tick(incident.violations, ["arbitrary_arrest", "disruption_of_assembly"])
    involve(incident, VICTIM.name, "victim")
    involve(incident, WITNESS.name, "witness")
    involve(incident, OFFICER.name, "alleged_perpetrator", "police")
    involve(incident, MINOR.name, "victim")
    apply(incident)  # the injuries, statements and remedies tabs open once it is saved

    incident.tabs.setCurrentWidget(incident.injuries)
    assert not incident.injuries.note.isVisible()
    click(incident.injuries.add_button)
    injury = active_editor(InjuryEditor)
    # Prominent and on by default: medical details are withheld unless consented.
    assert injury.forms[0].owner_of("medically_confidential") == "medically_confidential"
    assert injury.confidential.isChecked()
    choose_text(injury.person, VICTIM.name)
    choose(injury.type, "bruise")
    fill(injury.body_location, "левое плечо")
    fill(injury.description, "гематома 5 см")
    fill(injury.observed_on, "2025-11-23")
    save(injury)

    incident.tabs.setCurrentWidget(incident.statements)
    click(incident.statements.add_button)
    statement = active_editor(StatementEditor)
    choose_text(statement.person, WITNESS.name)
    fill(statement.taken_on, "2025-11-25")
    fill(statement.language, "kk")
    fill(statement.text, STATEMENT)
    save(statement)

    incident.tabs.setCurrentWidget(incident.remedies)
    click(incident.remedies.add_button)
    remedy = active_editor(RemedyEditor)
    choose(remedy.type, "prosecutor_complaint")
    fill(remedy.authority, "Прокуратура г. Алматы")
    fill(remedy.date, "2025-12-02")
    fill(remedy.reference, "№ 123/45")
    choose(remedy.status, "pending")
    fill(remedy.outcome, "Ответа нет.")
    save(remedy)

    assert column_texts(incident.injuries, 3) == ["confidential"]
    save(incident)


def test_a_case_documented_in_russian_and_kazakh_is_stored_as_typed(
    qtbot, controller, window
) -> None:
    document_the_case(window)

    # Read back from the vault, through a new session: lock and unlock.
    controller.lock()
    settle()
    unlock(qtbot, controller)
    book = book_of(controller.window)

    [case] = book.cases()
    assert (case.title, case.country, case.summary) == (CASE_TITLE, "KZ", SUMMARY)
    assert case.mandates == ["SR_HRD", "SR_ASSEMBLY"]  # in the vocabulary's order
    assert case.communication_type == "allegation_letter"
    assert (case.concerns, case.requested_action) == (CONCERNS, REQUESTED)
    assert case.source is not None and case.source.name == "Феминита"

    persons = {p.name: p for p in book.persons(case.id)}
    assert set(persons) == {VICTIM.name, WITNESS.name, OFFICER.name, MINOR.name}
    victim = persons[VICTIM.name]
    assert victim.name_variants == ["Sekerbaeva", "Zhanar Sekerbayeva"]
    assert (victim.pronouns, victim.affiliation) == ("она", "Феминита")
    assert victim.contact == "+7 701 000 00 00"
    assert victim.consent.share_with_un and not victim.consent.publish
    assert not victim.consent.medical_details
    assert (victim.consent.obtained_on, victim.consent.obtained_how) == (
        "2025-12-01",
        "устно, при юристе",
    )
    assert persons[MINOR.name].is_minor and persons[MINOR.name].age == 16
    assert persons[WITNESS.name].consent.obtained_how == "жазбаша келісім жоқ"

    [incident] = book.incidents(case.id)
    assert incident.title == INCIDENT_TITLE
    assert incident.narrative == NARRATIVE
    assert incident.date == FuzzyDate("2025-11", "month", approximate=True)
    assert (incident.location.locality, incident.location.place) == (
        "Алматы",
        "площадь Республики",
    )
    assert incident.violations == ["arbitrary_arrest", "disruption_of_assembly"]
    roles = {
        (book.get(Person, i.person_id).name, i.role, i.perpetrator_type, i.state_actor)
        for i in book.of_incident(Involvement, incident.id)
    }
    assert roles == {
        (VICTIM.name, "victim", None, None),
        (WITNESS.name, "witness", None, None),
        (OFFICER.name, "alleged_perpetrator", "police", True),
        (MINOR.name, "victim", None, None),
    }
    [injury] = book.of_incident(Injury, incident.id)
    assert injury.medically_confidential and injury.person_id == victim.id
    assert (injury.type, injury.body_location, injury.description, injury.observed_on) == (
        "bruise",
        "левое плечо",
        "гематома 5 см",
        "2025-11-23",
    )
    [statement] = book.of_incident(Statement, incident.id)
    assert (statement.text, statement.language, statement.taken_on) == (
        STATEMENT,
        "kk",
        "2025-11-25",
    )
    assert statement.person_id == persons[WITNESS.name].id
    [remedy] = book.of_incident(Remedy, incident.id)
    assert (remedy.type, remedy.authority, remedy.reference, remedy.status) == (
        "prosecutor_complaint",
        "Прокуратура г. Алматы",
        "№ 123/45",
        "pending",
    )


def test_the_lists_and_the_editor_show_what_was_recorded(qtbot, controller, window) -> None:
    document_the_case(window)

    assert column_texts(window.cases, 0) == [CASE_TITLE]
    assert column_texts(window.incidents, 0) == ["about 2025-11"]
    assert column_texts(window.incidents, 1) == [INCIDENT_TITLE]
    assert column_texts(window.incidents, 3) == ["площадь Республики, Алматы"]
    assert column_texts(window.incidents, 4) == ["Arbitrary arrest, Disruption of an assembly"]
    assert column_texts(window.incidents, 5) == ["2"]  # victims

    select_row(window.incidents, INCIDENT_TITLE, 1)
    press(window.incidents.view, Qt.Key.Key_Return)
    editor = active_editor(IncidentEditor)
    assert editor.windowTitle() == "Edit incident"
    assert editor.narrative.toPlainText() == NARRATIVE
    assert editor.date.value() == FuzzyDate("2025-11", "month", approximate=True)
    assert len(editor.involvements.value(editor.record.id)) == 4
    assert column_texts(editor.statements, 0) == [WITNESS.name]
    assert not editor.is_dirty()
    press(editor, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert closed(editor) and dialogs.shown == []


# Validation at the field ---------------------------------------------------------------------


def test_birth_year_of_a_minor_needs_the_minor_flag(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill(editor.name, "Әсел")
    enter_number(editor.birth_year, 2015)
    editor.tabs.setCurrentIndex(2)

    click(editor.buttons.button(editor.buttons.StandardButton.Save))

    assert editor.isVisible()
    assert editor.problem_at("is_minor") == (
        "The birth year makes the person a minor: mark them as a minor."
    )
    assert editor.tabs.currentIndex() == 0  # taken to the field
    assert editor.minor.hasFocus()
    assert book_of(window).persons() == []

    click(editor.minor)
    save(editor)
    [person] = book_of(window).persons()
    assert person.is_minor and person.birth_year == 2015


def test_an_age_under_18_needs_the_minor_flag(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill(editor.name, "Әсел")
    enter_number(editor.age, 15)

    click(editor.buttons.button(editor.buttons.StandardButton.Save))

    assert editor.problem_at("is_minor") == "The age is under 18: mark the person as a minor."
    assert editor.problem_at("name") == ""
    assert book_of(window).persons() == []


def test_a_bad_consent_date_is_shown_on_the_consent_tab(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill(editor.name, "Жанар")
    editor.tabs.setCurrentIndex(2)
    fill(editor.obtained_on, "01.12.2025")
    editor.tabs.setCurrentIndex(0)

    click(editor.buttons.button(editor.buttons.StandardButton.Save))

    assert editor.problem_at("consent/obtained_on") == (
        "Not a date: use YYYY-MM-DD, YYYY-MM or YYYY."
    )
    assert editor.tabs.currentIndex() == 2


def test_a_date_that_does_not_exist_is_shown_at_the_date(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    editor = open_new_incident(window)
    fill(editor.title_field, INCIDENT_TITLE)
    set_date(editor, "day", "2025-02-30")
    editor.tabs.setCurrentWidget(editor.involvements)

    click(editor.buttons.button(editor.buttons.StandardButton.Save))

    assert editor.isVisible()
    assert editor.problem_at("date") == (
        "This date does not exist or does not match the precision."
    )
    assert editor.tabs.currentIndex() == 0
    [case] = book_of(window).cases()
    assert book_of(window).incidents(case.id) == []

    fill(editor.date.value_field, "2025-02-28")
    save(editor)
    [incident] = book_of(window).incidents(case.id)
    assert incident.date == FuzzyDate("2025-02-28", "day")


def test_a_title_is_required(qtbot, controller, window) -> None:
    press(window, Qt.Key.Key_N, CTRL_SHIFT)
    editor = active_editor(CaseEditor)

    click(editor.buttons.button(editor.buttons.StandardButton.Save))

    assert editor.problem_at("title") == "Required."
    assert editor.title_field.hasFocus()
    assert book_of(window).cases() == []


# Unsaved changes and deleting ----------------------------------------------------------------


def test_unsaved_changes_are_asked_about(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    select_row(window.cases, CASE_TITLE)
    click(window.cases.edit_button)
    editor = active_editor(CaseEditor)
    fill(editor.summary, SUMMARY)

    dialogs.answer_next(False)  # "Discard the changes you made?" — no
    press(editor, Qt.Key.Key_Escape)
    assert dialogs.shown == [("confirm", "Discard the changes you made?")]
    assert editor.isVisible() and editor.summary.toPlainText() == SUMMARY

    dialogs.answer_next(True)
    click(editor.buttons.button(editor.buttons.StandardButton.Cancel))
    assert closed(editor)
    assert book_of(window).cases()[0].summary == ""


def test_changing_only_who_was_involved_is_an_unsaved_change(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    add_person(window, VICTIM)
    editor = open_new_incident(window)
    fill(editor.title_field, INCIDENT_TITLE)
    apply(editor)
    involve(editor, VICTIM.name, "victim")

    dialogs.answer_next(False)
    press(editor, Qt.Key.Key_Escape)

    assert dialogs.shown == [("confirm", "Discard the changes you made?")]
    assert editor.isVisible()


def test_deleting_asks_first_and_no_keeps_the_record(qtbot, controller, window) -> None:
    document_the_case(window)
    [case] = book_of(window).cases()
    select_row(window.incidents, INCIDENT_TITLE, 1)

    dialogs.answer_next(False)
    press(window.incidents.view, Qt.Key.Key_Delete)
    assert [kind for kind, _ in dialogs.shown] == ["confirm"]
    assert "cannot be undone" in dialogs.shown[0][1]
    assert column_texts(window.incidents, 1) == [INCIDENT_TITLE]

    dialogs.answer_next(True)
    click(window.incidents.delete_button)
    assert column_texts(window.incidents, 1) == []
    assert book_of(window).incidents(case.id) == []
    assert book_of(window).of_case(Injury, case.id) == []  # its injuries went with it
    assert len(book_of(window).persons(case.id)) == 4  # the people stay


def test_deleting_a_case_empties_the_lists(qtbot, controller, window) -> None:
    document_the_case(window)
    select_row(window.cases, CASE_TITLE)

    dialogs.answer_next(True)
    press(window.cases.view, Qt.Key.Key_Delete)

    assert column_texts(window.cases, 0) == []
    assert column_texts(window.incidents, 0) == []
    assert book_of(window).cases() == [] and book_of(window).persons() == []
    assert not window.new_incident_action.isEnabled()


def test_deleting_an_injury_inside_the_incident_editor(qtbot, controller, window) -> None:
    document_the_case(window)
    select_row(window.incidents, INCIDENT_TITLE, 1)
    click(window.incidents.edit_button)
    editor = active_editor(IncidentEditor)
    editor.tabs.setCurrentWidget(editor.injuries)
    select_row(editor.injuries, VICTIM.name)

    dialogs.answer_next(False)
    click(editor.injuries.delete_button)
    assert column_texts(editor.injuries, 0) == [VICTIM.name]

    dialogs.answer_next(True)
    click(editor.injuries.delete_button)
    assert column_texts(editor.injuries, 0) == []
    assert book_of(window).of_incident(Injury, editor.record.id) == []
    assert isinstance(book_of(window).get(Incident, editor.record.id), Incident)
    assert isinstance(book_of(window).cases()[0], Case)


def test_editing_who_was_involved(qtbot, controller, window) -> None:
    document_the_case(window)
    [case] = book_of(window).cases()
    [incident] = book_of(window).incidents(case.id)
    before = {i.person_id: i.id for i in book_of(window).of_incident(Involvement, incident.id)}
    persons = {p.name: p.id for p in book_of(window).persons(case.id)}
    select_row(window.incidents, INCIDENT_TITLE, 1)
    click(window.incidents.edit_button)
    editor = active_editor(IncidentEditor)
    editor.tabs.setCurrentWidget(editor.involvements)
    table = editor.involvements

    table.table.selectRow(3)  # the minor, added last
    click(table.remove_button)
    choose(table._rows[2].perpetrator, "security_service")
    save(editor)

    after = {
        i.person_id: (i.id, i.role, i.perpetrator_type)
        for i in book_of(window).of_incident(Involvement, incident.id)
    }
    assert after == {
        persons[VICTIM.name]: (before[persons[VICTIM.name]], "victim", None),
        persons[WITNESS.name]: (before[persons[WITNESS.name]], "witness", None),
        persons[OFFICER.name]: (
            before[persons[OFFICER.name]],
            "alleged_perpetrator",
            "security_service",
        ),
    }
    assert column_texts(window.incidents, 5) == ["1"]  # victims


def test_a_time_and_an_end_are_kept_and_checked(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    editor = open_new_incident(window)
    fill(editor.title_field, INCIDENT_TITLE)
    set_date(editor, "day", "2025-11-22")
    fill(editor.date.time, "14:30")
    fill(editor.date.end, "2025-11-21")

    click(editor.buttons.button(editor.buttons.StandardButton.Save))
    assert editor.problem_at("date") == "The end is before the start."

    fill(editor.date.end, "2025-11-23")
    save(editor)
    [case] = book_of(window).cases()
    [incident] = book_of(window).incidents(case.id)
    assert incident.date == FuzzyDate("2025-11-22", "day", time="14:30", end="2025-11-23")
    assert column_texts(window.incidents, 0) == ["2025-11-22 14:30 – 2025-11-23"]


def test_the_time_is_only_offered_for_an_exact_day(qtbot, controller, window) -> None:
    add_case(window, CASE_TITLE)
    editor = open_new_incident(window)
    set_date(editor, "day", "2025-11-22")
    assert editor.date.time.isEnabled()

    set_date(editor, "month", "2025-11")
    assert not editor.date.time.isEnabled()
    set_date(editor, "unknown")
    assert not editor.date.value_field.isEnabled()


def test_an_evidence_file_is_taken_in_encrypted_and_hashed(
    qtbot, controller, window, tmp_path: Path, vault_path: Path
) -> None:
    add_case(window, CASE_TITLE)
    content = "Фото синяков, 23.11.2025".encode() * 50
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(content)
    window.tabs.setCurrentWidget(window.evidence)
    dialogs.answer_next(str(photo))
    click(window.evidence.add_button)
    editor = active_editor(EvidenceEditor)
    assert editor.filename.text() == "фото.jpg"
    fill(editor.description, "синяки на плече")
    fill(editor.captured_on, "2025-11-23")
    click(editor.confidential)
    save(editor)

    digest = hashlib.sha256(content).hexdigest()
    assert column_texts(window.evidence, 0) == ["фото.jpg"]
    assert column_texts(window.evidence, 2) == ["confidential"]
    assert column_texts(window.evidence, 3) == [digest]
    [evidence] = book_of(window).evidence(book_of(window).cases()[0].id)
    assert book_of(window).evidence_content(evidence.id) == content
    assert content[:40] not in vault_bytes(vault_path)  # stored encrypted
