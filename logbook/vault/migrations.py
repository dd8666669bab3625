"""Schema migrations: one function per version, applied in order (Electrum's wallet_db).

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1``; a new vault runs them all from 0. Each step runs in its own
transaction, so a failed step leaves the vault at the previous version, not half-way.
"""

from __future__ import annotations

from collections.abc import Callable

from logbook.core.errors import LogbookError, NewerVault
from logbook.vault.database import Connection
from logbook.vault.schema_v1 import create_schema_v1

Migration = Callable[[Connection], None]


def add_former_names(conn: Connection) -> None:
    """Version 2: ``persons.former_names``, a JSON list of names the person no longer uses
    (``[]`` for every person already stored)."""
    conn.execute("ALTER TABLE persons ADD COLUMN former_names TEXT NOT NULL DEFAULT '[]'")


MIGRATIONS: list[Migration] = [create_schema_v1, add_former_names]


def schema_version(conn: Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: Connection, migrations: list[Migration] | None = None) -> int:
    """Bring the schema up to date; return the number of steps applied."""
    steps = MIGRATIONS if migrations is None else migrations
    current = schema_version(conn)
    if current > len(steps):
        raise NewerVault(
            f"This vault uses schema version {current}, newer than this Logbook knows "
            f"({len(steps)}). Update Logbook to open it."
        )
    for version in range(current, len(steps)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            steps[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except Exception as exc:  # any failure, even a bug in a data step, must roll back
            conn.execute("ROLLBACK")
            raise LogbookError(
                f"Upgrading the vault to schema version {version + 1} failed ({exc}); "
                "the vault was left at the version it had."
            ) from exc
    return len(steps) - current
