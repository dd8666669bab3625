"""Crash trials: ``logbook backup`` and ``logbook restore`` killed with SIGKILL mid-way.

Each trial kills a real process — at the n-th moment a file gets its name in the target
(just before it), and at random moments — then judges what is left: the vault opens
without warnings and verifies; every generation in the backup folder is complete and
checks (the earlier one is never damaged, a new one exists only whole); a killed restore
leaves no folder that looks like a vault, and the next restore into it succeeds.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest

from logbook.services import backup
from logbook.services.case_book import CaseBook
from logbook.services.verification import verify
from logbook.vault.backup.layout import GENERATIONS
from logbook.vault.lifecycle import Secret, is_vault, open_vault
from tests.cli.conftest import lines
from tests.cli.crash_trials import ROOT, logbook, run_and_kill
from tests.conftest import PASSPHRASE, FixedClock
from tests.vault.test_backup import add_evidence, filled

# Kills itself just before the n-th file is named inside the folder given (os.link names
# an unnamed O_TMPFILE file, os.replace/os.rename a marked temporary one).
CHILD = """
import os, signal, sys
sys.path.insert(0, {root!r})
folder, count, *argv = sys.argv[1:]
seen = [0]

def die_before(real):
    def call(src, dst, *args, **kwargs):
        if os.path.abspath(os.fspath(dst)).startswith(folder):
            seen[0] += 1
            if seen[0] == int(count):
                os.kill(os.getpid(), signal.SIGKILL)
        return real(src, dst, *args, **kwargs)
    return call

os.link, os.replace, os.rename = map(die_before, (os.link, os.replace, os.rename))
from logbook.cli import main
sys.exit(main(argv))
"""
SECRET = lines(PASSPHRASE)


def killing_at(folder: Path, count: int, *argv: str | Path) -> list[str | Path]:
    script = CHILD.format(root=str(ROOT))
    return [sys.executable, "-c", script, str(folder.resolve()), str(count), *argv]


def vault_problems(vault: Path) -> list[str]:
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        report = verify(CaseBook(session))
        return [*session.warnings, *([] if report.ok else report.lines())]


def backup_problems(folder: Path, generations: set[int]) -> list[str]:
    """Problems of the backup folder: any generation not whole, or an unexpected count."""
    report = backup.check_backup(backup.open_backup_folder(folder, Secret(PASSPHRASE)))
    problems = [line for g in report.generations if not g.ok for line in [g.line()]]
    count = len(list((folder / GENERATIONS).iterdir()))
    if count not in generations:
        problems.append(f"{count} generation files, expected one of {sorted(generations)}")
    return problems


@pytest.fixture
def busy_vault(made_vault: tuple[Path, str], clock: FixedClock, tmp_path: Path) -> Path:
    """A vault with one backup generation made, and new evidence since."""
    path, _ = made_vault
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        book = CaseBook(session)
        filled(book, files=3, size=400_000)
        backup.backup_vault(session, tmp_path / "backup")
        for _ in range(4):
            add_evidence(book, random.randbytes(600_000))
    return path


def test_backup_killed_at_every_naming_and_at_random(busy_vault: Path, tmp_path: Path) -> None:
    folder, pristine = tmp_path / "backup", tmp_path / "pristine"
    shutil.copytree(folder, pristine)
    argv = ("backup", busy_vault, "--to", folder, "--passphrase-stdin")
    # Naming moments of one run: the snapshot, 4 new evidence objects, the generation.
    # Each trial starts from the folder as the first backup left it (a killed run's
    # objects are reused by the next, which then names fewer files).
    for count in range(1, 7):
        shutil.rmtree(folder)
        shutil.copytree(pristine, folder)
        ended = run_and_kill(killing_at(folder, count, *argv), SECRET, None)
        assert ended.killed, (count, ended.stderr)
        assert vault_problems(busy_vault) == [], count
        assert backup_problems(folder, {1}) == [], count
    assert run_and_kill(killing_at(folder, 7, *argv), SECRET, None).returncode == 0
    assert backup_problems(folder, {2}) == []  # control: the count 7 is past the end
    rng = random.Random(13)
    for _ in range(3):
        ended = run_and_kill(logbook(*argv), SECRET, rng.uniform(0.2, 1.5))
        assert vault_problems(busy_vault) == []
        assert backup_problems(folder, {2, 3, 4, 5}) == []
    finished = run_and_kill(logbook(*argv), SECRET, None)
    assert finished.returncode == 0, finished.stderr
    assert backup_problems(folder, {3, 4, 5, 6}) == []
    # The interrupted runs' snapshot copies inside the vault are gone once one finished.
    assert sorted(p.name for p in busy_vault.iterdir()) == ["blobs", "vault.db", "vault.header"]


def test_restore_killed_at_every_naming_leaves_no_vault(busy_vault: Path, tmp_path: Path) -> None:
    folder, target = tmp_path / "backup", tmp_path / "restored"
    argv = ("restore", folder, "--to", target, "--passphrase-stdin")
    # Naming moments: the database, 3 evidence files, the header.
    for count in (1, 2, 4, 5):
        ended = run_and_kill(killing_at(target, count, *argv), SECRET, None)
        assert ended.killed, (count, ended.stderr)
        assert not is_vault(target), count  # no header: never taken for a finished vault
        assert backup_problems(folder, {1}) == [], count
    ended = run_and_kill(logbook(*argv), SECRET, None)
    assert ended.returncode == 0, ended.stderr  # the leftovers were cleared first
    assert vault_problems(target) == []
    shutil.rmtree(target)
    rng = random.Random(7)
    for _ in range(2):
        ended = run_and_kill(logbook(*argv), SECRET, rng.uniform(0.2, 1.0))
        if is_vault(target):  # it had finished: a whole vault
            assert vault_problems(target) == []
            shutil.rmtree(target)
    assert backup_problems(folder, {1}) == []
