"""Emitting a Qt signal from Python without PySide6 6.12's lost reference to ``True``.

PySide6 6.12.0's ``SignalInstance.emit`` gives back one reference to ``True`` it never
took: every emit from Python lowers ``True``'s reference count by one. ``True`` is not
immortal before Python 3.12, so after some thousands of emits the interpreter aborts
("bool_dealloc: deallocating True or False"); the vault's operations emit several times
per read. :func:`emit` measures the loss once, on a probe, and returns what was taken;
where PySide does not lose the reference (or ``True`` is immortal) it measures nothing
and returns nothing. Every emit in the app goes through here.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_PROBES = 16
_lost: int | None = None


class _Probe(QObject):
    ping = Signal(int)


def _measure() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit(0)
    lost = (before - sys.getrefcount(True)) // _PROBES
    _give_back(lost * _PROBES)
    return max(lost, 0)


def _give_back(count: int) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, keeping ``True``'s reference count whole (any thread)."""
    global _lost
    if _lost is None:
        _lost = _measure()
    signal.emit(*args)
    _give_back(_lost)


def references_lost_per_emit() -> int:
    """What one bare ``emit`` costs ``True`` here (0 on a PySide without the bug)."""
    if _lost is None:
        emit(_Probe().ping, 0)
    assert _lost is not None
    return _lost
