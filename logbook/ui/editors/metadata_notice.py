"""The notice in a new evidence item's editor: what the chosen file reveals about where, by
whom or with what it was made (a photo's GPS position, the camera, a document's author).

The metadata is read off the GUI thread (a damaged PDF can make pypdf search the whole
file for its objects), on the global pool so that a lock closing the editor does not wait
for it. The values are the user's file's data: shown here only, never logged or stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from logbook.core.file_metadata import MetadataItem, revealing_metadata
from logbook.ui.tasks import TaskRunner


class MetadataNotice(QLabel):
    """Hidden until :meth:`read` finds something to say about the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the file's own text, never markup
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.setStyleSheet("QLabel#metadataNotice { background: #fff4ce; color: #3d2e00; }")
        self.items: list[MetadataItem] = []
        self.runner = TaskRunner(self, QThreadPool.globalInstance())
        self.hide()

    def read(self, path: Path) -> None:
        """Read ``path``'s metadata on a pool thread; shown when it arrives."""
        self.runner.run(
            lambda: revealing_metadata(path), self.show_items, lambda _exc: None, owner=self
        )

    def show_items(self, items: Sequence[MetadataItem]) -> None:
        self.items = list(items)
        if not self.items:
            self.clear()
            self.hide()
            return
        lines = [f"{self.label(item.label)}: {item.value}" for item in self.items]
        self.setText(
            "\n".join(
                [
                    self.tr(
                        "This file carries information about where, by whom or with what "
                        "it was made:"
                    ),
                    *lines,
                    self.tr(
                        "It stays encrypted in the vault, and exported reports never include "
                        "it: they list evidence by description and hash only, not the file. "
                        "If you share the file itself, this information goes with it."
                    ),
                ]
            )
        )
        self.show()

    def label(self, key: str) -> str:
        """The name of a :data:`logbook.core.file_metadata.LABELS` key on screen."""
        names = {
            "location": self.tr("Location"),
            "author": self.tr("Author"),
            "owner": self.tr("Camera owner"),
            "copyright": self.tr("Copyright"),
            "last_modified_by": self.tr("Last modified by"),
            "company": self.tr("Company"),
            "camera": self.tr("Camera"),
            "serial_number": self.tr("Serial number"),
            "lens": self.tr("Lens"),
            "software": self.tr("Software"),
            "taken": self.tr("Taken on"),
        }
        return names.get(key, key)
