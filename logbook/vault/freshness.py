"""Is the database as new as the header says? Rollback and lost-WAL detection.

Every change appends an audit entry in its own transaction (:mod:`.audit`), so the audit
log's last entry — its number and its MAC, which chains every earlier one — names the
database's state. The header (sealed, :mod:`.header`) records it after every committed
change (:class:`HeaderKeeper`). On opening, a database whose log stops short of the
header's entry, or holds another entry under that number, lost committed changes (a WAL
damaged, truncated or deleted after a crash) or was replaced by an older copy of itself.
It still opens: the message says so, and ``logbook verify`` fails until the next change is
recorded. A database *ahead* of the header is normal after a crash between a commit and
the header's update.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from logbook.core.errors import VaultDamaged
from logbook.vault import header as header_file
from logbook.vault.database import Connection
from logbook.vault.header import AuditHead

MISSING = (
    "Recent changes are missing or the database was replaced by an older copy: the vault's "
    "header records {what} that the database does not have. The vault opened as it is; "
    "restore a backup if you have one."
)


def audit_head(conn: Connection) -> AuditHead | None:
    """The audit log's last entry, or ``None`` when it is empty."""
    row = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else AuditHead(row[0], row[1])


def missing_changes(recorded: AuditHead | None, conn: Connection) -> str | None:
    """What the database lacks of the state the header recorded, in words; ``None``
    when it has that state (or a later one that continues it)."""
    if recorded is None:
        return None
    row = conn.execute("SELECT mac FROM audit_log WHERE seq = ?", (recorded.seq,)).fetchone()
    if row is None:
        last = audit_head(conn)
        lost = recorded.seq - (last.seq if last else 0)
        return MISSING.format(what=f"{lost} change(s)")
    if row[0] != recorded.mac:
        return MISSING.format(what="a different history of changes")
    return None


class HeaderKeeper:
    """Records the audit log's head in the header after each committed change.

    Threading: called on the session's thread, after its transaction committed. The
    header is read again before writing (a passphrase change may have rewritten it) and
    written under the header's lock. A failed write is left for the next change: a
    database ahead of its header is accepted."""

    def __init__(self, path: Path, key: bytes, written: AuditHead | None) -> None:
        self._path = path
        self._key = key  # the header's seal key, not the data key
        self._written = written

    def committed(self, conn: Connection) -> None:
        head = audit_head(conn)
        if head == self._written:
            return
        try:
            header_file.update(self._path, lambda h: replace(h, audit_head=head), self._key)
        except (OSError, VaultDamaged):
            return  # the header lags behind: caught up at the next change
        self._written = head
