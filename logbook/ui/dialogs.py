"""Every message box and file dialog of the app goes through here, so tests can answer them.

Tests call :func:`answer_next` with the answers the next dialogs should give; each call then
returns that answer instead of showing anything (KeePassXC's ``MessageBox::setNextAnswer``).
Messages must never contain case data beyond what the user is looking at.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_next: deque[Any] = deque()
shown: list[tuple[str, str]] = []  # (kind, text) of every dialog answered by a test


def answer_next(*answers: Any) -> None:
    """Queue answers for the next dialogs (``True``/``False`` for questions, a path or
    ``""`` for file dialogs, anything for notices)."""
    _next.extend(answers)


def reset() -> None:
    _next.clear()
    shown.clear()


def _scripted(kind: str, text: str) -> tuple[bool, Any]:
    if not _next:
        return False, None
    shown.append((kind, text))
    return True, _next.popleft()


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    """A yes/no question; ``destructive`` makes "No" the default button."""
    scripted, answer = _scripted("confirm", text)
    if scripted:
        return bool(answer)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
    icon_box = QMessageBox.warning if destructive else QMessageBox.question
    return icon_box(parent, title, text, buttons, default) == QMessageBox.StandardButton.Yes


def error(parent: QWidget | None, title: str, text: str) -> None:
    scripted, _ = _scripted("error", text)
    if not scripted:
        QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    scripted, _ = _scripted("info", text)
    if not scripted:
        QMessageBox.information(parent, title, text)


def choose_directory(parent: QWidget | None, title: str, start: str) -> str:
    """A folder, or ``""`` if cancelled.

    File dialogs are Qt's own, not the system's: native dialogs add what they open to the
    desktop's "recent files", which would list evidence files after the vault is locked.
    """
    scripted, answer = _scripted("directory", title)
    if scripted:
        return str(answer or "")
    chosen = QFileDialog.getExistingDirectory(
        parent, title, start, QFileDialog.Option.DontUseNativeDialog
    )
    forget_file_dialog_history()
    return chosen


def forget_file_dialog_history() -> None:
    """Qt's own file dialog saves the folders it visited ("history", "lastVisited") in the
    shared QtProject settings: paths next to evidence files would outlive the session."""
    shared = QSettings(QSettings.Scope.UserScope, "QtProject")
    shared.beginGroup("FileDialog")
    for key in ("history", "lastVisited"):
        shared.remove(key)
    shared.endGroup()
    shared.sync()


def open_file(parent: QWidget | None, title: str) -> str:
    scripted, answer = _scripted("open", title)
    if scripted:
        return str(answer or "")
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", "", options=QFileDialog.Option.DontUseNativeDialog
    )
    forget_file_dialog_history()
    return path


def save_file(parent: QWidget | None, title: str, name: str, filter_: str) -> str:
    scripted, answer = _scripted("save", title)
    if scripted:
        return str(answer or "")
    path, _ = QFileDialog.getSaveFileName(
        parent, title, name, filter_, options=QFileDialog.Option.DontUseNativeDialog
    )
    forget_file_dialog_history()
    return path
