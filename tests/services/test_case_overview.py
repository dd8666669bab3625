"""Victim counts and roles per person, computed by the database, agree with the records;
saving an incident with its involvements is all or nothing."""

from __future__ import annotations

import pytest

from logbook.core.errors import ValidationError
from logbook.core.model import Case, Incident, Involvement, Person
from logbook.services.case_book import CaseBook
from logbook.services.case_overview import roles_by_person, victim_counts
from logbook.services.incident_editing import save_incident


def _case(book: CaseBook, title: str) -> tuple[int, list[int]]:
    case_id = book.save(Case(title=title)).record.id
    people = [book.save(Person(case_id=case_id, name=n)).record.id for n in ("Ана", "Бек", "Сая")]
    return case_id, people


def test_counts_and_roles_cover_only_the_case(book: CaseBook) -> None:
    case_id, (a, b, c) = _case(book, "one")
    other_id, (x, _, _) = _case(book, "two")
    first = book.save(Incident(case_id=case_id, title="i1")).record.id
    second = book.save(Incident(case_id=case_id, title="i2")).record.id
    elsewhere = book.save(Incident(case_id=other_id, title="o")).record.id
    for incident, person, role in (
        (first, a, "victim"),
        (first, b, "victim"),
        (first, c, "witness"),
        (second, b, "witness"),
        (elsewhere, x, "victim"),
    ):
        book.save(Involvement(incident_id=incident, person_id=person, role=role))
    assert victim_counts(book, case_id) == {first: 2}
    assert roles_by_person(book, case_id) == {
        a: {"victim"},
        b: {"victim", "witness"},
        c: {"witness"},
    }
    assert victim_counts(book, other_id) == {elsewhere: 1}


def test_save_incident_syncs_involvements(book: CaseBook) -> None:
    case_id, (a, b, _) = _case(book, "c")
    outcome = save_incident(
        book,
        Incident(case_id=case_id, title="raid"),
        [Involvement(0, a, "victim"), Involvement(0, b, "witness")],
    )
    incident = outcome.record
    stored = book.of_incident(Involvement, incident.id)
    assert {(i.person_id, i.role) for i in stored} == {(a, "victim"), (b, "witness")}
    keep = next(i for i in stored if i.person_id == a)
    changed = save_incident(book, incident, [keep])
    assert [(i.person_id, i.role) for i in book.of_incident(Involvement, incident.id)] == [
        (a, "victim")
    ]
    assert {c.action for c in changed.changes if c.entity == "involvement"} == {"deleted"}


def test_a_bad_involvement_writes_nothing(book: CaseBook) -> None:
    case_id, (a, _, _) = _case(book, "c")
    with pytest.raises(ValidationError) as raised:
        save_incident(
            book,
            Incident(case_id=case_id, title="raid"),
            [Involvement(0, a, "victim"), Involvement(0, a, "witness", perpetrator_type="police")],
        )
    assert raised.value.problems[0][0] == "involvements/1/perpetrator_type"
    assert book.incidents(case_id) == []


def test_the_same_person_in_the_same_role_twice_is_refused(book: CaseBook) -> None:
    case_id, (a, _, _) = _case(book, "c")
    with pytest.raises(ValidationError) as raised:
        save_incident(
            book,
            Incident(case_id=case_id, title="raid"),
            [Involvement(0, a, "victim"), Involvement(0, a, "victim")],
        )
    assert raised.value.problems == [("involvements/1/role", "this person already has this role")]
    assert book.incidents(case_id) == []
