"""Keeping what is typed in an open editor as an encrypted draft in the vault.

Each editor has a :class:`DraftKeeper`: every few seconds it compares what the widgets hold
with what was last kept, and if the editor has unsaved changes that are new, it hands the
record as typed (translations included) to the vault's worker, which writes it into the
``drafts`` table (:mod:`logbook.services.drafts`). A draft goes when the editor saves or
is closed without its changes. Locking and quitting hand every open editor's input over at
once (:func:`keep_before_closing`), queued ahead of the closing of the vault.

Drafts are written nowhere but in the vault: not in the settings, a temporary file or a
log. What the keeper holds between two checks is the state it compares with, in memory,
and goes with the editor.

Threading: the keeper and the banner live on the GUI thread; the writes are operations.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from logbook.services.drafts import Typed, discard_draft, keep_drafts, save_draft
from logbook.ui.operations import Job, Operations
from logbook.ui.signals import emit

KEEP_EVERY_MS = 3_000  # a draft is at most this old when the power goes


class DraftKeeper(QObject):
    """Keeps one editor's unsaved input as its draft. ``typed``: the record as typed with
    the editor's own arguments; ``state``: what the unsaved-changes check compares;
    ``dirty``: whether there are unsaved changes; ``busy``: a save is under way."""

    def __init__(
        self,
        owner: QWidget,
        ops: Operations,
        *,
        typed: Callable[[str], Typed],
        state: Callable[[], Any],
        dirty: Callable[[], bool],
        busy: Callable[[], bool],
    ) -> None:
        super().__init__(owner)
        self._owner, self._ops = owner, ops
        self._typed, self._state, self._dirty, self._busy = typed, state, dirty, busy
        self.key = uuid.uuid4().hex  # names this editor's draft in the vault
        self.stored = False  # a draft of ``key`` is in the vault, or on its way there
        self._kept: Any = None  # the state last handed over
        self.timer = QTimer(self)
        self.timer.setInterval(KEEP_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def adopt(self, key: str) -> None:
        """Go on with a draft read back from the vault (restored after unlocking)."""
        self.key, self.stored, self._kept = key, True, None

    def check(self) -> None:
        """Keep the input if it changed since last kept; drop the draft once the editor
        has no unsaved changes any more."""
        if self._busy():
            return
        if not self._dirty():
            self.forget()
            return
        state = self._state()
        if self._kept is not None and state == self._kept:
            return
        typed = self._typed(self.key)
        self._kept, self.stored = state, True
        self._ops.run(
            lambda book: save_draft(book, typed), on_failed=self._not_kept, owner=self._owner
        )

    def _not_kept(self, exc: BaseException) -> None:
        """Try again at the next check. Saving the record reports the vault's problems
        (a full disk); a draft that could not be written is not worth a message every few
        seconds."""
        self._kept = None

    def forget(self) -> None:
        """Remove the draft from the vault (saved, or the changes discarded)."""
        self._kept = None
        if self.stored:
            self.stored = False
            key = self.key
            self._ops.run(lambda book: discard_draft(book, key))

    def stop(self) -> None:
        self.timer.stop()

    def pending(self) -> tuple[Typed | None, str | None]:
        """What closing must hand over: the input to keep, or the key of a draft to drop
        (the changes were undone since it was kept)."""
        if self._dirty():
            return self._typed(self.key), None
        return None, self.key if self.stored else None


def keep_before_closing(ops: Operations, keepers: Iterable[DraftKeeper]) -> Job | None:
    """Hand the input of every open editor to the worker, in one operation queued ahead
    of the vault's closing (locking, quitting). Reads the widgets now (cheap) and does not
    wait: the write runs on the worker, which then closes the vault."""
    kept: list[Typed] = []
    dropped: list[str] = []
    for keeper in keepers:
        keeper.stop()
        typed, key = keeper.pending()
        if typed is not None:
            kept.append(typed)
        if key is not None:
            dropped.append(key)
    if not kept and not dropped:
        return None
    # Closing the vault cancels what is queued; this write must run before it closes.
    return ops.run(lambda book: keep_drafts(book, kept, dropped), survives_close=True)


class DraftBanner(QWidget):
    """ "Restored unsaved draft from <time>": shown at the top of an editor reopened with
    its draft, with a button to discard it."""

    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight: bold;")
        self.discard_button = QPushButton(self.tr("Discard draft"))
        self.discard_button.clicked.connect(lambda: emit(self.discard_requested))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.discard_button)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("DraftBanner { background: #fff4c2; }")
        self.hide()

    def show_restored(self, when: datetime) -> None:
        shown = when.astimezone().strftime("%Y-%m-%d %H:%M")
        self.text.setText(
            self.tr("Restored unsaved draft from %1. Save it to keep it, or discard it.").replace(
                "%1", shown
            )
        )
        self.show()
