"""Backing up a vault and restoring it: the calls the app and the command line make.

The format and its guarantees are in :mod:`logbook.vault.backup`. Threading, for the app
(one worker thread owns the session, ``logbook.ui.operations``):

Backing up, in three calls::

    snapshot = prepare_backup(session)                    # worker thread, short
    written = write_backup(snapshot, folder, progress)    # any thread, long, cancellable
    record_backup(session)                                # worker thread, short

``prepare_backup`` copies the database (consistent, encrypted) beside the vault and lists
its evidence; ``write_backup`` needs no session, so the app keeps working on the vault
while it copies (an evidence file deleted meanwhile is left out of that generation and
named in ``written.left_out``); ``record_backup`` appends a ``backup`` entry to the vault's
audit log, whose time :func:`last_backup` reads back (the time of the last *complete*
backup: nothing is recorded for one that failed). No date is kept outside the vault.
If ``write_backup`` is never called, call ``snapshot.discard()``.

Checking and restoring need no session at all (any thread)::

    opened = open_backup_folder(folder, secret)           # slow: Argon2id, as unlocking
    report = check_backup(opened, progress)               # every generation, every part
    outcome = restore_backup(opened, new_vault, progress) # newest usable generation

:func:`backup_vault` does the backup in one call on the session's thread (the CLI).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from logbook.core.errors import BackupDamaged, LogbookError
from logbook.core.progress import Progress, no_progress
from logbook.vault.backup.layout import Generation, OpenedBackup, open_backup
from logbook.vault.backup.reader import (
    BackupReport,
    Checker,
    GenerationReport,
    Restored,
    check_target,
    restore,
)
from logbook.vault.backup.writer import (
    BACKUP_ACTION,
    BACKUP_ENTITY,
    GenerationWritten,
    Snapshot,
    check_folder,
    last_backup_time,
    take_snapshot,
    write_generation,
)
from logbook.vault.lifecycle import Secret
from logbook.vault.session import VaultSession

__all__ = [
    "BackupReport",
    "GenerationReport",
    "GenerationWritten",
    "Restored",
    "Snapshot",
    "backup_vault",
    "check_backup",
    "check_backup_target",
    "check_restore_target",
    "last_backup",
    "list_backup",
    "open_backup_folder",
    "prepare_backup",
    "record_backup",
    "restore_backup",
    "write_backup",
]


def prepare_backup(session: VaultSession) -> Snapshot:
    """Phase 1, on the session's thread, outside any transaction (see the module docs)."""
    return take_snapshot(session)


def write_backup(
    snapshot: Snapshot, folder: Path, progress: Progress = no_progress
) -> GenerationWritten:
    """Phase 2, on any thread: copy what is new into ``folder`` and seal the generation.
    ``progress(bytes done, bytes total)`` may raise ``Cancelled``. Raises ``StorageFull``
    or ``LogbookError``; earlier generations are never touched."""
    return write_generation(snapshot, Path(folder), progress)


def record_backup(session: VaultSession) -> None:
    """Phase 3, on the session's thread: record in the audit log that a backup finished
    now (which is what :func:`last_backup` reads)."""
    with session.transaction():
        session.audit.append(BACKUP_ACTION, BACKUP_ENTITY, None)


def last_backup(session: VaultSession) -> datetime | None:
    """When the last complete backup of this vault finished; ``None`` if never."""
    return last_backup_time(session.conn)


def backup_vault(
    session: VaultSession, folder: Path, progress: Progress = no_progress
) -> GenerationWritten:
    """All three phases on the calling thread (which must own ``session``)."""
    written = write_backup(prepare_backup(session), folder, progress)
    record_backup(session)
    return written


def open_backup_folder(folder: Path, secret: Secret) -> OpenedBackup:
    """Unlock a backup folder with a passphrase or the recovery code (slow: Argon2id per
    distinct key slot tried). Raises ``BackupNotFound``, ``WrongSecret``, ``BackupDamaged``."""
    return open_backup(Path(folder), secret.kind, secret.slot_text)


def list_backup(opened: OpenedBackup) -> list[GenerationReport]:
    """The generations, newest first, from their manifests only (nothing else is read)."""
    listed = []
    for generation in opened.generations:
        manifest = generation.manifest
        if manifest is None:
            problem = generation.problem or "unreadable"
            listed.append(
                GenerationReport(generation.number, None, problems=[problem], complete=False)
            )
        else:
            listed.append(
                GenerationReport(
                    generation.number,
                    manifest.created,
                    len(manifest.blobs),
                    manifest.size,
                    left_out=manifest.left_out,
                )
            )
    return listed


def check_backup(opened: OpenedBackup, progress: Progress = no_progress) -> BackupReport:
    """Check every generation and every part without restoring (see
    :mod:`logbook.vault.backup.reader` for what is proved)."""
    checker = Checker(opened, progress)
    return BackupReport([checker.check(g) for g in opened.generations])


def check_backup_target(vault: Path, folder: Path) -> None:
    """Refuse a backup folder inside the vault (or the vault inside it), before unlocking."""
    vault, folder = Path(vault).resolve(), Path(folder).resolve()
    if folder.is_relative_to(vault) or vault.is_relative_to(folder):
        raise LogbookError("The backup folder must be outside the vault's folder.")
    check_folder(folder)


def check_restore_target(target: Path) -> None:
    """Refuse, before unlocking, a target that a restore would refuse later."""
    check_target(Path(target))


@dataclass(frozen=True)
class RestoreOutcome:
    restored: Restored
    skipped: list[str]  # newer generations passed over, with why

    def lines(self, target: Path) -> list[str]:
        """What the command line says about it (counts and refs only)."""
        restored = self.restored
        return [
            f"Restored generation {restored.number} ({restored.created.replace('T', ' ')}) "
            f"into a new vault at {target}: the database and {restored.evidence_files} "
            "evidence file(s).",
            *(f"  NOT restored: {item}" for item in restored.not_restored),
            "It opens with the passphrase the vault had at that backup, or the recovery code.",
        ]


def restore_backup(
    opened: OpenedBackup,
    target: Path,
    progress: Progress = no_progress,
    generation: int | None = None,
) -> RestoreOutcome:
    """Check, then restore into a new vault at ``target`` (never over an existing one).

    Without ``generation``: the newest complete generation whose database is intact
    (newer ones that are not are named in ``skipped``). Damaged evidence objects are
    left out and named in ``restored.not_restored``; everything intact is restored."""
    candidates = _candidates(opened, generation)
    checker = Checker(opened, progress, candidates)
    skipped: list[str] = []
    for candidate in candidates:
        report = checker.check(candidate)
        if report.complete and report.database_ok:
            return RestoreOutcome(restore(opened, candidate, report, target, progress), skipped)
        skipped.append(f"generation {candidate.number}: {'; '.join(report.problems)}")
    raise BackupDamaged(skipped or ["no generation of this vault is complete"])


def _candidates(opened: OpenedBackup, number: int | None) -> list[Generation]:
    if number is not None:
        chosen = opened.by_number(number)
        if chosen is None:
            raise LogbookError(f"This backup has no generation {number} (see backup --list).")
        return [chosen]
    complete = [g for g in opened.generations if g.complete]
    return sorted(complete, key=lambda g: g.manifest.seq if g.manifest else 0, reverse=True)
