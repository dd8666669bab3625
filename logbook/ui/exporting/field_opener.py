"""Opening the field an export finding or leak-check hit points at, in the editor of its
record.

A finding's origin names the record kind, its vault id and the field as in the case format
(``location.place``); editors name their rows by the same paths with ``/``. The editor
opens over the export dialog (its child, so locking closes it with the dialog); its saves
reach the lists and the dialog like every change, on ``Operations.changed``.

A finding's offsets are into the stored text. A hit's are into the text as exported, which
redaction changed (pseudonyms for names, ``[redacted]`` for marked passages):
:func:`open_passage` selects the same letters in the stored text, where they can be found.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from logbook.export.origin import Origin
from logbook.ui.editors.opening import ShowEditor, open_editor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.editors.registry import editor_of, kind_named
from logbook.ui.operations import Job, Operations


def field_path(origin: Origin) -> str:
    """The editor's path of the field: the source's fields sit under ``source/`` in the
    case editor; a translation (``translations.en.narrative``) is the input beside its
    original (``translations/en/narrative``), shown once the editor reveals it."""
    path = origin.field.replace(".", "/")
    return f"source/{path}" if origin.kind == "source" else path


def open_field(
    ops: Operations,
    show: ShowEditor,
    origin: Origin,
    parent: QWidget,
    start: int = 0,
    end: int = 0,
    then: Callable[[RecordEditor], None] | None = None,
) -> Job | None:
    """Open the record's editor with the field shown, focused and ``start:end`` selected
    (once the record has been read); ``then`` gets the editor. ``None`` for the document's
    own wording (nothing to edit)."""
    kind = kind_named(origin.kind)
    editor_class = editor_of(kind) if kind is not None else None
    if origin.record_id is None or kind is None or editor_class is None:
        return None
    record_id, cls = origin.record_id, kind.cls

    def shown(editor: RecordEditor) -> None:
        editor.focus_field(field_path(origin), start, end)
        if then is not None:
            then(editor)

    return open_editor(
        ops, editor_class, lambda book: book.get(cls, record_id), parent, show, shown
    )


# Texts the export composes from several fields: where their letters are stored.
_COMPOSED = {
    "label": ("pseudonym",),
    "location": ("location/place", "location/locality", "location/region"),
}


def open_passage(
    ops: Operations,
    show: ShowEditor,
    origin: Origin,
    parent: QWidget,
    exported: str,
    start: int,
    end: int,
    then: Callable[[RecordEditor], None] | None = None,
) -> Job | None:
    """Open the record's editor at the field of ``origin`` with the letters
    ``exported[start:end]`` selected where they stand in the stored text; with nothing
    selected if they cannot be found there."""

    def select(editor: RecordEditor) -> None:
        for path in (field_path(origin), *_COMPOSED.get(origin.field, ())):
            stored = field_text(editor, path) if end > start else None
            span = locate(stored, exported, start, end) if stored else None
            if span is not None:
                editor.focus_field(path, *span)
                break
        if then is not None:
            then(editor)

    return open_field(ops, show, origin, parent, then=select)


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
