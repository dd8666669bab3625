"""A full disk stops a change cleanly: a clear error, and nothing stored is lost or half-written.

The database case is real: ``PRAGMA max_page_count`` makes SQLite answer exactly as on a
full disk (SQLITE_FULL). For files written outside SQLite the disk is the boundary, so
there the failure is injected at ``os.fsync`` (KeePassXC's FailDevice idea).
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from logbook.cli import main
from logbook.core.errors import StorageFull
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case
from logbook.vault.atomic import write_atomic
from logbook.vault.lifecycle import Secret, open_vault
from logbook.vault.session import VaultSession
from tests.conftest import EXAMPLE_CASE, PASSPHRASE


def big_document(incidents: int) -> bytes:
    text = EXAMPLE_CASE.read_text("utf-8")
    narrative = "Долгое описание событий. " * 200
    extra = ",".join(
        f'{{"id": "x{i}", "title": "Incident {i}", "narrative": "{narrative}"}}'
        for i in range(incidents)
    )
    return text.replace('"incidents": [', f'"incidents": [{extra},', 1).encode("utf-8")


def fill_disk(session: VaultSession) -> None:
    """Let the database grow by only a few pages from now on."""
    pages = session.conn.execute("PRAGMA page_count").fetchone()[0]
    session.conn.execute(f"PRAGMA max_page_count = {pages + 2}")


def test_full_database_during_import_is_reported_and_nothing_changes(
    book: CaseBook, session: VaultSession
) -> None:
    import_case(book, EXAMPLE_CASE.read_bytes())
    before = dump_case(book, "case-1")
    audit_before = session.audit.entries()
    fill_disk(session)
    with pytest.raises(StorageFull, match="disk is full"):
        import_case(book, big_document(200))
    session.conn.execute("PRAGMA max_page_count = 1073741823")
    assert dump_case(book, "case-1") == before
    assert session.audit.entries() == audit_before
    assert session.audit.verify().intact


def test_full_disk_through_the_command_line(
    made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path, _ = made_vault
    document = tmp_path / "big.json"
    document.write_bytes(big_document(200))
    real_open = open_vault

    def open_on_a_full_disk(*args, **kwargs):  # the disk fills up right after unlocking
        session = real_open(*args, **kwargs)
        fill_disk(session)
        return session

    monkeypatch.setattr("logbook.cli.open_vault", open_on_a_full_disk)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["import", str(path), str(document), "--passphrase-stdin"])
    assert code == StorageFull.exit_code
    assert "The disk is full" in capsys.readouterr().err
    with open_vault(path, Secret(PASSPHRASE)) as session:
        assert CaseBook(session).cases() == []


def failing_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("logbook.vault.atomic.os.fsync", fsync)


def test_atomic_write_on_a_full_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.header"
    target.write_bytes(b"old header")
    failing_fsync(monkeypatch)
    with pytest.raises(StorageFull, match="the vault header"):
        write_atomic(target, b"new header", "the vault header")
    assert target.read_bytes() == b"old header"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.header"]


def test_evidence_intake_on_a_full_disk_leaves_no_partial_file(
    session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing_fsync(monkeypatch)
    with pytest.raises(StorageFull, match="an evidence file"):
        session.blobs.put(io.BytesIO(b"photo bytes" * 10_000))
    assert list(session.blobs.directory.iterdir()) == []
