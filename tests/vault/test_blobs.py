"""The evidence store: chunked AES-256-GCM blobs with random names.

Evidence files (photos, medical reports) are the most sensitive content of a vault. They
must round-trip byte for byte with the SHA-256 taken at intake, be unreadable on disk,
fail loudly on any tampering (a truncated, altered or reordered file is not evidence),
and have names that do not let anyone confirm a known photo is inside.
"""

from __future__ import annotations

import hashlib
import io
import re
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest

from logbook.core.errors import VaultDamaged
from logbook.vault.blobs import BlobStore
from tests.swapped_blobs import swap_files, write_lbb1

CHUNK = 64 * 1024
SEALED = CHUNK + 16  # a full chunk plus its GCM tag
HEADER = 4 + 16  # magic and salt


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    directory = tmp_path / "blobs"
    directory.mkdir()
    return BlobStore(directory, secrets.token_bytes(32))


def recognisable(size: int) -> bytes:
    """Content whose every 64-byte window is recognisable plaintext."""
    pattern = b"EVIDENCE photo of injuries, \xd0\x9a\xd0\xb0\xd0\xbd\xd0\xb0\xd1\x80 " * 4
    return (pattern * (size // len(pattern) + 1))[:size]


@pytest.mark.parametrize(
    "size",
    [0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 123],
)
def test_round_trip(store: BlobStore, size: int) -> None:
    content = secrets.token_bytes(size)
    stored = store.put(io.BytesIO(content))
    assert store.read(stored.blob_id) == content
    assert stored.size == size
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert store.sha256(stored.blob_id) == stored.sha256
    chunks = list(store.chunks(stored.blob_id))
    assert len(chunks) == max(1, -(-size // CHUNK))
    expected_size = HEADER + size + 16 * len(chunks)
    assert store.path(stored.blob_id).stat().st_size == expected_size


def test_content_is_not_readable_in_the_blob_file(store: BlobStore) -> None:
    content = recognisable(3 * CHUNK + 500)
    stored = store.put(io.BytesIO(content))
    on_disk = store.path(stored.blob_id).read_bytes()
    for start in range(0, len(content) - 32, 4096):
        assert content[start : start + 32] not in on_disk
    assert stored.sha256.encode() not in on_disk
    assert bytes.fromhex(stored.sha256) not in on_disk


def test_only_the_blob_file_is_left(store: BlobStore) -> None:
    stored = store.put(io.BytesIO(b"one photo"))
    assert [p.name for p in store.directory.iterdir()] == [f"{stored.blob_id}.blob"]


def test_names_are_random_not_content_hashes(store: BlobStore) -> None:
    content = b"the same photo twice"
    first, second = store.put(io.BytesIO(content)), store.put(io.BytesIO(content))
    assert first.sha256 == second.sha256
    assert first.blob_id != second.blob_id
    for stored in (first, second):
        assert re.fullmatch(r"[0-9a-f]{32}", stored.blob_id)
        assert stored.sha256 not in stored.blob_id
        assert stored.blob_id not in stored.sha256
    assert store.path(first.blob_id).read_bytes() != store.path(second.blob_id).read_bytes()
    assert store.blob_ids() == {first.blob_id, second.blob_id}


# Tampering -----------------------------------------------------------------------------


def chunk_at(n: int) -> slice:
    return slice(HEADER + n * SEALED, HEADER + (n + 1) * SEALED)


def drop_last_chunk(data: bytearray) -> bytes:
    return bytes(data[: chunk_at(3).start])


def cut_ten_bytes(data: bytearray) -> bytes:
    return bytes(data[:-10])


def only_the_header(data: bytearray) -> bytes:
    return bytes(data[:HEADER])


def flip_a_byte(data: bytearray) -> bytes:
    data[chunk_at(1).start + 1000] ^= 0x01
    return bytes(data)


def flip_a_salt_byte(data: bytearray) -> bytes:
    data[6] ^= 0x80
    return bytes(data)


def swap_two_chunks(data: bytearray) -> bytes:
    first, second = bytes(data[chunk_at(0)]), bytes(data[chunk_at(1)])
    data[chunk_at(0)], data[chunk_at(1)] = second, first
    return bytes(data)


def append_a_chunk(data: bytearray) -> bytes:
    return bytes(data) + bytes(data[chunk_at(0)])


def bad_magic(data: bytearray) -> bytes:
    return b"XXXX" + bytes(data[4:])


@pytest.mark.parametrize(
    "tamper",
    [
        drop_last_chunk,
        cut_ten_bytes,
        only_the_header,
        flip_a_byte,
        flip_a_salt_byte,
        swap_two_chunks,
        append_a_chunk,
        bad_magic,
    ],
)
def test_tampering_is_detected(store: BlobStore, tamper: Callable[[bytearray], bytes]) -> None:
    content = secrets.token_bytes(3 * CHUNK + 777)  # three full chunks and a short last one
    stored = store.put(io.BytesIO(content))
    path = store.path(stored.blob_id)
    path.write_bytes(tamper(bytearray(path.read_bytes())))
    with pytest.raises(VaultDamaged) as caught:
        store.read(stored.blob_id)
    assert caught.value.part == "evidence store"
    with pytest.raises(VaultDamaged):
        store.sha256(stored.blob_id)


def test_truncation_at_a_chunk_boundary_is_detected(store: BlobStore) -> None:
    """Content of exactly two chunks cut to one: every remaining chunk is intact."""
    stored = store.put(io.BytesIO(secrets.token_bytes(2 * CHUNK)))
    path = store.path(stored.blob_id)
    path.write_bytes(path.read_bytes()[: chunk_at(1).start])
    with pytest.raises(VaultDamaged, match="fails authentication"):
        store.read(stored.blob_id)


def test_another_key_cannot_read_a_blob(store: BlobStore) -> None:
    stored = store.put(io.BytesIO(b"for this vault only"))
    other = BlobStore(store.directory, secrets.token_bytes(32))
    with pytest.raises(VaultDamaged, match="evidence store"):
        other.read(stored.blob_id)


def test_missing_blob_is_damage(store: BlobStore) -> None:
    with pytest.raises(VaultDamaged, match="missing") as caught:
        store.read("0" * 32)
    assert caught.value.part == "evidence store"


def test_delete_removes_the_file(store: BlobStore) -> None:
    stored = store.put(io.BytesIO(b"to be destroyed"))
    kept = store.put(io.BytesIO(b"to be kept"))
    store.delete(stored.blob_id)
    assert not store.path(stored.blob_id).exists()
    assert store.blob_ids() == {kept.blob_id}
    assert store.read(kept.blob_id) == b"to be kept"


# Binding to the blob id (issue 16, point 5) ----------------------------------------------


def test_new_blobs_are_written_in_the_lbb2_format(store: BlobStore) -> None:
    stored = store.put(io.BytesIO(b"a photo"))
    assert store.path(stored.blob_id).read_bytes()[:4] == b"LBB2"


def test_a_blob_swapped_with_another_fails_authentication(store: BlobStore) -> None:
    """Each chunk is bound to its blob's id: a file under another blob's name is refused,
    not served as that blob's content."""
    first = store.put(io.BytesIO(secrets.token_bytes(CHUNK + 10)))
    second = store.put(io.BytesIO(secrets.token_bytes(300)))
    swap_files(store.path(first.blob_id), store.path(second.blob_id))
    for stored in (first, second):
        with pytest.raises(VaultDamaged, match=f"blob {stored.blob_id} fails authentication"):
            store.read(stored.blob_id)


def test_a_blob_copied_over_another_fails_authentication(store: BlobStore) -> None:
    first = store.put(io.BytesIO(b"first"))
    second = store.put(io.BytesIO(b"second"))
    store.path(second.blob_id).write_bytes(store.path(first.blob_id).read_bytes())
    with pytest.raises(VaultDamaged, match="fails authentication"):
        store.read(second.blob_id)
    assert store.read(first.blob_id) == b"first"


@pytest.mark.parametrize("size", [0, 100, CHUNK, 2 * CHUNK + 5])
def test_lbb1_blobs_of_earlier_versions_stay_readable(store: BlobStore, size: int) -> None:
    content = secrets.token_bytes(size)
    blob_id = store.put(io.BytesIO(b"placeholder")).blob_id
    write_lbb1(store, blob_id, content, secrets.token_bytes(16))
    assert store.read(blob_id) == content
    assert store.sha256(blob_id) == hashlib.sha256(content).hexdigest()


def test_lbb1_blobs_are_still_authenticated(store: BlobStore) -> None:
    blob_id = store.put(io.BytesIO(b"placeholder")).blob_id
    write_lbb1(store, blob_id, b"an old photo", secrets.token_bytes(16))
    path = store.path(blob_id)
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="fails authentication"):
        store.read(blob_id)
