"""Opening the field an export finding points at, in the editor of its record.

A finding's origin names the record kind, its vault id and the field as in the case format
(``location.place``); editors name their rows by the same paths with ``/``. The editor
opens over the export dialog (its child, so locking closes it with the dialog) and is wired
to the main window like any other editor, so the lists refresh after a save.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from logbook.core.model import Case, Evidence, Incident, Injury, Person, Remedy, Statement
from logbook.export.origin import Origin
from logbook.services.case_book import CaseBook
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.main_window import MainWindow


def field_path(origin: Origin) -> str:
    """The editor's path of the field: the source's fields sit under ``source/`` in the
    case editor."""
    path = origin.field.replace(".", "/")
    return f"source/{path}" if origin.kind == "source" else path


def open_field(
    window: MainWindow, origin: Origin, parent: QWidget, start: int = 0, end: int = 0
) -> RecordEditor | None:
    """Open the record's editor with the field shown, focused and ``start:end`` selected.
    ``None`` for the document's own wording (nothing to edit)."""
    if origin.record_id is None:
        return None
    editor = _editor(window.book, origin.kind, origin.record_id, parent)
    if editor is None:
        return None
    window.open_editor(editor)
    editor.focus_field(field_path(origin), start, end)
    return editor


def _editor(book: CaseBook, kind: str, record_id: int, parent: QWidget) -> RecordEditor | None:
    if kind in ("case", "source"):
        return CaseEditor(book, book.get(Case, record_id), parent)
    if kind == "person":
        return PersonEditor(book, book.get(Person, record_id), parent)
    if kind == "evidence":
        return EvidenceEditor(book, book.get(Evidence, record_id), None, parent)
    if kind == "incident":
        incident = book.get(Incident, record_id)
        return IncidentEditor(book, incident, book.persons(incident.case_id), parent)
    if kind == "remedy":
        return RemedyEditor(book, book.get(Remedy, record_id), parent)
    if kind in ("injury", "statement"):
        record = book.get(Injury if kind == "injury" else Statement, record_id)
        persons = book.persons(book.get(Incident, record.incident_id).case_id)
        cls = InjuryEditor if kind == "injury" else StatementEditor
        return cls(book, record, persons, parent)
    return None
