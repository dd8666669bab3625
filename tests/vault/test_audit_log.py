"""The audit log: one hash-chained entry per change, with no case content in it.

The log lets a defender show a record was not quietly altered, so every save and delete
must be logged (in the same transaction), its times must come from the injected clock,
it must never copy names or narratives, and any edit, deletion or reordering of entries
must break the chain at the right place.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from logbook.core.errors import ValidationError
from logbook.core.model import Case, Incident, Person
from logbook.services.case_book import CaseBook
from logbook.vault.session import VaultSession
from tests.conftest import FixedClock

CANARIES = ("CanaryAuditQ7x", "КанареечныйЖурнал", "ҚазақЖурналӘлі")


def at(clock: FixedClock) -> str:
    return clock.now.isoformat(timespec="seconds")


@pytest.fixture
def logged(book: CaseBook, clock: FixedClock) -> list[tuple[str, str, int, str]]:
    """Five changes at five different times; returns (action, entity, id, at) for each."""
    expected = []

    def step(action: str, entity: str, record_id: int | None) -> None:
        assert record_id is not None
        expected.append((action, entity, record_id, at(clock)))
        clock.now += timedelta(minutes=7)

    case = book.save(Case(title=CANARIES[0], summary=CANARIES[1])).record
    assert case is not None
    step("create", "case", case.id)
    assert case.id is not None
    person = book.save(Person(case_id=case.id, name=CANARIES[1], private_notes=CANARIES[2]))
    assert person.record is not None
    step("create", "person", person.record.id)
    case.title = f"{CANARIES[0]} renamed"
    book.save(case)
    step("update", "case", case.id)
    incident = book.save(Incident(case_id=case.id, title=CANARIES[2], narrative=CANARIES[0]))
    assert incident.record is not None
    step("create", "incident", incident.record.id)
    assert person.record.id is not None
    book.delete(Person, person.record.id)
    step("delete", "person", person.record.id)
    return expected


def test_every_change_appends_an_entry(
    session: VaultSession, logged: list[tuple[str, str, int, str]]
) -> None:
    entries = session.audit.entries()
    assert [(e.action, e.entity, e.entity_id, e.at) for e in entries] == logged
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert logged[0][3] == "2026-01-15T12:00:00+00:00"
    report = session.audit.verify()
    assert report.intact
    assert report.entries == 5


def test_entries_hold_no_case_content(session: VaultSession, logged: list) -> None:
    rows = session.conn.execute("SELECT * FROM audit_log").fetchall()
    assert len(rows) == len(logged)
    text = repr(rows)
    for canary in CANARIES:
        assert canary not in text
        assert canary.casefold() not in text.casefold()


def test_a_refused_save_logs_nothing(session: VaultSession, book: CaseBook) -> None:
    with pytest.raises(ValidationError):
        book.save(Case(title=""))
    case = book.save(Case(title="First", ref="case-1")).record
    assert case is not None
    with pytest.raises(ValidationError):  # duplicate ref: fails inside the transaction
        book.save(Case(title="Second", ref="case-1"))
    assert [(e.action, e.entity) for e in session.audit.entries()] == [("create", "case")]
    assert session.audit.verify().intact


def test_changed_action_is_detected(session: VaultSession, logged: list) -> None:
    session.conn.execute("UPDATE audit_log SET action = 'update' WHERE seq = 2")
    report = session.audit.verify()
    assert not report.intact
    assert report.first_broken == 2


def test_changed_time_is_detected(session: VaultSession, logged: list) -> None:
    session.conn.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 4")
    assert session.audit.verify().first_broken == 4


def test_changed_record_id_is_detected(session: VaultSession, logged: list) -> None:
    session.conn.execute("UPDATE audit_log SET entity_id = entity_id + 1 WHERE seq = 3")
    assert session.audit.verify().first_broken == 3


def test_deleted_middle_entry_is_detected(session: VaultSession, logged: list) -> None:
    session.conn.execute("DELETE FROM audit_log WHERE seq = 3")
    report = session.audit.verify()
    assert not report.intact
    assert report.first_broken == 4  # the entry after the gap no longer follows


def test_deleted_first_entry_is_detected(session: VaultSession, logged: list) -> None:
    session.conn.execute("DELETE FROM audit_log WHERE seq = 1")
    assert session.audit.verify().first_broken == 2


def test_swapped_entries_are_detected(session: VaultSession, logged: list) -> None:
    q = session.conn.execute
    q("UPDATE audit_log SET seq = 100 WHERE seq = 2")
    q("UPDATE audit_log SET seq = 2 WHERE seq = 3")
    q("UPDATE audit_log SET seq = 3 WHERE seq = 100")
    assert session.audit.verify().first_broken == 2


def test_renumbering_after_a_deletion_is_detected(session: VaultSession, logged: list) -> None:
    """Deleting entry 2 and closing the gap keeps seq contiguous: the MACs still break."""
    q = session.conn.execute
    q("DELETE FROM audit_log WHERE seq = 2")
    for seq in (3, 4, 5):
        q("UPDATE audit_log SET seq = ? WHERE seq = ?", (seq - 1, seq))
    assert [e.seq for e in session.audit.entries()] == [1, 2, 3, 4]
    assert session.audit.verify().first_broken == 2


def test_copied_mac_does_not_hide_an_edit(session: VaultSession, logged: list) -> None:
    """Replacing an entry with another entry's fields and MAC still breaks the chain."""
    session.conn.execute(
        "UPDATE audit_log SET (at, action, entity, entity_id, mac) = "
        "(SELECT at, action, entity, entity_id, mac FROM audit_log WHERE seq = 1) "
        "WHERE seq = 3"
    )
    assert session.audit.verify().first_broken == 3
