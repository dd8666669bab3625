"""Schema version 5 and the drafts table: one row per key, written and removed by key."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from logbook.vault.database import Connection, connect
from logbook.vault.drafts import DraftRow, DraftStore
from logbook.vault.migrations import MIGRATIONS, migrate, schema_version


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    opened = connect(tmp_path / "test.db", secrets.token_bytes(32), create=True)
    migrate(opened)
    yield opened
    opened.close()


def test_version_5_adds_an_empty_drafts_table(tmp_path: Path) -> None:
    conn = connect(tmp_path / "v4.db", secrets.token_bytes(32), create=True)
    try:
        migrate(conn, MIGRATIONS[:4])
        assert migrate(conn, MIGRATIONS[:5]) == 1
        assert schema_version(conn) == 5
        assert conn.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
    finally:
        conn.close()


def test_put_replaces_by_key_and_delete_removes(conn: Connection) -> None:
    store = DraftStore(conn)
    store.put(DraftRow("k", "case", None, '{"a": 1}', "2026-01-01T00:00:00+00:00"))
    store.put(DraftRow("k", "case", 3, '{"a": 2}', "2026-01-01T00:00:05+00:00"))
    store.put(DraftRow("j", "person", None, "{}", "2026-01-01T00:00:01+00:00"))
    assert [row.key for row in store.all()] == ["j", "k"]  # oldest first
    assert store.get("k") == DraftRow("k", "case", 3, '{"a": 2}', "2026-01-01T00:00:05+00:00")
    store.delete("k")
    assert store.get("k") is None
    assert [row.key for row in store.all()] == ["j"]
