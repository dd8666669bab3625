"""``verify`` on real vaults: a sound vault passes; every kind of tampering is reported.

- a fresh vault and a filled one verify ok;
- an edited or removed audit entry breaks the chain at that entry;
- a changed recorded hash, a missing or altered evidence file is reported by evidence id;
- an encrypted file that belongs to no record is noted without failing;
- a record edited, inserted or deleted with SQL, or a link row changed, is named by kind
  and id (never content), while edits made through Logbook verify ok.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from logbook.core.model import Case, Evidence, Incident, Person
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.services.verification import verify
from logbook.vault.kdf import describe
from logbook.vault.lifecycle import Secret, open_vault
from logbook.vault.session import VaultSession
from tests.conftest import EXAMPLE_CASE, FAST_KDF, PASSPHRASE, FixedClock


@pytest.fixture
def evidence(book: CaseBook) -> Evidence:
    """A case (audit entry 1) with one stored evidence file (audit entry 2)."""
    case = book.save(Case(title="Case")).record
    assert case is not None and case.id is not None
    saved = book.add_evidence_file(
        Evidence(case.id, "photo.jpg", "", ref="e-photo"), io.BytesIO(b"photo bytes" * 1000)
    ).record
    assert saved is not None
    return saved


def test_fresh_vault_verifies(book: CaseBook) -> None:
    report = verify(book)
    assert report.ok
    assert report.database_problems == []
    assert (report.audit.entries, report.evidence_checked) == (0, 0)
    lines = report.lines()
    assert lines[:2] == [
        f"key slot passphrase: {describe(FAST_KDF)}",
        f"key slot recovery: {describe(FAST_KDF)}",
    ]
    assert lines[2] == "database: ok (every page authenticated)"


def test_an_older_copy_of_the_database_fails_verification(
    made_vault: tuple[Path, str], clock: FixedClock, tmp_path: Path
) -> None:
    """What opening said (recent changes missing) makes verify fail, until a change is
    recorded over it."""
    path, _ = made_vault
    shutil.copy2(path / "vault.db", tmp_path / "older.db")
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        CaseBook(session).save(Case(title="Later lost"))
    shutil.copy2(tmp_path / "older.db", path / "vault.db")
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        report = verify(CaseBook(session))
        assert not report.ok
        assert any(
            line.startswith("database: CHANGES MISSING: Recent changes") for line in report.lines()
        )


def test_filled_vault_verifies(book: CaseBook, evidence: Evidence) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    report = verify(book)
    assert report.ok
    assert report.evidence_checked == 1
    assert report.audit.intact and report.audit.entries > 10
    assert f"audit log: ok ({report.audit.entries} entries, chain intact)" in report.lines()
    assert "evidence files: 1 checked, no problems" in report.lines()
    assert report.records is not None and report.records.checked > 10
    records_line = f"records: {report.records.checked} checked against the audit log, none"
    assert f"{records_line} changed outside Logbook" in report.lines()


def test_edited_audit_entry_breaks_the_chain(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    book.save(Case(title="Another"))
    session.conn.execute("UPDATE audit_log SET action='x' WHERE seq=2")
    report = verify(book)
    assert not report.ok
    assert report.audit.first_broken == 2
    assert any(line.startswith("audit log: BROKEN at entry 2 ") for line in report.lines())


def test_broken_chain_line_gives_the_total(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    book.save(Case(title="Another"))
    session.conn.execute("UPDATE audit_log SET action='x' WHERE seq=2")
    assert (
        "audit log: BROKEN at entry 2 of 3 (edited, removed or reordered)" in verify(book).lines()
    )


def test_removed_audit_entry_breaks_the_chain(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    book.save(Case(title="Another"))
    book.save(Case(title="Third"))
    session.conn.execute("DELETE FROM audit_log WHERE seq=3")
    report = verify(book)
    assert not report.ok
    assert report.audit.first_broken == 4


def test_edited_timestamp_breaks_the_chain(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    session.conn.execute("UPDATE audit_log SET at='2020-01-01T00:00:00+00:00' WHERE seq=1")
    assert verify(book).audit.first_broken == 1


def test_changed_recorded_hash_is_reported(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    session.conn.execute("UPDATE evidence SET sha256 = ? WHERE id = ?", ("0" * 64, evidence.id))
    report = verify(book)
    assert not report.ok
    assert report.audit.intact
    assert report.evidence_problems == [
        "evidence e-photo: the file no longer matches its recorded SHA-256"
    ]
    assert "evidence files: 1 checked, 1 problems" in report.lines()


def test_missing_file_is_reported(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    session.blobs.path(evidence.blob_id or "").unlink()
    report = verify(book)
    assert not report.ok
    assert report.evidence_problems == [f"evidence e-photo: blob {evidence.blob_id} is missing"]


def test_altered_file_is_reported(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    path = session.blobs.path(evidence.blob_id or "")
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify(book)
    assert not report.ok
    assert report.evidence_problems == [
        f"evidence e-photo: blob {evidence.blob_id} fails authentication"
    ]


def test_stray_file_is_noted_but_not_a_failure(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    session.blobs.put(io.BytesIO(b"left behind"))
    report = verify(book)
    assert report.ok
    assert report.unreferenced_files == 1
    assert "note: 1 encrypted file(s) belong to no record" in report.lines()


# Records changed outside Logbook --------------------------------------------------------

CANARY = "CanaryVerifyRecord5k"


@pytest.fixture
def incident(book: CaseBook, evidence: Evidence) -> Incident:
    """An incident listing the evidence (audit entry 3)."""
    assert evidence.id is not None
    saved = book.save(
        Incident(case_id=evidence.case_id, title="Incident", evidence_ids=[evidence.id])
    ).record
    assert saved is not None
    return saved


def changed_lines(report_lines: list[str]) -> list[str]:
    return [line for line in report_lines if "outside Logbook (" in line]


def test_an_edited_row_is_reported_by_kind_and_id(
    book: CaseBook, session: VaultSession, incident: Incident
) -> None:
    session.conn.execute("UPDATE incidents SET narrative = ? WHERE id = ?", (CANARY, incident.id))
    report = verify(book)
    assert not report.ok
    assert report.audit.intact  # the log was not touched: the record was
    assert changed_lines(report.lines()) == [
        f"  record incident {incident.id} was changed outside Logbook "
        "(its content differs from its last audit entry)"
    ]
    assert "records: 3 checked against the audit log, 1 changed outside Logbook" in (report.lines())
    assert CANARY not in "\n".join(report.lines())


def test_an_edited_link_row_is_reported(
    book: CaseBook, session: VaultSession, incident: Incident
) -> None:
    session.conn.execute("DELETE FROM incident_evidence WHERE owner_id = ?", (incident.id,))
    report = verify(book)
    assert not report.ok
    assert [(p.entity, p.record_id) for p in report.records.problems] == [("incident", incident.id)]


def test_an_inserted_row_is_reported(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    cursor = session.conn.execute(
        "INSERT INTO persons (case_id, ref, kind, name, name_variants, is_minor, is_hrd, "
        "consent, position) VALUES (?, 'p-x', 'individual', ?, '[]', 0, 0, '{}', 5)",
        (evidence.case_id, CANARY),
    )
    report = verify(book)
    assert not report.ok
    assert changed_lines(report.lines()) == [
        f"  record person {cursor.lastrowid} was changed outside Logbook (it has no audit entry)"
    ]


def test_a_deleted_row_is_reported_missing(
    book: CaseBook, session: VaultSession, evidence: Evidence
) -> None:
    session.conn.execute("DELETE FROM evidence WHERE id = ?", (evidence.id,))
    report = verify(book)
    assert not report.ok
    assert changed_lines(report.lines()) == [
        f"  record evidence {evidence.id} was changed outside Logbook "
        "(it is missing although its last audit entry says it exists)"
    ]


def test_edits_through_logbook_verify(
    book: CaseBook, session: VaultSession, incident: Incident, evidence: Evidence
) -> None:
    assert evidence.id is not None and incident.id is not None
    person = book.save(Person(case_id=evidence.case_id, name="Aigerim")).record
    assert person is not None and person.id is not None
    evidence.depicts = [person.id]
    book.save(evidence)
    incident.title = "Renamed"
    book.save(incident)
    book.delete(Person, person.id)  # the evidence loses its link: logged too
    book.delete(Evidence, evidence.id)  # and the incident loses its evidence
    report = verify(book)
    assert report.ok, report.lines()
    assert changed_lines(report.lines()) == []
