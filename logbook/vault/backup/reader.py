"""Checking a backup folder without restoring it, and restoring one generation.

Both start from an :class:`~logbook.vault.backup.layout.OpenedBackup` (the data key found
with a passphrase or the recovery code) and need no vault session: they may run on any
thread. Both read in 1 MiB chunks (flat memory) and report ``progress(bytes done,
bytes total)``; ``progress`` raising :class:`~logbook.core.errors.Cancelled` stops them
(a restore then removes what it had written).

What a check proves, per generation: its manifest authenticates (so its list of parts and
their hashes, and its copy of the key slots, are as written); every object is present
with its size and SHA-256; the database snapshot decrypts and passes SQLCipher's page
authentication and SQLite's integrity check; every evidence object decrypts and
authenticates chunk by chunk and its content has the SHA-256 its record in that snapshot
took at intake. Damaged parts are named as "the database" or by their evidence refs
("evidence C-1/E-3"), never by file name or content.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from logbook.core.errors import BackupDamaged, LogbookError, VaultDamaged, VaultExists
from logbook.core.progress import Progress, no_progress
from logbook.vault import header as header_file
from logbook.vault.atomic import atomic_file, fsync_dir, overwrite_and_remove, temp_name
from logbook.vault.backup.layout import OBJECTS, Generation, OpenedBackup, Part
from logbook.vault.backup.writer import CHUNK
from logbook.vault.blobs import BlobStore
from logbook.vault.database import connect, integrity_problems
from logbook.vault.freshness import audit_head
from logbook.vault.header import Header, seal_key
from logbook.vault.lifecycle import BLOBS, DATABASE, HEADER
from logbook.vault.session import subkey

if TYPE_CHECKING:
    from sqlite3 import Connection, DatabaseError
else:
    Connection = sqlcipher.Connection
    DatabaseError = sqlcipher.DatabaseError


@dataclass
class GenerationReport:
    """One generation as checked: ``problems`` name damaged parts; ``left_out`` lists
    evidence the backup run could not include (the vault had lost it, or it was deleted
    while the backup ran)."""

    number: int
    created: str | None
    evidence_files: int = 0
    size: int = 0
    problems: list[str] = field(default_factory=list)
    left_out: tuple[str, ...] = ()
    complete: bool = True
    damaged_blobs: set[str] = field(default_factory=set, repr=False)
    database_ok: bool = True

    @property
    def ok(self) -> bool:
        return self.complete and not self.problems

    def line(self) -> str:
        when = (self.created or "time unknown").replace("T", " ")
        head = f"generation {self.number} ({when})"
        if not self.complete:
            return f"{head}: NOT USABLE: {'; '.join(self.problems)}"
        what = f"the database and {self.evidence_files} evidence file(s), {_size(self.size)}"
        if not self.problems:
            return f"{head}: ok ({what})"
        return f"{head}: DAMAGED ({what}): " + "; ".join(self.problems)


@dataclass
class BackupReport:
    generations: list[GenerationReport]

    @property
    def ok(self) -> bool:
        return bool(self.generations) and all(g.ok for g in self.generations)

    def lines(self) -> list[str]:
        lines = [g.line() for g in self.generations]
        for g in self.generations:
            lines += [f"  generation {g.number}: not included: {item}" for item in g.left_out]
        return lines


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000  # type: ignore[assignment]
    raise AssertionError  # unreachable


class _ObjectBlobs(BlobStore):
    """The vault's blob reader pointed at backup objects (they are blob files, copied)."""

    def __init__(self, objects: Path, blob_key: bytes, names: dict[str, str]) -> None:
        super().__init__(objects, blob_key)
        self._names = names  # blob id -> object name

    def path(self, blob_id: str) -> Path:
        return self.directory / self._names[blob_id]


class Checker:
    """Checks generations of one opened backup; each object is read once however many
    generations list it (results are kept by object name)."""

    def __init__(
        self,
        opened: OpenedBackup,
        progress: Progress = no_progress,
        generations: list[Generation] | None = None,
    ) -> None:
        """``generations``: those that will be checked (for the progress total; all by
        default)."""
        self.opened = opened
        self.objects = opened.directory / OBJECTS
        self._blob_key = subkey(opened.data_key, b"logbook blobs")
        self._seen: dict[str, str | None] = {}  # object name -> problem
        self._content: dict[str, str] = {}  # object name -> SHA-256 of the decrypted file
        self._progress = progress
        self._done = 0
        unique: dict[str, int] = {}
        for generation in opened.generations if generations is None else generations:
            if generation.manifest is not None:
                unique.update((p.object, p.size) for p in generation.manifest.parts())
        self.total = 2 * sum(unique.values())  # each object is read twice

    def check(self, generation: Generation) -> GenerationReport:
        manifest = generation.manifest
        if manifest is None or generation.problem is not None:
            return GenerationReport(
                generation.number,
                None,
                problems=[generation.problem or "unreadable"],
                complete=False,
            )
        report = GenerationReport(
            generation.number,
            manifest.created,
            len(manifest.blobs),
            manifest.size,
            left_out=manifest.left_out,
        )
        recorded = self._check_database(manifest.database, report)
        for part in manifest.blobs:
            problem = self._check_object(part)
            if problem is None:
                problem = self._authenticate(part, recorded)
            if problem is not None:
                report.problems.append(f"evidence {part.label}: {problem}")
                report.damaged_blobs.add(part.object)
        return report

    def _advance(self, size: int) -> None:
        self._done += size
        self._progress(min(self._done, self.total), self.total)

    def _check_object(self, part: Part) -> str | None:
        """Presence, size and SHA-256 of one object's bytes (cached by name)."""
        if part.object in self._seen:
            return self._seen[part.object]
        problem = self._hash_problem(part)
        self._seen[part.object] = problem
        return problem

    def _hash_problem(self, part: Part) -> str | None:
        path = self.objects / part.object
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            self._advance(2 * part.size)
            return "its copy is missing from the backup"
        except OSError as exc:
            self._advance(2 * part.size)
            return f"its copy cannot be read ({exc.strerror})"
        if size != part.size:
            self._advance(2 * part.size)
            return f"its copy is {size:,} bytes, not {part.size:,} (cut short or damaged)"
        digest = hashlib.sha256()
        try:
            for chunk in _chunks(path):
                digest.update(chunk)
                self._advance(len(chunk))
        except OSError as exc:
            return f"its copy cannot be read ({exc.strerror})"
        if digest.hexdigest() != part.sha256:
            self._advance(part.size)
            return "its copy does not match its recorded SHA-256 (damaged)"
        return None

    def _check_database(self, part: Part, report: GenerationReport) -> dict[str, str]:
        """Check the snapshot; return each evidence blob's SHA-256 as its record says."""
        problem = self._check_object(part)
        recorded: dict[str, str] = {}
        if problem is None:
            try:
                with closing(
                    open_snapshot(self.objects / part.object, self.opened.data_key)
                ) as conn:
                    found = integrity_problems(conn)
                    if found:
                        problem = "it fails its integrity check (" + "; ".join(found[:3]) + ")"
                    else:
                        recorded = dict(
                            conn.execute(
                                "SELECT blob_id, sha256 FROM evidence WHERE blob_id IS NOT NULL"
                            )
                        )
            except (DatabaseError, VaultDamaged) as exc:
                problem = f"it cannot be opened ({type(exc).__name__})"
            if part.object not in self._content:
                self._content[part.object] = ""
                self._advance(part.size)
        if problem is not None:
            report.problems.insert(0, f"the database: {problem}")
            report.database_ok = False
        return recorded

    def _authenticate(self, part: Part, recorded: dict[str, str]) -> str | None:
        """Decrypt the evidence object; compare its content with its record's SHA-256."""
        assert part.blob_id is not None
        if part.object not in self._content:
            store = _ObjectBlobs(self.objects, self._blob_key, {part.blob_id: part.object})
            digest = hashlib.sha256()
            try:
                for chunk in store.chunks(part.blob_id):
                    digest.update(chunk)
                    self._advance(len(chunk))
            except VaultDamaged:
                self._seen[part.object] = "its copy fails authentication (damaged or changed)"
                return self._seen[part.object]
            self._content[part.object] = digest.hexdigest()
        expected = recorded.get(part.blob_id)
        if expected is not None and expected != self._content[part.object]:
            return "its content does not match the SHA-256 recorded at intake"
        return None


def _chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk


def open_snapshot(path: Path, data_key: bytes) -> Connection:
    """A database snapshot in the backup, opened read-only (nothing is written beside it)."""
    conn: Connection = sqlcipher.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError:
        conn.close()
        raise
    return conn


# Restoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    """A restore's outcome: the generation used and the evidence that could not be."""

    number: int
    created: str
    evidence_files: int
    not_restored: tuple[str, ...]  # "evidence C-1/E-2: why", for each one left out


_LOGBOOK_NAMES = {DATABASE, *(DATABASE + s for s in ("-wal", "-shm", "-journal")), BLOBS}


def check_target(target: Path) -> bool:
    """Refuse a target that exists and is not an empty folder, unless it is what an
    interrupted restore left (no header; only a database, evidence files and temporary
    files as Logbook names them). Returns whether such leftovers are there."""
    if not target.exists():
        return False
    if not target.is_dir():
        raise VaultExists(f"{target} already exists and is not a folder.")
    names = {entry.name for entry in os.scandir(target)}
    leftovers = all(n in _LOGBOOK_NAMES or n.endswith(".partial") for n in names)
    if HEADER in names or not leftovers:
        raise VaultExists(f"{target} already exists and is not an empty folder.")
    return bool(names)


def prepare_target(target: Path) -> bool:
    """:func:`check_target`, then clear an interrupted restore's leftovers. Returns
    whether the folder has to be created (and so removed again on failure)."""
    if check_target(target):
        _remove_restored(target, remove_dir=False)
    return not target.exists()


def restore(
    opened: OpenedBackup,
    generation: Generation,
    report: GenerationReport,
    target: Path,
    progress: Progress = no_progress,
) -> Restored:
    """Write a new vault at ``target`` from a checked ``generation`` (``report`` from
    :class:`Checker`): the database snapshot, every intact evidence file, then the header
    last, so an interrupted restore never leaves something that looks like a vault. The
    new vault opens with the secrets of that generation's key slots, and its header
    records the snapshot's audit head (no "recent changes are missing")."""
    manifest = generation.manifest
    if manifest is None or generation.header is None or not report.complete:
        raise BackupDamaged([f"generation {generation.number}: {'; '.join(report.problems)}"])
    if not report.database_ok:
        raise BackupDamaged(
            [p for p in report.problems if p.startswith("the database")]
            + ["restore an earlier one with --generation N (see backup --list)"]
        )
    target = Path(target)
    create = prepare_target(target)
    blobs = [p for p in manifest.blobs if p.object not in report.damaged_blobs]
    total, done = manifest.database.size + sum(p.size for p in blobs), [0]

    def step(size: int) -> None:
        done[0] += size
        progress(done[0], total)

    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    target.chmod(0o700)
    try:
        (target / BLOBS).mkdir(mode=0o700, exist_ok=True)
        objects = opened.directory / OBJECTS
        database = manifest.database
        _copy_out(database, objects / database.object, target / DATABASE, step)
        conn = connect(target / DATABASE, opened.data_key)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            head = audit_head(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        for part in blobs:
            assert part.blob_id is not None
            _copy_out(part, objects / part.object, target / BLOBS / f"{part.blob_id}.blob", step)
        # Last, under a marked temporary name first, so a crash never leaves a half-written
        # header that looks like a vault (the leftover is destroyed as a header would be).
        header = Header(generation.header.slots, audit_head=head)
        temp = temp_name(target / HEADER)
        header_file.create(temp, header, seal_key(opened.data_key))
        os.rename(temp, target / HEADER)
    except BaseException:
        with contextlib.suppress(LogbookError):  # the first error is the one to report
            _remove_restored(target, remove_dir=create)
        raise
    fsync_dir(target)
    fsync_dir(target.parent)
    damaged = [p for p in report.problems if p.startswith("evidence ")]
    return Restored(generation.number, manifest.created, len(blobs), (*damaged, *manifest.left_out))


def _copy_out(part: Part, source: Path, target: Path, step: Callable[[int], None]) -> None:
    """Copy one object out, checking its hash again (it was checked, but a stick may
    fail between the check and the copy): a mismatch stops the restore."""
    digest = hashlib.sha256()
    with atomic_file(target, "the restored vault") as out:
        for chunk in _chunks(source):
            digest.update(chunk)
            out.write(chunk)
            step(len(chunk))
        if digest.hexdigest() != part.sha256:
            raise BackupDamaged([f"{part.label}: its copy changed while it was restored"])


def _remove_restored(target: Path, *, remove_dir: bool) -> None:
    """Remove what a restore writes (header first: it is what makes a vault)."""
    try:
        overwrite_and_remove(target / HEADER)
        for name in _LOGBOOK_NAMES - {BLOBS}:
            (target / name).unlink(missing_ok=True)
        for leftover in target.glob(".*.partial"):
            overwrite_and_remove(leftover)  # it may be a header: key slots
        blobs = target / BLOBS
        if blobs.is_dir():
            for item in blobs.iterdir():
                if item.name.endswith((".blob", ".partial")):
                    item.unlink(missing_ok=True)
            blobs.rmdir()
        if remove_dir:
            target.rmdir()
    except OSError as exc:
        raise LogbookError(
            f"The restore stopped and could not tidy {target} ({exc.strerror}); delete that "
            "folder (it is not a usable vault) before trying again."
        ) from None
