"""Key slots: the vault's random data key, wrapped under a key derived from a secret.

There is one slot per way in (the passphrase, the recovery code). Each has its own salt
and Argon2id parameters, and wraps the same 256-bit data key with AES-256-GCM; the slot
kind is bound as associated data so slots cannot be swapped. Changing the passphrase
rewraps one slot; the data (encrypted under the data key) is never re-encrypted.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from logbook.vault.kdf import KdfParams, derive

SLOT_KINDS = ("passphrase", "recovery")
_AAD_PREFIX = b"logbook.vault/1 key slot "


@dataclass(frozen=True)
class KeySlot:
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def make_slot(kind: str, secret: str, data_key: bytes, params: KdfParams) -> KeySlot:
    """Wrap ``data_key`` under ``secret``. Runs Argon2id: slow, off the GUI thread."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping_key = derive(secret, salt, params)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, _AAD_PREFIX + kind.encode())
    return KeySlot(kind, params, salt, nonce, wrapped)


def open_slot(slot: KeySlot, secret: str) -> bytes | None:
    """The data key if ``secret`` opens ``slot``, else ``None``. Runs Argon2id."""
    wrapping_key = derive(secret, slot.salt, slot.kdf)
    try:
        return AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.wrapped_key, _AAD_PREFIX + slot.kind.encode()
        )
    except InvalidTag:
        return None
