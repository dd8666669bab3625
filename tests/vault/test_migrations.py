"""Schema migrations: ordered steps, one transaction each, version in PRAGMA user_version.

A vault holds years of casework; an upgrade that stops half-way must leave it exactly at
the version it had, never with half a schema, and a step must never run twice.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from logbook.core.errors import LogbookError, NewerVault
from logbook.vault.database import Connection, connect
from logbook.vault.migrations import MIGRATIONS, Migration, migrate, schema_version
from logbook.vault.schema_v1 import create_schema_v1


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    """A new, empty SQLCipher database (schema version 0)."""
    opened = connect(tmp_path / "test.db", secrets.token_bytes(32), create=True)
    yield opened
    opened.close()


def tables(conn: Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


class Step2:
    """A second schema version that counts how often it runs."""

    def __init__(self) -> None:
        self.runs = 0

    def __call__(self, conn: Connection) -> None:
        self.runs += 1
        conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")


def test_new_database_gets_every_step(conn: Connection) -> None:
    assert schema_version(conn) == 0
    assert migrate(conn) == len(MIGRATIONS)
    assert schema_version(conn) == len(MIGRATIONS)
    assert {"cases", "persons", "incidents", "evidence", "audit_log"} <= tables(conn)
    assert not conn.in_transaction
    assert migrate(conn) == 0  # already current: nothing runs


def test_an_extra_step_runs_once(conn: Connection) -> None:
    step2 = Step2()
    assert migrate(conn, [create_schema_v1, step2]) == 2
    assert schema_version(conn) == 2
    assert migrate(conn, [create_schema_v1, step2]) == 0
    assert step2.runs == 1
    assert "tags" in tables(conn)


def test_an_existing_v1_vault_gets_only_the_new_step(conn: Connection) -> None:
    migrate(conn, [create_schema_v1])
    conn.execute(
        "INSERT INTO cases (ref, title, summary, mandates, communication_type, "
        "concerns, requested_action) VALUES ('c', 't', '', '[]', 'auto', '', '')"
    )
    step2 = Step2()
    assert migrate(conn, [create_schema_v1, step2]) == 1
    assert step2.runs == 1
    assert schema_version(conn) == 2
    assert conn.execute("SELECT count(*) FROM cases").fetchone() == (1,)


def failing_with(error: Exception) -> Migration:
    """A step that creates and fills a table, then fails."""

    def step2(conn: Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO half_done VALUES (1)")
        raise error

    return step2


@pytest.mark.parametrize(
    "error",
    [LogbookError("the step found bad data"), None],
    ids=["logbook-error", "sql-error"],
)
def test_a_failing_step_is_rolled_back(conn: Connection, error: Exception | None) -> None:
    migrate(conn, [create_schema_v1])

    def step2(c: Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        if error is not None:
            raise error
        c.execute("CREATE TABLE cases (x)")  # already exists: a real SQL error

    with pytest.raises(LogbookError) as caught:
        migrate(conn, [create_schema_v1, step2])
    message = str(caught.value)
    assert "schema version 2 failed" in message
    assert "the vault was left at the version it had" in message
    assert schema_version(conn) == 1
    assert "half_done" not in tables(conn)
    assert not conn.in_transaction
    assert migrate(conn, [create_schema_v1, Step2()]) == 1  # a fixed step can run later


def test_a_failure_in_the_first_step_leaves_an_empty_database(conn: Connection) -> None:
    with pytest.raises(LogbookError, match="schema version 1 failed"):
        migrate(conn, [failing_with(LogbookError("no"))])
    assert schema_version(conn) == 0
    assert tables(conn) == set()


def test_a_step_failing_with_any_exception_is_rolled_back(conn: Connection) -> None:
    migrate(conn, [create_schema_v1])
    with pytest.raises((ValueError, LogbookError)):
        migrate(conn, [create_schema_v1, failing_with(ValueError("bug in a step"))])
    assert schema_version(conn) == 1
    assert not conn.in_transaction
    assert "half_done" not in tables(conn)


def test_a_newer_database_is_refused(conn: Connection) -> None:
    migrate(conn, [create_schema_v1, Step2()])
    with pytest.raises(NewerVault, match="schema version 2"):
        migrate(conn, [create_schema_v1])
    assert schema_version(conn) == 2


def columns_of(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_version_3_adds_content_macs_and_asks_to_seal_stored_records(conn: Connection) -> None:
    """Records stored at the upgrade are left for the audit log to seal (it has the key)."""
    migrate(conn, MIGRATIONS[:2])
    conn.execute(
        "INSERT INTO cases (ref, title, summary, mandates, communication_type, "
        "concerns, requested_action) VALUES ('c', 't', '', '[]', 'auto', '', '')"
    )
    conn.execute(
        "INSERT INTO audit_log (seq, at, action, entity, entity_id, mac) "
        "VALUES (1, '2026-01-01T00:00:00+00:00', 'create', 'case', 1, 'm')"
    )
    assert migrate(conn, MIGRATIONS[:3]) == 1
    assert schema_version(conn) == 3
    assert "content_mac" in columns_of(conn, "audit_log")
    assert conn.execute("SELECT content_mac, mac FROM audit_log").fetchall() == [(None, "m")]
    assert conn.execute("SELECT schema_version FROM audit_seal_pending").fetchall() == [(3,)]


def test_version_4_adds_translations_and_latin_names_with_empty_defaults(
    conn: Connection,
) -> None:
    migrate(conn, MIGRATIONS[:3])
    conn.execute(
        "INSERT INTO cases (ref, title, summary, mandates, communication_type, "
        "concerns, requested_action) VALUES ('c', 't', '', '[]', 'auto', '', '')"
    )
    assert migrate(conn, MIGRATIONS[:4]) == 1
    for table in ("cases", "persons", "incidents", "injuries", "statements", "remedies"):
        assert "translations" in columns_of(conn, table)
    assert "translations" in columns_of(conn, "evidence")
    assert "name_latin" in columns_of(conn, "persons")
    assert conn.execute("SELECT translations FROM cases").fetchall() == [("{}",)]
    # Nothing to seal again: the canonical form leaves the new columns out at their default.
    assert conn.execute("SELECT count(*) FROM audit_seal_pending").fetchone() == (0,)


def test_version_3_asks_nothing_of_an_empty_vault(conn: Connection) -> None:
    migrate(conn)
    assert conn.execute("SELECT count(*) FROM audit_seal_pending").fetchone() == (0,)
