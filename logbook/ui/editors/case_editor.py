"""Editing a case: what is submitted, to whom, and who submits it."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QWidget

from logbook.core import vocabularies as v
from logbook.core.model import Case, Source
from logbook.ui.editors.country_field import CountryField
from logbook.ui.editors.fields import CheckListField, ChoiceField, LineField, TextField
from logbook.ui.editors.record_editor import RecordEditor


class CaseEditor(RecordEditor):
    record: Case
    translated_parts: ClassVar[dict[str, type]] = {"source": Source}  # its relationship

    def title(self) -> str:
        return self.tr("New case") if self.record.id is None else self.tr("Edit case")

    def build(self) -> QWidget:
        tabs = QTabWidget()
        main = self.new_form()
        self.title_field = main.add("title", self.tr("&Title"), LineField())
        self.country = main.add("country", self.tr("&Country"), CountryField())
        self.summary = main.add("summary", self.tr("&Summary"), TextField())
        self.mandates = main.add(
            "mandates", self.tr("&Mandates addressed"), CheckListField(v.MANDATES)
        )
        self.communication = main.add(
            "communication_type", self.tr("Communication t&ype"), ChoiceField(v.COMMUNICATION_TYPES)
        )
        tabs.addTab(main, self.tr("Case"))

        requests = self.new_form()
        self.concerns = requests.add("concerns", self.tr("C&oncerns"), TextField())
        self.requested = requests.add("requested_action", self.tr("&Requested action"), TextField())
        tabs.addTab(requests, self.tr("Concerns and requests"))

        source = self.new_form()
        self.source_name = source.add("source/name", self.tr("Source &name"), LineField())
        self.source_kind = source.add(
            "source/kind", self.tr("Source &kind"), ChoiceField(v.ACTOR_KINDS)
        )
        self.source_contact = source.add("source/contact", self.tr("Source c&ontact"), LineField())
        self.source_relationship = source.add(
            "source/relationship", self.tr("Relationship to the &victims"), LineField()
        )
        tabs.addTab(source, self.tr("Source (confidential)"))
        return tabs

    def load(self, case: Case) -> None:
        self.title_field.set_value(case.title)
        self.country.set_value(case.country)
        self.summary.set_value(case.summary)
        self.mandates.set_value(case.mandates)
        self.communication.set_value(case.communication_type)
        self.concerns.set_value(case.concerns)
        self.requested.set_value(case.requested_action)
        source = case.source or Source()
        self.source_name.set_value(source.name)
        self.source_kind.set_value(source.kind)
        self.source_contact.set_value(source.contact)
        self.source_relationship.set_value(source.relationship)

    def collect(self) -> Case:
        name = self.source_name.value()
        source = None
        if name or self.source_contact.value() or self.source_relationship.value():
            source = Source(
                name=name or "",
                kind=self.source_kind.value() or "organisation",
                contact=self.source_contact.value(),
                relationship=self.source_relationship.value(),
            )
        return replace(
            self.record,
            title=self.title_field.text().strip(),
            country=self.country.value(),
            summary=self.summary.value(),
            mandates=self.mandates.value(),
            communication_type=self.communication.value() or "auto",
            concerns=self.concerns.value(),
            requested_action=self.requested.value(),
            source=source,
        )
