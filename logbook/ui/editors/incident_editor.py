"""Editing an incident: when and where, what happened, who was involved, and what belongs
to it (injuries, witness statements, steps taken with national authorities).

Injuries, statements and remedies are their own records: their tabs open once the incident
has been saved (Apply saves without closing).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from logbook.core import vocabularies as v
from logbook.core.model import Incident, Injury, Involvement, Location, Person, Remedy, Statement
from logbook.services.case_book import CaseBook
from logbook.services.changes import Outcome
from logbook.services.incident_editing import save_incident
from logbook.ui.deleting import confirm_and_delete
from logbook.ui.editors.fields import CheckListField, LineField, RecordChecksField, TextField
from logbook.ui.editors.fuzzy_date_field import FuzzyDateField
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.involvement_table import InvolvementTable
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.labels import label
from logbook.ui.record_list import RecordList
from logbook.ui.record_model import Column


class _ChildList(RecordList):
    """A list of the incident's parts, with a note while the incident is not yet saved."""

    note: QLabel


class IncidentEditor(RecordEditor):
    record: Incident

    def __init__(
        self, book: CaseBook, record: Incident, persons: list[Person], parent: QWidget | None = None
    ) -> None:
        self.persons = persons
        self._names = {p.id: p.name for p in persons}
        super().__init__(book, record, parent)
        apply = self.buttons.addButton(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.save)
        self.saved.connect(lambda _: self._refresh_children())
        self._refresh_children()

    def title(self) -> str:
        return self.tr("New incident") if self.record.id is None else self.tr("Edit incident")

    def build(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details(), self.tr("Details"))
        self.involvements = InvolvementTable(self.persons)
        self.tabs.addTab(self.involvements, self.tr("People involved"))
        self.injuries = self._child_list(
            [
                Column(self.tr("Person"), lambda i: self._names.get(i.person_id, "")),
                Column(self.tr("Type"), lambda i: label(i.type)),
                Column(self.tr("Body location"), lambda i: i.body_location or ""),
                Column(
                    self.tr("Medical confidentiality"),
                    lambda i: self.tr("confidential") if i.medically_confidential else "",
                ),
            ],
            Injury,
            self.tr("&New injury…"),
        )
        self.statements = self._child_list(
            [
                Column(self.tr("Who"), lambda s: self._names.get(s.person_id, "")),
                Column(self.tr("Taken on"), lambda s: s.taken_on or ""),
                Column(self.tr("Language"), lambda s: s.language or ""),
                Column(self.tr("Confidential"), lambda s: self.tr("yes") if s.confidential else ""),
            ],
            Statement,
            self.tr("&New statement…"),
        )
        self.remedies = self._child_list(
            [
                Column(self.tr("Type"), lambda r: label(r.type)),
                Column(self.tr("Authority"), lambda r: r.authority or ""),
                Column(self.tr("Date"), lambda r: r.date or ""),
                Column(self.tr("Status"), lambda r: label(r.status)),
            ],
            Remedy,
            self.tr("&New remedy…"),
        )
        self.tabs.addTab(self.injuries, self.tr("Injuries"))
        self.tabs.addTab(self.statements, self.tr("Statements"))
        self.tabs.addTab(self.remedies, self.tr("Domestic remedies"))
        return self.tabs

    def _details(self) -> QWidget:
        form = self.new_form()
        self.title_field = form.add("title", self.tr("&Title"), LineField())
        self.date = form.add("date", self.tr("&When"), FuzzyDateField())
        self.country = form.add("location/country", self.tr("&Country code"), LineField())
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("KZ")
        self.region = form.add("location/region", self.tr("&Region"), LineField())
        self.locality = form.add("location/locality", self.tr("&Locality (city)"), LineField())
        self.place = form.add("location/place", self.tr("&Place (exact)"), LineField())
        self.narrative = form.add("narrative", self.tr("&Narrative"), TextField())
        self.violations = form.add(
            "violations", self.tr("&Violations"), CheckListField(v.VIOLATIONS)
        )
        self.evidence = form.add("evidence_ids", self.tr("Evidence &files"), RecordChecksField())
        self.evidence.set_choices(
            [(e.id, e.description or e.filename) for e in self.book.evidence(self.record.case_id)]
        )
        self.ongoing = form.add(
            "ongoing",
            self.tr("&Ongoing"),
            QCheckBox(self.tr("ongoing or imminent (leads to an urgent appeal)")),
        )
        return form

    def _child_list(self, columns: list[Column], cls: type, add_text: str) -> _ChildList:
        lst = _ChildList(
            columns,
            add=lambda: self._open_child(self._new_child(cls)),
            edit=self._open_child,
            delete=self._delete_child,
            add_text=add_text,
        )
        lst.note = QLabel(self.tr("Save the incident first (Apply)."))
        layout = lst.layout()
        assert isinstance(layout, QBoxLayout)  # RecordList's own
        layout.insertWidget(0, lst.note)
        return lst

    def _new_child(self, cls: type) -> Any:
        incident_id = self.record.id
        assert incident_id is not None  # adding is enabled once the incident is saved
        first_person = (self.persons[0].id or 0) if self.persons else 0  # stored: has an id
        if cls is Injury:
            return Injury(incident_id=incident_id, person_id=first_person, type="other")
        if cls is Statement:
            return Statement(incident_id=incident_id, person_id=first_person, text="")
        return Remedy(incident_id=incident_id, type="other")

    def _open_child(self, record: Any) -> None:
        if isinstance(record, Remedy):
            editor: RecordEditor = RemedyEditor(self.book, record, self)
        elif isinstance(record, Injury):
            editor = InjuryEditor(self.book, record, self.persons, self)
        else:
            editor = StatementEditor(self.book, record, self.persons, self)
        editor.saved.connect(lambda outcome: self._child_saved(outcome))
        editor.open()

    def _child_saved(self, outcome: Outcome[Any]) -> None:
        self._refresh_children()
        self.saved.emit(outcome)

    def _delete_child(self, record: Any) -> None:
        question = self.tr("Delete this record?")
        outcome = confirm_and_delete(self, self.book, record, question)
        if outcome is not None:
            self._child_saved(outcome)

    def _refresh_children(self) -> None:
        incident_id = self.record.id
        for lst, cls in (
            (self.injuries, Injury),
            (self.statements, Statement),
            (self.remedies, Remedy),
        ):
            exists = incident_id is not None
            lst.note.setVisible(not exists)
            lst.add_button.setEnabled(exists and (cls is Remedy or bool(self.persons)))
            lst.set_records(
                self.book.of_incident(cls, incident_id) if incident_id is not None else []
            )

    def load(self, incident: Incident) -> None:
        self.title_field.setText(incident.title)
        self.date.set_value(incident.date)
        self.country.set_value(incident.location.country)
        self.region.set_value(incident.location.region)
        self.locality.set_value(incident.location.locality)
        self.place.set_value(incident.location.place)
        self.narrative.set_value(incident.narrative)
        self.violations.set_value(incident.violations)
        self.ongoing.setChecked(incident.ongoing)
        self.evidence.set_value(incident.evidence_ids)
        existing = self.book.of_incident(Involvement, incident.id) if incident.id else []
        self.involvements.set_value(existing)

    def collect(self) -> Incident:
        return replace(
            self.record,
            title=self.title_field.text().strip(),
            date=self.date.value(),
            location=Location(
                country=(self.country.value() or "").upper() or None,
                region=self.region.value(),
                locality=self.locality.value(),
                place=self.place.value(),
            ),
            narrative=self.narrative.value(),
            violations=self.violations.value(),
            ongoing=self.ongoing.isChecked(),
            evidence_ids=self.evidence.value(),
        )

    def snapshot(self) -> Any:
        return (self.collect(), self.involvements.value(self.record.id))

    def store(self, record: Incident) -> Outcome[Incident]:
        return save_incident(self.book, record, self.involvements.value(record.id))
