"""Opening an editor: read its record and context on the vault's worker, then show it.

Threading: the record and what the editor shows besides it are read by an operation; the
editor is made on the GUI thread when they arrive (if ``parent`` still exists then).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from logbook.services.case_book import CaseBook
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.operations import Job, Operations

# Shows an editor the way the main window does (window-modal, deleted on close).
ShowEditor = Callable[[RecordEditor], object]


def open_editor(
    ops: Operations,
    cls: type[RecordEditor],
    load: Callable[[CaseBook], Any],
    parent: QWidget,
    show: ShowEditor,
    then: Callable[[RecordEditor], None] | None = None,
    **extra: Any,
) -> Job:
    """Open a ``cls`` editor over the record ``load`` reads (or makes: a new record);
    ``then`` gets the editor once it is shown. ``extra``: the editor's own arguments."""

    def read(book: CaseBook) -> tuple[Any, dict[str, Any]]:
        record = load(book)
        return record, cls.gather(book, record)

    def made(got: tuple[Any, dict[str, Any]]) -> None:
        record, context = got
        editor = cls(ops, record, context, parent, **extra)
        show(editor)
        if then is not None:
            then(editor)

    return ops.run(read, made, owner=parent)
