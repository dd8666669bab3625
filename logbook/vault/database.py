"""Opening the SQLCipher database with the raw data key and the settings DESIGN.md §3 asks.

Threading: a connection belongs to the thread that opened it (``check_same_thread``).
The desktop app opens and uses its vault session on one worker thread
(``logbook.ui.operations``); only ``interrupt()`` is called from another thread.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from logbook.core.errors import LogbookError, StorageFull, VaultDamaged
from logbook.vault.atomic import create_private

if TYPE_CHECKING:
    # sqlcipher3 ships no types; its DB-API module is the standard library's sqlite3
    # built against SQLCipher, with the same classes and signatures.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
else:
    Connection = sqlcipher.Connection
    DatabaseError = sqlcipher.DatabaseError
    IntegrityError = sqlcipher.IntegrityError


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open (or with ``create`` make) the database and check the key reads it.

    Raises :class:`VaultDamaged` if the file is missing or its first page does not
    decrypt; in that case nothing has been written to it.
    """
    if not create and not path.is_file():
        raise VaultDamaged("database", f"{path.name} is missing")
    if create:
        # SQLite would create it with the umask's mode; its WAL and SHM copy this one.
        # (A full disk here is an OSError, which the vault's maker reports.)
        create_private(path).close()
    conn: Connection = sqlcipher.connect(
        _uri(path, "rwc" if create else "rw"),
        uri=True,
        isolation_level=None,
        # No prepared-statement cache: cached statements hold the connection's small
        # "lookaside" memory, so every other allocation goes through SQLCipher's locked
        # allocator (an mlock and munlock each, with cipher_memory_security). Re-preparing
        # is cheaper: it made full-text search ten times faster at 10,000 incidents.
        cached_statements=0,
    )
    try:
        # Before the key: SQLCipher otherwise logs a failed key check to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise explain(exc, path, f"{path.name} cannot be decrypted", opening=True) from None
    for pragma in (
        "foreign_keys = ON",
        "secure_delete = ON",
        # Sorts and temporary tables stay in memory, never in an unencrypted temp file.
        "temp_store = MEMORY",
        "synchronous = FULL",
    ):
        conn.execute(f"PRAGMA {pragma}")
    if create:
        conn.execute("PRAGMA journal_mode = WAL")
    return conn


LOW_SPACE_BYTES = 1024 * 1024
"""Below this much free space, an I/O error from SQLite is taken to be the disk being full:
opening a vault in WAL mode must create its ``-shm`` index (32 KiB), and SQLite reports
that failure as a plain "disk I/O error", not as SQLITE_FULL."""

# The failures that are about the file or the disk it is on, as SQLite names them.
# Others (SQLITE_INTERRUPT when the user cancels, a constraint, a busy lock) are not.
_STORAGE_FAILURES = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_CORRUPT")
_UNREADABLE = ("SQLITE_NOTADB",)


def explains(exc: BaseException) -> bool:
    """Whether :func:`explain` has a user's message for ``exc``."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    return isinstance(exc, DatabaseError) and (
        name.startswith(_STORAGE_FAILURES) or name in _UNREADABLE
    )


def explain(
    exc: BaseException, path: Path, damage: str = "", *, opening: bool = False
) -> LogbookError:
    """The error to tell the user for a database failure at ``path`` (the database file
    or the vault folder): :class:`StorageFull` when the cause is space (SQLITE_FULL, or an
    I/O error with less than :data:`LOW_SPACE_BYTES` free), else :class:`VaultDamaged`
    naming the database, with ``damage`` (default: "a part of it cannot be read") and
    SQLite's own words, which name the failure and never the data. ``opening``: the
    failure came while opening the vault (nothing was being written)."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    space = name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) and _short_of_space(path)
    if name == "SQLITE_FULL" or space:
        if opening:
            return StorageFull("the vault", "cannot be opened (it needs a little free space)")
        return StorageFull("the change to the vault database")
    if name.startswith("SQLITE_CANTOPEN"):  # a read-only disk, permissions: not damage
        return LogbookError(
            f"The vault's database cannot be opened ({exc}): even to read it, its folder "
            "must be writable. Check the folder's permissions, or copy the vault from a "
            "read-only disk first."
        )
    return VaultDamaged("database", f"{damage or 'a part of it cannot be read'} ({exc})")


def user_error(exc: BaseException, vault: Path) -> LogbookError | None:
    """What to tell the user of ``exc``, met while working on the vault at ``vault``
    outside a transaction (which says it itself): the disk being full, whether the
    database or the OS noticed; the database damaged or unopenable; ``None`` for any
    other error, which the caller lets through."""
    if isinstance(exc, OSError):
        full = no_space(exc, vault)
        return StorageFull("a file Logbook was writing", "could not be written") if full else None
    return explain(exc, vault) if explains(exc) else None


def no_space(exc: BaseException, path: Path) -> bool:
    """Whether ``exc`` (from SQLite or the OS) is the disk at ``path`` being full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(explain(exc, path), StorageFull)


def _short_of_space(path: Path) -> bool:
    """Under :data:`LOW_SPACE_BYTES` free, or no file can be made at all (every inode in
    use: the ``-shm`` index is a new file). Quotas are not seen."""
    folder = path if path.is_dir() else path.parent
    try:
        if hasattr(os, "statvfs"):  # not on Windows, whose file systems have no inodes
            inodes = os.statvfs(folder)
            if inodes.f_files > 0 and inodes.f_favail == 0:
                return True
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's page MAC check, then SQLite's structural check; empty when sound. A
    check that cannot finish (the file is cut short under it, a page SQLite must read to
    run it is damaged) is itself a problem found, not an error."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        if not problems:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    except DatabaseError as exc:
        if not explains(exc) or getattr(exc, "sqlite_errorname", None) == "SQLITE_FULL":
            raise  # not a finding about the vault (a full disk is said as such)
        return [f"the check could not finish ({exc})"]
    return problems
