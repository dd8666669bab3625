"""Opening the field an export finding or leak-check hit points at, in the editor of its
record.

A finding's origin names the record kind, its vault id and the field as in the case format
(``location.place``); editors name their rows by the same paths with ``/``. The editor
opens over the export dialog (its child, so locking closes it with the dialog) and is wired
to the main window like any other editor, so the lists refresh after a save.

A finding's offsets are into the stored text. A hit's are into the text as exported, which
redaction changed (pseudonyms for names, ``[redacted]`` for marked passages):
:func:`open_passage` selects the same letters in the stored text, where they can be found.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from logbook.core.model import Case, Evidence, Incident, Injury, Person, Remedy, Statement
from logbook.export.origin import Origin
from logbook.services.case_book import CaseBook
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor


def field_path(origin: Origin) -> str:
    """The editor's path of the field: the source's fields sit under ``source/`` in the
    case editor."""
    path = origin.field.replace(".", "/")
    return f"source/{path}" if origin.kind == "source" else path


# Shows an editor the way the main window does (its saves reach the window's lists).
ShowEditor = Callable[[RecordEditor], object]


def open_field(
    book: CaseBook,
    show: ShowEditor,
    origin: Origin,
    parent: QWidget,
    start: int = 0,
    end: int = 0,
) -> RecordEditor | None:
    """Open the record's editor with the field shown, focused and ``start:end`` selected.
    ``None`` for the document's own wording (nothing to edit)."""
    if origin.record_id is None:
        return None
    editor = _editor(book, origin.kind, origin.record_id, parent)
    if editor is None:
        return None
    show(editor)
    editor.focus_field(field_path(origin), start, end)
    return editor


# Texts the export composes from several fields: where their letters are stored.
_COMPOSED = {
    "label": ("pseudonym",),
    "location": ("location/place", "location/locality", "location/region"),
}


def open_passage(
    book: CaseBook,
    show: ShowEditor,
    origin: Origin,
    parent: QWidget,
    exported: str,
    start: int,
    end: int,
) -> RecordEditor | None:
    """Open the record's editor at the field of ``origin`` with the letters
    ``exported[start:end]`` selected where they stand in the stored text; with nothing
    selected if they cannot be found there."""
    editor = open_field(book, show, origin, parent)
    if editor is None or end <= start:
        return editor
    for path in (field_path(origin), *_COMPOSED.get(origin.field, ())):
        stored = field_text(editor, path)
        span = locate(stored, exported, start, end) if stored else None
        if span is not None:
            editor.focus_field(path, *span)
            break
    return editor


def field_text(editor: RecordEditor, path: str) -> str | None:
    """The text of the editor's field at ``path`` (``None`` if it has no such text field)."""
    for form in editor.forms:
        widget = form.widget_of(path)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
    return None


def locate(stored: str, exported: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``exported[start:end]`` stands in ``stored``, the text it was exported from:
    found with as much of its surroundings as the two texts share (what redaction left
    is unchanged), the occurrence nearest the same relative position if there are
    several; ``None`` if the letters are not in ``stored`` at all."""
    if end <= start:
        return None
    where = start * len(stored) / max(len(exported), 1)
    for around in _AROUND:
        first = max(start - around, 0)
        needle = exported[first : end + around]
        found = _find_all(stored, needle)
        if found and (len(found) == 1 or around == 0):
            best = min(found, key=lambda at: abs(at + start - first - where))
            return best + start - first, best + end - first
    return None


_AROUND = (40, 20, 10, 5, 0)  # characters of context tried either side


def _find_all(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


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
        if kind == "injury":
            injury = book.get(Injury, record_id)
            return InjuryEditor(book, injury, _incident_persons(book, injury.incident_id), parent)
        statement = book.get(Statement, record_id)
        persons = _incident_persons(book, statement.incident_id)
        return StatementEditor(book, statement, persons, parent)
    return None


def _incident_persons(book: CaseBook, incident_id: int) -> list[Person]:
    """The persons of the case an incident belongs to (whom its parts may name)."""
    return book.persons(book.get(Incident, incident_id).case_id)
