"""The vault header: format version and key slots, in a small JSON file.

It holds no case data: only Argon2id parameters, salts, nonces and wrapped keys. A
SHA-256 checksum over the rest tells a damaged header apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from logbook.core.errors import VaultDamaged
from logbook.vault.atomic import write_atomic
from logbook.vault.kdf import KdfParams
from logbook.vault.key_slots import SLOT_KINDS, KeySlot

FORMAT = "logbook.vault/1"
# salt for Argon2id, AES-GCM nonce, and the 32-byte data key plus its 16-byte tag.
_SLOT_FIELD_SIZES = {"salt": 16, "nonce": 12, "wrapped_key": 48}


@dataclass(frozen=True)
class Header:
    slots: tuple[KeySlot, ...]

    def slots_of(self, kind: str) -> list[KeySlot]:
        return [slot for slot in self.slots if slot.kind == kind]

    def with_slot(self, new: KeySlot) -> Header:
        """A header whose slots of ``new.kind`` are replaced by ``new``."""
        return Header((*(s for s in self.slots if s.kind != new.kind), new))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def encode(header: Header) -> bytes:
    body = {
        "format": FORMAT,
        "slots": [
            {
                "kind": s.kind,
                "kdf": {
                    "algorithm": "argon2id",
                    "memory_kib": s.kdf.memory_kib,
                    "iterations": s.kdf.iterations,
                    "lanes": s.kdf.lanes,
                },
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped_key": _b64(s.wrapped_key),
            }
            for s in header.slots
        ],
    }
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    return json.dumps(body, indent=2).encode("utf-8") + b"\n"


def decode(data: bytes) -> Header:
    """Parse a header; raise :class:`VaultDamaged` saying what is wrong with it."""
    try:
        body = json.loads(data.decode("utf-8"))
        checksum = body.pop("checksum")
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError, KeyError, TypeError):
        raise VaultDamaged("header", "it is not a readable Logbook header") from None
    if hashlib.sha256(_canonical(body)).hexdigest() != checksum:
        raise VaultDamaged("header", "its checksum does not match (the file was altered)")
    if body.get("format") != FORMAT:
        raise VaultDamaged("header", f"unknown format {body.get('format')!r}")
    try:
        slots = tuple(_decode_slot(raw) for raw in body["slots"])
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultDamaged("header", f"a key slot is malformed ({exc})") from None
    return Header(slots)


def _decode_slot(raw: dict) -> KeySlot:
    if raw["kind"] not in SLOT_KINDS or raw["kdf"]["algorithm"] != "argon2id":
        raise ValueError("unknown slot kind or algorithm")
    kdf = KdfParams(raw["kdf"]["memory_kib"], raw["kdf"]["iterations"], raw["kdf"]["lanes"])
    fields = {}
    for name, size in _SLOT_FIELD_SIZES.items():
        fields[name] = base64.b64decode(raw[name], validate=True)
        if len(fields[name]) != size:
            raise ValueError(f"{name} has {len(fields[name])} bytes, not {size}")
    return KeySlot(raw["kind"], kdf, **fields)


def read(path: Path) -> Header:
    try:
        return decode(path.read_bytes())
    except FileNotFoundError:
        raise VaultDamaged("header", f"{path.name} is missing") from None
    except OSError as exc:
        raise VaultDamaged("header", f"{path.name} cannot be read ({exc.strerror})") from None


def write(path: Path, header: Header) -> None:
    write_atomic(path, encode(header), "the vault header")
