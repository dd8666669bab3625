"""Deleting a record from a list: ask first, delete through the case book, say if it failed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from logbook.services.case_book import CaseBook
from logbook.services.changes import Outcome
from logbook.ui import dialogs
from logbook.ui.messages import error_text


def confirm_and_delete(
    parent: QWidget, book: CaseBook, record: Any, question: str
) -> Outcome[None] | None:
    """``question`` says what goes with the record; the outcome, or ``None`` when the user
    said no or the deletion failed (nothing was deleted then)."""
    sure = dialogs.confirm(
        parent,
        QCoreApplication.translate("Deleting", "Delete"),
        question + "\n" + QCoreApplication.translate("Deleting", "This cannot be undone."),
        destructive=True,
    )
    if not sure:
        return None
    try:
        return book.delete(type(record), record.id)
    except Exception as exc:
        dialogs.error(
            parent, QCoreApplication.translate("Deleting", "Not deleted"), error_text(exc)
        )
        return None
