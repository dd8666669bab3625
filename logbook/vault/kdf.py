"""Argon2id key derivation, calibrated on the user's machine (DESIGN.md §3).

Parameters live in the vault header beside each key slot, so a vault made on a fast
desktop still opens on a slow laptop (just more slowly). Memory never goes below 64 MiB.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
KEY_BYTES = 32
TARGET_SECONDS = 0.75
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB:
            raise ValueError(f"Argon2id memory must be at least {MIN_MEMORY_KIB} KiB")
        if not 1 <= self.iterations <= MAX_ITERATIONS or not 1 <= self.lanes <= 16:
            raise ValueError("Argon2id iterations or lanes out of range")


def secret_bytes(secret: str) -> bytes:
    """UTF-8 of the NFC form: the same passphrase typed on any keyboard gives one key
    (``й`` may arrive precomposed or as ``и`` + combining breve)."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit key. Slow on purpose: never call it on the GUI thread."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret_bytes(secret))


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters for which one derivation takes about ``target_seconds`` here.

    A machine fast enough at the minimum memory gets more memory first (what costs an
    attacker's GPUs the most), then passes are scaled from a probe and corrected once
    against a real measurement, since the cost of a pass is not quite linear.
    """
    memory = MIN_MEMORY_KIB
    seconds = _time_one(KdfParams(memory, 1))
    while seconds * 8 < target_seconds and memory < 4 * MIN_MEMORY_KIB:
        memory *= 2
        seconds = _time_one(KdfParams(memory, 1))
    iterations = _clamp(round(target_seconds / seconds))
    measured = _time_one(KdfParams(memory, iterations))
    return KdfParams(memory, _clamp(round(iterations * target_seconds / measured)))


def _clamp(iterations: int) -> int:
    return max(2, min(MAX_ITERATIONS, iterations))


def _time_one(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration", b"\0" * 16, params)
    return time.perf_counter() - start
