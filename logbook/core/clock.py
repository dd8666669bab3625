"""Injectable time, so tests (audit timestamps, auto-lock) never wait or depend on now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""A callable returning an aware UTC ``datetime``."""


def system_clock() -> datetime:
    return datetime.now(UTC)
