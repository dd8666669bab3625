"""One table model for every list of records: columns are functions of a record.

The model sorts itself, in Python, by each column's sort key (a fuzzy date sorts
chronologically although it displays as recorded, "about 2025-11"). A sorting proxy would
call back into Python for every comparison: seconds for 20,000 persons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from logbook.ui.marked_text import MARKED_BACKGROUND, MARKED_FOREGROUND, has_marked, shown
from logbook.ui.signals import emit

Index = QModelIndex | QPersistentModelIndex
_MARKED_ROLES = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
)


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], str | int] | None = None
    # Long texts (a place) are cut with "…" where the column ends, not widened for.
    elide: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are records (dataclasses with an ``id``); read-only, reset on reload."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Any] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None  # None: the order given

    def set_records(self, records: Sequence[Any]) -> None:
        """Show ``records``, in the order given unless the user sorted by a column."""
        self.beginResetModel()
        self._records = list(records)
        if self._sorted_by is not None:
            self._records.sort(key=self._key(self._sorted_by[0]), reverse=self._reversed())
        self.endResetModel()

    def _key(self, column: int) -> Any:
        spec = self._columns[column]
        if spec.sort is not None:
            return spec.sort
        return lambda record: spec.text(record).casefold()

    def _reversed(self) -> bool:
        return self._sorted_by is not None and self._sorted_by[1] == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt calls this when a header is clicked; column -1 keeps the order given."""
        if not 0 <= column < len(self._columns):
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        emit(self.layoutAboutToBeChanged)
        before = {id(record): row for row, record in enumerate(self._records)}
        self._records.sort(key=self._key(column), reverse=self._reversed())
        after = {id(record): row for row, record in enumerate(self._records)}
        moved = {before[key]: row for key, row in after.items()}
        old = self.persistentIndexList()
        new = [self.index(moved[index.row()], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        emit(self.layoutChanged)

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: int) -> int:
        """The row showing the record with ``record_id``, or -1."""
        return next((r for r, rec in enumerate(self._records) if rec.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Marked passages show as «passage», not as their markup.
            return shown(column.text(record))
        if role not in _MARKED_ROLES:
            return None
        text = column.text(record)
        marked = has_marked(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(text) if column.elide or marked else None
        if not marked:
            return None
        # Highlighted, dark on light in any theme.
        light = role == Qt.ItemDataRole.BackgroundRole
        return QBrush(QColor(MARKED_BACKGROUND if light else MARKED_FOREGROUND))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None
