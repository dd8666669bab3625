"""Argon2id parameters: their bounds, their description, and memory-first calibration.

Calibration is tested on simulated machines (RAM and the time a derivation takes are
injected), so the invariants are checked for small and big, slow and fast machines in
milliseconds; one slow test calibrates for real on this machine.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import pytest

from logbook.vault import kdf
from logbook.vault.kdf import (
    CALIBRATION_MAX_MEMORY_KIB,
    KIB_PER_GIB,
    KIB_PER_MIB,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    MEMORY_STEP_KIB,
    MIN_CALIBRATED_ITERATIONS,
    MIN_MEMORY_KIB,
    TARGET_SECONDS,
    KdfParams,
    calibrate,
    derive,
    describe,
    memory_ceiling_kib,
    physical_memory_bytes,
)

GIB = 1024**3
MIB = 1024**2

# The README's promise for one unlock derivation.
UNLOCK_RANGE = (0.5, 1.0)


# Bounds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        # a tampered header's absurd memory: 1 TiB, and just past the limits
        ({"memory_kib": 1024 * KIB_PER_GIB}, ["memory", "between 65536 and 4194304 KiB"]),
        ({"memory_kib": MAX_MEMORY_KIB + 1}, ["memory", "between 65536 and 4194304 KiB"]),
        ({"memory_kib": MIN_MEMORY_KIB - 1}, ["memory", "between 65536 and 4194304 KiB"]),
        ({"memory_kib": 0}, ["memory", "between"]),
        ({"memory_kib": -MIN_MEMORY_KIB}, ["memory", "between"]),
        ({"memory_kib": float(MIN_MEMORY_KIB)}, ["memory", "whole number", "float"]),
        ({"memory_kib": str(MIN_MEMORY_KIB)}, ["memory", "whole number", "str"]),
        ({"memory_kib": None}, ["memory", "whole number", "NoneType"]),
        ({"iterations": 3.0}, ["iterations", "whole number", "float"]),
        ({"iterations": 3.5}, ["iterations", "whole number", "float"]),
        ({"iterations": math.inf}, ["iterations", "whole number", "float"]),
        ({"iterations": True}, ["iterations", "whole number", "bool"]),
        ({"iterations": "3"}, ["iterations", "whole number", "str"]),
        ({"iterations": 0}, ["iterations", "between 1 and 64"]),
        ({"iterations": MAX_ITERATIONS + 1}, ["iterations", "between 1 and 64"]),
        ({"iterations": 10**9}, ["iterations", "between 1 and 64"]),
        ({"lanes": 0}, ["lanes", "between 1 and 16"]),
        ({"lanes": MAX_LANES + 1}, ["lanes", "between 1 and 16"]),
        ({"lanes": 4.0}, ["lanes", "whole number", "float"]),
        ({"lanes": False}, ["lanes", "whole number", "bool"]),
        ({"lanes": [4]}, ["lanes", "whole number", "list"]),
    ],
)
def test_out_of_bounds_parameters_are_refused_before_any_derivation(
    kwargs: dict[str, object], words: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_derivation(**_: object) -> None:
        raise AssertionError("Argon2id was reached with parameters that should be refused")

    monkeypatch.setattr(kdf, "Argon2id", no_derivation)
    with pytest.raises(ValueError) as refused:
        derive("passphrase", b"\0" * 16, KdfParams(**kwargs))  # type: ignore[arg-type]
    message = str(refused.value)
    for word in words:
        assert word in message, message


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(MIN_MEMORY_KIB, 1, 1),  # the tests' FAST_KDF shape
        KdfParams(MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES),
        KdfParams(),
    ],
)
def test_parameters_at_the_bounds_are_accepted(params: KdfParams) -> None:
    assert MIN_MEMORY_KIB <= params.memory_kib <= MAX_MEMORY_KIB


def test_defaults_are_the_weakest_calibration_result() -> None:
    assert KdfParams() == KdfParams(MIN_MEMORY_KIB, MIN_CALIBRATED_ITERATIONS, 4)


def test_the_floor_derives_a_key() -> None:
    key = derive("passphrase", b"\1" * 16, KdfParams(MIN_MEMORY_KIB, 1, 1))
    assert len(key) == 32
    assert key == derive("passphrase", b"\1" * 16, KdfParams(MIN_MEMORY_KIB, 1, 1))


# describe ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "text"),
    [
        (KdfParams(512 * KIB_PER_MIB, 3, 4), "Argon2id, 512 MiB, 3 passes, 4 lanes"),
        (KdfParams(KIB_PER_GIB, 1, 1), "Argon2id, 1 GiB, 1 pass, 1 lane"),
        (KdfParams(1536 * KIB_PER_MIB, 5, 2), "Argon2id, 1536 MiB, 5 passes, 2 lanes"),
        (KdfParams(MIN_MEMORY_KIB + 1, 3, 4), "Argon2id, 65537 KiB, 3 passes, 4 lanes"),
        (KdfParams(MAX_MEMORY_KIB, 64, 16), "Argon2id, 4 GiB, 64 passes, 16 lanes"),
    ],
)
def test_describe_names_memory_passes_and_lanes(params: KdfParams, text: str) -> None:
    assert describe(params) == text


# RAM ---------------------------------------------------------------------------------


def test_physical_memory_is_read_here() -> None:
    ram = physical_memory_bytes()
    assert ram is not None
    assert 256 * MIB <= ram <= 64 * 1024 * GIB


@pytest.mark.parametrize("answer", [-1, 0])
def test_unknown_sysconf_answer_means_unknown_ram(
    answer: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf.sys, "platform", "linux")
    monkeypatch.setattr(kdf.os, "sysconf", lambda name: answer)
    assert physical_memory_bytes() is None


def test_missing_sysconf_name_means_unknown_ram(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(name: str) -> int:
        raise ValueError(f"unrecognized configuration name {name}")

    monkeypatch.setattr(kdf.sys, "platform", "linux")
    monkeypatch.setattr(kdf.os, "sysconf", no_such_name)
    assert physical_memory_bytes() is None


@pytest.mark.parametrize(
    ("ram_bytes", "ceiling_mib"),
    [
        (None, 512),  # unknown: assume a 2 GiB laptop
        (0, 512),
        (128 * MIB, 64),  # a quarter is below the floor: the floor wins
        (1 * GIB, 256),
        (1000 * MIB, 192),  # a quarter is 250 MiB: rounded down to a 64 MiB step
        (2 * GIB, 512),
        (3 * GIB, 768),
        (4 * GIB, 1024),
        (64 * GIB, 1024),  # never above 1 GiB
    ],
)
def test_memory_ceiling_is_a_quarter_of_ram_within_64_mib_and_1_gib(
    ram_bytes: int | None, ceiling_mib: int
) -> None:
    assert memory_ceiling_kib(ram_bytes) == ceiling_mib * KIB_PER_MIB


# Calibration on simulated machines ---------------------------------------------------


@dataclass
class Machine:
    """A simulated computer: its RAM, and how long a derivation takes on it.

    A derivation costs ``touch`` seconds per GiB once (allocating and first touching the
    memory) plus ``per_pass`` seconds per GiB per pass, times ``(GiB)**exponent`` - 1 for
    an exponent above 1, so that bigger memory is slower per GiB (caches, a VM's memory),
    which linear extrapolation does not foresee.
    """

    ram_bytes: int | None
    per_pass: float
    touch: float = 0.0
    exponent: float = 1.0
    measured: list[tuple[KdfParams, float]] = field(default_factory=list)

    def seconds(self, params: KdfParams) -> float:
        gib = params.memory_kib / KIB_PER_GIB
        scale = gib * (gib / (MIN_MEMORY_KIB / KIB_PER_GIB)) ** (self.exponent - 1)
        return scale * (self.touch + params.iterations * self.per_pass)

    def __call__(self, params: KdfParams) -> float:
        seconds = self.seconds(params)
        self.measured.append((params, seconds))
        return seconds

    def calibrate(self, target: float = TARGET_SECONDS) -> KdfParams:
        return calibrate(target, ram_bytes=self.ram_bytes, measure=self)


FLOOR_3 = KdfParams(MIN_MEMORY_KIB, 3, 4)


def test_a_big_fast_machine_gets_1_gib_and_passes_to_reach_the_target() -> None:
    machine = Machine(ram_bytes=64 * GIB, per_pass=0.08)  # a pass over 1 GiB: 80 ms

    params = machine.calibrate()

    assert params.memory_kib == CALIBRATION_MAX_MEMORY_KIB
    assert params.iterations > MIN_CALIBRATED_ITERATIONS
    assert UNLOCK_RANGE[0] <= machine.seconds(params) <= UNLOCK_RANGE[1]


def test_a_2_gib_machine_never_gets_more_than_a_quarter_of_its_ram() -> None:
    machine = Machine(ram_bytes=2 * GIB, per_pass=0.08)

    params = machine.calibrate()

    assert params.memory_kib == 512 * KIB_PER_MIB
    assert all(p.memory_kib <= 512 * KIB_PER_MIB for p, _ in machine.measured)
    assert UNLOCK_RANGE[0] <= machine.seconds(params) <= UNLOCK_RANGE[1]


def test_a_machine_with_unknown_ram_is_treated_as_a_2_gib_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kdf, "physical_memory_bytes", lambda: None)
    machine = Machine(ram_bytes=None, per_pass=0.08)

    assert machine.calibrate().memory_kib == 512 * KIB_PER_MIB


def test_the_real_ram_is_asked_for_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "physical_memory_bytes", lambda: 1 * GIB)
    machine = Machine(ram_bytes=None, per_pass=0.08)

    assert machine.calibrate().memory_kib == 256 * KIB_PER_MIB


def test_a_middling_machine_gets_the_most_memory_at_which_three_passes_fit() -> None:
    # 3 passes over 1 GiB would take 3 s: memory, not passes, gives way.
    machine = Machine(ram_bytes=16 * GIB, per_pass=1.0)

    params = machine.calibrate()

    assert MIN_MEMORY_KIB < params.memory_kib < CALIBRATION_MAX_MEMORY_KIB
    assert machine.seconds(KdfParams(params.memory_kib, 3)) <= TARGET_SECONDS
    one_step_more = KdfParams(params.memory_kib + MEMORY_STEP_KIB, 3)
    assert machine.seconds(one_step_more) > TARGET_SECONDS
    assert params.iterations >= MIN_CALIBRATED_ITERATIONS
    assert UNLOCK_RANGE[0] <= machine.seconds(params) <= UNLOCK_RANGE[1]


def test_a_very_slow_machine_keeps_64_mib_and_3_passes_and_is_measured_once() -> None:
    # 3 passes over 64 MiB take 1.9 s: the target cannot be met without weakening.
    machine = Machine(ram_bytes=4 * GIB, per_pass=10.0)

    params = machine.calibrate()

    assert params == FLOOR_3
    assert [p for p, _ in machine.measured] == [FLOOR_3]


def test_the_first_pass_paying_for_the_memory_does_not_cost_memory() -> None:
    # Allocating and touching the memory costs as much as three passes. One pass timed
    # and multiplied by three would count it three times and settle lower.
    machine = Machine(ram_bytes=16 * GIB, per_pass=0.24, touch=0.75)

    params = machine.calibrate()

    assert params.memory_kib == 512 * KIB_PER_MIB  # one pass × 3 would settle at 192 MiB
    assert machine.seconds(KdfParams(params.memory_kib, 3)) <= TARGET_SECONDS


MACHINES = [
    Machine(ram_bytes=ram, per_pass=per_pass, touch=touch * per_pass, exponent=exponent)
    for ram, per_pass, touch, exponent in itertools.product(
        [None, 128 * MIB, 1 * GIB, 2 * GIB, 3 * GIB, 8 * GIB, 64 * GIB],
        [0.002, 0.03, 0.1, 0.3, 0.6, 1.2, 2.5, 4.0, 12.0, 40.0],
        [0.0, 0.5, 3.0],
        [1.0, 1.3],
    )
]


@pytest.mark.parametrize("target", [0.5, TARGET_SECONDS, 1.0])
def test_calibration_invariants_on_many_machines(
    target: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf, "physical_memory_bytes", lambda: None)  # None: RAM unknown
    for template in MACHINES:
        machine = Machine(template.ram_bytes, template.per_pass, template.touch, template.exponent)
        params = machine.calibrate(target)
        where = f"{machine} at {target} s: {describe(params)}"

        ceiling = memory_ceiling_kib(machine.ram_bytes)
        assert MIN_MEMORY_KIB <= params.memory_kib <= ceiling, where
        assert params.memory_kib <= CALIBRATION_MAX_MEMORY_KIB, where
        if machine.ram_bytes is not None and machine.ram_bytes >= 4 * MIN_MEMORY_KIB * 1024:
            assert params.memory_kib * 1024 <= machine.ram_bytes // 4, where
        assert params.memory_kib % MEMORY_STEP_KIB == 0, where
        assert MIN_CALIBRATED_ITERATIONS <= params.iterations <= MAX_ITERATIONS, where
        assert params.lanes == 4, where

        three_at_floor = machine.seconds(FLOOR_3)
        if three_at_floor > target:
            assert params == FLOOR_3, where  # slow machine: the floor, never weaker
            continue
        # Memory is only ever raised to what was measured to fit three passes.
        assert machine.seconds(KdfParams(params.memory_kib, 3)) <= target, where
        # Passes land near the target unless the 64-pass cap stops them.
        seconds = machine.seconds(params)
        if params.iterations < MAX_ITERATIONS:
            assert 0.7 * target <= seconds <= 1.3 * target, where
        else:
            assert seconds <= 1.3 * target, where

        # Calibration stays quick: a few probes, none much longer than the target.
        probes = [s for _, s in machine.measured]
        assert len(probes) <= 2 + kdf.MAX_PROBES, where
        assert max(probes) <= 2 * target, where
        assert sum(probes) <= 4 * target, where


def test_a_clock_that_reads_no_time_does_not_break_calibration() -> None:
    params = calibrate(ram_bytes=8 * GIB, measure=lambda params: 0.0)

    assert params == KdfParams(CALIBRATION_MAX_MEMORY_KIB, MAX_ITERATIONS, 4)


@pytest.mark.parametrize("target", [0.0, -1.0, math.nan, math.inf])
def test_a_meaningless_target_is_refused(target: float) -> None:
    with pytest.raises(ValueError, match="target_seconds"):
        calibrate(target, ram_bytes=8 * GIB, measure=lambda params: 0.1)


# Calibration on this machine ---------------------------------------------------------


@pytest.mark.slow
def test_real_calibration_gives_parameters_within_the_bounds() -> None:
    """Calibrate for real here: the result keeps every rule. How long an unlock then takes
    is a benchmark's to say (``bench/bench_vault.py``, "unlock: key derivation" in the
    README), not a timing assertion on a shared machine."""
    params = calibrate()
    assert MIN_MEMORY_KIB <= params.memory_kib <= memory_ceiling_kib(physical_memory_bytes())
    assert params.iterations >= MIN_CALIBRATED_ITERATIONS
    assert describe(params).startswith("Argon2id, ")
