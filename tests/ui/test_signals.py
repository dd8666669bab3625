"""Every emit goes through logbook.ui.signals.emit, which gives back the reference to
``True`` that PySide6 6.12's emit loses (the interpreter aborts once none are left)."""

from __future__ import annotations

import ctypes
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from logbook.ui.signals import emit, references_lost_per_emit

UI = Path(__file__).resolve().parents[2] / "logbook" / "ui"


class _Source(QObject):
    pinged = Signal(object)


def test_emitting_through_the_helper_keeps_true_alive(qapp) -> None:
    source = _Source()
    source.pinged.connect(lambda _: None)
    before = sys.getrefcount(True)
    for _ in range(5000):
        emit(source.pinged, None)
    assert abs(sys.getrefcount(True) - before) < 10


def test_a_bare_emit_is_what_loses_the_reference(qapp) -> None:
    """The guard against the check above passing for nothing: on this PySide, emitting
    directly lowers the count (skipped on a PySide without the bug)."""
    if references_lost_per_emit() == 0:
        pytest.skip("this PySide keeps True's references")
    source = _Source()
    before = sys.getrefcount(True)
    for _ in range(100):
        source.pinged.emit(None)
    after = sys.getrefcount(True)
    emit_back = 100 * references_lost_per_emit()
    for _ in range(emit_back):  # give back what the bare emits took, for later tests
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    assert before - after == emit_back


def test_no_code_emits_directly() -> None:
    bare = re.compile(r"\.emit\(")
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "signals.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert found == [], "use logbook.ui.signals.emit"
