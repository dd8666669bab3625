"""Crash trials for a passphrase change: a real process changing the passphrase is killed
with SIGKILL at random moments. After each kill the vault opens with exactly one of the
two passphrases, its header is whole, and no file but the vault's own is left (format 1
left temporary headers holding key slots in a third of such trials)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from logbook.core.errors import WrongSecret
from logbook.vault import header as header_file
from logbook.vault.lifecycle import Secret, open_vault, unlock_data_key
from tests.conftest import PASSPHRASE

OTHER = "another passphrase for the trials"
TRIALS = 24


def start_change(path: Path, old: str, new: str) -> subprocess.Popen:
    script = textwrap.dedent(
        f"""
        import sys
        from logbook.vault.kdf import KdfParams
        from logbook.vault.lifecycle import Secret, change_passphrase
        print("ready", flush=True)
        # The cheapest parameters, as the vault's own: the trial is about the write.
        fast = KdfParams(iterations=1, lanes=1)
        change_passphrase({str(path)!r}, Secret({old!r}), {new!r}, kdf=fast)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline() == b"ready\n"
    return process


def opens_with(path: Path) -> list[str]:
    opened = []
    for passphrase in (PASSPHRASE, OTHER):
        try:
            unlock_data_key(path, Secret(passphrase))
            opened.append(passphrase)
        except WrongSecret:
            pass
    return opened


def test_passphrase_changes_killed_at_random_moments(made_vault, clock) -> None:
    path, _ = made_vault
    chance = random.Random(20261201)
    # How long one change takes here (two derivations and the write), to spread the kills.
    started = time.monotonic()
    start_change(path, PASSPHRASE, OTHER).wait(timeout=60)
    span = time.monotonic() - started
    current = OTHER
    outcomes = {"finished": 0, "killed": 0}
    for _ in range(TRIALS):
        new = PASSPHRASE if current == OTHER else OTHER
        process = start_change(path, current, new)
        time.sleep(chance.uniform(0, span))
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        outcomes["finished" if code == 0 else "killed"] += 1
        assert sorted(p.name for p in path.iterdir()) == ["blobs", "vault.db", "vault.header"]
        header_file.read(path / "vault.header")  # whole: no damage reported
        opened = opens_with(path)
        assert len(opened) == 1, opened
        current = opened[0]
    assert outcomes["killed"] >= TRIALS // 4  # the kills did land in the middle
    with open_vault(path, Secret(current), clock) as session:
        assert session.warnings == []
