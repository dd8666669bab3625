"""Damaged vaults: every kind of damage is named as such, and reading never writes.

A defender who sees "wrong passphrase" for a corrupted header may give up or keep
retrying; one who sees "the header is damaged" restores a backup. And opening a damaged
vault must not "repair" it: the bytes on disk are evidence of what happened.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

import pytest

from logbook.core.errors import NewerVault, VaultDamaged
from logbook.core.model import Case, Incident
from logbook.services.case_book import CaseBook
from logbook.services.verification import verify
from logbook.vault.database import integrity_problems
from logbook.vault.header import AREA_SIZE, AREAS
from logbook.vault.lifecycle import Secret, open_vault
from logbook.vault.migrations import MIGRATIONS
from logbook.vault.session import VaultSession
from tests.conftest import PASSPHRASE, FixedClock, vault_bytes

PAGE = 4096


def listing(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


def snapshot(path: Path) -> tuple[list[str], bytes]:
    return listing(path), vault_bytes(path)


def assert_damaged(path: Path, secret: Secret, clock: FixedClock, part: str) -> VaultDamaged:
    """Opening raises VaultDamaged naming ``part``, and not one byte of the vault changes."""
    before = snapshot(path)
    with pytest.raises(VaultDamaged) as caught:
        open_vault(path, secret, clock)
    assert caught.value.part == part
    assert "wrong" not in str(caught.value).lower()
    assert f"The vault's {part} is damaged" in str(caught.value)
    assert snapshot(path) == before
    return caught.value


# The header ---------------------------------------------------------------------------


def truncate(header: Path) -> None:
    data = header.read_bytes()
    header.write_bytes(data[: len(data) // 2])


def flip_in_both_copies(field: str) -> Callable[[Path], None]:
    """Change one character inside ``field``'s value in both copies of the header, and
    leave the checksums as they were."""

    def damage(header: Path) -> None:
        data = bytearray(header.read_bytes())
        for copy in range(AREAS):
            start = copy * AREA_SIZE
            at = data.index(f'"{field}":"'.encode(), start) + len(field) + 6
            data[at] = ord("A") if data[at] != ord("A") else ord("B")
        header.write_bytes(bytes(data))

    return damage


def invalid_json(header: Path) -> None:
    header.write_bytes(b'{"format": "logbook.vault/1", "slots": [{"kind": ')


def not_a_header(header: Path) -> None:
    header.write_bytes(b"\xff\xfe" + secrets.token_bytes(200))


def missing(header: Path) -> None:
    header.unlink()


@pytest.mark.parametrize(
    "damage",
    [
        truncate,
        flip_in_both_copies("wrapped_key"),
        flip_in_both_copies("salt"),
        flip_in_both_copies("nonce"),
        invalid_json,
        not_a_header,
        missing,
    ],
    ids=["truncated", "wrapped_key", "salt", "nonce", "invalid-json", "not-a-header", "missing"],
)
def test_damaged_header_is_reported_as_damage(
    made_vault: tuple[Path, str], clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path, code = made_vault
    damage(path / "vault.header")
    assert_damaged(path, Secret(PASSPHRASE), clock, "header")
    assert_damaged(path, Secret(code, "recovery"), clock, "header")


# The database -------------------------------------------------------------------------


def test_damaged_first_page_of_the_database(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, _ = made_vault
    db = path / "vault.db"
    data = db.read_bytes()
    db.write_bytes(secrets.token_bytes(PAGE) + data[PAGE:])
    error = assert_damaged(path, Secret(PASSPHRASE), clock, "database")
    assert "cannot be decrypted" in str(error)
    assert listing(path) == ["blobs", "vault.db", "vault.header"]  # no WAL/SHM made


def test_zeroed_first_page_of_the_database(made_vault: tuple[Path, str], clock: FixedClock) -> None:
    path, _ = made_vault
    db = path / "vault.db"
    data = db.read_bytes()
    db.write_bytes(bytes(PAGE) + data[PAGE:])
    assert_damaged(path, Secret(PASSPHRASE), clock, "database")


def test_missing_database(made_vault: tuple[Path, str], clock: FixedClock) -> None:
    path, _ = made_vault
    (path / "vault.db").unlink()
    error = assert_damaged(path, Secret(PASSPHRASE), clock, "database")
    assert "missing" in str(error)
    assert not (path / "vault.db").exists()


@pytest.fixture
def large_vault(session: VaultSession, book: CaseBook) -> Path:
    """A closed vault of well over 20 pages, fully checkpointed into vault.db."""
    case = book.save(Case(title="Large case")).record
    assert case is not None and case.id is not None
    for n in range(60):
        book.save(
            Incident(case_id=case.id, title=f"Incident {n}", narrative=secrets.token_hex(900))
        )
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    path = session.directory
    wal = path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert (path / "vault.db").stat().st_size > 20 * PAGE
    return path


def test_damaged_middle_page_is_found_by_the_integrity_check(
    large_vault: Path, clock: FixedClock
) -> None:
    with open_vault(large_vault, Secret(PASSPHRASE), clock) as opened:
        assert integrity_problems(opened.conn) == []  # control: sound before the damage

    db = large_vault / "vault.db"
    data = bytearray(db.read_bytes())
    start = 9 * PAGE + 1000  # inside page 10
    data[start : start + 16] = bytes(b ^ 0xFF for b in data[start : start + 16])
    db.write_bytes(bytes(data))

    with open_vault(large_vault, Secret(PASSPHRASE), clock) as opened:
        problems = integrity_problems(opened.conn)
        report = verify(CaseBook(opened))
    assert problems
    assert any("10" in problem for problem in problems)
    # The report fails, and claims nothing about checks it could not run.
    assert not report.ok
    assert next(line for line in report.lines() if line.startswith("database:")).startswith(
        "database: DAMAGED"
    )
    assert not any(line.startswith("audit log: ok") for line in report.lines())
    assert "not checked" in report.lines()[-1]


def test_newer_schema_is_refused(session: VaultSession, clock: FixedClock) -> None:
    path = session.directory
    session.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    session.close()
    db_before = (path / "vault.db").read_bytes()
    with pytest.raises(NewerVault) as caught:
        open_vault(path, Secret(PASSPHRASE), clock)
    assert f"schema version {len(MIGRATIONS) + 1}" in str(caught.value)
    assert "Update Logbook" in str(caught.value)
    assert (path / "vault.db").read_bytes() == db_before
