"""The countdown before the idle lock: a banner across the top of every open window.

"Locking in 30 s": shown over the main window and over any editor or dialog open on it,
updated every second by :class:`~logbook.ui.idle.IdleWatcher`. It takes no focus and
blocks nothing: any key or mouse movement ends it (the watcher sees the input first).

Threading: GUI thread only.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class IdleWarning(QObject):
    """The banners of one countdown, one per visible top-level window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banners: list[QLabel] = []

    def text(self, seconds: int) -> str:
        return self.tr("Locking in %1 s. Move the mouse or press a key to stay unlocked.").replace(
            "%1", str(seconds)
        )

    def show_seconds(self, seconds: int) -> None:
        """Show (or update) the banner over every visible window."""
        text = self.text(seconds)
        self._banners = [b for b in self._banners if shiboken6.isValid(b)]
        covered = {b.parentWidget() for b in self._banners}
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window not in covered and not isinstance(window, QLabel):
                self._banners.append(_banner(window))
        for banner in self._banners:
            banner.setText(text)
            host = banner.parentWidget()
            assert host is not None  # made with one
            banner.setGeometry(0, 0, host.width(), banner.heightForWidth(host.width()) or 48)
            banner.raise_()
            banner.show()

    def banners(self) -> list[QLabel]:
        """The banners on screen now (for tests)."""
        return [b for b in self._banners if shiboken6.isValid(b) and b.isVisible()]

    def hide(self) -> None:
        """Take every banner away (input came, or the vault locked)."""
        for banner in self._banners:
            if shiboken6.isValid(banner):
                banner.hide()
                banner.deleteLater()
        self._banners = []


def _banner(window: QWidget) -> QLabel:
    banner = QLabel(window)
    banner.setObjectName("idleWarning")
    banner.setWordWrap(True)
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    banner.setMargin(10)
    banner.setStyleSheet(
        "QLabel#idleWarning { background: #b00020; color: white; font-weight: bold; }"
    )
    return banner
