"""Encrypted evidence files in ``blobs/``: chunked AES-256-GCM, random file names.

Names are random, not content hashes: a hash-named file would let whoever seizes the
laptop confirm that a photo they already have is in the vault. Format: ``LBB2``, a 16-byte
salt (the per-blob key is HKDF(blob key, salt)), then 64 KiB chunks, each sealed with a
counter nonce whose last byte marks the final chunk, so truncation and reordering fail,
and with the blob's id as associated data, so a file renamed to (or swapped with) another
blob's name fails authentication instead of being served as that blob's content.
Plaintext is hashed (SHA-256) as it is encrypted and never touches the disk.

``LBB1`` blobs, written by earlier versions, are the same without the associated data.
They are still read (never written): a swapped ``LBB1`` file decrypts, so callers serving
content must compare it with the SHA-256 its record holds (``CaseBook.evidence_content``
does), as ``logbook verify`` does for every blob.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from logbook.core.errors import VaultDamaged
from logbook.core.progress import Progress, no_progress
from logbook.vault.atomic import atomic_file, overwrite_and_remove

_MAGIC = b"LBB2"
_MAGIC_V1 = b"LBB1"  # read only: no associated data (see the module docs)
_CHUNK = 64 * 1024
_TAG = 16


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    sha256: str
    size: int


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _associated(blob_id: str) -> bytes:
    """What every chunk of an ``LBB2`` blob is bound to: its own name in the store."""
    return b"logbook blob " + blob_id.encode("ascii")


class BlobStore:
    def __init__(self, directory: Path, key: bytes) -> None:
        self.directory = directory
        self._key = key

    def _cipher(self, salt: bytes) -> AESGCM:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"logbook blob")
        return AESGCM(hkdf.derive(self._key))

    def path(self, blob_id: str) -> Path:
        return self.directory / f"{blob_id}.blob"

    def put(self, source: BinaryIO, progress: Progress = no_progress, total: int = 0) -> StoredBlob:
        """Encrypt everything readable from ``source`` into a new blob, calling
        ``progress(bytes done, total)`` after each chunk; if it raises (the user cancelled),
        no blob is left."""
        blob_id, salt = secrets.token_hex(16), secrets.token_bytes(16)
        cipher, digest, size = self._cipher(salt), hashlib.sha256(), 0
        bound = _associated(blob_id)
        with atomic_file(self.path(blob_id), "an evidence file") as out:
            out.write(_MAGIC + salt)
            chunk, counter = source.read(_CHUNK), 0
            while True:
                following = source.read(_CHUNK)
                last = not following
                digest.update(chunk)
                size += len(chunk)
                out.write(cipher.encrypt(_nonce(counter, last), chunk, bound))
                progress(size, total)
                if last:
                    break
                chunk, counter = following, counter + 1
        return StoredBlob(blob_id, digest.hexdigest(), size)

    def chunks(self, blob_id: str) -> Iterator[bytes]:
        """Decrypted content, chunk by chunk; raises VaultDamaged on any tampering, and on
        an ``LBB2`` file that was written under another blob's name. An ``LBB1`` file under
        another name decrypts: only the record's SHA-256 tells (see the module docs)."""
        try:
            f = open(self.path(blob_id), "rb")  # noqa: SIM115 - closed by the with below
        except OSError:
            raise VaultDamaged("evidence store", f"blob {blob_id} is missing") from None
        with f:
            header = f.read(len(_MAGIC) + 16)
            magic = header[: len(_MAGIC)]
            if magic not in (_MAGIC, _MAGIC_V1) or len(header) < len(_MAGIC) + 16:
                raise VaultDamaged("evidence store", f"blob {blob_id} has no valid header")
            bound = _associated(blob_id) if magic == _MAGIC else None
            cipher = self._cipher(header[len(_MAGIC) :])
            sealed, counter = f.read(_CHUNK + _TAG), 0
            while True:
                following = f.read(_CHUNK + _TAG)
                try:
                    yield cipher.decrypt(_nonce(counter, not following), sealed, bound)
                except InvalidTag:
                    raise VaultDamaged(
                        "evidence store", f"blob {blob_id} fails authentication"
                    ) from None
                if not following:
                    return
                sealed, counter = following, counter + 1

    def read(self, blob_id: str) -> bytes:
        return b"".join(self.chunks(blob_id))

    def sha256(self, blob_id: str) -> str:
        digest = hashlib.sha256()
        for chunk in self.chunks(blob_id):
            digest.update(chunk)
        return digest.hexdigest()

    def delete(self, blob_id: str) -> None:
        overwrite_and_remove(self.path(blob_id))

    def blob_ids(self) -> set[str]:
        return {p.stem for p in self.directory.glob("*.blob")}
