"""Crash trials: run the real ``logbook`` command, SIGKILL it, and judge what it left.

The judging functions return lists of problems (plain sentences) instead of asserting, so
that tests can show each of them finding a defect planted on purpose. They read files and
PDFs on their own (not through the product's code), except that the vault is opened and
verified the way a user would: ``open_vault`` and ``logbook verify``'s service.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.verification import verify
from logbook.vault.lifecycle import Secret, open_vault
from tests.cli.test_console_script import logbook_command
from tests.conftest import PASSPHRASE

CHILD_TIMEOUT = 120  # seconds: a trial's process that hangs fails the test, never the run
_VAULT_FILES = {"vault.header", "vault.db", "blobs"}
_SQLITE_COMPANIONS = {"vault.db-wal", "vault.db-shm"}  # a killed SQLite leaves these
_BLOB = re.compile(r"[0-9a-f]{32}\.blob")

# What a child process runs before ``logbook``'s own ``main`` when a trial kills it at a
# chosen point: ``os.link``/``os.replace`` onto the target (the moment the file gets its
# name) kill the process just before or just after. ``named`` hides ``O_TMPFILE`` (the
# fallback of other systems); ``unnamed`` lets the Linux path run on machines whose /proc
# cannot name such a file (see tests/cli/proc_link.py).
CHILD = """
import os, signal, sys
sys.path.insert(0, {root!r})
from tests.cli.proc_link import link_through_proc
mode, point, target, *argv = sys.argv[1:]
if mode == "named" and hasattr(os, "O_TMPFILE"):
    del os.O_TMPFILE
real_link = link_through_proc if mode == "unnamed" else os.link
real_replace = os.replace

def die_around(real):
    def call(src, dst, *args, **kwargs):
        hit = os.fspath(dst) == target
        if hit and point == "before naming":
            os.kill(os.getpid(), signal.SIGKILL)
        real(src, dst, *args, **kwargs)
        if hit and point == "after naming":
            os.kill(os.getpid(), signal.SIGKILL)
    return call

os.link, os.replace = die_around(real_link), die_around(real_replace)
from logbook.cli import main
sys.exit(main(argv))
"""
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Ended:
    pid: int
    killed: bool  # False: it finished before the kill came
    returncode: int
    stderr: str


def run_and_kill(argv: Sequence[str | Path], stdin: str, delay: float | None) -> Ended:
    """Start ``argv``, feed it ``stdin``, SIGKILL it after ``delay`` seconds unless it ended
    (``None``: let it end). The process gets a session of its own, so its leak-check
    workers can be killed with it and nothing of a trial outlives it."""
    # Standard error goes to a file, not a pipe: workers that outlive a killed process
    # would hold a pipe open, and reading it to its end would wait for them.
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [str(a) for a in argv],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
            env={k: v for k, v in os.environ.items() if k != "LOGBOOK_DEBUG"},
        )
        killed = False
        try:
            proc.communicate(stdin.encode(), CHILD_TIMEOUT if delay is None else delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)  # the crash: the main process first, alone
            _kill_group(proc.pid)
            if delay is None:
                raise
            killed = True
            proc.wait(CHILD_TIMEOUT)
        # Workers of a process that killed itself may still run; while they do, the group
        # id stays theirs (the kernel reuses no id a group holds), so this ends only them.
        _kill_group(proc.pid)
        err.seek(0)
        text = err.read().decode(errors="replace")
    return Ended(proc.pid, killed or proc.returncode == -signal.SIGKILL, proc.returncode, text)


def _kill_group(pgid: int) -> None:
    """End what is left of a trial's process group (its leak-check workers), if any."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def logbook(*argv: str | Path) -> list[str | Path]:
    return [*logbook_command(), *argv]


def child(mode: str, point: str, target: Path, *argv: str | Path) -> list[str | Path]:
    """``logbook argv`` in a process that kills itself at ``point`` of naming ``target``."""
    script = CHILD.format(root=str(ROOT))
    return [sys.executable, "-c", script, mode, point, str(target), *argv]


# Judging -------------------------------------------------------------------------------


def _is_marked_temp(name: str, pid: int) -> bool:
    """The one kind of file a killed writer may leave: hidden, ``.partial``, and carrying
    that writer's pid as Logbook marks it."""
    return name.startswith(".") and name.endswith(".partial") and f".logbook-{pid}-" in name


def leftovers(folder: Path, expected: Callable[[str], bool]) -> list[str]:
    """Files under ``folder`` (relative paths) that ``expected`` does not accept."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if not expected(relative):
            found.append(relative)
    return found


def vault_file(relative: str, *, just_killed: bool) -> bool:
    """A file a vault may hold at rest (or, ``just_killed``, right after a crash)."""
    top, _, rest = relative.partition("/")
    if not rest:
        return top in _VAULT_FILES or (just_killed and top in _SQLITE_COMPANIONS)
    return top == "blobs" and _BLOB.fullmatch(rest) is not None


def leftover_problems(
    folder: Path, expected: Callable[[str], bool], killed_pid: int | None
) -> list[str]:
    """What ``folder`` holds beyond ``expected``: right after a kill (``killed_pid``) the
    killed writer's marked temporary file is tolerated (the next run removes it); at any
    other time nothing is."""
    problems = []
    for relative in leftovers(folder, expected):
        name = relative.rsplit("/", 1)[-1]
        if killed_pid is not None and _is_marked_temp(name, killed_pid):
            continue
        problems.append(f"left over in {folder.name}: {relative}")
    return problems


def pdf_problems(path: Path) -> list[str]:
    """What is wrong with the PDF at ``path``: not owner-only, not whole, not readable."""
    data = path.read_bytes()
    problems = []
    if path.stat().st_mode & 0o077:
        problems.append(f"{path.name} is readable by others")
    if not data.rstrip().endswith(b"%%EOF"):
        problems.append(f"{path.name} is cut short (no %%EOF at its end)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=True)
        if not any((page.extract_text() or "").strip() for page in reader.pages):
            problems.append(f"{path.name} has no text")
    except Exception as exc:  # any failure to read is the finding
        problems.append(f"{path.name} does not read as a PDF ({type(exc).__name__})")
    return problems


@dataclass(frozen=True)
class VaultState:
    """What a user can learn of a vault: whether it verifies, its audit actions in order,
    and the dump of each case (``None``: no such case)."""

    verify_lines: list[str]
    verified: bool
    actions: list[str]
    dumps: dict[str, dict | None]


def inspect(vault: Path, refs: Sequence[str] = ("case-1",)) -> VaultState:
    """Open the vault (as the next run would) and read its state; raises if it cannot be
    opened, which is itself a failed trial."""
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        book = CaseBook(session)
        report = verify(book)
        known = {case.ref for case in book.cases()}
        dumps = {ref: dump_case(book, ref) if ref in known else None for ref in refs}
        actions = [entry.action for entry in session.audit.entries()]
    return VaultState(report.lines(), report.ok, actions, dumps)


def history_problems(before: VaultState, after: VaultState) -> list[str]:
    """The vault verifies, and every audit entry committed before the trial is still there."""
    problems = [] if after.verified else [f"verify fails: {after.verify_lines}"]
    if after.actions[: len(before.actions)] != before.actions:
        problems.append("audit entries committed before the trial are gone or changed")
    return problems


def export_problems(
    out: Path, before: VaultState, after: VaultState, old: bytes | None = None
) -> list[str]:
    """After an export was killed (or ran): a PDF at ``out`` (other than the ``old`` one it
    replaces) is whole and the audit log knows of it; the log claims no export whose
    file is missing; the case and the history are as they were."""
    problems = history_problems(before, after)
    new_actions = after.actions[len(before.actions) :]
    new_file = out.exists() and out.read_bytes() != old
    if new_file:
        problems += pdf_problems(out)
        if "export started" not in new_actions:
            problems.append(f"{out.name} exists but the audit log has no entry for it")
    if "export" in new_actions and not new_file:
        problems.append("the audit log records a finished export, but its file is not there")
    if after.dumps != before.dumps:
        problems.append("an export changed the case")
    return problems
