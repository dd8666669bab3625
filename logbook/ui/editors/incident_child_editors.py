"""Editors for what belongs to an incident: injuries, witness statements, domestic remedies.

Each takes the case's persons to choose from (by name; the app is the user's own record).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from logbook.core import vocabularies as v
from logbook.core.model import Injury, Remedy, Statement
from logbook.services.case_book import CaseBook
from logbook.ui.editors.country_field import LanguageField
from logbook.ui.editors.fields import (
    ChoiceField,
    LineField,
    RecordChecksField,
    ReferenceField,
    TextField,
)
from logbook.ui.editors.record_editor import Context, RecordEditor

_WARNING_STYLE = "font-weight: bold; color: #8a4b00;"


class _WithPerson(RecordEditor):
    """Names a person of the case (and may link the case's evidence)."""

    @classmethod
    def gather(cls, book: CaseBook, record: Any) -> Context:
        case_id = book.case_id_of(record)
        return {"persons": book.persons(case_id), "evidence": book.evidence(case_id)}

    def person_field(self) -> ReferenceField:
        field = ReferenceField()
        persons = self.context.get("persons", [])
        field.set_choices([(p.id, p.name) for p in persons if p.id is not None])
        return field


class InjuryEditor(_WithPerson):
    record: Injury

    def title(self) -> str:
        return self.tr("New injury") if self.record.id is None else self.tr("Edit injury")

    def build(self) -> QWidget:
        form = self.new_form()
        # The flag comes first and stands out: it decides what an export may show.
        self.confidential = form.add(
            "medically_confidential",
            self.tr("&Confidential"),
            QCheckBox(self.tr("Medically confidential: withheld unless the person consented")),
        )
        self.confidential.setStyleSheet(_WARNING_STYLE)
        self.person = form.add("person_id", self.tr("&Person"), self.person_field())
        self.type = form.add("type", self.tr("&Type"), ChoiceField(v.INJURY_TYPES))
        self.body_location = form.add("body_location", self.tr("&Body location"), LineField())
        self.description = form.add("description", self.tr("&Description"), TextField())
        self.observed_on = form.add("observed_on", self.tr("&Observed on"), LineField())
        self.observed_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.examined_by = form.add("examined_by", self.tr("E&xamined by"), LineField())
        self.facility = form.add("facility", self.tr("&Facility"), LineField())
        self.evidence = form.add("evidence_ids", self.tr("E&vidence"), RecordChecksField())
        self.evidence.set_choices(
            [(e.id, e.description or e.filename) for e in self.context.get("evidence", [])]
        )
        self.consistency = form.add(
            "consistency",
            self.tr("Istanbul Protocol consistenc&y"),
            ChoiceField(v.CONSISTENCY_LEVELS),
        )
        return form

    def load(self, injury: Injury) -> None:
        self.confidential.setChecked(injury.medically_confidential)
        self.person.set_value(injury.person_id)
        self.type.set_value(injury.type)
        self.body_location.set_value(injury.body_location)
        self.description.set_value(injury.description)
        self.observed_on.set_value(injury.observed_on)
        self.examined_by.set_value(injury.examined_by)
        self.facility.set_value(injury.facility)
        self.consistency.set_value(injury.consistency)
        self.evidence.set_value(injury.evidence_ids)

    def collect(self) -> Injury:
        return replace(
            self.record,
            medically_confidential=self.confidential.isChecked(),
            # None when no person is chosen; validation reports it at the field.
            person_id=self.person.value(),  # type: ignore[arg-type]
            type=self.type.value() or "other",
            body_location=self.body_location.value(),
            description=self.description.value() or None,
            observed_on=self.observed_on.value(),
            examined_by=self.examined_by.value(),
            facility=self.facility.value(),
            consistency=self.consistency.value() or "not_assessed",
            evidence_ids=self.evidence.value(),
        )


class StatementEditor(_WithPerson):
    record: Statement

    def title(self) -> str:
        return self.tr("New statement") if self.record.id is None else self.tr("Edit statement")

    def build(self) -> QWidget:
        form = self.new_form()
        self.person = form.add("person_id", self.tr("&Who"), self.person_field())
        self.taken_on = form.add("taken_on", self.tr("&Taken on"), LineField())
        self.taken_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.language = form.add("language", self.tr("&Language"), LanguageField())
        self.confidential = form.add(
            "confidential", self.tr("&Confidential"), QCheckBox(self.tr("never quoted in exports"))
        )
        self.text = form.add("text", self.tr("&Statement"), TextField())
        return form

    def load(self, statement: Statement) -> None:
        self.person.set_value(statement.person_id)
        self.taken_on.set_value(statement.taken_on)
        self.language.set_value(statement.language)
        self.confidential.setChecked(statement.confidential)
        self.text.set_value(statement.text)

    def collect(self) -> Statement:
        return replace(
            self.record,
            # None when no person is chosen; validation reports it at the field.
            person_id=self.person.value(),  # type: ignore[arg-type]
            taken_on=self.taken_on.value(),
            language=self.language.value(),
            confidential=self.confidential.isChecked(),
            text=self.text.value(),
        )


class RemedyEditor(RecordEditor):
    record: Remedy

    def title(self) -> str:
        return (
            self.tr("New domestic remedy")
            if self.record.id is None
            else self.tr("Edit domestic remedy")
        )

    def build(self) -> QWidget:
        form = self.new_form()
        form.add_widget(
            QLabel(self.tr("A step taken with the national authorities, and its result."))
        )
        self.type = form.add("type", self.tr("&Type"), ChoiceField(v.REMEDY_TYPES))
        self.authority = form.add("authority", self.tr("&Authority"), LineField())
        self.date = form.add("date", self.tr("&Date"), LineField())
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.reference = form.add("reference", self.tr("&Reference"), LineField())
        self.status = form.add("status", self.tr("&Status"), ChoiceField(v.REMEDY_STATUSES))
        self.outcome = form.add("outcome", self.tr("&Outcome"), TextField())
        return form

    def load(self, remedy: Remedy) -> None:
        self.type.set_value(remedy.type)
        self.authority.set_value(remedy.authority)
        self.date.set_value(remedy.date)
        self.reference.set_value(remedy.reference)
        self.status.set_value(remedy.status)
        self.outcome.set_value(remedy.outcome)

    def collect(self) -> Remedy:
        return replace(
            self.record,
            type=self.type.value() or "other",
            authority=self.authority.value(),
            date=self.date.value(),
            reference=self.reference.value(),
            status=self.status.value() or "unknown",
            outcome=self.outcome.value() or None,
        )
