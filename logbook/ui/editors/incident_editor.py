"""Editing an incident: when and where, what happened, who was involved, and what belongs
to it (injuries, witness statements, steps taken with national authorities).

Injuries, statements and remedies are their own records: their tabs open once the incident
has been saved (Apply saves without closing). Their lists follow every change made through
the operations (a part saved in its own editor, a person added elsewhere).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
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
from logbook.core.model import Incident, Injury, Involvement, Location, Remedy, Statement
from logbook.core.record_kinds import children
from logbook.services.case_book import CaseBook
from logbook.services.changes import Outcome
from logbook.services.incident_editing import save_incident
from logbook.ui.countries import language_names
from logbook.ui.deleting import confirm_and_delete
from logbook.ui.editors.country_field import CountryField
from logbook.ui.editors.fields import CheckListField, LineField, RecordChecksField, TextField
from logbook.ui.editors.fuzzy_date_field import FuzzyDateField
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.involvement_table import InvolvementTable
from logbook.ui.editors.opening import open_editor
from logbook.ui.editors.record_editor import Context, RecordEditor
from logbook.ui.labels import label
from logbook.ui.operations import Operations
from logbook.ui.record_list import RecordList
from logbook.ui.record_model import Column


class _ChildList(RecordList):
    """A list of the incident's parts, with a note while the incident is not yet saved."""

    note: QLabel


class IncidentEditor(RecordEditor):
    record: Incident

    def __init__(
        self,
        ops: Operations,
        record: Incident,
        context: Context | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.persons = (context or {}).get("persons", [])
        self._names = {p.id: p.name for p in self.persons}
        super().__init__(ops, record, context, parent)
        apply = self.buttons.addButton(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(lambda: self.save())
        ops.changed.connect(self._changed_elsewhere)
        self._refresh_children()

    @classmethod
    def gather(cls, book: CaseBook, record: Incident) -> Context:
        incident_id = record.id
        context: Context = {
            "persons": book.persons(record.case_id),
            "evidence": book.evidence(record.case_id),
        }
        for part in children(Incident):  # its involvements, injuries, statements, remedies
            found = book.of_incident(part.cls, incident_id) if incident_id is not None else []
            context[part.interchange_key] = found
        return context

    def _changed_elsewhere(self, outcome: Outcome[Any]) -> None:
        """A part saved or deleted (in its own editor or here): show the lists anew."""
        if self.saving is None and {c.entity for c in outcome.changes} & _FOLLOWED:
            self.reread(show_record=False)

    def context_changed(self) -> None:
        self.persons = self.context.get("persons", [])
        self._names.clear()
        self._names.update({p.id: p.name for p in self.persons})
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
        languages = language_names()
        self.statements = self._child_list(
            [
                Column(self.tr("Who"), lambda s: self._names.get(s.person_id, "")),
                Column(self.tr("Taken on"), lambda s: s.taken_on or ""),
                Column(
                    self.tr("Language"),
                    lambda s: languages.get(s.language, s.language) if s.language else "",
                ),
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
        self.country = form.add("location/country", self.tr("&Country"), CountryField())
        self.region = form.add("location/region", self.tr("&Region"), LineField())
        self.locality = form.add("location/locality", self.tr("&Locality (city)"), LineField())
        self.place = form.add("location/place", self.tr("&Place (exact)"), LineField())
        self.narrative = form.add("narrative", self.tr("&Narrative"), TextField())
        self.violations = form.add(
            "violations", self.tr("&Violations"), CheckListField(v.VIOLATIONS)
        )
        self.evidence = form.add("evidence_ids", self.tr("Evidence &files"), RecordChecksField())
        self.evidence.set_choices(
            [(e.id, e.description or e.filename) for e in self.context.get("evidence", [])]
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
        editor = _CHILD_EDITORS[type(record)]
        fresh: Callable[[CaseBook], Any] = (
            (lambda book: book.get(type(record), record.id))
            if record.id is not None
            else (lambda _: record)
        )
        open_editor(self.ops, editor, fresh, self, lambda e: e.open())

    def _delete_child(self, record: Any) -> None:
        confirm_and_delete(self, self.ops, record, self.tr("Delete this record?"))

    def _refresh_children(self) -> None:
        exists = self.record.id is not None
        lists = (self.injuries, self.statements, self.remedies)
        for lst, (key, cls) in zip(lists, _PARTS, strict=True):
            lst.note.setVisible(not exists)
            lst.add_button.setEnabled(exists and (cls is Remedy or bool(self.persons)))
            lst.set_records(self.context.get(key, []))

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
        self.involvements.set_value(self.context.get("involvements", []) if incident.id else [])

    def collect(self) -> Incident:
        return replace(
            self.record,
            title=self.title_field.text().strip(),
            date=self.date.value(),
            location=Location(
                country=self.country.value(),
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

    def draft_extra(self) -> dict[str, Any]:
        """The People involved table as typed: part of what a draft keeps."""
        rows = self.involvements.value(self.record.id)
        return {**super().draft_extra(), "involvements": [dataclasses.asdict(r) for r in rows]}

    def show_draft_extra(self, extra: dict[str, Any]) -> None:
        if "involvements" in extra:
            self.involvements.set_value([Involvement(**row) for row in extra["involvements"]])

    def storing(self, record: Incident) -> Callable[[CaseBook], Outcome[Incident]]:
        involvements = self.involvements.value(record.id)
        return lambda book: save_incident(book, record, involvements)


# The parts listed in tabs, by the context key they are read into.
_PARTS: tuple[tuple[str, type], ...] = (
    ("injuries", Injury),
    ("statements", Statement),
    ("remedies", Remedy),
)
_FOLLOWED = {"involvement", "injury", "statement", "remedy", "person", "evidence"}
_CHILD_EDITORS: dict[type, type[RecordEditor]] = {
    Injury: InjuryEditor,
    Statement: StatementEditor,
    Remedy: RemedyEditor,
}
