"""Shared fixtures: real vaults on disk, with the cheapest Argon2id the vault allows.

Tests never weaken the product: ``FAST_KDF`` is still 64 MiB (the floor the vault
enforces), just one pass, passed explicitly where a test creates a vault. The CLI's own
``init`` always calibrates; only the tests that exercise it pay for that.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logbook.services.case_book import CaseBook
from logbook.vault.kdf import KdfParams
from logbook.vault.lifecycle import create_vault
from logbook.vault.session import VaultSession
from tests.small_disk import few_inodes_disk, small_disk  # noqa: F401 - fixtures for every test

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FAST_KDF = KdfParams(iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple zebra"
EXAMPLE_CASE = Path(__file__).parent.parent / "docs" / "example-case.json"


class FixedClock:
    """A clock tests move by hand."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2026, 1, 15, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def made_vault(vault_path: Path, clock: FixedClock) -> tuple[Path, str]:
    """A closed vault on disk; returns its path and recovery code."""
    session, code = create_vault(vault_path, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    session.close()
    return vault_path, code


@pytest.fixture
def session(vault_path: Path, clock: FixedClock) -> Iterator[VaultSession]:
    """An open vault session, closed after the test."""
    opened, _ = create_vault(vault_path, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def book(session: VaultSession) -> CaseBook:
    return CaseBook(session)


def vault_bytes(path: Path) -> bytes:
    """Every byte of every file under ``path`` (what a seized disk would show)."""
    return b"".join(p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file())
