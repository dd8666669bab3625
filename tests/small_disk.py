"""A really small, really full disk: a loop-mounted ext4 image (needs root and mkfs.ext4;
CI has both). Tests that use it are skipped elsewhere, with the reason."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

needs_a_small_disk = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("mkfs.ext4") is None,
    reason="needs root to loop-mount an ext4 image, and mkfs.ext4 (CI has both)",
)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A fresh 8 MiB ext4 file system (about 6 MB free), mounted by loop. No blocks are
    reserved for root (``-m 0``): the tests run as root and must see the disk full."""
    yield from _mounted(tmp_path, [])


@pytest.fixture
def few_inodes_disk(tmp_path: Path) -> Iterator[Path]:
    """The same with room for only 64 files: megabytes free once they are used up."""
    yield from _mounted(tmp_path, ["-N", "64"])


def _mounted(tmp_path: Path, options: list[str]) -> Iterator[Path]:
    image, mount = tmp_path / "disk.img", tmp_path / "mnt"
    mount.mkdir()
    with open(image, "wb") as f:
        f.truncate(8 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-m", "0", *options, str(image)], check=True)
    done = subprocess.run(["mount", "-o", "loop", str(image), str(mount)], check=False)
    if done.returncode != 0:
        pytest.skip("this machine cannot loop-mount an image")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def fill_up(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` until at most ``leave`` bytes are free; the filler file, to remove
    when the space is to come back."""
    filler = disk / "filler"
    with open(filler, "ab", buffering=0) as f:  # unbuffered: nothing left to flush on close
        free = shutil.disk_usage(disk).free
        block = b"\0" * 1024
        try:
            if free > leave + 65536:  # the bulk at once (the app may be writing meanwhile)
                os.posix_fallocate(f.fileno(), 0, free - leave - 65536)
            while shutil.disk_usage(disk).free > leave:
                f.write(block)
                os.fsync(f.fileno())
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler


def use_up_inodes(disk: Path) -> list[Path]:
    """Make empty files on ``disk`` until no more can be made; them, to remove."""
    made: list[Path] = []
    try:
        while True:
            path = disk / f"empty-{len(made)}"
            path.touch()
            made.append(path)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
    return made
