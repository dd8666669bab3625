"""Reopening the editors that have drafts, after unlocking (or after a crash).

The worker reads every draft with what its editor shows besides it; the editors then open
one after another over the main window, each with its draft and a banner saying so, and
the next opens when the user has saved or discarded the one before. A draft whose record
was deleted meanwhile is offered to be kept as a new record, or discarded; one that cannot
be reopened at all (what it belonged to is gone) is offered to be discarded.

Threading: reading is an operation; the editors are made on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from logbook.core.errors import LogbookError
from logbook.core.record_kinds import kind_of
from logbook.services.case_book import CaseBook
from logbook.services.drafts import Draft, discard_draft, drafts
from logbook.ui import dialogs
from logbook.ui.editors.record_editor import Context, RecordEditor
from logbook.ui.editors.registry import EDITORS
from logbook.ui.operations import Job, Operations


@dataclass
class Reopening:
    """A draft and what its editor needs: the record as stored (None: a new record, or
    one deleted meanwhile) and the editor's context (None: it cannot be reopened)."""

    draft: Draft
    stored: Any
    context: Context | None
    deleted: bool = False  # its record was deleted since the draft was kept


def read_drafts(book: CaseBook) -> list[Reopening]:
    """Every draft with what reopening it needs (on the worker)."""
    return [_reopening(book, draft) for draft in drafts(book)]


def _reopening(book: CaseBook, draft: Draft) -> Reopening:
    record = draft.record
    cls = EDITORS.get(type(record)) if record is not None else None
    if cls is None:
        return Reopening(draft, None, None)
    stored, deleted = None, False
    if record.id is not None:
        try:
            stored = book.get(type(record), record.id)
        except LogbookError:  # deleted meanwhile: offered as a new record
            deleted, record = True, _as_new(record)
    try:
        parent = kind_of(type(record))
        if parent.parent is not None and parent.parent_kind is not None:
            book.get(parent.parent_kind, getattr(record, parent.parent))
        context = cls.gather(book, stored if stored is not None else record)
    except LogbookError:  # what it belonged to was deleted
        return Reopening(draft, None, None, deleted)
    return Reopening(draft, stored, context, deleted)


def _as_new(record: Any) -> Any:
    changes: dict[str, Any] = {"id": None}
    if hasattr(record, "ref"):
        changes["ref"] = ""  # a new one is given when saved
    return replace(record, **changes)


class DraftRestorer(QObject):
    """Opens the editors of the drafts one after another over ``parent`` (the main
    window), each shown by ``show``; lives as long as the window."""

    def __init__(
        self, ops: Operations, parent: QWidget, show: Callable[[RecordEditor], object]
    ) -> None:
        super().__init__(parent)
        self._ops, self._parent, self._show = ops, parent, show
        self._todo: list[Reopening] = []

    def start(self) -> Job:
        """Read the drafts on the worker, then open the first."""
        return self._ops.run(read_drafts, self._found, owner=self)

    def _found(self, found: list[Reopening]) -> None:
        self._todo = found
        self._next()

    def _closed(self, *_: object) -> None:
        """An editor closed: the next opens from the event loop, if the window is still
        shown (locking closes the editors as it takes the window away)."""
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if not self._parent.isVisible():
            self._todo = []  # locked meanwhile: the drafts stay in the vault
            return
        while self._todo:
            item = self._todo.pop(0)
            if self._reopen(item):
                return  # the next one opens when this editor is closed

    def _reopen(self, item: Reopening) -> bool:
        """Open ``item``'s editor; ``False`` if none was opened."""
        draft = item.draft
        if item.context is None:
            if dialogs.confirm(
                self._parent,
                self.tr("Unsaved draft"),
                self.tr(
                    "An unsaved draft cannot be reopened: the record it belongs to was "
                    "deleted. Discard it?"
                ),
                destructive=True,
            ):
                self._discard(draft.key)
            return False
        if item.deleted:
            keep = dialogs.confirm(
                self._parent,
                self.tr("Unsaved draft"),
                self.tr(
                    "The record of an unsaved draft was deleted meanwhile. Keep what the "
                    "draft holds as a new record?"
                ),
            )
            if not keep:
                if dialogs.confirm(
                    self._parent,
                    self.tr("Unsaved draft"),
                    self.tr("Discard the draft? What it holds cannot be recovered."),
                    destructive=True,
                ):
                    self._discard(draft.key)
                return False
        record = _as_new(draft.record) if item.deleted else draft.record
        cls = EDITORS[type(record)]
        base = item.stored if item.stored is not None else record
        arguments = cls.draft_arguments(draft.extra)
        editor = cls(self._ops, base, item.context, self._parent, **arguments)
        editor.show_draft(record, draft.key, draft.updated_at, draft.extra)
        editor.finished.connect(self._closed)
        self._show(editor)
        return True

    def _discard(self, key: str) -> None:
        self._ops.run(lambda book: discard_draft(book, key))


def restore_drafts(
    ops: Operations, parent: QWidget, show: Callable[[RecordEditor], object]
) -> DraftRestorer:
    """Reopen the editors with drafts over ``parent`` (after unlocking)."""
    restorer = DraftRestorer(ops, parent, show)
    restorer.start()
    return restorer
