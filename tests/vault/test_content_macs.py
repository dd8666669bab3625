"""Content MACs in the audit log: records edited outside Logbook are detected.

Whoever holds the data key can open the database with any SQLCipher tool and change a
row. Each audit entry for a change carries a MAC of the record as stored (never its
content), chained with the entry, and ``AuditLog.check_records`` compares every record
with its last one. These tests edit real vaults with SQL, as such a tool would, and check
that each kind of edit is named by record kind and id — and that Logbook's own writes,
including what a deletion cascades into, never look like tampering.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from string import hexdigits

import pytest

from logbook.core.model import Case, Evidence, Incident, Injury, Involvement, Person
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case
from logbook.vault.audit import (
    CHANGED,
    DELETED_IN_LOG,
    MISSING,
    SEAL_ACTION,
    UNLOGGED,
    RecordProblem,
)
from logbook.vault.database import connect
from logbook.vault.lifecycle import DATABASE, Secret, open_vault, unlock_data_key
from logbook.vault.records import SPECS
from logbook.vault.session import VaultSession
from tests.conftest import EXAMPLE_CASE, PASSPHRASE

CANARY = "CanaryContentMac9z"
FIXTURES = Path(__file__).parent.parent / "fixtures"


def saved(book: CaseBook, record: object) -> int:
    outcome = book.save(record)
    assert outcome.record is not None
    return outcome.record.id  # type: ignore[attr-defined]


@pytest.fixture
def linked(book: CaseBook) -> dict[str, int]:
    """A case with an incident and an injury both listing one evidence record, which
    depicts a person involved in the incident; returns the ids by kind."""
    case = saved(book, Case(title="Case"))
    person = saved(book, Person(case_id=case, name=CANARY))
    evidence = saved(book, Evidence(case, "photo.jpg", "0" * 64, depicts=[person]))
    incident = saved(book, Incident(case_id=case, title="Incident", evidence_ids=[evidence]))
    saved(book, Involvement(incident, person, "victim"))
    injury = saved(book, Injury(incident, person, "bruise", evidence_ids=[evidence]))
    return {
        "case": case,
        "person": person,
        "evidence": evidence,
        "incident": incident,
        "injury": injury,
    }


def problems(session: VaultSession) -> list[RecordProblem]:
    return session.audit.check_records().problems


# What the entries carry ----------------------------------------------------------------


def test_each_write_carries_the_mac_of_what_was_stored(
    book: CaseBook, session: VaultSession
) -> None:
    case = book.save(Case(title=CANARY)).record
    assert case is not None and case.id is not None
    case.title = "Renamed"
    book.save(case)
    session.audit.append("export", "case", case.id)  # changes nothing: no content MAC
    book.delete(Case, case.id)
    entries = session.audit.entries()
    assert [e.action for e in entries] == ["create", "update", "export", "delete"]
    created, updated, exported, deleted = (e.content_mac for e in entries)
    assert exported is None
    assert None not in (created, updated, deleted)
    assert len({created, updated, deleted}) == 3
    assert all(len(mac) == 64 and set(mac) <= set(hexdigits) for mac in (created, updated, deleted))
    assert session.audit.verify().intact
    assert problems(session) == []


def test_entries_hold_a_mac_never_the_content(book: CaseBook, session: VaultSession) -> None:
    saved(book, Case(title=CANARY, summary=CANARY))
    assert CANARY not in repr(session.conn.execute("SELECT * FROM audit_log").fetchall())


def test_a_content_mac_cannot_be_swapped(book: CaseBook, session: VaultSession) -> None:
    """The content MAC is chained: moving one entry's MAC to another breaks the chain."""
    saved(book, Case(title="One"))
    saved(book, Case(title="Two"))
    session.conn.execute(
        "UPDATE audit_log SET content_mac = (SELECT content_mac FROM audit_log WHERE seq = 1) "
        "WHERE seq = 2"
    )
    assert session.audit.verify().first_broken == 2


def test_a_content_mac_cannot_be_removed(book: CaseBook, session: VaultSession) -> None:
    """Without its content MAC an entry would look like an export: the chain breaks."""
    saved(book, Case(title="One"))
    session.conn.execute("UPDATE audit_log SET content_mac = NULL WHERE seq = 1")
    assert session.audit.verify().first_broken == 1


def test_a_content_entry_must_name_a_stored_kind(session: VaultSession) -> None:
    with pytest.raises(ValueError), session.transaction():
        session.audit.append("update", "vault", 1, content=True)
    assert session.audit.entries() == []


# Logbook's own writes verify ------------------------------------------------------------


def test_an_imported_case_checks_clean(book: CaseBook, session: VaultSession) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())  # saves, pseudonyms, links
    report = session.audit.check_records()
    assert report.intact, report.problems
    tables = ("cases", "persons", "incidents", "involvements", "injuries")
    tables += ("statements", "remedies", "evidence")
    stored = sum(session.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    assert report.checked == stored > 10


@pytest.mark.parametrize("change", ["swap pseudonyms", "drop a depicted person", "drop evidence"])
def test_a_reimport_checks_clean(book: CaseBook, session: VaultSession, change: str) -> None:
    """Re-importing rewrites, deletes and unlinks records (and clears pseudonyms with
    SQL before saving the persons again): every change is logged as stored."""
    import_case(book, EXAMPLE_CASE.read_bytes())
    doc = dump_case(book, "case-1")
    if change == "swap pseudonyms":
        doc["persons"][0]["pseudonym"], doc["persons"][2]["pseudonym"] = "Witness 1", "Victim A"
    elif change == "drop a depicted person":
        doc["persons"] = [p for p in doc["persons"] if p["id"] != "p1"]
        doc["evidence"][0]["depicts"] = []
        for incident in doc["incidents"]:
            incident["involvements"] = [v for v in incident["involvements"] if v["person"] != "p1"]
            incident["statements"] = [v for v in incident["statements"] if v["person"] != "p1"]
            incident["injuries"] = [v for v in incident["injuries"] if v["person"] != "p1"]
    else:
        doc["evidence"] = []
        for incident in doc["incidents"]:
            incident["evidence"] = []
            for injury in incident["injuries"]:
                injury["evidence"] = []
    import_case(book, json.dumps(doc).encode())
    assert problems(session) == []


def test_edits_through_the_services_check_clean(
    book: CaseBook, session: VaultSession, linked: dict[str, int]
) -> None:
    incident = book.get(Incident, linked["incident"])
    incident.narrative = "Edited in Logbook"
    incident.evidence_ids = []
    book.save(incident)
    book.delete(Involvement, book.of_incident(Involvement, incident.id or 0)[0].id or 0)
    assert problems(session) == []


def test_deleting_linked_evidence_logs_the_records_that_listed_it(
    book: CaseBook, session: VaultSession, linked: dict[str, int]
) -> None:
    """The database drops the link rows: the incident and the injury change too."""
    outcome = book.delete(Evidence, linked["evidence"])
    updated = {(c.entity, c.id) for c in outcome.changes if c.action == "updated"}
    assert updated == {("incident", linked["incident"]), ("injury", linked["injury"])}
    assert book.get(Incident, linked["incident"]).evidence_ids == []
    assert problems(session) == []


def test_deleting_a_depicted_person_logs_the_evidence(
    book: CaseBook, session: VaultSession, linked: dict[str, int]
) -> None:
    outcome = book.delete(Person, linked["person"])
    updated = {(c.entity, c.id) for c in outcome.changes if c.action == "updated"}
    assert updated == {("evidence", linked["evidence"])}  # the injury went with the person
    assert problems(session) == []


def test_deleting_a_case_logs_nothing_that_stays(
    book: CaseBook, session: VaultSession, linked: dict[str, int]
) -> None:
    outcome = book.delete(Case, linked["case"])
    assert {c.action for c in outcome.changes} == {"deleted"}
    assert problems(session) == []


# Edits outside Logbook are detected -----------------------------------------------------


@pytest.mark.parametrize(
    ("entity", "sql"),
    [
        ("case", "UPDATE cases SET title = 'forged' WHERE id = :case"),
        ("person", "UPDATE persons SET name = 'forged' WHERE id = :person"),
        ("person", "UPDATE persons SET pseudonym = NULL WHERE id = :person"),
        ("incident", "UPDATE incidents SET narrative = narrative || '.' WHERE id = :incident"),
        ("incident", "UPDATE incidents SET date_sort = '1999' WHERE id = :incident"),
        ("injury", "UPDATE injuries SET medically_confidential = 0 WHERE id = :injury"),
        ("evidence", "UPDATE evidence SET sha256 = 'f' || substr(sha256, 2) WHERE id = :evidence"),
        ("evidence", "UPDATE evidence SET confidential = 'no' WHERE id = :evidence"),  # as text
    ],
)
def test_an_edited_column_is_detected(
    session: VaultSession, linked: dict[str, int], entity: str, sql: str
) -> None:
    assert session.conn.execute(sql, linked).rowcount == 1
    assert problems(session) == [RecordProblem(entity, linked[entity], CHANGED)]
    assert session.audit.verify().intact  # the log itself was not touched


@pytest.mark.parametrize(
    ("entity", "sql"),
    [
        ("incident", "DELETE FROM incident_evidence WHERE owner_id = :incident"),
        ("injury", "DELETE FROM injury_evidence WHERE owner_id = :injury"),
        ("evidence", "DELETE FROM evidence_depicts WHERE owner_id = :evidence"),
        (
            "incident",
            "UPDATE incident_evidence SET target_id = :evidence + 100 WHERE owner_id = :incident",
        ),
    ],
)
def test_an_edited_link_is_detected(
    session: VaultSession, linked: dict[str, int], entity: str, sql: str
) -> None:
    session.conn.execute("PRAGMA foreign_keys = OFF")  # a tool need not enforce them
    assert session.conn.execute(sql, linked).rowcount == 1
    assert problems(session) == [RecordProblem(entity, linked[entity], CHANGED)]


def test_an_added_link_is_detected(
    book: CaseBook, session: VaultSession, linked: dict[str, int]
) -> None:
    other = saved(book, Evidence(linked["case"], "other.jpg", "1" * 64))
    session.conn.execute(
        "INSERT INTO incident_evidence (owner_id, target_id) VALUES (?, ?)",
        (linked["incident"], other),
    )
    assert problems(session) == [RecordProblem("incident", linked["incident"], CHANGED)]


def test_an_inserted_row_is_detected(session: VaultSession, linked: dict[str, int]) -> None:
    cursor = session.conn.execute(
        "INSERT INTO remedies (incident_id, ref, type, status, position) "
        "VALUES (?, 'r-forged', 'appeal', 'pending', 9)",
        (linked["incident"],),
    )
    assert problems(session) == [RecordProblem("remedy", cursor.lastrowid, UNLOGGED)]


def test_a_deleted_row_is_detected_as_missing(
    session: VaultSession, linked: dict[str, int]
) -> None:
    session.conn.execute("DELETE FROM injuries WHERE id = ?", (linked["injury"],))
    assert problems(session) == [RecordProblem("injury", linked["injury"], MISSING)]


def test_a_deleted_row_takes_its_cascade_along(
    session: VaultSession, linked: dict[str, int]
) -> None:
    """Deleting an incident with SQL also deletes its parts: each one is named."""
    session.conn.execute("DELETE FROM incidents WHERE id = ?", (linked["incident"],))
    found = {(p.entity, p.reason) for p in problems(session)}
    # The evidence stays as it was: the incident listed it, not the other way round.
    assert found == {("incident", MISSING), ("involvement", MISSING), ("injury", MISSING)}


def test_a_deleted_record_put_back_is_detected(
    book: CaseBook, session: VaultSession, linked: dict[str, int]
) -> None:
    row = session.conn.execute("SELECT * FROM injuries WHERE id = ?", (linked["injury"],))
    values = row.fetchone()
    book.delete(Injury, linked["injury"])
    session.conn.execute(f"INSERT INTO injuries VALUES ({', '.join('?' * len(values))})", values)
    assert problems(session) == [RecordProblem("injury", linked["injury"], DELETED_IN_LOG)]


def test_a_later_save_through_logbook_records_the_new_content(
    book: CaseBook, session: VaultSession, linked: dict[str, int]
) -> None:
    """Saving a record again logs what is stored then: the check passes from there on."""
    session.conn.execute("UPDATE cases SET title = 'forged' WHERE id = ?", (linked["case"],))
    book.save(book.get(Case, linked["case"]))
    assert problems(session) == []


# Vaults upgraded to schema version 3 -----------------------------------------------------


def copy_fixture(version: int, tmp_path: Path) -> Path:
    vault = tmp_path / f"vault-schema-{version}"
    shutil.copytree(FIXTURES / f"vault-schema-{version}", vault)
    (vault / "blobs").mkdir(exist_ok=True)
    return vault


def raw_audit_log(vault: Path) -> list[tuple]:
    """The audit log as stored, read without migrating or sealing anything."""
    conn = connect(vault / DATABASE, unlock_data_key(vault, Secret(PASSPHRASE)))
    try:
        return conn.execute(
            "SELECT seq, at, action, entity, entity_id, mac FROM audit_log"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2])
def test_an_upgrade_seals_every_record_once(version: int, tmp_path: Path) -> None:
    vault = copy_fixture(version, tmp_path)
    before = raw_audit_log(vault)
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        entries = session.audit.entries()
        old, seals = entries[: len(before)], entries[len(before) :]
        # Entries made before the upgrade are untouched and still chain as they did.
        assert [(e.seq, e.at, e.action, e.entity, e.entity_id) for e in old] == [
            row[:5] for row in before
        ]
        assert all(e.content_mac is None for e in old)
        assert {e.action for e in seals} == {SEAL_ACTION}
        assert all(e.content_mac is not None for e in seals)
        report = session.audit.check_records()
        assert report.intact, report.problems
        assert sorted((e.entity, e.entity_id) for e in seals) == stored_records(session)
        assert len(seals) == report.checked
        assert session.audit.verify().intact
        assert session.conn.execute("SELECT count(*) FROM audit_seal_pending").fetchone() == (0,)
        sealed = len(entries)
    with open_vault(vault, Secret(PASSPHRASE)) as session:  # sealed once, not at each open
        assert len(session.audit.entries()) == sealed


def stored_records(session: VaultSession) -> list[tuple[str, int]]:
    """(kind, id) of every record stored, sorted."""
    return sorted(
        (spec.entity, record_id)
        for spec in SPECS.values()
        for (record_id,) in session.conn.execute(f"SELECT id FROM {spec.table}")
    )


def test_an_upgraded_vault_detects_later_edits(tmp_path: Path) -> None:
    vault = copy_fixture(2, tmp_path)
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        incident_id = session.conn.execute("SELECT min(id) FROM incidents").fetchone()[0]
        session.conn.execute("UPDATE incidents SET title = 'forged' WHERE id = ?", (incident_id,))
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        assert problems(session) == [RecordProblem("incident", incident_id, CHANGED)]


def test_a_seal_request_added_by_hand_blesses_nothing(tmp_path: Path) -> None:
    """Once content MACs are in the log, a new row in audit_seal_pending is ignored: it
    cannot be used to make Logbook seal records edited outside it."""
    vault = copy_fixture(2, tmp_path)
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        sealed = len(session.audit.entries())
        session.conn.execute("UPDATE cases SET title = 'forged'")
        session.conn.execute("INSERT INTO audit_seal_pending (schema_version) VALUES (3)")
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        assert len(session.audit.entries()) == sealed
        assert [p.reason for p in problems(session)] == [CHANGED]


def test_a_seal_request_in_an_unused_vault_blesses_nothing(made_vault: tuple[Path, str]) -> None:
    """A vault never written to has no log to seal after: rows put in it are unlogged."""
    vault, _ = made_vault
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        session.conn.execute(
            "INSERT INTO cases (ref, title, summary, mandates, communication_type, concerns, "
            "requested_action) VALUES ('c', 't', '', '[]', 'auto', '', '')"
        )
        session.conn.execute("INSERT INTO audit_seal_pending (schema_version) VALUES (3)")
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        assert session.audit.entries() == []
        assert problems(session) == [RecordProblem("case", 1, UNLOGGED)]


def test_a_new_vault_needs_no_seal(session: VaultSession) -> None:
    assert session.conn.execute("SELECT count(*) FROM audit_seal_pending").fetchone() == (0,)
    assert session.audit.entries() == []


def test_a_failed_seal_leaves_the_request_for_the_next_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = copy_fixture(2, tmp_path)
    before = len(raw_audit_log(vault))

    def disk_full(*args: object) -> None:
        raise OSError("no space left")

    with monkeypatch.context() as patched:
        patched.setattr("logbook.vault.audit.AuditLog._write", disk_full)
        with pytest.raises(OSError):
            open_vault(vault, Secret(PASSPHRASE))
    conn = connect(vault / DATABASE, unlock_data_key(vault, Secret(PASSPHRASE)))
    try:
        assert conn.execute("SELECT count(*) FROM audit_seal_pending").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (before,)
        assert not conn.in_transaction
    finally:
        conn.close()
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        assert session.audit.check_records().intact


def test_evidence_file_saved_after_upgrade_checks_clean(tmp_path: Path) -> None:
    vault = copy_fixture(1, tmp_path)
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        book = CaseBook(session)
        case = book.case_by_ref("case-1")
        assert case.id is not None
        book.add_evidence_file(Evidence(case.id, "n.txt", ""), io.BytesIO(b"note"))
        assert problems(session) == []
