"""Damaged vaults: every kind of damage is named as such, and reading never writes.

A defender who sees "wrong passphrase" for a corrupted header may give up or keep
retrying; one who sees "the header is damaged" restores a backup. And opening a damaged
vault must not "repair" it: the bytes on disk are evidence of what happened.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest

from logbook.core.errors import NewerVault, VaultDamaged
from logbook.core.model import Case, Incident
from logbook.services.case_book import CaseBook
from logbook.services.verification import verify
from logbook.vault.database import integrity_problems
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


def flip_base64(field: str, occurrence: int) -> Callable[[Path], None]:
    """Change one character of a base64 field to another valid base64 character."""

    def damage(header: Path) -> None:
        text = header.read_text()
        match = list(re.finditer(rf'"{field}": "([A-Za-z0-9+/]+)', text))[occurrence]
        at = match.start(1) + 3
        replacement = "A" if text[at] != "A" else "B"
        header.write_text(text[:at] + replacement + text[at + 1 :])

    return damage


def invalid_json(header: Path) -> None:
    header.write_bytes(b'{"format": "logbook.vault/1", "slots": [{"kind": ')


def not_utf8(header: Path) -> None:
    header.write_bytes(b"\xff\xfe" + secrets.token_bytes(200))


def missing(header: Path) -> None:
    header.unlink()


@pytest.mark.parametrize(
    "damage",
    [
        truncate,
        flip_base64("wrapped_key", 0),
        flip_base64("salt", 1),
        flip_base64("nonce", 0),
        invalid_json,
        not_utf8,
        missing,
    ],
    ids=["truncated", "wrapped_key", "salt", "nonce", "invalid-json", "not-utf8", "missing"],
)
def test_damaged_header_is_reported_as_damage(
    made_vault: tuple[Path, str], clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path, code = made_vault
    damage(path / "vault.header")
    assert_damaged(path, Secret(PASSPHRASE), clock, "header")
    assert_damaged(path, Secret(code, "recovery"), clock, "header")


def rewrite_with_checksum(header: Path, edit: Callable[[dict], None]) -> None:
    """Edit the header and recompute its checksum, as a careless hand repair would."""
    body = json.loads(header.read_bytes())
    del body["checksum"]
    edit(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    header.write_text(json.dumps(body))


def test_header_of_an_unknown_format_is_damage(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, _ = made_vault
    rewrite_with_checksum(path / "vault.header", lambda body: body.update(format="other/9"))
    error = assert_damaged(path, Secret(PASSPHRASE), clock, "header")
    assert "unknown format" in str(error)


def test_slot_with_invalid_base64_is_damage(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, _ = made_vault

    def edit(body: dict) -> None:
        body["slots"][0]["salt"] = "not base64!"

    rewrite_with_checksum(path / "vault.header", edit)
    assert_damaged(path, Secret(PASSPHRASE), clock, "header")


def test_slot_with_a_nonce_of_the_wrong_length_is_damage(
    made_vault: tuple[Path, str], clock: FixedClock
) -> None:
    path, _ = made_vault

    def edit(body: dict) -> None:
        for slot in body["slots"]:
            slot["nonce"] = base64.b64encode(b"short").decode()

    rewrite_with_checksum(path / "vault.header", edit)
    assert_damaged(path, Secret(PASSPHRASE), clock, "header")


def test_header_without_slots_is_damage(made_vault: tuple[Path, str], clock: FixedClock) -> None:
    path, _ = made_vault
    rewrite_with_checksum(path / "vault.header", lambda body: body.update(slots=[]))
    assert_damaged(path, Secret(PASSPHRASE), clock, "header")


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
    assert report.lines()[0].startswith("database: DAMAGED")
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
