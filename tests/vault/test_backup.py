"""Encrypted, incremental backups: round trip, incrementality, secrets, and damage.

Every test writes a real backup folder from a real SQLCipher vault, reads real files, and
damages them by hand (bit flips, truncation, removal) to see each check fail by name.
"""

from __future__ import annotations

import errno
import io
import os
import threading
from pathlib import Path

import pytest

from logbook.core.errors import BackupNotFound, Cancelled, StorageFull, VaultExists, WrongSecret
from logbook.core.model import Case, Evidence, Incident
from logbook.services import backup
from logbook.services.case_book import CaseBook
from logbook.services.verification import verify
from logbook.vault.backup.layout import GENERATIONS, OBJECTS, BackupKeys, OpenedBackup
from logbook.vault.lifecycle import Secret, change_passphrase, open_vault
from logbook.vault.session import VaultSession
from tests.cli.conftest import NEW_PASSPHRASE
from tests.conftest import PASSPHRASE, FixedClock
from tests.vault.test_plaintext_canary import (
    KINDS,
    fill_every_record,
    make_canaries,
    vault_leaks,
)


def add_evidence(book: CaseBook, content: bytes, case_id: int | None = None) -> Evidence:
    if case_id is None:
        cases = book.cases() or [book.save(Case(title="Case", summary="")).record]
        case_id = cases[0].id
    assert case_id is not None
    record = book.add_evidence_file(
        Evidence(case_id=case_id, filename="photo.jpg", sha256=""), io.BytesIO(content)
    ).record
    assert record is not None
    return record


def filled(book: CaseBook, files: int = 3, size: int = 150_000) -> list[Evidence]:
    """A case with ``files`` evidence files of ``size`` random bytes each."""
    return [add_evidence(book, os.urandom(size)) for _ in range(files)]


def opened(folder: Path, secret: Secret | None = None) -> OpenedBackup:
    return backup.open_backup_folder(folder, secret or Secret(PASSPHRASE))


def object_of(session: VaultSession, evidence: Evidence, folder: Path) -> Path:
    assert evidence.blob_id is not None
    keys = BackupKeys.from_blob_key(session.blobs._key)
    return folder / OBJECTS / keys.blob_object(evidence.blob_id)


def flip_byte(path: Path, offset: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    at = len(data) // 2 if offset is None else offset
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def generation_paths(folder: Path) -> list[Path]:
    return sorted((folder / GENERATIONS).iterdir(), reverse=True)


def test_round_trip_restores_a_vault_that_opens_and_verifies(
    book: CaseBook, session: VaultSession, tmp_path: Path, made_code: str
) -> None:
    files = filled(book)
    folder, restored = tmp_path / "backup", tmp_path / "restored"
    written = backup.backup_vault(session, folder)
    assert (written.evidence_files, written.copied_files, written.left_out) == (3, 3, ())
    report = backup.check_backup(opened(folder))
    assert report.ok, report.lines()
    outcome = backup.restore_backup(opened(folder), restored)
    assert outcome.restored.not_restored == () and outcome.skipped == []
    for secret in (Secret(PASSPHRASE), Secret(made_code, "recovery")):
        with open_vault(restored, secret) as again:
            assert again.warnings == []  # the header records the snapshot's audit head
            copy = CaseBook(again)
            result = verify(copy)
            assert result.ok, result.lines()
            for original in files:
                assert original.id is not None
                assert copy.evidence_content(original.id) == book.evidence_content(original.id)
    assert sorted(p.name for p in restored.iterdir()) == ["blobs", "vault.db", "vault.header"]


def test_a_second_backup_copies_nothing_and_touches_no_object(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    filled(book, files=4)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    before = {p.name: p.stat() for p in (folder / OBJECTS).iterdir()}
    second = backup.backup_vault(session, folder)
    assert second.copied_files == 0 and second.evidence_files == 4
    for name, stat in before.items():
        now = (folder / OBJECTS / name).stat()
        assert (now.st_ino, now.st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns)
    add_evidence(book, os.urandom(1000))
    third = backup.backup_vault(session, folder)
    assert (third.copied_files, third.evidence_files) == (1, 5)
    assert len(generation_paths(folder)) == 3
    assert backup.check_backup(opened(folder)).ok


def test_the_backup_folder_holds_no_case_data_and_no_telling_names(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    canaries = {kind: make_canaries(kind) for kind in KINDS}
    fill_every_record(book, canaries)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    backup.backup_vault(session, folder)
    everything = [c for triple in canaries.values() for c in triple]
    assert vault_leaks(folder, everything) == {}
    evidence = [e for c in book.cases() for e in book.evidence(c.id or 0)]
    secrets_ = [e.blob_id or "" for e in evidence] + [e.sha256 for e in evidence]
    names = " ".join(p.name for p in folder.rglob("*"))
    data = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for secret in secrets_:
        assert secret not in names and secret.encode() not in data
    assert b"SQLite format 3" not in data  # the snapshot is encrypted
    # Control: the scanner finds a canary written in the clear.
    (folder / "note.txt").write_text(canaries["case"][1], "utf-8")
    assert vault_leaks(folder, everything) != {}


def test_each_generation_opens_with_the_passphrase_of_its_time(
    book: CaseBook, session: VaultSession, tmp_path: Path, made_code: str, vault_path: Path
) -> None:
    filled(book, files=1)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    change_passphrase(vault_path, Secret(PASSPHRASE), NEW_PASSPHRASE)
    backup.backup_vault(session, folder)
    for secret in (Secret(PASSPHRASE), Secret(NEW_PASSPHRASE), Secret(made_code, "recovery")):
        assert [g.complete for g in opened(folder, secret).generations] == [True, True]
    with pytest.raises(WrongSecret, match="Wrong passphrase for this backup"):
        opened(folder, Secret("not the passphrase at all, never"))
    old, new = tmp_path / "old", tmp_path / "new"
    backup.restore_backup(opened(folder, Secret(NEW_PASSPHRASE)), old, generation=1)
    backup.restore_backup(opened(folder), new)
    open_vault(old, Secret(PASSPHRASE)).close()
    open_vault(new, Secret(NEW_PASSPHRASE)).close()
    with pytest.raises(WrongSecret):
        open_vault(new, Secret(PASSPHRASE))


def test_a_folder_without_backups_is_named(tmp_path: Path) -> None:
    with pytest.raises(BackupNotFound, match="no Logbook backup"):
        opened(tmp_path)


def test_a_flipped_bit_in_evidence_is_named_and_everything_else_is_restored(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    files = filled(book, files=3)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    damaged = files[1]
    flip_byte(object_of(session, damaged, folder))
    label = f"evidence {book.cases()[0].ref}/{damaged.ref}"
    report = backup.check_backup(opened(folder))
    assert not report.ok
    text = "\n".join(report.lines())
    assert f"{label}: its copy does not match its recorded SHA-256" in text
    assert "photo.jpg" not in text  # a file name is case data
    outcome = backup.restore_backup(opened(folder), tmp_path / "restored")
    assert [item.split(":")[0] for item in outcome.restored.not_restored] == [label]
    assert outcome.restored.evidence_files == 2
    with open_vault(tmp_path / "restored", Secret(PASSPHRASE)) as again:
        result = verify(CaseBook(again))
    missing = f"evidence {damaged.ref}: blob {damaged.blob_id} is missing"
    assert result.evidence_problems == [missing]
    assert result.database_problems == [] and result.records and result.records.intact


def test_an_evidence_object_that_fails_authentication_is_named(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    """An object whose bytes match its listed hash but do not decrypt (a damaged orphan
    that a later run adopted) is caught by decrypting it."""
    files = filled(book, files=1)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    path = object_of(session, files[0], folder)
    flip_byte(path)
    # Made an orphan (its generation gone), the next run hashes it as it is.
    for generation in generation_paths(folder):
        generation.unlink()
    backup.backup_vault(session, folder)  # reuses the (damaged) object of the right size
    report = backup.check_backup(opened(folder))
    assert "its copy fails authentication" in "\n".join(report.lines())


def test_a_damaged_database_falls_back_to_the_generation_before(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    filled(book, files=1)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    book.save(Case(title="Later", summary=""))
    backup.backup_vault(session, folder)
    newest = opened(folder).newest_complete()
    assert newest is not None and newest.manifest is not None
    flip_byte(folder / OBJECTS / newest.manifest.database.object, 20_000)
    report = backup.check_backup(opened(folder))
    assert [g.ok for g in report.generations] == [False, True]
    assert report.generations[0].problems[0].startswith("the database: ")
    outcome = backup.restore_backup(opened(folder), tmp_path / "restored")
    assert outcome.restored.number == 1
    assert outcome.skipped and "generation 2: the database" in outcome.skipped[0]
    with open_vault(tmp_path / "restored", Secret(PASSPHRASE)) as again:
        assert [c.title for c in CaseBook(again).cases()] == ["Case"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "key slots"])
def test_a_damaged_generation_file_never_counts_as_complete(
    book: CaseBook, session: VaultSession, tmp_path: Path, damage: str
) -> None:
    filled(book, files=1)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    backup.backup_vault(session, folder)
    newest = generation_paths(folder)[0]
    if damage == "truncate":
        newest.write_bytes(newest.read_bytes()[:-40])
    elif damage == "flip":
        flip_byte(newest, len(newest.read_bytes()) - 5)
    else:
        flip_byte(newest, 36 + 100)  # both copies inside the copy of the header
        flip_byte(newest, 36 + 4096 + 100)
    report = backup.check_backup(opened(folder))  # opens with generation 1's key slots
    assert [g.complete for g in report.generations] == [False, True]
    expected = "key slots is damaged" if damage == "key slots" else "fails authentication"
    assert expected in report.generations[0].line()
    assert backup.restore_backup(opened(folder), tmp_path / "r").restored.number == 1


def test_a_cancelled_backup_leaves_orphans_the_next_one_reuses(
    book: CaseBook, session: VaultSession, tmp_path: Path, vault_path: Path
) -> None:
    filled(book, files=4, size=300_000)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    filled(book, files=4, size=300_000)

    def stop_halfway(done: int, total: int) -> None:
        if done > total * 0.9:
            raise Cancelled()

    snapshot = backup.prepare_backup(session)
    with pytest.raises(Cancelled):
        backup.write_backup(snapshot, folder, stop_halfway)
    assert not snapshot.database.exists()  # the temporary copy in the vault is gone
    assert [p.name for p in vault_path.iterdir() if p.name.startswith(".")] == []
    assert len(generation_paths(folder)) == 1  # no new generation
    assert backup.check_backup(opened(folder)).ok  # the earlier one is intact
    again = backup.backup_vault(session, folder)
    assert 0 < again.copied_files < 4  # the objects copied before the stop were reused
    assert backup.check_backup(opened(folder)).ok


def test_evidence_deleted_while_the_copy_runs_is_left_out_by_name(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    files = filled(book, files=3)
    folder = tmp_path / "backup"
    snapshot = backup.prepare_backup(session)
    doomed = files[2]
    label = f"{book.cases()[0].ref}/{doomed.ref}"
    assert doomed.id is not None
    book.delete(Evidence, doomed.id)  # on the worker, between the two phases
    written = backup.write_backup(snapshot, folder)
    assert written.evidence_files == 2
    assert written.left_out and written.left_out[0].startswith(f"evidence {label}: ")
    outcome = backup.restore_backup(opened(folder), tmp_path / "restored")
    assert outcome.restored.not_restored == written.left_out


def test_a_full_disk_is_reported_and_the_earlier_generation_stays(
    book: CaseBook, session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(book, files=2)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    add_evidence(book, os.urandom(5000))
    real_fsync, calls = os.fsync, [0]

    def full(fd: int) -> None:
        calls[0] += 1
        if calls[0] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageFull, match="The disk is full: the new backup generation"):
        backup.backup_vault(session, folder)
    monkeypatch.undo()
    assert backup.last_backup(session) == session.clock()  # only the first one recorded
    assert len(generation_paths(folder)) == 1
    assert backup.check_backup(opened(folder)).ok


def test_the_last_backup_time_is_read_from_inside_the_vault(
    book: CaseBook, session: VaultSession, tmp_path: Path, clock: FixedClock
) -> None:
    assert backup.last_backup(session) is None
    backup.backup_vault(session, tmp_path / "backup")
    assert backup.last_backup(session) == clock.now
    assert session.audit.verify().intact and verify(book).ok


def test_the_snapshot_is_the_vault_as_it_was_when_taken(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    filled(book, files=1)
    snapshot = backup.prepare_backup(session)
    case = book.cases()[0]
    book.save(Incident(case_id=case.id or 0, title="After the snapshot"))
    add_evidence(book, b"later")
    backup.write_backup(snapshot, tmp_path / "backup")
    backup.restore_backup(opened(tmp_path / "backup"), tmp_path / "restored")
    with open_vault(tmp_path / "restored", Secret(PASSPHRASE)) as again:
        copy = CaseBook(again)
        assert copy.incidents(case.id or 0) == [] and len(copy.evidence(case.id or 0)) == 1
        assert again.warnings == [] and verify(copy).ok


def test_restore_never_overwrites_and_clears_an_interrupted_restore(
    book: CaseBook, session: VaultSession, tmp_path: Path, vault_path: Path
) -> None:
    filled(book, files=1)
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    with pytest.raises(VaultExists):
        backup.restore_backup(opened(folder), vault_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "letter.txt").write_text("mine")
    with pytest.raises(VaultExists):
        backup.restore_backup(opened(folder), other)
    assert (other / "letter.txt").read_text() == "mine"
    # What a restore killed before its header leaves: a database and evidence, no header.
    unfinished = tmp_path / "unfinished"
    (unfinished / "blobs").mkdir(parents=True)
    (unfinished / "vault.db").write_bytes(b"half")
    (unfinished / "blobs" / f"{'0' * 32}.blob").write_bytes(b"half")
    backup.restore_backup(opened(folder), unfinished)
    open_vault(unfinished, Secret(PASSPHRASE)).close()


@pytest.fixture
def made_code(session: VaultSession, vault_path: Path) -> str:
    """The recovery code of the ``session`` fixture's vault (set a new one we know)."""
    from logbook.vault import header as header_file
    from logbook.vault import recovery_code
    from logbook.vault.header import seal_key
    from logbook.vault.key_slots import make_slot
    from logbook.vault.lifecycle import HEADER, unlock_data_key
    from tests.conftest import FAST_KDF

    code = recovery_code.generate()
    key = unlock_data_key(vault_path, Secret(PASSPHRASE))
    slot = make_slot("recovery", code, key, FAST_KDF)
    header_file.update(vault_path / HEADER, lambda h: h.with_slot(slot), seal_key(key))
    return code


def test_the_copy_runs_on_another_thread_while_the_vault_is_used(
    book: CaseBook, session: VaultSession, tmp_path: Path
) -> None:
    """The app's way: phase 1 on the session's thread, phase 2 on another thread while
    the session's thread goes on saving, phase 3 back on the session's thread."""
    filled(book, files=6, size=200_000)
    snapshot = backup.prepare_backup(session)
    results: list[object] = []
    worker = threading.Thread(
        target=lambda: results.append(backup.write_backup(snapshot, tmp_path / "backup"))
    )
    worker.start()
    case = book.cases()[0]
    for n in range(5):
        book.save(Incident(case_id=case.id or 0, title=f"Meanwhile {n}"))
    add_evidence(book, os.urandom(10_000))
    worker.join(30)
    assert len(results) == 1 and getattr(results[0], "evidence_files", None) == 6
    backup.record_backup(session)
    assert backup.last_backup(session) is not None
    assert backup.check_backup(opened(tmp_path / "backup")).ok
    assert verify(book).ok
