"""Evidence files as an attacker or a careless copy leaves them: swapped under each other's
names, or in the ``LBB1`` format earlier versions wrote (no blob id bound in)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from logbook.vault.blobs import BlobStore

CHUNK = 64 * 1024


def swap_files(first: Path, second: Path) -> None:
    """Exchange the contents of two files, as ``mv a t; mv b a; mv t b`` would."""
    one, other = first.read_bytes(), second.read_bytes()
    first.write_bytes(other)
    second.write_bytes(one)


def write_lbb1(store: BlobStore, blob_id: str, content: bytes, salt: bytes) -> None:
    """Replace blob ``blob_id`` with ``content`` in the ``LBB1`` format, exactly as versions
    before ``LBB2`` wrote it: the same keys and nonces, no associated data."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"logbook blob")
    cipher = AESGCM(key.derive(store._key))
    chunks = [content[i : i + CHUNK] for i in range(0, len(content), CHUNK)] or [b""]
    sealed = b"".join(
        cipher.encrypt(
            n.to_bytes(11, "big") + (b"\x01" if n == len(chunks) - 1 else b"\x00"), c, None
        )
        for n, c in enumerate(chunks)
    )
    store.path(blob_id).write_bytes(b"LBB1" + salt + sealed)
