"""A backup or a restore on a really full disk: a loop-mounted 8 MiB ext4 image.

The backup stops with "the disk is full", leaves no new generation and no temporary
file, and the earlier generation still checks and restores; a restore onto a full disk
removes what it wrote. Needs root (mount); CI runs as root. The injected variant (any
machine) is in ``test_backup.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from logbook.core.errors import StorageFull
from logbook.core.model import Evidence
from logbook.services import backup
from logbook.services.case_book import CaseBook
from logbook.vault.backup.layout import GENERATIONS
from logbook.vault.lifecycle import Secret, open_vault
from logbook.vault.session import VaultSession
from tests.conftest import PASSPHRASE
from tests.small_disk import needs_a_small_disk
from tests.vault.test_backup import add_evidence, filled

pytestmark = needs_a_small_disk


def test_a_backup_onto_a_full_disk_keeps_the_earlier_generation(
    book: CaseBook, session: VaultSession, small_disk: Path, tmp_path: Path
) -> None:
    filled(book, files=3, size=200_000)
    folder = small_disk / "backup"
    backup.backup_vault(session, folder)
    big = add_evidence(book, os.urandom(7_000_000))  # more than the disk has left
    with pytest.raises(StorageFull, match="The disk is full: the new backup generation"):
        backup.backup_vault(session, folder)
    assert len(list((folder / GENERATIONS).iterdir())) == 1
    assert not [p for p in folder.rglob("*") if p.name.endswith(".partial")]
    opened = backup.open_backup_folder(folder, Secret(PASSPHRASE))
    assert backup.check_backup(opened).ok
    outcome = backup.restore_backup(opened, tmp_path / "restored")
    assert outcome.restored.evidence_files == 3
    open_vault(tmp_path / "restored", Secret(PASSPHRASE)).close()
    # Without the big file, the next backup fits and copies no evidence again.
    assert big.id is not None
    book.delete(Evidence, big.id)
    assert backup.backup_vault(session, folder).copied_files == 0
    assert backup.check_backup(backup.open_backup_folder(folder, Secret(PASSPHRASE))).ok


def test_a_restore_onto_a_full_disk_leaves_no_vault(
    book: CaseBook, session: VaultSession, small_disk: Path, tmp_path: Path
) -> None:
    filled(book, files=2, size=4_000_000)  # 8 MB of evidence: cannot fit
    folder = tmp_path / "backup"
    backup.backup_vault(session, folder)
    target = small_disk / "restored"
    with pytest.raises(StorageFull, match="The disk is full"):
        backup.restore_backup(backup.open_backup_folder(folder, Secret(PASSPHRASE)), target)
    assert not target.exists()
    assert os.listdir(small_disk) == ["lost+found"]
