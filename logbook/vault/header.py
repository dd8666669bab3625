"""The vault header: key slots, in a fixed-size file whose slots are overwritten in place.

It holds no case data: only Argon2id parameters, salts, nonces and wrapped keys, a
sequence number, and the audit log's head at the last change (to find a database older
than the header). Layout (format 2), after LUKS's primary and backup areas:

- the file is exactly two *areas* of :data:`AREA_SIZE` bytes, each a whole copy of the
  header: a magic string, the sequence number, the body's length, the body (canonical
  JSON), zero padding, and a SHA-256 checksum of all that at the area's end;
- a change writes area 0, flushes it to disk, then area 1, in place. A crash in the
  middle leaves one whole copy (the one with the higher sequence number wins), and no
  temporary file or renamed copy ever holds a key slot, so the blocks that held an old
  slot are the ones overwritten (see README, "Quick erase", for what this does and does
  not guarantee on SSDs and copy-on-write file systems);
- the body is sealed with a MAC under a key derived from the data key, over everything in
  it: once a slot opens, any change to the header (parameters, slots, sequence number,
  audit head, format) is reported as "the vault header was changed or damaged", never as
  a wrong passphrase. Before a slot opens, the checksums, the bounds on every parameter
  and the slot kinds bound into each slot (:mod:`.key_slots`) catch what they can.

Format 1 (a JSON file replaced by rename) is still read; :func:`write` turns it into
format 2 in place on first unlock.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeGuard

from logbook.core.errors import VaultDamaged
from logbook.vault.atomic import OWNER_ONLY, fsync_dir, overwrite_and_remove
from logbook.vault.kdf import KdfParams
from logbook.vault.key_slots import AAD_VERSION, SLOT_KINDS, KeySlot

FORMAT = "logbook.vault/2"
LEGACY_FORMAT = "logbook.vault/1"
AREA_SIZE = 4096
AREAS = 2
SIZE = AREA_SIZE * AREAS
MAX_SLOTS = 4
CHANGED = "the vault header was changed or damaged"

_MAGIC = b"LOGBOOK-HEADER/2"
_PREFIX = struct.Struct(">16sQI")  # magic, sequence number, body length
_CHECKSUM = 32
_MAX_BODY = AREA_SIZE - _PREFIX.size - _CHECKSUM
# salt for Argon2id, AES-GCM nonce, and the 32-byte data key plus its 16-byte tag.
_SLOT_FIELD_SIZES = {"salt": 16, "nonce": 12, "wrapped_key": 48}
_SEAL_PURPOSE = b"logbook header seal"


@dataclass(frozen=True)
class AuditHead:
    """The audit log's last entry when the header was written: its number and MAC."""

    seq: int
    mac: str


@dataclass(frozen=True)
class Header:
    slots: tuple[KeySlot, ...]
    seq: int = 0
    audit_head: AuditHead | None = None
    seal: str = ""  # MAC of the body under the data key ("" in format 1)
    legacy: bool = False  # read from a format-1 file

    def slots_of(self, kind: str) -> list[KeySlot]:
        return [slot for slot in self.slots if slot.kind == kind]

    def with_slot(self, new: KeySlot) -> Header:
        """A header whose slots of ``new.kind`` are replaced by ``new``."""
        return replace(self, slots=(*(s for s in self.slots if s.kind != new.kind), new))


# The body ------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _slot_body(slot: KeySlot) -> dict[str, Any]:
    return {
        "kind": slot.kind,
        "kdf": {
            "algorithm": "argon2id",
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
        },
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
        "aad": slot.aad,
    }


def body_of(header: Header) -> dict[str, Any]:
    """Everything the seal covers."""
    head = header.audit_head
    return {
        "format": FORMAT,
        "seq": header.seq,
        "slots": [_slot_body(s) for s in header.slots],
        "audit_head": None if head is None else {"seq": head.seq, "mac": head.mac},
    }


def seal_key(data_key: bytes) -> bytes:
    """The key that seals the header, derived from the data key."""
    from logbook.vault.session import subkey  # the session module imports the database

    return subkey(data_key, _SEAL_PURPOSE)


def _seal(header: Header, key: bytes) -> str:
    return hmac.new(key, _canonical(body_of(header)), hashlib.sha256).hexdigest()


def check_seal(header: Header, key: bytes) -> None:
    """Raise :class:`VaultDamaged` unless ``header`` is sealed under ``key`` (from
    :func:`seal_key`; a format-1 header has no seal: it gets one when first rewritten)."""
    if header.legacy:
        return
    if not hmac.compare_digest(header.seal, _seal(header, key)):
        raise VaultDamaged("header", f"{CHANGED} (its seal does not match the data key)")


# Areas -----------------------------------------------------------------------------------


def encode_area(header: Header) -> bytes:
    """One area holding ``header`` (sealed by the caller)."""
    body = _canonical({**body_of(header), "seal": header.seal})
    if len(body) > _MAX_BODY:
        raise ValueError("too many key slots for one header area")
    filled = _PREFIX.pack(_MAGIC, header.seq, len(body)) + body
    filled += bytes(AREA_SIZE - _CHECKSUM - len(filled))
    return filled + hashlib.sha256(filled).digest()


def decode_area(area: bytes) -> Header:
    """The header in one area; raise :class:`ValueError` saying what is wrong with it."""
    if len(area) != AREA_SIZE:
        raise ValueError("it is cut short")
    content, checksum = area[:-_CHECKSUM], area[-_CHECKSUM:]
    magic, seq, length = _PREFIX.unpack_from(content)
    if magic != _MAGIC:
        raise ValueError("it is not a Logbook header")
    if not hmac.compare_digest(hashlib.sha256(content).digest(), checksum):
        raise ValueError("its checksum does not match")
    if length > _MAX_BODY or any(content[_PREFIX.size + length :]):
        raise ValueError("its length is wrong")
    try:
        body = json.loads(content[_PREFIX.size : _PREFIX.size + length].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("its body is not readable") from None
    header = _from_body(body)
    if header.seq != seq:
        raise ValueError("its sequence numbers disagree")
    return header


def _from_body(body: Any) -> Header:
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ValueError("unknown format")
    seq, raw_slots, head, seal = (
        body.get("seq"),
        body.get("slots"),
        body.get("audit_head"),
        body.get("seal"),
    )
    if not _is_count(seq) or not isinstance(seal, str) or len(seal) != 64:
        raise ValueError("its sequence number or seal is malformed")
    if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= MAX_SLOTS:
        raise ValueError(f"it must have 1 to {MAX_SLOTS} key slots")
    slots = tuple(_decode_slot(raw) for raw in raw_slots)
    if len({s.kind for s in slots}) != len(slots):
        raise ValueError("two key slots are of one kind")
    return Header(slots, seq, _decode_head(head), seal)


def _decode_head(head: Any) -> AuditHead | None:
    if head is None:
        return None
    if not isinstance(head, dict) or not _is_count(head.get("seq")):
        raise ValueError("its audit head is malformed")
    mac = head.get("mac")
    if not isinstance(mac, str) or len(mac) != 64:
        raise ValueError("its audit head is malformed")
    return AuditHead(head["seq"], mac)


def _is_count(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def _decode_slot(raw: Any) -> KeySlot:
    """One key slot, every field checked before anything uses it."""
    if not isinstance(raw, dict) or raw.get("kind") not in SLOT_KINDS:
        raise ValueError("a key slot is of an unknown kind")
    kdf = raw.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("algorithm") != "argon2id":
        raise ValueError("a key slot names an unknown key derivation")
    params = KdfParams(kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes"))  # type: ignore[arg-type]
    aad = raw.get("aad", 1)
    if aad not in (1, AAD_VERSION) or isinstance(aad, bool):
        raise ValueError("a key slot is of an unknown version")
    fields = {}
    for name, size in _SLOT_FIELD_SIZES.items():
        try:
            fields[name] = base64.b64decode(raw.get(name, ""), validate=True)
        except (binascii.Error, TypeError, ValueError):
            raise ValueError(f"a key slot's {name} is not base64") from None
        if len(fields[name]) != size:
            raise ValueError(f"a key slot's {name} has {len(fields[name])} bytes, not {size}")
    return KeySlot(raw["kind"], params, aad=aad, **fields)


def _legacy(data: bytes) -> Header:
    """A format-1 header: JSON with a SHA-256 checksum over the rest."""
    try:
        body = json.loads(data.decode("utf-8"))
        checksum = body.pop("checksum")
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError, KeyError, TypeError):
        raise VaultDamaged("header", "it is not a readable Logbook header") from None
    if not isinstance(checksum, str) or hashlib.sha256(_canonical(body)).hexdigest() != checksum:
        raise VaultDamaged("header", f"{CHANGED} (its checksum does not match)")
    if body.get("format") != LEGACY_FORMAT:
        raise VaultDamaged("header", f"{CHANGED} (unknown format)")
    try:
        raw_slots = body["slots"]
        if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= MAX_SLOTS:
            raise ValueError(f"it must have 1 to {MAX_SLOTS} key slots")
        slots = tuple(_decode_slot({**raw, "aad": 1}) for raw in raw_slots)
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultDamaged("header", f"{CHANGED} ({exc})") from None
    return Header(slots, legacy=True)


# The file --------------------------------------------------------------------------------


def read(path: Path) -> Header:
    """The newest whole copy in the header file; :class:`VaultDamaged` saying what is
    wrong when there is none, or when its two copies disagree."""
    try:
        with open(path, "rb") as f:
            data = f.read(SIZE + 1)
    except FileNotFoundError:
        raise VaultDamaged("header", f"{path.name} is missing") from None
    except OSError as exc:
        raise VaultDamaged("header", f"{path.name} cannot be read ({exc.strerror})") from None
    return decode(data)


def decode(data: bytes) -> Header:
    """The newest whole copy in a header file's bytes (see :func:`read`)."""
    if data[:1] == b"{":
        return _legacy(data)
    if len(data) != SIZE:
        raise VaultDamaged("header", f"{CHANGED} (it is {len(data)} bytes, not {SIZE})")
    copies, problems = [], []
    for n in range(AREAS):
        try:
            copies.append((decode_area(data[n * AREA_SIZE : (n + 1) * AREA_SIZE]), n))
        except (ValueError, TypeError, struct.error) as exc:
            problems.append(f"copy {n + 1}: {exc}")
    if not copies:
        raise VaultDamaged("header", f"{CHANGED} ({'; '.join(problems)})")
    newest = max(copies, key=lambda c: c[0].seq)[0]
    if any(h.seq == newest.seq and h != newest for h, _ in copies):
        raise VaultDamaged("header", f"{CHANGED} (its two copies disagree)")
    return newest


# One writer at a time in this process: a passphrase change on a worker thread and the
# session recording a change must not interleave their copies.
_writing = threading.Lock()


def update(path: Path, change: Callable[[Header], Header], key: bytes) -> Header:
    """Read the header, check its seal, apply ``change`` and write the result, all under
    this process's header lock and, where the OS has it, an exclusive lock on the file
    (``logbook passwd`` may run while the app has the vault open)."""
    with _writing, _locked(path):
        current = read(path)
        check_seal(current, key)
        return _write(path, change(current), key)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on the file (POSIX ``flock``), released on close."""
    try:
        import fcntl
    except ImportError:  # Windows: the process lock above is what there is
        yield
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def create(path: Path, header: Header, key: bytes) -> Header:
    """Write a new header file (it must not exist)."""
    with _writing:
        return _write(path, header, key, create=True)


def _write(path: Path, header: Header, key: bytes, *, create: bool = False) -> Header:
    """Write ``header`` as the next version, sealed, over the file in place (copy 1, then
    copy 2, each flushed to disk). A format-1 file is overwritten from its first byte."""
    written = replace(header, seq=header.seq + 1, legacy=False)
    written = replace(written, seal=_seal(written, key))
    area = encode_area(written)
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | (os.O_CREAT | os.O_EXCL if create else 0)
    fd = os.open(path, flags, OWNER_ONLY)
    try:
        for n in range(AREAS):
            _write_at(fd, area, n * AREA_SIZE)
            os.fsync(fd)
        os.ftruncate(fd, SIZE)  # a longer format-1 file: nothing after the two copies
        os.fsync(fd)
    finally:
        os.close(fd)
    if create:
        fsync_dir(path.parent)
    return written


def _write_at(fd: int, data: bytes, offset: int) -> None:
    os.lseek(fd, offset, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def destroy(path: Path) -> None:
    """Overwrite the whole header file with random bytes, flush, and remove it."""
    overwrite_and_remove(path)
    fsync_dir(path.parent)
