"""The case book on a real vault: saving, references, pseudonyms, deletion, evidence files.

- save creates or updates and returns every change; a refused save writes nothing;
- records may only point at records of their own case; pseudonyms are unique per case;
- pseudonyms are assigned by role on involvement, stay stable, and can be edited;
- deletion cascades to children, search entries and (after commit) evidence files;
- evidence files are hashed at intake and read back byte for byte.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from logbook.core.errors import NotFound, ValidationError
from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.model import (
    Case,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Person,
    Remedy,
    Statement,
)
from logbook.services.case_book import CaseBook
from logbook.services.changes import Change
from logbook.vault.session import VaultSession
from tests.conftest import vault_bytes


def audit_count(session: VaultSession) -> int:
    return session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def count(session: VaultSession, table: str) -> int:
    return session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def new_case(book: CaseBook, title: str = "Case") -> int:
    case = book.save(Case(title=title)).record
    assert case is not None and case.id is not None
    return case.id


def new(book: CaseBook, record: object) -> int:
    saved = book.save(record).record
    assert saved is not None
    return saved.id  # type: ignore[attr-defined]


# Saving ------------------------------------------------------------------------------


def test_save_creates_then_updates(book: CaseBook, session: VaultSession) -> None:
    outcome = book.save(Case(title="First title", country="KZ"))
    case = outcome.record
    assert case is not None and case.id is not None
    assert outcome.changes == [Change("created", "case", case.id)]
    assert case.ref.startswith("case-")
    case.title = "Second title"
    again = book.save(case)
    assert again.changes == [Change("updated", "case", case.id)]
    assert book.get(Case, case.id).title == "Second title"
    assert count(session, "cases") == 1
    assert [e.action for e in session.audit.entries()] == ["create", "update"]


def test_saved_record_reads_back_equal(book: CaseBook) -> None:
    case_id = new_case(book)
    incident = Incident(
        case_id=case_id,
        title="Detention",
        date=FuzzyDate("2025-11-22", "day", time="13:30", approximate=True),
        violations=["arbitrary_arrest", "threat"],
        ongoing=True,
    )
    book.save(incident)
    assert incident.id is not None
    assert book.get(Incident, incident.id) == incident


def test_invalid_record_writes_nothing(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    before = audit_count(session)
    with pytest.raises(ValidationError) as caught:
        book.save(Incident(case_id=case_id, title="", date=FuzzyDate("2025-02-30", "day")))
    assert [field for field, _ in caught.value.problems] == ["title", "date/value"]
    assert count(session, "incidents") == 0
    assert audit_count(session) == before


def test_invalid_update_keeps_the_stored_record(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    person = Person(case_id=case_id, name="Aigerim")
    person_id = new(book, person)
    before = audit_count(session)
    person.age = 12  # a minor not marked as one
    with pytest.raises(ValidationError):
        book.save(person)
    assert book.get(Person, person_id).age is None
    assert audit_count(session) == before


def test_update_of_missing_record_is_not_found(book: CaseBook) -> None:
    with pytest.raises(NotFound):
        book.save(Case(title="Ghost", ref="ghost", id=999))


# References --------------------------------------------------------------------------


def test_person_of_another_case_cannot_be_involved(book: CaseBook, session: VaultSession) -> None:
    case_a, case_b = new_case(book, "A"), new_case(book, "B")
    incident_a = new(book, Incident(case_id=case_a, title="In A"))
    person_b = new(book, Person(case_id=case_b, name="Only in B"))
    before = audit_count(session)
    for record in (
        Involvement(incident_a, person_b, "victim"),
        Injury(incident_a, person_b, "bruise"),
        Statement(incident_a, person_b, "text"),
    ):
        with pytest.raises(ValidationError) as caught:
            book.save(record)
        assert caught.value.problems == [("person", "the person must belong to the same case")]
    assert count(session, "involvements") + count(session, "injuries") == 0
    assert audit_count(session) == before


def test_evidence_of_another_case_cannot_be_linked(book: CaseBook) -> None:
    case_a, case_b = new_case(book, "A"), new_case(book, "B")
    evidence_b = new(book, Evidence(case_b, "b.jpg", "b" * 64))
    with pytest.raises(ValidationError) as caught:
        book.save(Incident(case_id=case_a, title="In A", evidence_ids=[evidence_b]))
    assert caught.value.problems == [("evidence", "evidence must belong to the same case")]
    incident_a = new(book, Incident(case_id=case_a, title="In A"))
    person_a = new(book, Person(case_id=case_a, name="P"))
    with pytest.raises(ValidationError):
        book.save(Injury(incident_a, person_a, "bruise", evidence_ids=[evidence_b]))


def test_evidence_cannot_depict_a_person_of_another_case(book: CaseBook) -> None:
    case_a, case_b = new_case(book, "A"), new_case(book, "B")
    person_b = new(book, Person(case_id=case_b, name="Only in B"))
    with pytest.raises(ValidationError) as caught:
        book.save(Evidence(case_a, "a.jpg", "a" * 64, depicts=[person_b]))
    assert caught.value.problems == [("depicts", "depicted persons must belong to the same case")]


def test_duplicate_pseudonym_in_a_case_is_rejected(book: CaseBook) -> None:
    case_id = new_case(book)
    new(book, Person(case_id=case_id, name="One", pseudonym="Victim A"))
    with pytest.raises(ValidationError) as caught:
        book.save(Person(case_id=case_id, name="Two", pseudonym="Victim A"))
    assert caught.value.problems == [
        ("pseudonym", "another person of this case already has this pseudonym")
    ]
    other_case = new_case(book, "Other")
    new(book, Person(case_id=other_case, name="Three", pseudonym="Victim A"))


def test_duplicate_ref_in_a_case_is_rejected(book: CaseBook) -> None:
    case_id = new_case(book)
    new(book, Person(case_id=case_id, name="One", ref="p1"))
    with pytest.raises(ValidationError) as caught:
        book.save(Person(case_id=case_id, name="Two", ref="p1"))
    assert caught.value.problems == [("id", "another record of this case has this id")]


# Pseudonyms --------------------------------------------------------------------------


def test_pseudonyms_are_assigned_by_role(book: CaseBook) -> None:
    case_id = new_case(book)
    incident = new(book, Incident(case_id=case_id, title="I"))
    victim = new(book, Person(case_id=case_id, name="Aigerim"))
    witness = new(book, Person(case_id=case_id, name="Daniyar"))
    officer = new(book, Person(case_id=case_id, name="Officer", kind="group"))
    bystander = new(book, Person(case_id=case_id, name="Not involved"))
    assert book.get(Person, victim).pseudonym is None
    outcome = book.save(Involvement(incident, victim, "victim"))
    assert Change("updated", "person", victim) in outcome.changes
    book.save(Involvement(incident, witness, "witness"))
    book.save(Involvement(incident, officer, "alleged_perpetrator", "police", True))
    names = {p.id: p.pseudonym for p in book.persons(case_id)}
    assert names == {
        victim: "Victim A",
        witness: "Witness 1",
        officer: "Alleged perpetrator 1",
        bystander: None,
    }


def test_pseudonym_assignment_is_audited(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    incident = new(book, Incident(case_id=case_id, title="I"))
    victim = new(book, Person(case_id=case_id, name="V"))
    book.save(Involvement(incident, victim, "victim"))
    last = session.audit.entries()[-1]
    assert (last.action, last.entity, last.entity_id) == ("assign_pseudonym", "person", victim)


def test_most_protective_role_decides(book: CaseBook) -> None:
    case_id = new_case(book)
    first = new(book, Incident(case_id=case_id, title="One"))
    second = new(book, Incident(case_id=case_id, title="Two"))
    person = new(book, Person(case_id=case_id, name="Both"))
    with book.session.transaction():
        book.save(Involvement(first, person, "witness"), assign_pseudonyms=False)
        book.save(Involvement(second, person, "victim"), assign_pseudonyms=False)
        book.assign_pseudonyms(case_id)
    assert book.get(Person, person).pseudonym == "Victim A"


def test_pseudonym_is_stable_when_roles_change(book: CaseBook) -> None:
    case_id = new_case(book)
    incident = new(book, Incident(case_id=case_id, title="I"))
    person = new(book, Person(case_id=case_id, name="Daniyar"))
    involvement = Involvement(incident, person, "witness")
    book.save(involvement)
    assert book.get(Person, person).pseudonym == "Witness 1"
    involvement.role = "victim"
    book.save(involvement)
    later = new(book, Incident(case_id=case_id, title="Later"))
    book.save(Involvement(later, person, "victim"))
    assert book.get(Person, person).pseudonym == "Witness 1"


def test_second_victim_gets_next_letter(book: CaseBook) -> None:
    case_id = new_case(book)
    incident = new(book, Incident(case_id=case_id, title="I"))
    first = new(book, Person(case_id=case_id, name="First"))
    second = new(book, Person(case_id=case_id, name="Second"))
    book.save(Involvement(incident, first, "victim"))
    book.save(Involvement(incident, second, "victim"))
    assert book.get(Person, second).pseudonym == "Victim B"


def test_user_can_edit_a_pseudonym(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    incident = new(book, Incident(case_id=case_id, title="I"))
    person_id = new(book, Person(case_id=case_id, name="Aigerim"))
    book.save(Involvement(incident, person_id, "victim"))
    person = book.get(Person, person_id)
    person.pseudonym = "Defender K"
    outcome = book.save(person)
    assert outcome.record is not None and outcome.record.pseudonym == "Defender K"
    book.save(Involvement(incident, person_id, "witness"))
    assert book.get(Person, person_id).pseudonym == "Defender K"
    # The freed label goes to the next victim.
    other = new(book, Person(case_id=case_id, name="Other"))
    book.save(Involvement(incident, other, "victim"))
    assert book.get(Person, other).pseudonym == "Victim A"
    assert session.search.search("defender")[0].id == person_id


def test_explicit_pseudonym_is_not_overwritten_and_not_reused(book: CaseBook) -> None:
    case_id = new_case(book)
    incident = new(book, Incident(case_id=case_id, title="I"))
    chosen = new(book, Person(case_id=case_id, name="Chosen", pseudonym="Victim A"))
    other = new(book, Person(case_id=case_id, name="Other"))
    book.save(Involvement(incident, chosen, "victim"))
    book.save(Involvement(incident, other, "victim"))
    assert book.get(Person, chosen).pseudonym == "Victim A"
    assert book.get(Person, other).pseudonym == "Victim B"


# Deletion ----------------------------------------------------------------------------


def test_deleting_an_incident_removes_its_parts(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    incident = new(book, Incident(case_id=case_id, title="Zhanaozen events"))
    keep = new(book, Incident(case_id=case_id, title="Kept incident"))
    person = new(book, Person(case_id=case_id, name="Aigerim"))
    book.save(Involvement(incident, person, "victim"))
    book.save(Injury(incident, person, "bruise"))
    book.save(Statement(incident, person, "Quokkastatement text"))
    book.save(Remedy(incident, "appeal"))
    book.save(Involvement(keep, person, "witness"))
    assert session.search.search("quokkastatement") != []
    outcome = book.delete(Incident, incident)
    # Everything that goes is reported (and audited), cascaded parts included.
    assert sorted(outcome.changes, key=lambda c: c.entity) == [
        Change("deleted", "incident", incident),
        Change("deleted", "injury", 1),
        Change("deleted", "involvement", 1),
        Change("deleted", "remedy", 1),
        Change("deleted", "statement", 1),
    ]
    audited = [(e.action, e.entity) for e in session.audit.entries()[-5:]]
    assert sorted(audited) == sorted((c.action[:-1], c.entity) for c in outcome.changes)
    for table in ("injuries", "statements", "remedies"):
        assert count(session, table) == 0, table
    assert [v.incident_id for v in book.of_case(Involvement, case_id)] == [keep]
    assert session.search.search("quokkastatement") == []
    assert session.search.search("zhanaozen") == []
    assert book.get(Person, person).name == "Aigerim"
    first = session.audit.entries()[-5]  # the record asked for, then what it took along
    assert (first.action, first.entity, first.entity_id) == ("delete", "incident", incident)


def test_deleting_a_missing_record_is_not_found(book: CaseBook, session: VaultSession) -> None:
    before = audit_count(session)
    with pytest.raises(NotFound):
        book.delete(Incident, 12345)
    assert audit_count(session) == before


def test_deleting_a_case_removes_its_files_after_commit(
    book: CaseBook, session: VaultSession
) -> None:
    case_id = new_case(book)
    other_case = new_case(book, "Other")
    evidence = book.add_evidence_file(Evidence(case_id, "a.jpg", ""), io.BytesIO(b"photo"))
    kept = book.add_evidence_file(Evidence(other_case, "b.jpg", ""), io.BytesIO(b"kept"))
    assert evidence.record is not None and kept.record is not None
    blob = session.blobs.path(evidence.record.blob_id or "")
    with session.transaction():
        book.delete(Case, case_id)
        assert blob.exists()  # not yet committed
    assert not blob.exists()
    assert count(session, "evidence") == 1
    assert session.blobs.blob_ids() == {kept.record.blob_id}


def test_rolled_back_case_deletion_keeps_its_files(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    evidence = book.add_evidence_file(Evidence(case_id, "a.jpg", ""), io.BytesIO(b"photo"))
    assert evidence.record is not None and evidence.record.id is not None
    with pytest.raises(RuntimeError), session.transaction():
        book.delete(Case, case_id)
        raise RuntimeError("abort")
    assert book.evidence_content(evidence.record.id) == b"photo"
    with session.transaction():  # no stale after-commit action fires now
        pass
    assert book.evidence_content(evidence.record.id) == b"photo"


def test_deleting_evidence_removes_its_file(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    evidence = book.add_evidence_file(Evidence(case_id, "a.jpg", ""), io.BytesIO(b"photo"))
    assert evidence.record is not None and evidence.record.id is not None
    book.delete(Evidence, evidence.record.id)
    assert session.blobs.blob_ids() == set()


# Evidence files ----------------------------------------------------------------------


def test_evidence_is_hashed_at_intake(book: CaseBook, vault_path: Path) -> None:
    case_id = new_case(book)
    marker = b"EvidenceCanaryZq81"
    content = marker + bytes(range(256)) * 700 + marker  # several 64 KiB chunks
    evidence = Evidence(case_id, "photo.jpg", "0" * 64, media_type="image/jpeg")
    outcome = book.add_evidence_file(evidence, io.BytesIO(content))
    saved = outcome.record
    assert saved is not None and saved.id is not None
    assert saved.sha256 == hashlib.sha256(content).hexdigest()
    assert saved.size == len(content)
    assert book.get(Evidence, saved.id).sha256 == hashlib.sha256(content).hexdigest()
    assert book.evidence_content(saved.id) == content
    on_disk = vault_bytes(vault_path)
    assert marker not in on_disk
    assert bytes(range(256)) not in on_disk


def test_empty_evidence_file(book: CaseBook) -> None:
    case_id = new_case(book)
    saved = book.add_evidence_file(Evidence(case_id, "empty.txt", ""), io.BytesIO(b"")).record
    assert saved is not None and saved.id is not None
    assert saved.sha256 == hashlib.sha256(b"").hexdigest()
    assert book.evidence_content(saved.id) == b""


def test_refused_evidence_leaves_no_file(book: CaseBook, session: VaultSession) -> None:
    case_id = new_case(book)
    with pytest.raises(ValidationError) as caught:
        book.add_evidence_file(Evidence(case_id, "", ""), io.BytesIO(b"photo"))
    assert [field for field, _ in caught.value.problems] == ["filename"]
    assert session.blobs.blob_ids() == set()
    assert count(session, "evidence") == 0


def test_evidence_without_file_has_no_content(book: CaseBook) -> None:
    case_id = new_case(book)
    evidence_id = new(book, Evidence(case_id, "lost.jpg", "c" * 64))
    with pytest.raises(NotFound):
        book.evidence_content(evidence_id)


def test_a_record_cannot_move_to_another_case(book: CaseBook, session: VaultSession) -> None:
    first, second = new_case(book), new_case(book)
    person = book.get(Person, new(book, Person(case_id=first, name="Aigerim")))
    audit_before = len(session.audit.entries())
    person.case_id = second
    with pytest.raises(ValidationError) as caught:
        book.save(person)
    assert caught.value.problems == [("case_id", "a record cannot be moved to another case")]
    assert book.get(Person, person.id).case_id == first
    assert len(session.audit.entries()) == audit_before


def test_new_records_go_after_their_siblings(book: CaseBook) -> None:
    case_id = new_case(book)
    first = new(book, Person(case_id=case_id, name="Aigerim", position=5))
    second = new(book, Person(case_id=case_id, name="Daniyar"))
    moved = book.get(Person, first)
    moved.position = 7
    book.save(moved)
    assert book.get(Person, second).position == 6
    assert [p.id for p in book.persons(case_id)] == [second, first]
