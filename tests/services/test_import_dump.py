"""Import and dump of ``logbook.case/1`` on real vaults: round trips and all-or-nothing.

- import then dump gives the defaults-filled document back, with pseudonyms filled in;
- dump → import elsewhere → dump is identical, evidence files included when asked;
- importing again changes nothing; a modified document updates records in place;
- a failed import (found while checking or while writing) leaves every table, the audit
  log and the evidence files exactly as they were, and says where the problem is.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from logbook.core.errors import InterchangeError
from logbook.core.interchange import load
from logbook.core.model import Evidence, Incident, Injury, Remedy
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case
from logbook.vault.lifecycle import create_vault
from logbook.vault.session import VaultSession
from tests.conftest import EXAMPLE_CASE, FAST_KDF, PASSPHRASE, FixedClock

EXAMPLE: dict[str, Any] = json.loads(EXAMPLE_CASE.read_text("utf-8"))
PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg " + bytes(range(256)) * 300
PSEUDONYMS = ["Victim A", "Alleged perpetrator 1", "Witness 1"]


@pytest.fixture
def other_book(tmp_path: Path, clock: FixedClock) -> Iterator[CaseBook]:
    """A second, empty vault (documents move between vaults)."""
    opened, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF, clock=clock)
    yield CaseBook(opened)
    opened.close()


def example() -> dict[str, Any]:
    return copy.deepcopy(EXAMPLE)


def with_photo(doc: dict[str, Any]) -> dict[str, Any]:
    doc["evidence"][0]["sha256"] = hashlib.sha256(PHOTO).hexdigest()
    doc["evidence"][0]["content_base64"] = base64.b64encode(PHOTO).decode()
    return doc


def encode(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False)


def count(session: VaultSession, table: str) -> int:
    return session.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def snapshot(session: VaultSession) -> dict[str, Any]:
    """Every row of every table (FTS shadow tables included), and every evidence file."""
    conn = session.conn
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'search_index' "
            "ORDER BY name"
        )
    ]
    rows = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((session.directory / "blobs").iterdir())
    }
    return {"tables": rows, "audit": session.audit.entries(), "blobs": files}


def expected_dump(doc: dict[str, Any], pseudonyms: list[str]) -> dict[str, Any]:
    """The defaults-filled document with the pseudonyms the vault assigns."""
    loaded = load(encode(doc))
    for person, pseudonym in zip(loaded["persons"], pseudonyms, strict=True):
        person["pseudonym"] = pseudonym
    for item in loaded["evidence"]:
        item["content_base64"] = None
    return loaded


# Round trips -------------------------------------------------------------------------


def test_import_then_dump_gives_the_document_back(book: CaseBook) -> None:
    report = import_case(book, EXAMPLE_CASE.read_bytes())
    assert report.case_ref == "case-1"
    dumped = dump_case(book, "case-1")
    assert [p["pseudonym"] for p in dumped["persons"]] == PSEUDONYMS
    assert dumped == expected_dump(example(), PSEUDONYMS)


def test_first_import_reports_everything_created(book: CaseBook) -> None:
    report = import_case(book, EXAMPLE_CASE.read_bytes())
    assert dict(report.created) == {
        "case": 1,
        "person": 3,
        "evidence": 1,
        "incident": 1,
        "involvement": 3,
        "injury": 1,
        "statement": 1,
        "remedy": 1,
    }
    assert not report.updated and not report.deleted
    assert report.pseudonyms_assigned == 3
    assert report.case_id == book.case_by_ref("case-1").id


def test_explicit_pseudonym_is_kept_and_others_fill_around_it(book: CaseBook) -> None:
    doc = example()
    doc["persons"][2]["pseudonym"] = "Witness 1"
    doc["persons"][0]["pseudonym"] = "Defender K"
    import_case(book, encode(doc))
    dumped = dump_case(book, "case-1")
    assert [p["pseudonym"] for p in dumped["persons"]] == [
        "Defender K",
        "Alleged perpetrator 1",
        "Witness 1",
    ]


def test_dump_import_dump_is_identical(book: CaseBook, other_book: CaseBook) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    first = dump_case(book, "case-1")
    import_case(other_book, encode(first))
    second = dump_case(other_book, "case-1")
    assert encode(second) == encode(first)


def with_former_names(doc: dict[str, Any]) -> dict[str, Any]:
    doc["persons"][0]["former_names"] = ["Айдар Пример", "Aidar Example"]
    doc["persons"][2]["former_names"] = ["Данияр Сейітұлы"]
    return doc


def test_former_names_round_trip(book: CaseBook, other_book: CaseBook) -> None:
    doc = with_former_names(example())
    import_case(book, encode(doc))
    first = dump_case(book, "case-1")
    assert first == expected_dump(doc, PSEUDONYMS)
    assert [p["former_names"] for p in first["persons"]] == [
        ["Айдар Пример", "Aidar Example"],
        [],
        ["Данияр Сейітұлы"],
    ]
    import_case(other_book, encode(first))
    assert encode(dump_case(other_book, "case-1")) == encode(first)


def test_changed_former_names_update_the_person(book: CaseBook) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    report = import_case(book, encode(with_former_names(example())))
    assert dict(report.updated) == {"person": 2}
    [person] = [p for p in book.persons() if p.ref == "p1"]
    assert person.former_names == ["Айдар Пример", "Aidar Example"]


def test_files_travel_with_the_document(book: CaseBook, other_book: CaseBook) -> None:
    import_case(book, encode(with_photo(example())))
    without = dump_case(book, "case-1")
    assert without["evidence"][0]["content_base64"] is None
    dumped = dump_case(book, "case-1", include_files=True)
    assert base64.b64decode(dumped["evidence"][0]["content_base64"]) == PHOTO
    import_case(other_book, encode(dumped))
    [evidence] = other_book.evidence(other_book.case_by_ref("case-1").id or 0)
    assert evidence.id is not None
    assert other_book.evidence_content(evidence.id) == PHOTO
    assert evidence.sha256 == hashlib.sha256(PHOTO).hexdigest()
    assert other_book.session.blobs.sha256(evidence.blob_id or "") == evidence.sha256
    assert encode(dump_case(other_book, "case-1", include_files=True)) == encode(dumped)


def test_reimport_without_files_keeps_the_stored_file(book: CaseBook) -> None:
    import_case(book, encode(with_photo(example())))
    [before] = book.evidence(book.case_by_ref("case-1").id or 0)
    report = import_case(book, encode(dump_case(book, "case-1")))
    assert report.summary() == "no changes (the vault already matched the document)"
    [after] = book.evidence(book.case_by_ref("case-1").id or 0)
    assert after.blob_id == before.blob_id
    assert after.id is not None and book.evidence_content(after.id) == PHOTO
    assert book.session.blobs.blob_ids() == {before.blob_id}


def test_new_hash_replaces_the_stored_file(book: CaseBook) -> None:
    import_case(book, encode(with_photo(example())))
    [old] = book.evidence(book.case_by_ref("case-1").id or 0)
    doc = example()
    new_content = b"a different photo"
    doc["evidence"][0]["sha256"] = hashlib.sha256(new_content).hexdigest()
    doc["evidence"][0]["content_base64"] = base64.b64encode(new_content).decode()
    report = import_case(book, encode(doc))
    assert dict(report.updated) == {"evidence": 1}
    [new] = book.evidence(book.case_by_ref("case-1").id or 0)
    assert new.id == old.id and new.blob_id != old.blob_id
    assert new.id is not None and book.evidence_content(new.id) == new_content
    assert book.session.blobs.blob_ids() == {new.blob_id}


# Importing again ---------------------------------------------------------------------


def test_importing_twice_changes_nothing(book: CaseBook, session: VaultSession) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    tables = ("cases", "persons", "incidents", "involvements", "injuries", "statements")
    counts = {t: count(session, t) for t in (*tables, "remedies", "evidence")}
    before = snapshot(session)
    report = import_case(book, EXAMPLE_CASE.read_bytes())
    assert not report.created and not report.updated and not report.deleted
    assert report.pseudonyms_assigned == 0
    assert report.summary() == "no changes (the vault already matched the document)"
    assert {t: count(session, t) for t in counts} == counts
    assert counts["persons"] == 3 and counts["involvements"] == 3
    assert snapshot(session) == before


def test_importing_its_own_dump_changes_nothing(book: CaseBook, session: VaultSession) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    before = snapshot(session)
    report = import_case(book, encode(dump_case(book, "case-1")))
    assert report.summary() == "no changes (the vault already matched the document)"
    assert snapshot(session) == before


def modified() -> dict[str, Any]:
    """The example with a new narrative, without the witness p3, with a second incident."""
    doc = example()
    first = doc["incidents"][0]
    first["narrative"] = "A rewritten narrative."
    doc["persons"] = [p for p in doc["persons"] if p["id"] != "p3"]
    first["involvements"] = [v for v in first["involvements"] if v["person"] != "p3"]
    first["statements"] = []
    doc["incidents"].append(
        {
            "id": "i2",
            "title": "Follow-up summons",
            "date": {"value": "2025-12", "precision": "month"},
            "involvements": [{"person": "p1", "role": "victim"}],
            "statements": [{"id": "s2", "person": "p1", "text": "Summoned again."}],
        }
    )
    return doc


def ids_of(book: CaseBook, case_id: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for record in (*book.persons(case_id), *book.incidents(case_id), *book.evidence(case_id)):
        found[f"{type(record).__name__}:{record.ref}"] = record.id or 0
    for cls in (Injury, Remedy):
        for child in book.of_case(cls, case_id):
            found[f"{cls.__name__}:{child.ref}"] = child.id or 0
    return found


def test_modified_document_updates_in_place(book: CaseBook, session: VaultSession) -> None:
    first = import_case(book, EXAMPLE_CASE.read_bytes())
    before = ids_of(book, first.case_id)
    report = import_case(book, encode(modified()))
    assert report.case_id == first.case_id
    assert dict(report.created) == {"incident": 1, "involvement": 1, "statement": 1}
    assert dict(report.updated) == {"incident": 1}
    assert report.deleted["person"] == 1
    assert report.pseudonyms_assigned == 0
    after = ids_of(book, first.case_id)
    del before["Person:p3"]
    assert {k: after[k] for k in before} == before  # unchanged and updated keep their ids
    assert set(after) - set(before) == {"Incident:i2"}
    assert book.get(Incident, before["Incident:i1"]).narrative == "A rewritten narrative."
    assert count(session, "statements") == 1
    assert dump_case(book, "case-1") == expected_dump(modified(), PSEUDONYMS[:2])


def test_report_counts_records_removed_with_a_person(book: CaseBook) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    report = import_case(book, encode(modified()))
    assert dict(report.deleted) == {"person": 1, "involvement": 1, "statement": 1}


def test_changed_person_is_updated_keeping_its_pseudonym(book: CaseBook) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    doc = example()
    doc["persons"][0]["occupation"] = "lawyer"
    report = import_case(book, encode(doc))
    assert dict(report.updated) == {"person": 1}
    [person] = [p for p in book.persons() if p.ref == "p1"]
    assert (person.occupation, person.pseudonym) == ("lawyer", "Victim A")


def test_swapping_pseudonyms_imports(book: CaseBook) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    doc = dump_case(book, "case-1")
    doc["persons"][0]["pseudonym"], doc["persons"][2]["pseudonym"] = "Witness 1", "Victim A"
    import_case(book, encode(doc))
    assert [p["pseudonym"] for p in dump_case(book, "case-1")["persons"]][::2] == [
        "Witness 1",
        "Victim A",
    ]


# Failed imports ----------------------------------------------------------------------


def broken_second_incident() -> dict[str, Any]:
    """Valid to the schema; the second incident's date is not a real month."""
    doc = with_photo(example())
    doc["case"]["title"] = "A new title that must not be written"
    doc["incidents"][0]["narrative"] = "Must not be written either."
    doc["incidents"].append(
        {
            "id": "i2",
            "title": "Second",
            "date": {"value": "2025-13-01", "precision": "day"},
            "involvements": [{"person": "p1", "role": "victim"}],
        }
    )
    return doc


def test_failed_check_writes_nothing(book: CaseBook, session: VaultSession) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    before = snapshot(session)
    with pytest.raises(InterchangeError) as caught:
        import_case(book, encode(broken_second_incident()))
    assert caught.value.problems == [
        ("/incidents/1/date/value", "'2025-13-01' is not a valid date of precision 'day'")
    ]
    assert "/incidents/1/date/value" in str(caught.value)
    assert snapshot(session) == before


def test_failed_check_in_empty_vault_writes_nothing(book: CaseBook, session: VaultSession) -> None:
    before = snapshot(session)
    with pytest.raises(InterchangeError):
        import_case(book, encode(broken_second_incident()))
    assert snapshot(session) == before
    assert book.cases() == []


def test_bad_reference_writes_nothing(book: CaseBook, session: VaultSession) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    doc = with_photo(example())
    doc["persons"].append({"id": "p4", "name": "New person"})
    doc["incidents"][0]["statements"].append({"id": "s9", "person": "p5", "text": "t"})
    before = snapshot(session)
    with pytest.raises(InterchangeError) as caught:
        import_case(book, encode(doc))
    assert caught.value.problems == [
        ("/incidents/0/statements/1/person", "refers to person 'p5', which is not in the document")
    ]
    assert snapshot(session) == before


def clashing_during_write() -> dict[str, Any]:
    """Passes every document check, but a new person claims an existing pseudonym."""
    doc = example()
    doc["case"]["title"] = "A new title that must not be written"
    doc["persons"].append({"id": "p4", "name": "Newcomer", "pseudonym": "Victim A"})
    content = b"a second photo carried in the document"
    doc["evidence"].append(
        {
            "id": "e2",
            "filename": "second.jpg",
            "sha256": hashlib.sha256(content).hexdigest(),
            "content_base64": base64.b64encode(content).decode(),
            "depicts": ["p4"],
        }
    )
    doc["incidents"][0]["evidence"].append("e2")
    return doc


def test_failure_while_writing_leaves_the_vault_unchanged(
    book: CaseBook, session: VaultSession
) -> None:
    import_case(book, encode(with_photo(example())))
    doc = clashing_during_write()
    load(encode(doc))  # the document itself is valid
    before = snapshot(session)
    with pytest.raises(InterchangeError) as caught:
        import_case(book, encode(doc))
    assert caught.value.problems == [
        ("/persons/3/pseudonym", "another person of this case already has this pseudonym")
    ]
    assert "/persons/3/pseudonym" in str(caught.value)
    assert snapshot(session) == before
    assert book.case_by_ref("case-1").title == EXAMPLE["case"]["title"]


def test_vault_still_works_after_a_failed_import(book: CaseBook, session: VaultSession) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    with pytest.raises(InterchangeError):
        import_case(book, encode(clashing_during_write()))
    assert not session.conn.in_transaction
    doc = clashing_during_write()
    doc["persons"][3]["pseudonym"] = None
    before = snapshot(session)
    report = import_case(book, encode(doc))
    after = snapshot(session)  # the snapshot does see a successful import
    assert after["tables"]["cases"] != before["tables"]["cases"]
    assert len(after["blobs"]) == len(before["blobs"]) + 1
    assert len(after["audit"]) > len(before["audit"])
    assert dict(report.created) == {"person": 1, "evidence": 1}
    assert dict(report.updated) == {"case": 1, "incident": 1}
    [newcomer] = [p for p in book.persons() if p.ref == "p4"]
    assert newcomer.pseudonym is None  # involved in nothing, so no role to name
    [e2] = [e for e in book.evidence(report.case_id) if e.ref == "e2"]
    assert e2.id is not None
    assert book.evidence_content(e2.id) == b"a second photo carried in the document"
    assert book.get(Evidence, e2.id).depicts == [newcomer.id]
    assert session.audit.verify().intact


def test_malformed_document_is_refused(book: CaseBook, session: VaultSession) -> None:
    before = snapshot(session)
    with pytest.raises(InterchangeError) as caught:
        import_case(book, b"\xff\xfe not json")
    assert caught.value.problems[0][0] == ""
    assert snapshot(session) == before
    assert book.persons() == []
