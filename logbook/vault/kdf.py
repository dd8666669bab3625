"""Argon2id key derivation, calibrated on the user's machine (DESIGN.md §3).

Parameters live in the vault header beside each key slot, so a vault made on a fast
desktop still opens on a slow laptop (just more slowly). Memory never goes below 64 MiB.

Calibration is memory first: memory is what costs an attacker's GPUs and ASICs the most,
so :func:`calibrate` takes as much of it as the machine allows within reason (up to
1 GiB, never more than a quarter of the RAM) while at least three passes still fit in
the target time, and only then adds passes to reach that time.

:class:`KdfParams` checks its bounds when it is made, so parameters read from a tampered
header (1 TiB of memory, a float for the passes) are refused with a ``ValueError`` naming
the parameter and its range before any derivation is attempted, and the header reader
reports the header as damaged instead of failing inside Argon2 (MemoryError, TypeError).
"""

from __future__ import annotations

import ctypes
import functools
import math
import os
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KIB_PER_MIB = 1024
KIB_PER_GIB = 1024 * 1024

KEY_BYTES = 32
TARGET_SECONDS = 0.75
"""What :func:`calibrate` aims for: the middle of the 0.5–1 s unlock the README promises."""

# Bounds a vault header must respect. They are wider than anything Logbook writes (a
# vault made on a big machine may have been calibrated differently, and an older
# calibration went up to 64 passes), but narrow enough that a tampered header cannot ask
# for more memory or time than a desktop has.
MIN_MEMORY_KIB = 64 * KIB_PER_MIB
MAX_MEMORY_KIB = 4 * KIB_PER_GIB
MIN_ITERATIONS = 1
MAX_ITERATIONS = 64
MIN_LANES = 1
MAX_LANES = 16

# What calibration chooses within those bounds.
CALIBRATION_MAX_MEMORY_KIB = 1 * KIB_PER_GIB
"""Calibration's ceiling: more costs the user's machine (and any slower machine the vault
is later opened on) more than it costs an attacker."""
MEMORY_STEP_KIB = 64 * KIB_PER_MIB
"""Calibrated memory is a multiple of this: 64, 128, …, 1024 MiB."""
MIN_CALIBRATED_ITERATIONS = 3
"""At least three passes whatever the memory: 64 MiB × 3 passes × 4 lanes is RFC 9106 §4's
recommended choice where memory is scarce, and the weakest calibration returns."""
LANES = 4
"""RFC 9106's recommended parallelism."""
RAM_FRACTION = 4
"""Calibration never takes more than 1/RAM_FRACTION of the physical memory."""
ASSUMED_RAM_BYTES = 2 * 1024**3
"""What calibration assumes when the RAM cannot be read: a small laptop, so at most
512 MiB."""
PROBE_GROWTH = 4
"""A probe asks for at most this many times the memory of the last one that fitted, so a
wrong extrapolation costs a fraction of a second, not several seconds."""
MAX_PROBES = 4
"""Memory probes after the first (64 MiB → 256 MiB → 1 GiB takes two)."""

Measure = Callable[["KdfParams"], float]
"""Seconds one derivation with these parameters takes (injected by tests)."""


def _whole_number(name: str, value: object) -> int:
    # bool is an int subclass, and JSON has no integer type of its own: ``true`` or
    # ``3.0`` in a header would otherwise pass as 1 or reach Argon2 as a float.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"Argon2id {name} must be a whole number, not {type(value).__name__}")
    return value


def _in_range(name: str, value: int, low: int, high: int, unit: str = "") -> None:
    if not low <= value <= high:
        raise ValueError(f"Argon2id {name} must be between {low} and {high}{unit}, not {value}")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, valid by construction.

    ``memory_kib`` is in KiB (Argon2's unit), ``iterations`` is the number of passes over
    that memory, ``lanes`` its parallelism. Raises ``ValueError`` naming the parameter
    and its allowed range if any is not a plain ``int`` (``bool`` and ``float`` are
    refused) or is outside [MIN_MEMORY_KIB, MAX_MEMORY_KIB], [MIN_ITERATIONS,
    MAX_ITERATIONS] or [MIN_LANES, MAX_LANES].
    """

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_CALIBRATED_ITERATIONS
    lanes: int = LANES

    def __post_init__(self) -> None:
        memory = _whole_number("memory", self.memory_kib)
        iterations = _whole_number("iterations", self.iterations)
        lanes = _whole_number("lanes", self.lanes)
        _in_range("memory", memory, MIN_MEMORY_KIB, MAX_MEMORY_KIB, " KiB (64 MiB to 4 GiB)")
        _in_range("iterations", iterations, MIN_ITERATIONS, MAX_ITERATIONS)
        _in_range("lanes", lanes, MIN_LANES, MAX_LANES)


def describe(params: KdfParams) -> str:
    """One line for ``logbook verify`` and the README, e.g.
    ``"Argon2id, 512 MiB, 3 passes, 4 lanes"``."""
    return (
        f"Argon2id, {_memory_text(params.memory_kib)}, "
        f"{_count(params.iterations, 'pass', 'passes')}, {_count(params.lanes, 'lane', 'lanes')}"
    )


def _memory_text(kib: int) -> str:
    if kib % KIB_PER_GIB == 0:
        return f"{kib // KIB_PER_GIB} GiB"
    if kib % KIB_PER_MIB == 0:
        return f"{kib // KIB_PER_MIB} MiB"
    return f"{kib} KiB"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


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


def physical_memory_bytes() -> int | None:
    """The machine's physical RAM in bytes, or ``None`` if it cannot be read.

    No dependency: ``sysconf`` on Linux and macOS, ``GlobalMemoryStatusEx`` on Windows.
    """
    try:
        if sys.platform == "win32":
            return _windows_physical_memory()
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, OSError, ValueError):
        return None
    if pages <= 0 or page_size <= 0:  # sysconf answers -1 for "unknown"
        return None
    return pages * page_size


def _windows_physical_memory() -> int | None:
    if sys.platform != "win32":  # only called there; this tells the type checker too
        return None

    class MemoryStatusEx(ctypes.Structure):
        _fields_ = [  # the layout of MEMORYSTATUSEX, field by field
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatusEx()
    status.dwLength = ctypes.sizeof(MemoryStatusEx)
    kernel32 = ctypes.WinDLL("kernel32")  # exists on Windows only
    if not kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.ullTotalPhys) or None


def memory_ceiling_kib(ram_bytes: int | None) -> int:
    """The most memory calibration may use on a machine with ``ram_bytes`` of RAM.

    A multiple of MEMORY_STEP_KIB in [MIN_MEMORY_KIB, CALIBRATION_MAX_MEMORY_KIB] and at
    most a quarter of the RAM, except that the 64 MiB floor wins on a machine with less
    than 256 MiB (Logbook does not run there anyway). Unknown RAM counts as
    ASSUMED_RAM_BYTES.
    """
    ram = ASSUMED_RAM_BYTES if ram_bytes is None or ram_bytes <= 0 else ram_bytes
    quarter_kib = ram // RAM_FRACTION // 1024
    return max(MIN_MEMORY_KIB, min(CALIBRATION_MAX_MEMORY_KIB, _step_down(quarter_kib)))


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    *,
    ram_bytes: int | None = None,
    measure: Measure | None = None,
) -> KdfParams:
    """Parameters for which one derivation takes about ``target_seconds`` here.

    Memory first: the largest multiple of 64 MiB up to :func:`memory_ceiling_kib` at
    which three passes were *measured* to fit in ``target_seconds`` (three passes, not
    one pass times three, because the first pass also pays for allocating and touching
    the memory). Probing starts at 64 MiB and extrapolates linearly from the latest
    measurement, at most ×4 per probe, so no probe costs much more than the target.
    Then passes (at least 3, at most MAX_ITERATIONS) are scaled to the target and
    corrected once against a real measurement, since time is not quite linear in them.

    On a machine so slow that three passes at 64 MiB already exceed the target, the
    result is 64 MiB × 3 passes (RFC 9106's choice for memory-constrained settings):
    unlocking takes longer than the target rather than getting weaker.

    ``ram_bytes`` defaults to :func:`physical_memory_bytes`; ``measure`` (seconds one
    derivation takes) defaults to timing a real one. Tests inject both to stand for
    other machines. Calibration costs two to four derivations: 1–2.5 s on the project's
    2-core reference machine.
    """
    if not (math.isfinite(target_seconds) and target_seconds > 0):
        raise ValueError(f"target_seconds must be a positive number, not {target_seconds!r}")
    if ram_bytes is None:
        ram_bytes = physical_memory_bytes()
    timed = measure or _time_one
    ceiling = memory_ceiling_kib(ram_bytes)

    def three_passes(memory_kib: int) -> float:
        return timed(KdfParams(memory_kib, MIN_CALIBRATED_ITERATIONS, LANES))

    memory = MIN_MEMORY_KIB  # the largest memory measured to fit (or the floor)
    seconds = three_passes(memory)
    too_much = ceiling + MEMORY_STEP_KIB  # the smallest memory measured not to fit
    last_memory, last_seconds = memory, seconds
    for _ in range(MAX_PROBES):
        limit = min(ceiling, memory * PROBE_GROWTH, too_much - MEMORY_STEP_KIB)
        candidate = min(limit, _extrapolate(last_memory, last_seconds, target_seconds))
        if candidate <= memory:
            break
        candidate_seconds = three_passes(candidate)
        if candidate_seconds <= target_seconds:
            memory, seconds = candidate, candidate_seconds
        else:
            too_much = candidate
        last_memory, last_seconds = candidate, candidate_seconds

    iterations = _scale(MIN_CALIBRATED_ITERATIONS, seconds, target_seconds)
    if iterations > MIN_CALIBRATED_ITERATIONS:
        # Scaling from three passes charges every pass for allocating the memory, which
        # happens once, and time is not quite linear anyway: measure once and correct.
        measured = timed(KdfParams(memory, iterations, LANES))
        iterations = _scale(iterations, measured, target_seconds)
    return KdfParams(memory, iterations, LANES)


@functools.cache
def machine_params() -> KdfParams:
    """This machine's :func:`calibrate`, measured once per process: what every new key
    slot takes, whatever an older slot had (a header whose parameters were lowered must
    not pass them on to the slot that replaces it)."""
    return calibrate()


def _extrapolate(memory_kib: int, seconds: float, target_seconds: float) -> int:
    """The largest memory step that linear scaling of one measurement fits in the target."""
    if seconds <= 0:  # a coarse clock read no time at all: anything fits
        return CALIBRATION_MAX_MEMORY_KIB
    return _step_down(int(memory_kib * target_seconds / seconds))


def _step_down(kib: int) -> int:
    return kib // MEMORY_STEP_KIB * MEMORY_STEP_KIB


def _scale(iterations: int, seconds: float, target_seconds: float) -> int:
    """Passes that take ``target_seconds`` if ``iterations`` took ``seconds``, clamped to
    [MIN_CALIBRATED_ITERATIONS, MAX_ITERATIONS]."""
    wanted = MAX_ITERATIONS if seconds <= 0 else round(iterations * target_seconds / seconds)
    return max(MIN_CALIBRATED_ITERATIONS, min(MAX_ITERATIONS, wanted))


def _time_one(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration", b"\0" * 16, params)
    return time.perf_counter() - start
