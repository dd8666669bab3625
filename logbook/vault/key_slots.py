"""Key slots: the vault's random data key, wrapped under a key derived from a secret.

There is one slot per way in (the passphrase, the recovery code). Each has its own salt
and Argon2id parameters, and wraps the same 256-bit data key with AES-256-GCM. What the
slot says about itself — its kind, its KDF parameters and the header format — is bound as
associated data, so a slot opens only as written: a slot relabelled as the other kind is
found out (:func:`opens_as`). Changing the passphrase rewraps one slot; the data
(encrypted under the data key) is never re-encrypted.

Slots written by format 1 (``aad == 1``) bind only their kind; they stay valid after the
header is upgraded, and are rewritten in the new form when their secret changes.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from logbook.vault.kdf import KdfParams, derive

SLOT_KINDS = ("passphrase", "recovery")
AAD_VERSION = 2
_AAD_V1_PREFIX = b"logbook.vault/1 key slot "


@dataclass(frozen=True)
class KeySlot:
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    aad: int = AAD_VERSION  # 1: a slot written by format 1 (binds only its kind)


def associated_data(kind: str, kdf: KdfParams, aad: int = AAD_VERSION) -> bytes:
    """What a slot of ``kind`` with ``kdf`` binds to its wrapped key."""
    if aad == 1:
        return _AAD_V1_PREFIX + kind.encode()
    bound = {
        "format": "logbook.vault/2 key slot",
        "kind": kind,
        "kdf": ["argon2id", kdf.memory_kib, kdf.iterations, kdf.lanes],
    }
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def make_slot(kind: str, secret: str, data_key: bytes, params: KdfParams) -> KeySlot:
    """Wrap ``data_key`` under ``secret``. Runs Argon2id: slow, off the GUI thread."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping_key = derive(secret, salt, params)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, associated_data(kind, params))
    return KeySlot(kind, params, salt, nonce, wrapped)


def opens_as(slot: KeySlot, secret: str) -> tuple[str, bytes] | None:
    """``(kind, data key)`` if ``secret`` opens ``slot`` as a slot of ``kind`` — its own
    kind unless the slot was relabelled — else ``None``. Runs Argon2id once."""
    wrapping_key = AESGCM(derive(secret, slot.salt, slot.kdf))
    kinds = [slot.kind, *(k for k in SLOT_KINDS if k != slot.kind)]
    for kind in kinds:
        try:
            aad = associated_data(kind, slot.kdf, slot.aad)
            return kind, wrapping_key.decrypt(slot.nonce, slot.wrapped_key, aad)
        except InvalidTag:
            continue
    return None


def open_slot(slot: KeySlot, secret: str) -> bytes | None:
    """The data key if ``secret`` opens ``slot`` as written, else ``None``. Runs Argon2id."""
    opened = opens_as(slot, secret)
    return opened[1] if opened is not None and opened[0] == slot.kind else None
