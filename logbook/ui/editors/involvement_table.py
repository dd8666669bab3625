"""Who was involved in an incident, and how: one row per person and role."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.core import vocabularies as v
from logbook.core.model import Involvement, Person
from logbook.ui.editors.fields import ChoiceField, ReferenceField


@dataclass
class _Row:
    id: int | None
    person: ReferenceField
    role: ChoiceField
    perpetrator: ChoiceField
    state: QComboBox


class InvolvementTable(QWidget):
    """Rows of person / role / perpetrator type / state actor; perpetrator fields are only
    enabled for alleged perpetrators."""

    def __init__(self, persons: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._persons = [(p.id, p.name) for p in persons if p.id is not None]
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Role"),
                self.tr("Perpetrator type"),
                self.tr("State actor"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Tab leaves the table (its cells are combo boxes, reached by Tab on their own);
        # Qt's default moves from cell to cell and never lets the keyboard out.
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(self.tr("&Add person to incident"))
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.add_button.setEnabled(bool(self._persons))
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._rows: list[_Row] = []

    def add_row(self, involvement: Involvement | None) -> _Row:
        person = ReferenceField()
        person.set_choices(self._persons)
        role = ChoiceField(v.ROLES)
        perpetrator = ChoiceField(v.PERPETRATOR_TYPES, allow_none=True)
        state = QComboBox()
        for text, value in (("—", None), (self.tr("yes"), True), (self.tr("no"), False)):
            state.addItem(text, value)
        row = _Row(involvement.id if involvement else None, person, role, perpetrator, state)
        if involvement is not None:
            person.set_value(involvement.person_id)
            role.set_value(involvement.role)
            perpetrator.set_value(involvement.perpetrator_type)
            state.setCurrentIndex(max(state.findData(involvement.state_actor), 0))
        index = self.table.rowCount()
        self.table.insertRow(index)
        for column, widget in enumerate((person, role, perpetrator, state)):
            self.table.setCellWidget(index, column, widget)
        role.currentIndexChanged.connect(lambda _: self._role_changed(row))
        self._rows.append(row)
        self._role_changed(row)
        return row

    def _role_changed(self, row: _Row) -> None:
        perpetrator = row.role.value() == "alleged_perpetrator"
        row.perpetrator.setEnabled(perpetrator)
        row.state.setEnabled(perpetrator)

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
            del self._rows[index]

    def set_value(self, involvements: list[Involvement]) -> None:
        self.table.setRowCount(0)
        self._rows.clear()
        for involvement in involvements:
            self.add_row(involvement)

    def value(self, incident_id: int | None) -> list[Involvement]:
        result = []
        for row in self._rows:
            perpetrator = row.role.value() == "alleged_perpetrator"
            result.append(
                Involvement(
                    incident_id=incident_id or 0,
                    person_id=row.person.value() or 0,
                    role=row.role.value() or "other",
                    perpetrator_type=row.perpetrator.value() if perpetrator else None,
                    state_actor=row.state.currentData() if perpetrator else None,
                    id=row.id,
                )
            )
        return result
