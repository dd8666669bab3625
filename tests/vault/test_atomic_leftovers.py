"""Atomic writes that leave nothing behind (logbook/vault/atomic.py).

Both ways of keeping the temporary file out of sight are tested on every machine: the
named fallback by hiding ``os.O_TMPFILE``, the unnamed (Linux) one where the machine can
name such a file, with tests/cli/proc_link.py standing in for ``os.link`` where this
machine's /proc cannot. Crashes are real: a child process is killed with SIGKILL while
it writes.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from logbook.core.errors import StorageFull
from logbook.vault import atomic
from logbook.vault.atomic import atomic_file, sweep_leftovers, temp_name, write_atomic
from tests.cli.proc_link import link_through_proc, unnamed_files_work

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["named", "unnamed"])
def mode(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[str]:
    """Run the test once with each way of hiding the temporary file."""
    monkeypatch.setattr(atomic, "_linkable", {})  # learn afresh in this test
    monkeypatch.setattr(atomic, "_swept", set())
    if request.param == "named":
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    elif not unnamed_files_work(tmp_path):
        pytest.skip("this machine cannot give an O_TMPFILE file a name")
    else:
        monkeypatch.setattr(os, "link", link_through_proc)
    yield request.param


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_write_replaces_the_target_owner_only_and_leaves_nothing_else(
    mode: str, tmp_path: Path
) -> None:
    target = tmp_path / "out.pdf"
    write_atomic(target, b"first", "the PDF")
    assert target.read_bytes() == b"first"
    target.chmod(0o644)
    write_atomic(target, b"second", "the PDF")  # over an existing file: the other path
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    # The mode under test is the one that ran: only the unnamed one probes the folder.
    assert list(atomic._linkable.values()) == ([True] if mode == "unnamed" else [])


def test_an_error_while_writing_keeps_the_old_file_and_leaves_nothing(
    mode: str, tmp_path: Path
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target, "the PDF") as out:
        out.write(b"half of it")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_full_disk_is_reported_and_leaves_nothing(
    mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("logbook.vault.atomic.os.fsync", full)
    with pytest.raises(StorageFull, match="the PDF could not be written"):
        write_atomic(tmp_path / "out.pdf", b"data", "the PDF")
    assert list(tmp_path.iterdir()) == []


def test_the_unnamed_file_is_not_in_the_folder_while_it_is_written(tmp_path: Path) -> None:
    """Where the machine can name O_TMPFILE files, nothing is visible until the end."""
    if not unnamed_files_work(tmp_path):
        pytest.skip("this machine cannot give an O_TMPFILE file a name")
    target = tmp_path / "out.pdf"
    seen = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "link", link_through_proc)
        patch.setattr(atomic, "_linkable", {})
        with atomic_file(target, "the PDF") as out:
            out.write(b"data")
            seen = [p.name for p in tmp_path.iterdir()]
    assert seen == []
    assert target.read_bytes() == b"data"


CRASH = """
import os, signal, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from logbook.vault.atomic import atomic_file
if sys.argv[1] == "named":
    del os.O_TMPFILE
else:
    from tests.cli.proc_link import link_through_proc
    os.link = link_through_proc
with atomic_file(Path(sys.argv[2]), "the PDF") as out:
    out.write(b"half of it")
    out.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_writer_killed_mid_write_leaves_only_a_marked_file_the_next_write_removes(
    mode: str, tmp_path: Path
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    script = CRASH.format(root=str(ROOT))
    crashed = subprocess.run([sys.executable, "-c", script, mode, str(target)], check=False)
    assert crashed.returncode == -signal.SIGKILL
    left = sorted(p.name for p in tmp_path.iterdir() if p != target)
    if mode == "unnamed":
        assert left == []  # the kernel freed the file without a name
    else:
        assert len(left) == 1 and left[0].startswith(".out.pdf.logbook-")
        assert left[0].endswith(".partial")
    assert target.read_bytes() == b"old"
    write_atomic(tmp_path / "other.pdf", b"new", "the PDF")  # this process's first write here
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.pdf", "out.pdf"]


def test_the_sweep_removes_only_marked_files_whose_writer_is_gone(tmp_path: Path) -> None:
    gone, alive = dead_pid(), os.getppid()
    removable = tmp_path / f".out.pdf.logbook-{gone}-0123456789ab.partial"
    kept = [
        f".out.pdf.logbook-{alive}-0123456789ab.partial",  # its writer may be running
        f".out.pdf.logbook-{os.getpid()}-0123456789ab.partial",  # this process's own
        ".out.pdf.0123456789ab.partial",  # no mark: not provably Logbook's
        f"out.pdf.logbook-{gone}-0123456789ab.partial",  # not hidden
        f".out.pdf.logbook-{gone}-0123456789AB.partial",  # not as Logbook writes it
        f".out.pdf.logbook-{gone}-0123456789ab.partial.bak",
        ".notes.partial",
        "out.pdf",
    ]
    for name in [removable.name, *kept]:
        (tmp_path / name).write_bytes(b"x")
    folder = tmp_path / f".dir.logbook-{gone}-0123456789ab.partial"
    folder.mkdir()  # a folder is never removed

    assert sweep_leftovers(tmp_path) == 1

    assert not removable.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, folder.name])


def test_the_sweep_removes_the_journal_sqlite_left_beside_a_marked_file(
    tmp_path: Path,
) -> None:
    """A backup's database snapshot killed mid-way leaves its "-journal" beside it."""
    gone = dead_pid()
    base = f".backup.db.logbook-{gone}-0123456789ab.partial"
    for name in (base, f"{base}-journal", f"{base}-wal", f"{base}-shm"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / f"{base}-other").write_bytes(b"x")  # not one of SQLite's
    assert sweep_leftovers(tmp_path) == 4
    assert [p.name for p in tmp_path.iterdir()] == [f"{base}-other"]


def test_the_marked_name_carries_the_pid_and_the_target(tmp_path: Path) -> None:
    name = temp_name(tmp_path / "out.pdf").name
    assert name.startswith(f".out.pdf.logbook-{os.getpid()}-") and name.endswith(".partial")
    assert atomic._TEMP_NAME.fullmatch(name)


def test_a_folder_that_cannot_be_listed_is_left_alone(tmp_path: Path) -> None:
    assert sweep_leftovers(tmp_path / "missing") == 0


def test_a_file_system_that_cannot_name_unnamed_files_gets_named_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on a machine whose /proc cannot link (EXDEV): learnt once, then the fallback."""
    if not hasattr(os, "O_TMPFILE"):
        pytest.skip("no O_TMPFILE here")
    calls = []

    def refuse(src: str, dst: str, **kwargs: bool) -> None:
        calls.append(dst)
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    monkeypatch.setattr(atomic, "_linkable", {})
    monkeypatch.setattr(os, "link", refuse)
    for n in range(3):
        write_atomic(tmp_path / f"out{n}.pdf", b"data", "the PDF")
    assert len(calls) == 1  # the probe, once for this file system
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out0.pdf", "out1.pdf", "out2.pdf"]


def test_the_crash_script_really_crashes_mid_write(tmp_path: Path) -> None:
    """The trial above can fail: without the kill, the write completes (so a test that saw
    the old file after a kill saw a real interruption)."""
    script = textwrap.dedent(CRASH.format(root=str(ROOT))).replace(
        "os.kill(os.getpid(), signal.SIGKILL)", "pass"
    )
    target = tmp_path / "out.pdf"
    done = subprocess.run([sys.executable, "-c", script, "named", str(target)], check=False)
    assert done.returncode == 0 and target.read_bytes() == b"half of it"
