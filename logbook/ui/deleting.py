"""Deleting a record from a list: ask first, delete on the vault's worker, say if it failed.

What the deletion changed goes out on :attr:`Operations.changed` like every other change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from logbook.ui import dialogs
from logbook.ui.operations import Job, Operations


def confirm_and_delete(parent: QWidget, ops: Operations, record: Any, question: str) -> Job | None:
    """``question`` says what goes with the record. The deletion under way, or ``None``
    when the user said no. If it fails, nothing was deleted and the user is told."""
    sure = dialogs.confirm(
        parent,
        QCoreApplication.translate("Deleting", "Delete"),
        question + "\n" + QCoreApplication.translate("Deleting", "This cannot be undone."),
        destructive=True,
    )
    if not sure:
        return None
    kind, record_id = type(record), record.id
    title = QCoreApplication.translate("Deleting", "Not deleted")
    return ops.run(
        lambda book: book.delete(kind, record_id),
        on_failed=lambda exc: ops.show_error(exc, parent, title),
        owner=parent,
    )
