"""The ``drafts`` table: what was typed in an editor and not yet saved.

A draft is not a record of the case. It lives in the encrypted database like everything
else, but the audit log, the search index, dumps and exports never read it: nothing of
it is sealed, found or exported. ``key`` names the editor that wrote it (an editor
rewrites its own draft); ``body`` is JSON made by :mod:`logbook.services.drafts`.

Threading: the session's thread only, like the rest of the vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from logbook.vault.database import Connection


@dataclass(frozen=True)
class DraftRow:
    key: str
    entity: str
    record_id: int | None  # None: a record not yet saved
    body: str
    updated_at: str  # ISO 8601


class DraftStore:
    """Reads and writes ``drafts``; the caller holds the transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def put(self, row: DraftRow) -> None:
        """Write the draft of ``row.key``, replacing the one it had."""
        self._conn.execute(
            "INSERT INTO drafts (key, entity, record_id, body, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "entity = excluded.entity, record_id = excluded.record_id, "
            "body = excluded.body, updated_at = excluded.updated_at",
            (row.key, row.entity, row.record_id, row.body, row.updated_at),
        )

    def all(self) -> list[DraftRow]:
        """Every draft, oldest first."""
        rows = self._conn.execute(
            "SELECT key, entity, record_id, body, updated_at FROM drafts ORDER BY updated_at, id"
        ).fetchall()
        return [DraftRow(*row) for row in rows]

    def get(self, key: str) -> DraftRow | None:
        row = self._conn.execute(
            "SELECT key, entity, record_id, body, updated_at FROM drafts WHERE key = ?", (key,)
        ).fetchone()
        return DraftRow(*row) if row is not None else None

    def delete(self, key: str) -> None:
        """Remove the draft of ``key`` (none: nothing happens). ``secure_delete`` is on:
        its text is overwritten in the database file, not merely unlinked."""
        self._conn.execute("DELETE FROM drafts WHERE key = ?", (key,))
