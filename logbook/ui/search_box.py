"""The main window's search box: Enter or Down moves into the results; "Nothing found" when
a search finds nothing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from logbook.ui.record_list import RecordList
from logbook.ui.signals import emit

_INTO_RESULTS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)


class SearchBox(QLineEdit):
    """A line edit whose Enter and Down ask to go to the results (:attr:`into_results`)."""

    into_results = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _INTO_RESULTS and plain == Qt.KeyboardModifier.NoModifier:
            emit(self.into_results)
            return
        super().keyPressEvent(event)


class SearchResults:
    """The results list with its "Nothing found" line, and focus moving into it."""

    def __init__(self, results: RecordList, nothing_found: str) -> None:
        self.results = results
        self.nothing_found = QLabel(nothing_found)
        self.nothing_found.setObjectName("nothing_found")
        self.nothing_found.hide()
        layout = results.layout()
        assert layout is not None
        layout.insertWidget(0, self.nothing_found)  # type: ignore[attr-defined]
        self._focus_when_shown = False

    def show(self, found: Sequence[object], query: str) -> None:
        """Show ``found`` for ``query`` (an empty query: nothing searched, nothing said)."""
        self.results.set_records(found)
        self.nothing_found.setVisible(bool(query.strip()) and not found)
        if self._focus_when_shown:
            self._focus_when_shown = False
            self.focus_first()

    def clear(self) -> None:
        self._focus_when_shown = False
        self.show([], "")

    def enter(self, pending: bool) -> None:
        """Move into the results (now, or when a search still ``pending`` answers)."""
        if pending:
            self._focus_when_shown = True
            return
        self.focus_first()

    def focus_first(self) -> None:
        """Focus the list with its first row selected (nothing when there is no row)."""
        view = self.results.view
        if view.model().rowCount() == 0:
            return
        if not view.selectionModel().selectedRows():
            view.selectRow(0)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
