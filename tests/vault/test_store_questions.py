"""The store answers the services' questions without their writing SQL."""

from __future__ import annotations

import pytest

from logbook.core.model import Case, Incident, Injury, Person
from logbook.services.case_book import CaseBook
from logbook.vault.session import VaultSession


def test_where_matches_fields_and_orders_by_name(session: VaultSession) -> None:
    book = CaseBook(session)
    second = book.save(Case(title="б second")).record
    first = book.save(Case(title="А first")).record
    store = session.store
    assert [c.id for c in store.where(Case, order="title")] == [first.id, second.id]
    assert store.where(Case, {"ref": second.ref}) == [second]
    assert store.ids_where(Case, {"title": "nothing"}) == []


def test_a_field_that_is_not_stored_is_refused(session: VaultSession) -> None:
    """Field names become column names: only the kind's own are accepted."""
    with pytest.raises(ValueError, match="not a stored field"):
        session.store.where(Case, {"title = title OR 1": 1})


def test_in_case_reaches_records_below_the_incident(session: VaultSession) -> None:
    book = CaseBook(session)
    mine = book.save(Case(title="Mine")).record
    other = book.save(Case(title="Other")).record
    for case in (mine, other):
        person = book.save(Person(case_id=case.id, name=f"Person of {case.title}")).record
        incident = book.save(Incident(case_id=case.id, title="Raid")).record
        book.save(Injury(incident_id=incident.id, person_id=person.id, type="other"))
    [injury] = session.store.in_case(Injury, mine.id)
    assert book.case_id_of(injury) == mine.id
