"""The base of every record editor: save through the operations, messages at the fields,
an unsaved-changes prompt, nothing shown in the title but the kind of record.

Editors are opened with ``open()`` (not ``exec()``), so locking can close them at any time
without a nested event loop still running. What an editor shows besides its record (the
persons to choose from, an incident's injuries…) is read on the vault's worker by
:meth:`RecordEditor.gather` before the editor is made (:mod:`logbook.ui.editors.opening`),
and read again when a change touches it. Saving runs on the worker too; the editor waits
for the result with its buttons disabled, and stays usable for Ctrl+L meanwhile.

Translations of the free text are edited beside the originals (:mod:`.translating`): the
base adds their inputs to the forms, loads them and puts them into the collected record,
so an editor only builds, loads and collects its own fields.

Unsaved input is kept as an encrypted draft in the vault (:mod:`logbook.ui.drafts_keeping`)
a few seconds after each change and when the vault locks; an editor reopened with its draft
after unlocking (:mod:`logbook.ui.drafts_restoring`) says so in a banner, and counts as
unsaved until the user saves or discards it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.core.errors import Cancelled, ValidationError
from logbook.services.case_book import CaseBook
from logbook.services.changes import Outcome
from logbook.services.drafts import Typed
from logbook.ui import dialogs
from logbook.ui.drafts_keeping import DraftBanner, DraftKeeper
from logbook.ui.editors.form import Form
from logbook.ui.editors.translating import Translating
from logbook.ui.messages import reason_text
from logbook.ui.operations import Job, Operations

Context = dict[str, Any]
_RESTORED = object()  # what a restored draft's editor was loaded with: equal to no state


class RecordEditor(QDialog):
    """Subclasses build their forms in :meth:`build`, and implement :meth:`load` and
    :meth:`collect` (a new record from the widgets, ``id`` kept). ``context``: what
    :meth:`gather` read for this record.

    The translation inputs come from the forms: every text field of the record's kind that
    takes translations, plus those of :attr:`translated_parts`."""

    # Parts of the record with translations of their own: attribute → class (the case's
    # source). The record's own fields are found from its kind.
    translated_parts: ClassVar[dict[str, type]] = {}

    def __init__(
        self,
        ops: Operations,
        record: Any,
        context: Context | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            # Lock and quick erase work while typing here: this dialog is modal, which
            # blocks the shortcuts of the window under it (MainWindow shares its actions).
            self.addActions(parent.window().actions())
        self.ops = ops
        self.record = record
        self.context: Context = context if context is not None else {}
        self.saving: Job | None = None
        self.forms: list[Form] = []
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.title())
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.draft_banner = DraftBanner()
        self.draft_banner.discard_requested.connect(self.discard_draft)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.general_error)
        layout.addWidget(self.build(), 1)
        layout.addWidget(self.buttons)
        self.translating = Translating(self.forms, {"": type(record), **self.translated_parts})
        if self.translating:
            layout.insertWidget(2, self.translating.make_picker())
        self._show(record)
        self._loaded: Any = self._state()
        self.keeper = DraftKeeper(
            self,
            ops,
            typed=lambda key: Typed(key, self.collected(), self.draft_extra()),
            state=self._state,
            dirty=self.is_dirty,
            busy=lambda: self.saving is not None,
        )
        first = self.forms[0].first_field() if self.forms else None
        if first is not None:
            first.setFocus()  # typing starts in the first field, not on the tab bar

    # For subclasses -----------------------------------------------------------------------

    @classmethod
    def gather(cls, book: CaseBook, record: Any) -> Context:
        """What the editor shows besides ``record``, read on the vault's worker (no
        widgets here)."""
        return {}

    def title(self) -> str:
        raise NotImplementedError

    def build(self) -> QWidget:
        raise NotImplementedError

    def load(self, record: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def snapshot(self) -> Any:
        """What the unsaved-changes check compares (more than the record in some editors)."""
        return self.collect()

    def storing(self, record: Any) -> Callable[[CaseBook], Outcome[Any]]:
        """How to write ``record`` on the worker; an editor saving more than one record
        overrides it. The function must not touch widgets: take what it needs now."""
        return lambda book: book.save(record)

    def submit(
        self,
        record: Any,
        on_done: Callable[[Outcome[Any]], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """Start saving ``record``; an editor whose saving is long overrides it."""
        return self.ops.run(self.storing(record), on_done, on_failed=on_failed, owner=self)

    def draft_extra(self) -> dict[str, Any]:
        """The editor's own arguments its draft needs to open it again, as JSON values:
        a new evidence item's file (an editor with other arguments overrides this and
        :meth:`draft_arguments`)."""
        source = getattr(self, "source", None)
        return {"source": str(source)} if isinstance(source, Path) else {}

    def show_draft_extra(self, extra: dict[str, Any]) -> None:
        """Show what the editor kept in its draft besides the record (its own widgets'
        state: an incident's People involved table); see :meth:`draft_extra`."""

    @classmethod
    def draft_arguments(cls, extra: dict[str, Any]) -> dict[str, Any]:
        """The editor's own arguments from a draft's :meth:`draft_extra`."""
        return {"source": Path(extra["source"])} if extra.get("source") else {}

    def new_form(self) -> Form:
        form = Form()
        self.forms.append(form)
        return form

    # Behaviour -----------------------------------------------------------------------------

    def _show(self, record: Any) -> None:
        self.load(record)
        self.translating.load(record)

    def _state(self) -> Any:
        return (self.snapshot(), self.translating.state())

    def collected(self) -> Any:
        """The record as the widgets have it, translations included: what Save stores."""
        return self.translating.put(self.collect(), self.record)

    def is_dirty(self) -> bool:
        return bool(self._state() != self._loaded)

    def show_draft(
        self, record: Any, key: str, when: datetime, extra: dict[str, Any] | None = None
    ) -> None:
        """Show a draft read back from the vault (the record as typed then, under the
        draft's ``key``, and what :meth:`draft_extra` kept besides): unsaved until saved
        or discarded, and said so at the top."""
        self._show(record)
        self.show_draft_extra(extra or {})
        self._loaded = _RESTORED
        self.keeper.adopt(key)
        self.draft_banner.show_restored(when)

    def discard_draft(self) -> None:
        """The banner's Discard: remove the draft from the vault, after asking."""
        if dialogs.confirm(
            self,
            self.tr("Discard draft"),
            self.tr("Discard this draft? What it holds cannot be recovered."),
            destructive=True,
        ):
            self.keeper.forget()
            self.discard()

    def save(self, close: bool = False) -> None:
        """Validate and store on the worker; problems are shown at their fields when the
        answer comes. ``close``: close the editor once saved."""
        if self.saving is not None:
            return  # one save at a time: a second press would store the record twice
        self.clear_problems()
        self.buttons.setEnabled(False)
        self.saving = self.submit(
            self.collected(), lambda outcome: self._stored(outcome, close), self._not_stored
        )

    def save_and_close(self) -> None:
        self.save(close=True)

    def _stored(self, outcome: Outcome[Any], close: bool) -> None:
        self.saving = None
        self.buttons.setEnabled(True)
        self.record = outcome.record
        self._loaded = self._state()
        self.keeper.forget()  # stored: the draft has served
        self.draft_banner.hide()
        if close:
            self.done(QDialog.DialogCode.Accepted)
        else:
            self.reread()

    def _not_stored(self, exc: BaseException) -> None:
        self.saving = None
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems(exc.problems)
        elif not isinstance(exc, Cancelled):
            self.ops.show_error(exc, self, self.tr("Not saved"))

    def reread(self, *, show_record: bool = True) -> None:
        """Read the record's context again (after a save, or a change made elsewhere) and
        show it; ``show_record``: the record's fields too (after a save: what was stored),
        else only what the context feeds (typing in progress is kept)."""
        record, kind = self.record, type(self)
        self.ops.run(
            lambda book: kind.gather(book, record),
            lambda context: self._reread(context, show_record),
            owner=self,
        )

    def _reread(self, context: Context, show_record: bool) -> None:
        self.context = context
        if show_record:
            self._show(self.record)
            self._loaded = self._state()
        self.context_changed()

    def context_changed(self) -> None:
        """After :meth:`reread`: subclasses refresh what they show from the context."""

    def reject(self) -> None:
        if self.is_dirty() and not dialogs.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes you made?"),
            destructive=True,
        ):
            return
        self.keeper.forget()  # the changes were discarded: so is their draft
        self.discard()

    def discard(self) -> None:
        """Close without asking (locking): the input stays only as a draft in the vault,
        if it was kept (:func:`~logbook.ui.drafts_keeping.keep_before_closing`)."""
        self.keeper.stop()
        super().reject()

    def clear_problems(self) -> None:
        self.general_error.hide()
        self.general_error.clear()
        for form in self.forms:
            form.clear_problems()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        first: QWidget | None = None
        unplaced = []
        for path, reason in problems:
            widget = None
            for form in self.forms:
                widget = form.show_problem(path, reason_text(reason)) or widget
            if widget is None:
                unplaced.append(reason_text(reason))
            first = first or widget
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
        if first is not None:
            self._reveal(first)
            first.setFocus()

    def _reveal(self, widget: QWidget) -> None:
        """Switch every tab widget on the way up to the page holding ``widget`` (and the
        language picker to the language of a translation input)."""
        self.translating.reveal(widget)
        child: QWidget | None = widget
        while child is not None and child is not self:
            parent = child.parentWidget()
            tabs = parent.parentWidget() if parent is not None else None
            if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
                tabs.setCurrentWidget(child)
            child = parent

    def focus_field(self, path: str, start: int = 0, end: int = 0) -> bool:
        """Show the field at ``path`` (its tab too), focus it and select the characters
        ``start:end`` of its text (Python indices, as the export's findings give them).
        ``False`` if this editor has no such field."""
        for form in self.forms:
            widget = form.widget_of(path)
            if widget is not None:
                self._reveal(widget)
                widget.setFocus()
                select_span(widget, start, end)
                return True
        return False

    def problem_at(self, field: str) -> str:
        """The message shown at ``field`` in any form ("" if none)."""
        for form in self.forms:
            if form.owner_of(field) == field:
                return form.message_of(field)
        return ""


def select_span(widget: QWidget, start: int, end: int) -> None:
    """Select ``start:end`` of a line or text field's text. Qt counts UTF-16 units,
    Python code points: they differ after any character outside the BMP (an emoji)."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
        first, last = _utf16(text, start), _utf16(text, end)
        widget.setSelection(first, last - first)
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        cursor = widget.textCursor()
        cursor.setPosition(_utf16(text, start))
        cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2
