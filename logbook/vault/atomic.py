"""Atomic, durable, owner-only file writes (Electrum's storage.py pattern).

A write goes to a hidden file in the same directory, created ``0600``, is fsynced, then
``os.replace``d over the target and the directory is fsynced. A reader sees the old bytes
or the new ones, never a mix; a full disk leaves the old file untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from logbook.core.errors import StorageFull

OWNER_ONLY = 0o600


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


@contextlib.contextmanager
def atomic_file(target: Path, what: str) -> Iterator[BinaryIO]:
    """Yield a file to write; on normal exit it replaces ``target`` atomically.

    On any exception the partial file is removed and ``target`` is untouched; a full
    disk is reported as :class:`StorageFull` naming ``what``.
    """
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
    try:
        with create_private(temp) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(what) from exc
        raise
    fsync_dir(target.parent)


def write_atomic(target: Path, data: bytes, what: str) -> None:
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
