"""An open vault: the database connection and what works on it.

Threading: not thread-safe. The thread that opened the session is the only one that may
use it (SQLite enforces this); a GUI sends work to that thread and gets results back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from logbook.core.clock import Clock
from logbook.vault.audit import AuditLog
from logbook.vault.blobs import BlobStore
from logbook.vault.database import Connection, DatabaseError, explain, explains
from logbook.vault.search_index import SearchIndex
from logbook.vault.store import Store


def subkey(data_key: bytes, purpose: bytes) -> bytes:
    """An independent key for one purpose, so no key is used for two things."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)


class VaultSession:
    def __init__(self, directory: Path, conn: Connection, data_key: bytes, clock: Clock):
        self.directory = directory
        self.conn = conn
        self.clock = clock
        self.store = Store(conn)
        self.search = SearchIndex(conn)
        self.audit = AuditLog(conn, subkey(data_key, b"logbook audit"), clock)
        self.blobs = BlobStore(directory / "blobs", subkey(data_key, b"logbook blobs"))
        self._depth = 0
        self._after_commit: list[Callable[[], None]] = []
        self._after_rollback: list[Callable[[], None]] = []
        # After every committed transaction (the header records the audit log's head).
        self.on_commit: Callable[[Connection], None] | None = None
        # What the user must be told on opening (e.g. recent changes missing).
        self.warnings: list[str] = []

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All changes inside commit together or not at all. Nests: inner blocks join
        the outermost transaction, and an exception anywhere rolls back all of it."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
            if self._depth == 1:
                self.conn.execute("COMMIT")
        except BaseException as exc:
            self._depth -= 1
            if self._depth == 0:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self._finish(self._after_rollback)
            if explains(exc):  # the disk is full, or a page is damaged
                raise explain(exc, self.directory) from exc
            raise
        self._depth -= 1
        if self._depth == 0:
            if self.on_commit is not None:
                self.on_commit(self.conn)
            self._finish(self._after_commit)

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the current transaction commits (e.g. delete a blob)."""
        self._after_commit.append(action)

    def after_rollback(self, action: Callable[[], None]) -> None:
        """Run ``action`` if the current transaction rolls back (e.g. drop a new blob)."""
        self._after_rollback.append(action)

    def _finish(self, actions: list[Callable[[], None]]) -> None:
        todo = list(actions)
        self._after_commit.clear()
        self._after_rollback.clear()
        for action in todo:
            action()

    def close(self) -> None:
        """Fold the WAL into the database and remove it (no WAL at rest whose loss would
        go unnoticed), then close; SQLCipher wipes its key material from memory."""
        with contextlib.suppress(DatabaseError):  # a damaged database still closes
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
