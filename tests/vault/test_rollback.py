"""Lost changes are noticed: a database replaced by an older copy of itself, or a WAL
damaged, cut short or deleted after a crash, opens with "recent changes are missing" —
the vault still readable — instead of silently losing what was committed. Real vaults;
the crash is a real process ended with os._exit before it closes the database."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from logbook.core.model import Case
from logbook.services.case_book import CaseBook
from logbook.vault import header as header_file
from logbook.vault.lifecycle import Secret, open_vault
from tests.conftest import PASSPHRASE, FixedClock


def add_case(path: Path, clock: FixedClock, title: str) -> None:
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        CaseBook(session).save(Case(title=title))


def titles_and_warnings(path: Path, clock: FixedClock) -> tuple[list[str], list[str]]:
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        titles = sorted(c.title for c in CaseBook(session).cases())
        return titles, list(session.warnings)


def crash_after_saving(path: Path, title: str) -> None:
    """Another process saves a case and dies without closing: its commit is in the WAL."""
    script = textwrap.dedent(
        f"""
        import os
        from logbook.core.model import Case
        from logbook.services.case_book import CaseBook
        from logbook.vault.lifecycle import Secret, open_vault
        session = open_vault({str(path)!r}, Secret({PASSPHRASE!r}))
        CaseBook(session).save(Case(title={title!r}))
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert (path / "vault.db-wal").stat().st_size > 0


def test_an_ordinary_close_leaves_no_wal_and_no_warning(made_vault, clock) -> None:
    path, _ = made_vault
    add_case(path, clock, "One")
    assert not (path / "vault.db-wal").exists() or (path / "vault.db-wal").stat().st_size == 0
    assert titles_and_warnings(path, clock) == (["One"], [])


def test_a_crash_with_the_wal_intact_loses_nothing(made_vault, clock) -> None:
    path, _ = made_vault
    crash_after_saving(path, "Saved before the crash")
    assert titles_and_warnings(path, clock) == (["Saved before the crash"], [])


def test_an_older_copy_of_the_database_is_noticed(made_vault, clock, tmp_path) -> None:
    path, _ = made_vault
    add_case(path, clock, "Old")
    shutil.copy2(path / "vault.db", tmp_path / "older.db")
    add_case(path, clock, "Recent")
    shutil.copy2(tmp_path / "older.db", path / "vault.db")
    titles, warnings = titles_and_warnings(path, clock)
    assert titles == ["Old"]  # still readable
    assert len(warnings) == 1 and "Recent changes are missing" in warnings[0]
    assert "1 change(s)" in warnings[0]


def wal_flipped(wal: Path) -> None:
    data = bytearray(wal.read_bytes())
    data[len(data) // 2] ^= 0xFF
    wal.write_bytes(bytes(data))


def wal_cut(wal: Path) -> None:
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize(
    "damage", [wal_flipped, wal_cut, Path.unlink], ids=["flipped", "cut short", "deleted"]
)
def test_a_damaged_wal_after_a_crash_is_noticed(made_vault, clock, damage) -> None:
    path, _ = made_vault
    add_case(path, clock, "Closed properly")
    crash_after_saving(path, "Only in the WAL")
    damage(path / "vault.db-wal")
    titles, warnings = titles_and_warnings(path, clock)
    assert "Closed properly" in titles and "Only in the WAL" not in titles
    assert len(warnings) == 1 and "Recent changes are missing" in warnings[0]


def test_a_database_with_another_history_is_noticed(made_vault, clock, tmp_path) -> None:
    """The same number of changes, but not the ones the header recorded."""
    path, _ = made_vault
    shutil.copy2(path / "vault.db", tmp_path / "fresh.db")
    add_case(path, clock, "Ours")
    shutil.copy2(tmp_path / "fresh.db", path / "vault.db")
    clock.now = clock.now.replace(hour=13)  # another moment: another MAC
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        CaseBook(session).save(Case(title="Theirs"))
        assert session.warnings  # found before the change...
    _, warnings = titles_and_warnings(path, clock)
    assert warnings == []  # ...and the header follows the database from its next change


def test_the_header_follows_each_change(made_vault, clock) -> None:
    """The check can fail only if the header keeps up: after each commit it names the
    audit log's last entry."""
    path, _ = made_vault
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        book = CaseBook(session)
        for title in ("A", "B"):
            book.save(Case(title=title))
            head = session.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
            assert header_file.read(path / "vault.header").audit_head.seq == head
