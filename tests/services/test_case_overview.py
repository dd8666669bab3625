"""Victim counts and roles per person, computed by the database, agree with the records;
saving an incident with its involvements is all or nothing; the fields still lacking a
translation are counted over every record of the case, and of that case only."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from logbook.core.errors import ValidationError
from logbook.core.model import (
    Case,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Person,
    Remedy,
    Source,
    Statement,
)
from logbook.services.case_book import CaseBook
from logbook.services.case_overview import roles_by_person, untranslated_counts, victim_counts
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


def _documented(book: CaseBook, title: str) -> int:
    """A case with one untranslated Russian or Kazakh field in every kind of record, some
    translated: the case's title and its source's relationship (French given); a person's
    occupation; an incident's title and narrative (English given); an injury's, a
    statement's, a remedy's and an evidence item's text."""
    source = Source(
        name="Кадыр",
        relationship="адвокат",
        translations={"fr": {"relationship": "avocat"}},
    )
    case_id = book.save(Case(title=title, source=source)).record.id
    person = book.save(Person(case_id=case_id, name="Ана", occupation="журналист")).record.id
    incident = book.save(
        Incident(
            case_id=case_id,
            title="Задержание",
            narrative="Полиция задержала журналистку.",
            translations={"en": {"narrative": "The police detained the journalist."}},
        )
    ).record.id
    book.save(Injury(incident_id=incident, person_id=person, type="bruise", description="көгеру"))
    book.save(Statement(incident_id=incident, person_id=person, text="Я всё видела."))
    book.save(Remedy(incident_id=incident, type="prosecutor_complaint", authority="Прокуратура"))
    evidence = Evidence(case_id=case_id, filename="a.jpg", sha256="", description="фото")
    book.add_evidence_file(evidence, io.BytesIO(b"jpeg"))
    return case_id


def test_untranslated_fields_are_counted_over_the_whole_case(book: CaseBook) -> None:
    case_id = _documented(book, "Разгон акции")
    _documented(book, "Другое дело")  # counted for its own case only

    assert untranslated_counts(book, case_id) == {"en": 8, "fr": 8, "es": 9}


def test_a_case_written_in_english_needs_no_translation(book: CaseBook) -> None:
    case_id = book.save(Case(title="Dispersal of a rally", summary="In English.")).record.id
    book.save(Incident(case_id=case_id, title="Arrest", narrative="Officers came at noon."))

    assert untranslated_counts(book, case_id) == {"en": 0, "fr": 0, "es": 0}


def test_a_translation_saved_lowers_the_count(book: CaseBook) -> None:
    case_id = _documented(book, "Разгон акции")
    [person] = book.persons(case_id)
    book.save(replace(person, translations={"es": {"occupation": "periodista"}}))

    assert untranslated_counts(book, case_id) == {"en": 8, "fr": 8, "es": 8}
