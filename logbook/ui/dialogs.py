"""Every message box and file dialog of the app goes through here, so tests can answer them.

Tests call :func:`answer_next` with the answers the next dialogs should give; each call then
returns that answer instead of showing anything (KeePassXC's ``MessageBox::setNextAnswer``).
Messages must never contain case data beyond what the user is looking at.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
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


def start_folder() -> str:
    """Where file dialogs open: the user's Documents folder if it exists, else their home.

    Never the current directory (Qt's default for an empty start), which is often the
    program's own folder: files saved there would sit next to the program, and on a shared
    or carried computer that is where others look.
    """
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def _start(path: str) -> str:
    """``path`` if it is a folder or names a file in one; else :func:`start_folder`, with
    the file name ``path`` suggests, if any."""
    if path:
        given = Path(path).expanduser()
        if given.is_absolute() and (given.is_dir() or given.parent.is_dir()):
            return str(given)
        if not given.is_absolute() and given.name == path:  # a bare name: "report.docx"
            return str(Path(start_folder()) / given.name)
    return start_folder()


def choose_directory(parent: QWidget | None, title: str, start: str) -> str:
    """A folder, or ``""`` if cancelled. Opens at ``start`` if it exists (or its parent
    does), else in :func:`start_folder`.

    File dialogs are Qt's own, not the system's: native dialogs add what they open to the
    desktop's "recent files", which would list evidence files after the vault is locked.
    """
    scripted, answer = _scripted("directory", title)
    if scripted:
        return str(answer or "")
    chosen = QFileDialog.getExistingDirectory(
        parent, title, _start(start), QFileDialog.Option.DontUseNativeDialog
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
    """A file to open, or ``""``; the dialog opens in :func:`start_folder`."""
    scripted, answer = _scripted("open", title)
    if scripted:
        return str(answer or "")
    path, _ = QFileDialog.getOpenFileName(
        parent, title, start_folder(), "", options=QFileDialog.Option.DontUseNativeDialog
    )
    forget_file_dialog_history()
    return path


def save_file(parent: QWidget | None, title: str, name: str, filter_: str) -> str:
    """A path to save to, or ``""``; ``name`` (a bare file name) is proposed in
    :func:`start_folder`, a full path where it points."""
    scripted, answer = _scripted("save", title)
    if scripted:
        return str(answer or "")
    path, _ = QFileDialog.getSaveFileName(
        parent, title, _start(name), filter_, options=QFileDialog.Option.DontUseNativeDialog
    )
    forget_file_dialog_history()
    return path
