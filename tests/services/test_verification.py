"""``verify`` on real vaults: a sound vault passes; every kind of tampering is reported.

- a fresh vault and a filled one verify ok;
- an edited or removed audit entry breaks the chain at that entry;
- a changed recorded hash, a missing or altered evidence file is reported by evidence id;
- an encrypted file that belongs to no record is noted without failing.
"""

from __future__ import annotations

import io

import pytest

from logbook.core.model import Case, Evidence
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.services.verification import verify
from logbook.vault.session import VaultSession
from tests.conftest import EXAMPLE_CASE


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
    assert report.lines()[0] == "database: ok (every page authenticated)"


def test_filled_vault_verifies(book: CaseBook, evidence: Evidence) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    report = verify(book)
    assert report.ok
    assert report.evidence_checked == 1
    assert report.audit.intact and report.audit.entries > 10
    assert f"audit log: ok ({report.audit.entries} entries, chain intact)" in report.lines()
    assert "evidence files: 1 checked, no problems" in report.lines()


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
