"""Evidence served only as it was taken in (issue 16, point 5).

``CaseBook.evidence_content`` is the one way a file's content leaves the vault (``dump
--include-files``, the app's viewer). Two files swapped in ``blobs/`` must never be served
as each other: an ``LBB2`` blob is bound to its id and fails authentication; an ``LBB1``
blob of an earlier version decrypts under any name, so the SHA-256 its record holds is
checked on every read. Either way the error names the record, never a file name or content.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from pathlib import Path

import pytest

from logbook.core.errors import VaultDamaged
from logbook.core.model import Case, Evidence
from logbook.services.case_book import CaseBook
from logbook.services.verification import verify
from logbook.vault.session import VaultSession
from tests.swapped_blobs import swap_files, write_lbb1

PHOTO = b"\x89PNG photo of the bruise " * 3000  # more than one chunk
REPORT = b"%PDF-1.4 medical report"


def two_files(book: CaseBook) -> tuple[Evidence, Evidence]:
    case = book.save(Case(title="Case", ref="case-7")).record
    assert case is not None and case.id is not None
    items = []
    for name, ref, content in (
        ("bruise.png", "e-photo", PHOTO),
        ("report.pdf", "e-report", REPORT),
    ):
        saved = book.add_evidence_file(Evidence(case.id, name, "", ref=ref), io.BytesIO(content))
        assert saved.record is not None
        items.append(saved.record)
    return items[0], items[1]


def blob_path(session: VaultSession, evidence: Evidence) -> Path:
    assert evidence.blob_id is not None
    return session.blobs.path(evidence.blob_id)


def test_intact_files_are_served(book: CaseBook) -> None:
    photo, report = two_files(book)
    assert book.evidence_content(photo.id) == PHOTO
    assert book.evidence_content(report.id) == REPORT


def test_swapped_files_fail_naming_the_record(book: CaseBook, session: VaultSession) -> None:
    photo, report = two_files(book)
    swap_files(blob_path(session, photo), blob_path(session, report))
    for evidence in (photo, report):
        with pytest.raises(VaultDamaged) as caught:
            book.evidence_content(evidence.id)
        message = str(caught.value)
        assert caught.value.part == "evidence store"
        assert caught.value.exit_code == 5
        assert f"evidence {evidence.ref} of case case-7" in message
        assert "fails authentication" in message
        assert evidence.filename not in message


def test_swapped_lbb1_files_are_caught_by_the_hash_check(
    book: CaseBook, session: VaultSession
) -> None:
    """Files of an earlier version decrypt under each other's names: the blob store itself
    serves the wrong content, and only the recorded SHA-256 stops it."""
    photo, report = two_files(book)
    for evidence, content in ((photo, PHOTO), (report, REPORT)):
        assert evidence.blob_id is not None
        write_lbb1(session.blobs, evidence.blob_id, content, secrets.token_bytes(16))
        assert book.evidence_content(evidence.id) == content  # an intact LBB1 file reads
    swap_files(blob_path(session, photo), blob_path(session, report))
    assert photo.blob_id is not None
    assert session.blobs.read(photo.blob_id) == REPORT  # the encryption cannot tell
    for evidence in (photo, report):
        with pytest.raises(VaultDamaged) as caught:
            book.evidence_content(evidence.id)
        message = str(caught.value)
        assert f"evidence {evidence.ref} of case case-7" in message
        assert "no longer matches its recorded SHA-256" in message
        assert evidence.filename not in message


def test_a_changed_recorded_hash_is_refused(book: CaseBook, session: VaultSession) -> None:
    """The check compares with the record, not with itself: the file is intact, the
    record says otherwise."""
    photo, _ = two_files(book)
    assert photo.sha256 == hashlib.sha256(PHOTO).hexdigest()
    session.conn.execute("UPDATE evidence SET sha256 = ? WHERE id = ?", ("0" * 64, photo.id))
    with pytest.raises(VaultDamaged, match="evidence e-photo of case case-7"):
        book.evidence_content(photo.id)


def test_a_missing_file_names_the_record(book: CaseBook, session: VaultSession) -> None:
    photo, _ = two_files(book)
    blob_path(session, photo).unlink()
    with pytest.raises(VaultDamaged, match=r"evidence e-photo of case case-7: blob .* is missing"):
        book.evidence_content(photo.id)


def test_verify_reports_swapped_files(book: CaseBook, session: VaultSession) -> None:
    photo, report = two_files(book)
    swap_files(blob_path(session, photo), blob_path(session, report))
    result = verify(book)
    assert not result.ok
    assert len(result.evidence_problems) == 2
    for evidence in (photo, report):
        assert any(
            p.startswith(f"evidence {evidence.ref}:") and "fails authentication" in p
            for p in result.evidence_problems
        ), result.evidence_problems
