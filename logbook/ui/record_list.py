"""A sortable table of records with New / Edit / Delete buttons (keyboard: Enter edits,
Delete deletes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logbook.ui.record_model import Column, RecordTableModel

# The widest an eliding column (a place) is made: the columns after it stay in view.
ELIDED_WIDTH = 180


class RecordList(QWidget):
    """Callbacks get the selected record (``edit``, ``delete``) or nothing (``add``)."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        add: Callable[[], object],
        edit: Callable[[Any], object],
        delete: Callable[[Any], object],
        add_text: str,
        edit_text: str | None = None,
        delete_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``edit_text``, ``delete_text``: the buttons' own texts where two lists share a
        window (their Alt letters must differ); "&Edit…" and "&Delete…" otherwise."""
        super().__init__(parent)
        self.model = RecordTableModel(columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        # No sort indicator at first: records keep the order they came in (incidents are
        # chronological already); a click on a header sorts by that column.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fit columns to the first rows only: measuring 10,000 rows would stall the GUI.
        header.setResizeContentsPrecision(50)
        header.setMaximumSectionSize(420)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Tab moves on to the buttons (arrows move in the table); Qt's default walks from
        # cell to cell and wraps around, so the keyboard never gets out.
        self.view.setTabKeyNavigation(False)
        self.view.doubleClicked.connect(lambda _: self._edit())
        self._edit_cb, self._delete_cb = edit, delete
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(edit_text or self.tr("&Edit…"))
        self.delete_button = QPushButton(delete_text or self.tr("&Delete…"))
        self.add_button.clicked.connect(add)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Return), self._edit),
            (QKeySequence(Qt.Key.Key_Enter), self._edit),
            (QKeySequence(QKeySequence.StandardKey.Delete), self._delete),
        ):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_records(self, records: Sequence[Any], select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else getattr(self.selected(), "id", None)
        self.model.set_records(records)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            if spec.elide:
                header.resizeSection(column, min(header.sectionSize(column), ELIDED_WIDTH))
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(rows[0].row())

    def select(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        return True

    def _edit(self, _: QModelIndex | None = None) -> None:
        record = self.selected()
        if record is not None:
            self._edit_cb(record)

    def _delete(self) -> None:
        record = self.selected()
        if record is not None:
            self._delete_cb(record)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
