"""Atomic, durable, owner-only file writes that leave nothing behind after a crash.

The contract of :func:`atomic_file` and :func:`write_atomic` (Electrum's storage.py
pattern, made crash-clean):

- a reader sees the old bytes of the target or the new ones, never a mix;
- the new file is created ``0600`` and is flushed and fsynced *before* it gets the
  target's name; the folder is fsynced after, so the new name survives a power cut;
- on any exception the target is untouched and no temporary file remains; a full disk
  (or quota) is reported as :class:`StorageFull` naming ``what``;
- a crash (``kill -9``, power loss) at any moment leaves either nothing or, in the
  narrow cases below, a temporary file whose name marks it as Logbook's and which the
  next run removes.

How the temporary file is kept out of sight:

- **Linux** (``O_TMPFILE``, where the file system can link such files: learnt once per
  file system): the data goes to a file without a name in the target's folder; if the
  process dies the kernel frees it, so there is nothing to clean. Once
  written and fsynced it is given a name with ``linkat`` through ``/proc/self/fd``:
  directly the target's name when there is no target yet (``link`` never overwrites:
  evidence blobs and new exports take this path, with no window at all), otherwise a
  marked temporary name that ``os.replace`` then moves over the target — ``link``
  cannot replace, so only between those two calls can a crash leave a named file.
- **Elsewhere** (macOS, Windows, file systems without ``O_TMPFILE``, no ``/proc``,
  sandboxes such as gVisor that cannot link it): a named hidden file beside the target,
  created exclusively, renamed over the target; a crash while it is written leaves it.

A marked temporary file is named ``.NAME.logbook-PID-RANDOM.partial`` (``PID``: the
writer's process id). :func:`sweep_leftovers` removes such files whose writer is gone; it
runs on the first write into a folder in each process, and the command line runs it on
the folder of the file it is about to write and on the vault's evidence folder. It never
removes a file whose name does not match that pattern exactly, nor one whose writer may
still be running.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from logbook.core.errors import StorageFull

OWNER_ONLY = 0o600
_MARK = "logbook"
# A marked temporary file, or the journal SQLite keeps beside one being written (a
# backup's database snapshot killed mid-way leaves its "-journal").
_TEMP_NAME = re.compile(
    rf"\..+\.{_MARK}-(?P<pid>[0-9]+)-[0-9a-f]{{12}}\.partial(?:-journal|-wal|-shm)?"
)
# What a kernel or file system says when it has no O_TMPFILE: older kernels read the flag
# as O_DIRECTORY (EISDIR); file systems without it answer EOPNOTSUPP (some EINVAL).
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL}
_swept: set[Path] = set()
_linkable: dict[int, bool] = {}  # by st_dev: can O_TMPFILE files be linked there?


def fsync_dir(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable (a no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # Windows cannot open directories; rename is durable there.
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private(path: Path) -> BinaryIO:
    """Create a new file that only the owner can read; fail if it exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, OWNER_ONLY), "wb")


def temp_name(target: Path) -> Path:
    """A fresh marked temporary name beside ``target`` (see the module docs)."""
    token = secrets.token_hex(6)
    return target.with_name(f".{target.name}.{_MARK}-{os.getpid()}-{token}.partial")


def _writer_gone(pid: int) -> bool:
    """Is no process ``pid`` running? ``False`` when unsure, so nothing live is removed.

    A recycled pid keeps a leftover until that process ends: harmless. On Windows
    ``os.kill`` would terminate the process, so it is not asked; there, removal itself is
    the test (Windows refuses to delete a file another process holds open).
    """
    if pid == os.getpid():
        return False  # ours: another thread may be writing it right now
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # EPERM: a process of another user has this pid
        return False
    return False


def sweep_leftovers(directory: Path) -> int:
    """Remove the marked temporary files in ``directory`` whose writer is gone.

    Returns how many were removed. Files of any other name are never touched; a folder
    that cannot be listed is left alone (the write that follows reports the real error).
    """
    removed = 0
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMP_NAME.fullmatch(entry.name)
        if match is None or not _writer_gone(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):  # gone already, or still held open (Windows)
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed += 1
    if removed:
        fsync_dir(directory)
    return removed


def _sweep_once(directory: Path) -> None:
    """Sweep ``directory`` on this process's first write there: one listing per folder,
    so writing thousands of evidence files does not list the folder thousands of times."""
    key = Path(os.path.abspath(directory))
    if key not in _swept:
        _swept.add(key)
        sweep_leftovers(key)


def _open_unnamed(directory: Path) -> int | None:
    """An ``O_TMPFILE`` descriptor in ``directory`` that can later be linked through
    ``/proc/self/fd``; ``None`` where that does not work (then a named file is used).

    Whether it works is learnt once per file system by linking an empty probe: the link
    is made only after the data is written, too late to change course, and some systems
    open such a file but cannot link it (no ``/proc``; gVisor answers EXDEV).
    """
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag:
        return None
    try:
        device = os.stat(directory).st_dev
    except OSError:
        return None  # the named file's creation reports the real error
    if device not in _linkable:
        _linkable[device] = _probe(directory, flag)
    if not _linkable[device]:
        return None
    return os.open(directory, flag | os.O_WRONLY, OWNER_ONLY)


def _probe(directory: Path, flag: int) -> bool:
    """Can an unnamed file in ``directory`` be given a name? (See :func:`_open_unnamed`.)"""
    try:
        fd = os.open(directory, flag | os.O_WRONLY, OWNER_ONLY)
    except OSError as exc:
        if exc.errno in _NO_TMPFILE:
            return False
        raise
    probe = temp_name(directory / "probe")
    try:
        os.link(f"/proc/self/fd/{fd}", probe, follow_symlinks=True)
    except OSError:
        return False
    else:
        probe.unlink()
        return True
    finally:
        os.close(fd)


def _give_name(fd: int, target: Path) -> None:
    """Link the unnamed file ``fd`` at ``target``, replacing any file there."""
    source = f"/proc/self/fd/{fd}"
    if not os.path.lexists(target):
        try:
            os.link(source, target, follow_symlinks=True)
            return
        except FileExistsError:  # created meanwhile: replace it like any other
            pass
    temp = temp_name(target)
    os.link(source, temp, follow_symlinks=True)
    try:
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_file(target: Path, what: str) -> Iterator[BinaryIO]:
    """Yield a file to write; on normal exit it replaces ``target`` atomically.

    On any exception ``target`` is untouched and nothing is left beside it; a full disk
    is reported as :class:`StorageFull` naming ``what``. See the module docs for what a
    crash can leave.
    """
    target = Path(target)
    _sweep_once(target.parent)
    try:
        fd = _open_unnamed(target.parent)
        if fd is None:
            with _write_named(target) as out:
                yield out
        else:
            with os.fdopen(fd, "wb") as out:
                yield out
                out.flush()
                os.fsync(out.fileno())
                _give_name(out.fileno(), target)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(what) from exc
        raise
    fsync_dir(target.parent)


@contextlib.contextmanager
def _write_named(target: Path) -> Iterator[BinaryIO]:
    """The fallback: a marked hidden file beside ``target``, renamed over it when done."""
    temp = temp_name(target)
    try:
        with create_private(temp) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes, what: str) -> None:
    """Write ``data`` to ``target`` with :func:`atomic_file`'s guarantees."""
    with atomic_file(target, what) as out:
        out.write(data)


def overwrite_and_remove(path: Path) -> None:
    """Overwrite a file with random bytes, fsync, then unlink it.

    On SSDs and copy-on-write file systems the old blocks may survive; callers rely on
    this only for files whose secrecy rests on keys destroyed the same way (crypto-erase).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as f:
        f.write(secrets.token_bytes(max(size, 1)))
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
