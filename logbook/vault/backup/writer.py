"""Writing one backup generation, in two phases.

1. :func:`take_snapshot` — on the thread that owns the vault session, short (a fraction
   of a second for a 60 MB database): the database is copied with ``VACUUM INTO`` (one
   read transaction, so it is consistent, encrypted by SQLCipher under the vault's key)
   to a hidden temporary file *inside the vault folder* (same disk: fast; named like
   every Logbook temporary file, so a crash's leftover is swept by the next backup and
   removed by erase); the list of evidence blobs and their labels is read from that very
   snapshot, so the two always agree.
2. :func:`write_generation` — on any thread, needs no session, reports progress and can
   be cancelled (``progress`` raising :class:`Cancelled`): copies the snapshot and every
   blob not yet in the folder, streaming in 1 MiB chunks (memory stays flat whatever the
   file sizes), then writes the generation file last.

The vault stays usable meanwhile. Blobs are immutable, but one can be deleted (with its
evidence record) while phase 2 runs: deletion overwrites the file, then unlinks it. Each
blob's file is checked after it is copied; if it changed or went, the copy is discarded
from this generation and listed in its ``left_out`` (:data:`NOT_IN_VAULT`): the
restored vault then lacks that file, which its user had deleted anyway, and ``logbook
verify`` names it. A blob missing from the vault before the backup is listed the same way.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from logbook.core.errors import LogbookError, StorageFull
from logbook.core.progress import Progress, no_progress
from logbook.vault.atomic import (
    atomic_file,
    create_private,
    fsync_dir,
    sweep_leftovers,
    temp_name,
)
from logbook.vault.backup.layout import (
    GENERATIONS,
    OBJECTS,
    BackupKeys,
    Manifest,
    Part,
    earlier_parts,
    encode_generation,
    new_generation_name,
)
from logbook.vault.database import Connection, no_space
from logbook.vault.header import AuditHead
from logbook.vault.lifecycle import BLOBS, HEADER
from logbook.vault.session import VaultSession

CHUNK = 1024 * 1024
DATABASE_LABEL = "the database"
NOT_IN_VAULT = (
    "its file was not in the vault when the backup copied it (deleted meanwhile, or lost)"
)
_WHAT = "the new backup generation (earlier backups in that folder are intact)"


@dataclass(frozen=True)
class BlobRef:
    blob_id: str
    label: str  # "C-1/E-3": the case's and the evidence record's refs


@dataclass
class Snapshot:
    """What phase 1 took: hand it to :func:`write_generation` (any thread), which removes
    the temporary database copy when it is done; :meth:`discard` if it never runs."""

    vault_dir: Path
    database: Path
    header_copy: bytes = field(repr=False)
    blobs: tuple[BlobRef, ...]
    keys: BackupKeys = field(repr=False)
    created: datetime
    audit_head: AuditHead | None
    schema: int

    def discard(self) -> None:
        self.database.unlink(missing_ok=True)


@dataclass(frozen=True)
class GenerationWritten:
    """What a backup run wrote: its generation and how much it had to copy."""

    number: int
    created: str
    evidence_files: int
    copied_files: int
    copied_bytes: int
    total_bytes: int
    left_out: tuple[str, ...]

    def lines(self, folder: object, seconds: float) -> list[str]:
        """What the command line says about it (no case data: counts and refs)."""
        reused = self.evidence_files - self.copied_files
        return [
            f"Backup generation {self.number} written to {folder} in {seconds:.1f} s: the "
            f"database and {self.evidence_files} evidence file(s); {self.copied_bytes:,} "
            f"bytes copied, {reused} evidence file(s) already there.",
            *(f"  not included: {item}" for item in self.left_out),
        ]


def take_snapshot(session: VaultSession) -> Snapshot:
    """Phase 1 (see the module docs). Call on the session's thread, outside any
    transaction; raises :class:`StorageFull` if the vault's disk cannot hold the copy."""
    if session.conn.in_transaction:
        raise RuntimeError("a backup snapshot must be taken outside any vault transaction")
    directory = session.directory
    sweep_leftovers(directory)  # an interrupted backup's snapshot, if any
    temp = temp_name(directory / "backup.db")
    try:
        create_private(temp).close()  # owner-only; VACUUM INTO accepts an empty file
        header_copy = (directory / HEADER).read_bytes()
        session.conn.execute("VACUUM INTO ?", (str(temp),))
        session.conn.execute("ATTACH DATABASE ? AS snapshot", (str(temp),))
        try:
            rows = session.conn.execute(
                "SELECT e.blob_id, c.ref || '/' || e.ref FROM snapshot.evidence e "
                "JOIN snapshot.cases c ON c.id = e.case_id "
                "WHERE e.blob_id IS NOT NULL ORDER BY e.id"
            ).fetchall()
            head = session.conn.execute(
                "SELECT seq, mac FROM snapshot.audit_log ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            schema = session.conn.execute("PRAGMA snapshot.user_version").fetchone()[0]
        finally:
            session.conn.execute("DETACH DATABASE snapshot")
    except BaseException as exc:
        # Judged before the copy is removed: removing it frees the space that was short.
        full = isinstance(exc, Exception) and no_space(exc, directory)
        temp.unlink(missing_ok=True)
        if full:
            raise StorageFull("the backup's copy of the database (in the vault's folder)") from exc
        raise
    fsync_dir(directory)
    blobs = tuple(dict((blob_id, BlobRef(blob_id, label)) for blob_id, label in rows).values())
    return Snapshot(
        directory,
        temp,
        header_copy,
        blobs,
        BackupKeys.from_blob_key(session.blobs._key),
        session.clock(),
        None if head is None else AuditHead(head[0], head[1]),
        schema,
    )


def write_generation(
    snapshot: Snapshot, target: Path, progress: Progress = no_progress
) -> GenerationWritten:
    """Phase 2 (see the module docs): any thread; ``progress(bytes done, bytes total)``.

    Raises :class:`StorageFull` (the disk is full), :class:`Cancelled`, or
    :class:`LogbookError` for another write failure; in every case no new generation
    exists and the earlier ones are untouched. The snapshot's temporary file is removed
    whatever happens."""
    try:
        return _write(snapshot, Path(target), progress)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(_WHAT) from exc
        raise LogbookError(
            f"Cannot write the backup to {target}: {exc.strerror or exc}. "
            "Earlier backups in that folder are intact."
        ) from None
    except StorageFull:
        raise StorageFull(_WHAT) from None
    finally:
        snapshot.discard()


def check_folder(target: Path) -> None:
    """Refuse a backup folder that is a file, or a non-empty folder without backups in it
    (a backup never mixes its files into a folder of other things)."""
    if target.exists() and not target.is_dir():
        raise LogbookError(f"Cannot back up into {target}: it is not a folder.")
    if target.is_dir() and not (target / GENERATIONS).is_dir() and any(target.iterdir()):
        raise LogbookError(
            f"Cannot back up into {target}: it holds other files and no Logbook backup. "
            "Choose a new or empty folder."
        )


def _write(snapshot: Snapshot, target: Path, progress: Progress) -> GenerationWritten:
    check_folder(target)
    objects = target / OBJECTS
    for folder in (target, objects, target / GENERATIONS):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    known = earlier_parts(target, snapshot.keys)
    blob_dir = snapshot.vault_dir / BLOBS
    sizes: dict[str, int] = {}
    for ref in snapshot.blobs:
        with contextlib.suppress(OSError):
            sizes[ref.blob_id] = (blob_dir / f"{ref.blob_id}.blob").stat().st_size
    total = snapshot.database.stat().st_size + sum(sizes.values())
    counter = _Counter(progress, total)
    database = _copy(
        snapshot.database, objects / BackupKeys.database_object(), DATABASE_LABEL, None, counter
    )
    parts: list[Part] = []
    left_out: list[str] = []
    copied = 0
    for ref in snapshot.blobs:
        source = blob_dir / f"{ref.blob_id}.blob"
        if ref.blob_id not in sizes:
            left_out.append(f"evidence {ref.label}: {NOT_IN_VAULT}")
            continue
        name = snapshot.keys.blob_object(ref.blob_id)
        part = _reusable(objects / name, known.get(name), sizes[ref.blob_id], ref)
        if part is not None:
            counter.advance(part.size)
        else:
            before = _identity(source)
            try:
                part = _copy(source, objects / name, ref.label, ref.blob_id, counter)
            except FileNotFoundError:
                part = None
            if part is None or _identity(source) != before:
                left_out.append(f"evidence {ref.label}: {NOT_IN_VAULT}")
                continue
            copied += 1
        parts.append(part)
    number, file_name = new_generation_name(target)
    manifest = Manifest(
        number,
        snapshot.created.isoformat(timespec="seconds"),
        database,
        tuple(parts),
        tuple(left_out),
        snapshot.audit_head,
        snapshot.schema,
    )
    data = encode_generation(snapshot.keys, snapshot.header_copy, manifest)
    with atomic_file(target / GENERATIONS / file_name, _WHAT) as out:
        out.write(data)
    return GenerationWritten(
        number,
        manifest.created,
        len(parts),
        copied,
        counter.copied,
        total,
        manifest.left_out,
    )


def _identity(path: Path) -> tuple[int, int, int] | None:
    """What changes if a blob is overwritten or removed (deletion does both)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _reusable(path: Path, earlier: Part | None, size: int, ref: BlobRef) -> Part | None:
    """The part for a blob whose object is already in the folder, or ``None`` to copy.

    An object listed by an earlier generation is reused with that generation's hash when
    its size is right (reading it back would cost as much as copying; ``backup --verify``
    reads everything). An orphan object (left by an interrupted run; it was fsynced
    before it got its name) of the right size is hashed, not copied again."""
    try:
        present = path.stat().st_size
    except OSError:
        return None
    if present != size:
        return None  # damaged: replaced (atomically) by a fresh copy
    if earlier is not None and earlier.size == size:
        return Part(earlier.object, size, earlier.sha256, ref.label, ref.blob_id)
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return Part(path.name, size, digest.hexdigest(), ref.label, ref.blob_id)


class _Counter:
    """Bytes done, reported to ``progress``; ``copied`` counts what was written."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done, self.copied = progress, total, 0, 0

    def advance(self, size: int, *, written: bool = False) -> None:
        self.done += size
        if written:
            self.copied += size
        self.progress(min(self.done, self.total), self.total)


def _copy(source: Path, target: Path, label: str, blob_id: str | None, counter: _Counter) -> Part:
    """Stream ``source`` into a new object at ``target`` (atomically), hashing it."""
    digest, size = hashlib.sha256(), 0
    with open(source, "rb") as f, atomic_file(target, _WHAT) as out:
        write: Callable[[bytes], object] = out.write
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            write(chunk)
            size += len(chunk)
            counter.advance(len(chunk), written=True)
    return Part(target.name, size, digest.hexdigest(), label, blob_id)


BACKUP_ACTION = "backup"  # the audit entry that records a finished backup
BACKUP_ENTITY = "vault"


def last_backup_time(conn: Connection) -> datetime | None:
    """When the last backup finished, from the audit log (``None``: never). Session's
    thread only."""
    row = conn.execute(
        "SELECT at FROM audit_log WHERE action = ? AND entity = ? ORDER BY seq DESC LIMIT 1",
        (BACKUP_ACTION, BACKUP_ENTITY),
    ).fetchone()
    return None if row is None else datetime.fromisoformat(row[0])
