"""Append-only, hash-chained audit log inside the encrypted database.

Each entry records when, what action, on which kind of record and its id — never case
content. Its MAC is HMAC-SHA256 (key derived from the data key) over the previous MAC and
the entry, so editing, deleting or reordering any entry breaks the chain from there on.
Entries are appended in the same transaction as the change they describe.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from logbook.core.clock import Clock
from logbook.vault.database import Connection

_GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    entity: str
    entity_id: int | None


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken: int | None  # seq of the first entry whose MAC does not follow

    @property
    def intact(self) -> bool:
        return self.first_broken is None


class AuditLog:
    def __init__(self, conn: Connection, key: bytes, clock: Clock) -> None:
        self._conn = conn
        self._key = key
        self._clock = clock

    def _mac(self, previous: str, entry: AuditEntry) -> str:
        body = json.dumps(
            [entry.seq, entry.at, entry.action, entry.entity, entry.entity_id],
            separators=(",", ":"),
        )
        return hmac.new(self._key, (previous + body).encode(), hashlib.sha256).hexdigest()

    def append(self, action: str, entity: str, entity_id: int | None) -> None:
        """Record one change. Call inside the transaction that makes the change."""
        last = self._conn.execute(
            "SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, previous = (last[0] + 1, last[1]) if last else (1, _GENESIS)
        at = self._clock().isoformat(timespec="seconds")
        entry = AuditEntry(seq, at, action, entity, entity_id)
        self._conn.execute(
            "INSERT INTO audit_log (seq, at, action, entity, entity_id, mac) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (seq, at, action, entity, entity_id, self._mac(previous, entry)),
        )

    def entries(self) -> list[AuditEntry]:
        rows = self._conn.execute(
            "SELECT seq, at, action, entity, entity_id FROM audit_log ORDER BY seq"
        )
        return [AuditEntry(*row) for row in rows]

    def verify(self) -> ChainReport:
        total = self._conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        previous, expected_seq = _GENESIS, 1
        for seq, at, action, entity, entity_id, mac in self._conn.execute(
            "SELECT seq, at, action, entity, entity_id, mac FROM audit_log ORDER BY seq"
        ):
            entry = AuditEntry(seq, at, action, entity, entity_id)
            if seq != expected_seq or not hmac.compare_digest(mac, self._mac(previous, entry)):
                return ChainReport(total, seq)
            previous, expected_seq = mac, seq + 1
        return ChainReport(total, None)
