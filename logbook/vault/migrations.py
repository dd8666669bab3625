"""Schema migrations: one function per version, applied in order (Electrum's wallet_db).

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1``; a new vault runs them all from 0. Each step runs in its own
transaction, so a failed step leaves the vault at the previous version, not half-way.
"""

from __future__ import annotations

from collections.abc import Callable

from logbook.core.errors import LogbookError, NewerVault
from logbook.vault.database import Connection, explains
from logbook.vault.schema_v1 import create_schema_v1

Migration = Callable[[Connection], None]


def add_former_names(conn: Connection) -> None:
    """Version 2: ``persons.former_names``, a JSON list of names the person no longer uses
    (``[]`` for every person already stored)."""
    conn.execute("ALTER TABLE persons ADD COLUMN former_names TEXT NOT NULL DEFAULT '[]'")


# The tables whose records the audit log seals, as they stood at version 3 (a released
# migration must not change with later record kinds).
_AUDITED_V3 = (
    "cases",
    "persons",
    "incidents",
    "involvements",
    "injuries",
    "statements",
    "remedies",
    "evidence",
)


def add_content_macs(conn: Connection) -> None:
    """Version 3: ``audit_log.content_mac``, the MAC of a changed record's content (NULL
    in every earlier entry), and ``audit_seal_pending``.

    Records stored before the upgrade have no content MAC to be checked against. This step
    has no key to make one, so when there are records it leaves one row in
    ``audit_seal_pending``; the audit log seals them (one entry each) as the vault is
    opened with its key, right after this step commits (see ``AuditLog``). A step that
    later adds or changes a column of an audited table changes every record's canonical
    content, and must have the records sealed again the same way.
    """
    conn.execute("ALTER TABLE audit_log ADD COLUMN content_mac TEXT")
    conn.execute("CREATE TABLE audit_seal_pending (schema_version INTEGER NOT NULL)")
    if any(conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0] for t in _AUDITED_V3):
        conn.execute("INSERT INTO audit_seal_pending (schema_version) VALUES (3)")


# The tables whose records take translations of their free text, at version 4.
_TRANSLATED_V4 = ("cases", "persons", "incidents", "injuries", "statements", "remedies", "evidence")


def add_translations(conn: Connection) -> None:
    """Version 4: ``translations`` (JSON: language → field → text, ``{}`` for every record
    already stored) on every table of records with free text, and ``persons.name_latin``
    (NULL). The source's translations live inside its JSON in ``cases.source``.

    Records keep their content MACs: the audit log's canonical form leaves these columns
    out while they hold these defaults (``audit.LATER_COLUMNS``), so nothing is sealed
    again, and any other value is covered like every column.
    """
    for table in _TRANSLATED_V4:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN translations TEXT NOT NULL DEFAULT '{{}}'")
    conn.execute("ALTER TABLE persons ADD COLUMN name_latin TEXT")


def add_drafts(conn: Connection) -> None:
    """Version 5: ``drafts``, what was typed in an editor and not yet saved (one row per
    open editor, ``key`` chosen by the editor). Not records of the case: the audit log,
    search, dumps and exports never read this table."""
    conn.execute(
        """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            record_id INTEGER,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )


MIGRATIONS: list[Migration] = [
    create_schema_v1,
    add_former_names,
    add_content_macs,
    add_translations,
    add_drafts,
]


def schema_version(conn: Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


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
            if conn.in_transaction:  # SQLite has rolled back itself on a full disk
                conn.execute("ROLLBACK")
            if explains(exc):  # no space, or a damaged page: the caller says which
                raise
            raise LogbookError(
                f"Upgrading the vault to schema version {version + 1} failed ({exc}); "
                "the vault was left at the version it had."
            ) from exc
    return len(steps) - current
