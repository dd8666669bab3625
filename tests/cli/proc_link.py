"""Naming an ``O_TMPFILE`` file on machines whose /proc cannot do it (stdlib only: crash
trials' child processes import this before ``logbook``, to keep their start fast).

The product names an unnamed file by linking ``/proc/self/fd/N``. Some sandboxes' /proc
answers EXDEV to that; ``linkat(fd, "", …, AT_EMPTY_PATH)`` still works there for a
privileged user. Tests use :func:`link_through_proc` in place of ``os.link`` to run the
product's unnamed-file path on such machines; the product itself never does (ordinary
users lack the privilege, and it falls back to a named file instead).
"""

from __future__ import annotations

import ctypes
import errno
import os
from pathlib import Path

_REAL_LINK = os.link  # taken at import, before any test or child replaces os.link
_AT_FDCWD = -100
_AT_EMPTY_PATH = 0x1000


def link_through_proc(
    src: str | os.PathLike[str], dst: str | os.PathLike[str], **kwargs: bool
) -> None:
    """``os.link(src, dst, **kwargs)``; for a ``/proc/self/fd/N`` source that fails with
    EXDEV, ``linkat`` with AT_EMPTY_PATH on descriptor N. Raises like ``os.link``."""
    try:
        _REAL_LINK(src, dst, **kwargs)
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV or not os.fspath(src).startswith("/proc/self/fd/"):
            raise
    fd = int(os.fspath(src).rsplit("/", 1)[1])
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.linkat(fd, b"", _AT_FDCWD, os.fsencode(dst), _AT_EMPTY_PATH) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), os.fspath(src), None, os.fspath(dst))


def unnamed_files_work(folder: Path) -> bool:
    """Can an O_TMPFILE file in ``folder`` be named here (with :func:`link_through_proc`)?"""
    if not hasattr(os, "O_TMPFILE"):
        return False
    try:
        fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o600)
    except OSError:
        return False
    probe = folder / "probe-link"
    try:
        link_through_proc(f"/proc/self/fd/{fd}", probe, follow_symlinks=True)
    except OSError:
        return False
    finally:
        os.close(fd)
    probe.unlink()
    return True
