"""Unexpected errors never print their message (it may quote case data), and Qt's file
dialog forgets the folders it visited."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QFileDialog

from logbook.ui import crash_guard, dialogs

CANARY = "Айгерим Секербаева"


def _raise() -> None:
    raise ValueError(f"UNIQUE constraint failed near {CANARY!r}")


def test_report_names_type_and_place_but_not_the_message() -> None:
    try:
        _raise()
    except ValueError:
        kind, _, tb = sys.exc_info()
    out = io.StringIO()
    crash_guard.report(kind, tb, out)
    text = out.getvalue()
    assert "ValueError" in text and "_raise" in text
    assert "Айгерим" not in text and "UNIQUE" not in text


def test_install_replaces_the_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOGBOOK_DEBUG", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash_guard.install()
    assert sys.excepthook is crash_guard._hook


def test_debug_keeps_pythons_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGBOOK_DEBUG", "1")
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash_guard.install()
    assert sys.excepthook is sys.__excepthook__


def test_file_dialog_history_is_forgotten(qapp, tmp_path: Path) -> None:
    config = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(config))
    evidence_dir = tmp_path / "evidence-of-Aigerim"
    evidence_dir.mkdir()
    try:
        dialog = QFileDialog(None, "t", str(evidence_dir))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setHistory([str(evidence_dir)])
        dialog.deleteLater()
        del dialog
        qapp.processEvents()
        # Delete it now, while Qt's settings point at the test folder: a deletion left
        # pending runs in a later test and writes this history to the real ~/.config.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        shared = QSettings(QSettings.Scope.UserScope, "QtProject")
        shared.setValue("FileDialog/history", [str(evidence_dir)])  # as Qt leaves it
        shared.setValue("FileDialog/lastVisited", evidence_dir.as_uri())
        shared.sync()
        dialogs.forget_file_dialog_history()
        written = "".join(p.read_text() for p in config.rglob("*") if p.is_file())
        assert "evidence-of-Aigerim" not in written
    finally:
        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path.home() / ".config")
        )
