"""The backup folder on disk: keys, generation files, manifests, and unlocking.

See :mod:`logbook.vault.backup` for the format. Nothing here writes; everything here is
safe to call from any thread (it touches no vault session).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from logbook.core.errors import BackupDamaged, BackupNotFound, VaultDamaged, WrongSecret
from logbook.vault import header as header_file
from logbook.vault.header import AuditHead, Header, seal_key
from logbook.vault.key_slots import opens_as
from logbook.vault.session import subkey

FORMAT = "logbook.backup/1"
MAGIC = b"LOGBOOK-BACKUP/1"
OBJECTS = "objects"
GENERATIONS = "generations"
SUFFIX = ".generation"
_PREFIX = struct.Struct(">16s16sI")  # magic, vault tag, length of the header copy
_NONCE = 12
_MAX_HEADER = 64 * 1024
_MAX_GENERATION = 256 * 1024 * 1024  # a manifest of millions of files still fits
_NAME = re.compile(r"(?P<seq>[0-9]{6,})-[0-9a-f]{16}" + re.escape(SUFFIX))
_OBJECT = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class BackupKeys:
    """The keys of a vault's backups, derived from its blob key (see the package docs)."""

    names: bytes
    manifest: bytes
    tag: bytes

    @classmethod
    def from_blob_key(cls, blob_key: bytes) -> BackupKeys:
        tag = subkey(blob_key, b"logbook backup vault tag")[:16]
        return cls(
            subkey(blob_key, b"logbook backup names"),
            subkey(blob_key, b"logbook backup manifest"),
            tag,
        )

    @classmethod
    def from_data_key(cls, data_key: bytes) -> BackupKeys:
        return cls.from_blob_key(subkey(data_key, b"logbook blobs"))

    def blob_object(self, blob_id: str) -> str:
        """The object name of an evidence blob: a keyed MAC of its random id."""
        return hmac.new(self.names, b"blob\0" + blob_id.encode(), hashlib.sha256).hexdigest()[:32]

    @staticmethod
    def database_object() -> str:
        """A fresh random object name for a database snapshot."""
        return secrets.token_hex(16)


@dataclass(frozen=True)
class Part:
    """One object of a generation: the database snapshot or one evidence file.

    ``label`` is how a user knows it: "the database", or the evidence record's case and
    evidence refs ("C-1/E-3"; never a file name). It lives only inside the sealed
    manifest."""

    object: str
    size: int
    sha256: str
    label: str
    blob_id: str | None = None  # None: the database snapshot


@dataclass(frozen=True)
class Manifest:
    seq: int
    created: str  # ISO 8601, from the session's clock
    database: Part
    blobs: tuple[Part, ...]
    left_out: tuple[str, ...] = ()  # evidence labels not in this generation, with why
    audit_head: AuditHead | None = None
    schema: int = 0

    def parts(self) -> tuple[Part, ...]:
        return (self.database, *self.blobs)

    @property
    def size(self) -> int:
        return sum(part.size for part in self.parts())

    def to_bytes(self) -> bytes:
        head = self.audit_head
        body = {
            "format": FORMAT,
            "seq": self.seq,
            "created": self.created,
            "schema": self.schema,
            "audit_head": None if head is None else {"seq": head.seq, "mac": head.mac},
            "database": _part_body(self.database),
            "blobs": [_part_body(p) for p in self.blobs],
            "left_out": list(self.left_out),
        }
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        """Parse a manifest that authenticated; :class:`ValueError` if it is malformed
        (only a Logbook of another version could write such a one)."""
        try:
            body = json.loads(data.decode("utf-8"))
            if body["format"] != FORMAT:
                raise ValueError("it is of an unknown format")
            head = body["audit_head"]
            return cls(
                int(body["seq"]),
                str(body["created"]),
                _part(body["database"]),
                tuple(_part(p) for p in body["blobs"]),
                tuple(str(x) for x in body["left_out"]),
                None if head is None else AuditHead(int(head["seq"]), str(head["mac"])),
                int(body["schema"]),
            )
        except (KeyError, TypeError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"its manifest is malformed ({type(exc).__name__})") from None


def _part_body(part: Part) -> dict[str, Any]:
    return {
        "object": part.object,
        "size": part.size,
        "sha256": part.sha256,
        "label": part.label,
        "blob": part.blob_id,
    }


def _part(raw: dict[str, Any]) -> Part:
    name = str(raw["object"])
    if not _OBJECT.fullmatch(name):
        raise KeyError("object")  # never a path: it is joined to the objects folder
    blob = raw["blob"]
    if blob is not None and not re.fullmatch(r"[0-9a-f]{32}", str(blob)):
        raise KeyError("blob")
    size = int(raw["size"])
    return Part(name, size, str(raw["sha256"]), str(raw["label"]), blob)


# Generation files --------------------------------------------------------------------


def encode_generation(keys: BackupKeys, header_copy: bytes, manifest: Manifest) -> bytes:
    """The bytes of a generation file (see the package docs)."""
    clear = _PREFIX.pack(MAGIC, keys.tag, len(header_copy)) + header_copy
    nonce = secrets.token_bytes(_NONCE)
    return clear + nonce + AESGCM(keys.manifest).encrypt(nonce, manifest.to_bytes(), clear)


@dataclass
class Generation:
    """One generation file, read but not yet opened. ``number`` is from its file name
    (for messages and ``--generation``); ``manifest`` is set once it authenticated."""

    path: Path
    number: int
    tag: bytes = b""
    header_copy: bytes = b""
    clear: bytes = b""
    sealed: bytes = b""
    problem: str | None = None  # why it cannot be used, in words
    manifest: Manifest | None = None
    header: Header | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return f"generation {self.number}"

    @property
    def complete(self) -> bool:
        return self.problem is None and self.manifest is not None

    def open(self, keys: BackupKeys) -> None:
        """Authenticate and parse the manifest; on failure set :attr:`problem`."""
        if self.problem is not None:
            return
        try:
            nonce, sealed = self.sealed[:_NONCE], self.sealed[_NONCE:]
            plain = AESGCM(keys.manifest).decrypt(nonce, sealed, self.clear)
            self.manifest = Manifest.from_bytes(plain)
        except InvalidTag:
            self.problem = "its manifest fails authentication (damaged or changed)"
        except ValueError as exc:
            self.problem = str(exc)


def read_generation(path: Path, number: int) -> Generation:
    """Read one generation file; a truncated or garbled one comes back with a
    :attr:`Generation.problem` (it never counts as complete)."""
    generation = Generation(path, number)
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_GENERATION + 1)
    except OSError as exc:
        generation.problem = f"it cannot be read ({exc.strerror})"
        return generation
    if len(data) < _PREFIX.size or len(data) > _MAX_GENERATION:
        generation.problem = "it is cut short" if len(data) < _PREFIX.size else "it is too large"
        return generation
    magic, tag, length = _PREFIX.unpack_from(data)
    end = _PREFIX.size + length
    if magic != MAGIC or length > _MAX_HEADER or len(data) < end + _NONCE + 16:
        generation.problem = "it is cut short or not a Logbook backup generation"
        return generation
    generation.tag, generation.header_copy = tag, data[_PREFIX.size : end]
    generation.clear, generation.sealed = data[:end], data[end:]
    try:
        generation.header = header_file.decode(generation.header_copy)
    except VaultDamaged as exc:
        generation.problem = f"its copy of the key slots is damaged ({exc.detail})"
    return generation


def generation_files(backup_dir: Path) -> list[tuple[int, Path]]:
    """The generation files in a backup folder, newest (highest number) first."""
    try:
        entries = list(os.scandir(Path(backup_dir) / GENERATIONS))
    except OSError:
        return []
    found = []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is not None:
            found.append((int(match["seq"]), Path(entry.path)))
    return sorted(found, reverse=True)


def new_generation_name(backup_dir: Path) -> tuple[int, str]:
    """The number and file name for the next generation in ``backup_dir``."""
    files = generation_files(backup_dir)
    number = files[0][0] + 1 if files else 1
    return number, f"{number:06d}-{secrets.token_hex(8)}{SUFFIX}"


# Opening a backup folder --------------------------------------------------------------


@dataclass
class OpenedBackup:
    """A backup folder whose key is known: this vault's generations, newest first, each
    opened (complete, or with its problem), and generations of other vaults ignored."""

    directory: Path
    data_key: bytes = field(repr=False)
    keys: BackupKeys = field(repr=False)
    generations: list[Generation]

    def newest_complete(self) -> Generation | None:
        complete = [g for g in self.generations if g.complete]
        return max(complete, key=lambda g: g.manifest.seq if g.manifest else 0, default=None)

    def by_number(self, number: int) -> Generation | None:
        return next((g for g in self.generations if g.number == number), None)


def read_all(backup_dir: Path) -> list[Generation]:
    """Every generation file of the folder, read (not opened), newest first."""
    return [read_generation(path, number) for number, path in generation_files(backup_dir)]


def open_backup(backup_dir: Path, kind: str, secret_text: str) -> OpenedBackup:
    """Find the data key with a passphrase or recovery code, then open every generation.

    Each distinct key slot of ``kind`` in the generations' header copies is tried, newest
    generation first, so a folder opens with the passphrase of any of its generations
    (they share the vault's data key) or with the recovery code. Raises
    :class:`BackupNotFound`, :class:`WrongSecret`, or :class:`BackupDamaged` when no
    generation has readable key slots."""
    backup_dir = Path(backup_dir)
    generations = read_all(backup_dir)
    if not generations:
        raise BackupNotFound(f"There is no Logbook backup in {backup_dir}.")
    tried: set[bytes] = set()
    for generation in generations:
        if generation.header is None:
            continue
        for slot in generation.header.slots_of(kind):
            if slot.salt + slot.wrapped_key in tried:
                continue
            tried.add(slot.salt + slot.wrapped_key)
            opened = opens_as(slot, secret_text)
            if opened is None or opened[0] != kind:
                continue
            data_key = opened[1]
            try:
                header_file.check_seal(generation.header, seal_key(data_key))
            except VaultDamaged:
                generation.problem = "its copy of the key slots was changed"
                continue
            return _opened(backup_dir, data_key, generations)
    if not tried:
        raise BackupDamaged([f"{g.name}: {g.problem}" for g in generations])
    what = "passphrase" if kind == "passphrase" else "recovery code"
    raise WrongSecret(
        f"Wrong {what} for this backup (it opens with the passphrase the vault had when a "
        "backup was made, or with the recovery code).",
        kind,
    )


def _opened(directory: Path, data_key: bytes, generations: list[Generation]) -> OpenedBackup:
    keys = BackupKeys.from_data_key(data_key)
    mine = [g for g in generations if g.tag in (keys.tag, b"")]
    for generation in mine:
        generation.open(keys)
    return OpenedBackup(directory, data_key, keys, mine)


def earlier_parts(backup_dir: Path, keys: BackupKeys) -> dict[str, Part]:
    """Every object listed by a complete generation of this vault, by object name (what
    a new backup may reuse without copying)."""
    known: dict[str, Part] = {}
    for generation in read_all(backup_dir):
        if generation.tag != keys.tag:
            continue
        generation.open(keys)
        if generation.manifest is not None:
            for part in generation.manifest.blobs:
                known.setdefault(part.object, part)
    return known
