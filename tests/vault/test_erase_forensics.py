"""Quick erase against a forensic reader of the raw disk: on an ordinary ext4 file system
(a loop-mounted image), after a vault is created, its passphrase changed twice and the
vault erased, no key slot ever written — salt, nonce or wrapped key, of any generation —
is left anywhere in the image's blocks, free or used.

A control shows the search works: the same search finds the live slot before the erase,
and finds old slots left in free blocks when a header is replaced by rename, as format 1
did. Needs root (mount); CI runs as root.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from logbook.core.model import Case
from logbook.services.case_book import CaseBook
from logbook.vault import header as header_file
from logbook.vault.atomic import write_atomic
from logbook.vault.lifecycle import Secret, change_passphrase, create_vault, erase_vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("mkfs.ext4") is None,
    reason="needs root to loop-mount an ext4 image, and mkfs.ext4 (CI has both)",
)

SECOND = "second passphrase of the vault"
THIRD = "third passphrase of the vault ok"


@pytest.fixture
def ext4(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A fresh 32 MiB ext4 image mounted by loop: (image file, mount point)."""
    image, mount = tmp_path / "disk.img", tmp_path / "mnt"
    mount.mkdir()
    with open(image, "wb") as f:
        f.truncate(32 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
    subprocess.run(["mount", "-o", "loop", str(image), str(mount)], check=True)
    mounted = True
    try:
        yield image, mount
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], check=False)


def unmount(mount: Path) -> None:
    os.sync()
    subprocess.run(["umount", str(mount)], check=True)


def slot_secrets(vault: Path) -> set[bytes]:
    """Every slot's salt, nonce and wrapped key, raw and as the header writes them."""
    found = set()
    for slot in header_file.read(vault / "vault.header").slots:
        for value in (slot.salt, slot.nonce, slot.wrapped_key):
            found |= {value, base64.b64encode(value)}
    return found


def in_image(image: Path, secrets: set[bytes]) -> set[bytes]:
    data = image.read_bytes()
    return {s for s in secrets if s in data}


def test_erase_leaves_no_key_slot_of_any_generation_on_the_disk(ext4) -> None:
    image, mount = ext4
    vault = mount / "vault"
    session, _ = create_vault(vault, PASSPHRASE, kdf=FAST_KDF)
    CaseBook(session).save(Case(title="Raided meeting"))
    session.close()
    written = slot_secrets(vault)
    change_passphrase(vault, Secret(PASSPHRASE), SECOND)
    written |= slot_secrets(vault)
    change_passphrase(vault, Secret(SECOND), THIRD)
    live = slot_secrets(vault)
    written |= live
    os.sync()
    assert in_image(image, live), "control: the live slots are readable in the raw image"
    erase_vault(vault)
    unmount(mount)
    assert in_image(image, written) == set()


def test_control_a_header_replaced_by_rename_leaves_old_slots_in_free_blocks(ext4) -> None:
    """What format 1 did (write a new file, rename it over the old one): the old file's
    blocks are freed, not overwritten, and overwriting the live file at erase does not
    reach them. The search above would find them."""
    image, mount = ext4
    vault = mount / "vault"
    session, _ = create_vault(vault, PASSPHRASE, kdf=FAST_KDF)
    session.close()
    first = slot_secrets(vault)
    data = (vault / "vault.header").read_bytes()
    write_atomic(vault / "vault.header", data.replace(b"LOGBOOK", b"REPLACE"), "a copy")
    os.sync()
    erase_vault(vault)
    unmount(mount)
    assert in_image(image, first)
