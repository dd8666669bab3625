"""Which editor edits each record kind, and what names a record for the user.

Keyed by the record class of :mod:`logbook.core.record_kinds`: the finding-to-field opener
and the main window find a kind's editor here (a new kind adds its editor here).
"""

from __future__ import annotations

from typing import Any

from logbook.core.model import Case, Evidence, Incident, Injury, Person, Remedy, Statement
from logbook.core.record_kinds import RecordKind, by_entity
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor

EDITORS: dict[type, type[RecordEditor]] = {
    Case: CaseEditor,
    Person: PersonEditor,
    Incident: IncidentEditor,
    Injury: InjuryEditor,
    Statement: StatementEditor,
    Remedy: RemedyEditor,
    Evidence: EvidenceEditor,
}

# The field that names a record of a kind for the user; a kind without one (an injury)
# is named by its parent (its incident).
TITLES: dict[type, str] = {Case: "title", Person: "name", Incident: "title", Evidence: "filename"}


def kind_named(entity: str) -> RecordKind | None:
    """The record kind a finding's origin names (``source``: the case it belongs to)."""
    try:
        return by_entity("case" if entity == "source" else entity)
    except KeyError:
        return None


def editor_of(kind: RecordKind) -> type[RecordEditor] | None:
    return EDITORS.get(kind.cls)


def title_of(record: Any) -> str:
    """The name the user gave ``record`` ("" for a kind named by its parent)."""
    field = TITLES.get(type(record))
    return str(getattr(record, field) or "") if field else ""
