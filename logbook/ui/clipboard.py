"""Clipboard hygiene: everything the app puts on the clipboard is marked sensitive, and
locking clears it.

Clipboard managers honour ``x-kde-passwordManagerHint: secret`` (KDE, many Linux managers)
and ``ExcludeClipboardContentFromMonitorProcessing`` (Windows history and cloud clipboard).
Qt text widgets copy plain text, so the guard re-marks any plain copy the app makes.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QClipboard, QGuiApplication

KDE_HINT = "x-kde-passwordManagerHint"
WINDOWS_EXCLUDE = (
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
)


def sensitive_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    mime.setData(WINDOWS_EXCLUDE, b"\x01\x00\x00\x00")
    return mime


class ClipboardGuard(QObject):
    """Marks the app's clipboard content sensitive and clears it on :meth:`clear`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: str | None = None
        self._clipboard.dataChanged.connect(self._mark)

    def copy(self, text: str) -> None:
        self._ours = text
        self._clipboard.setMimeData(sensitive_mime(text))

    def _mark(self) -> None:
        mime = self._clipboard.mimeData()
        if mime is None or mime.hasFormat(KDE_HINT) or not mime.hasText():
            return
        # Some platforms (offscreen, Wayland) never report ownership; a change while one of
        # our windows has focus is a copy the user made in the app.
        if self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None:
            self.copy(mime.text())

    def clear(self) -> None:
        """Remove what the app put there (not what another program copied since)."""
        mime = self._clipboard.mimeData()
        if mime is not None and (
            mime.hasFormat(KDE_HINT) or (self._ours is not None and mime.text() == self._ours)
        ):
            self._clipboard.clear()
        self._ours = None
