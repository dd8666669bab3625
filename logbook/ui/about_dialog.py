"""About Logbook (Help menu): the icon, the version, what the app is, its licence, and the
Qt, PySide6 and Python versions it runs on, to copy into a bug report.

It shows nothing of the vault: no case data, no paths, not even where the vault is, so a
screenshot of it can be shared safely. Window-modal over the main window, whose child it
is: locking hides it with the other modal dialogs and deletes it with the window.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logbook import __version__

ICON_SIZE = 64


def versions_text(template: str) -> str:
    """``template`` with %1, %2, %3 filled with the Qt, PySide6 and Python versions."""
    return (
        template.replace("%1", qVersion())
        .replace("%2", PySide6.__version__)
        .replace("%3", platform.python_version())
    )


class AboutDialog(QDialog):
    """The About box; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            # A modal dialog blocks the window's shortcuts: Ctrl+L and quick erase must
            # still work from here, so it carries the window's own actions.
            self.addActions(parent.window().actions())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("About Logbook"))

        icon = QLabel()
        # The app's icon (set on the application by logbook.ui.app), not a file of its own.
        icon.setPixmap(self.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon = icon

        self.name = QLabel(self.tr("Logbook"))
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.summary = QLabel(
            self.tr(
                "An encrypted, offline logbook for human rights defenders to document cases, "
                "incidents and the people involved."
            )
        )
        self.licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later "
                "(GPL-3.0-or-later)."
            )
        )
        self.versions = QLabel(
            versions_text(self.tr("Built with Qt %1 and PySide6 %2, running on Python %3."))
        )
        texts = QVBoxLayout()
        for label in (self.name, self.version, self.summary, self.licence, self.versions):
            label.setTextFormat(Qt.TextFormat.PlainText)  # no markup from a translation
            label.setWordWrap(True)
            # Selectable: the versions are meant to be copied into a bug report.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            texts.addWidget(label)
        texts.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(icon)
        body.addLayout(texts, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))  # Qt's own "Close" has no Alt letter
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
