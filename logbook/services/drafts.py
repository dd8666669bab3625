"""Drafts: what an editor holds and has not saved, kept in the vault until saved or discarded.

A draft is the record as the editor's widgets have it (translations included), in JSON
made from its dataclass, plus what the editor needs besides it to open again
(``extra``: a new evidence item's file, say). It is not a record of the case: it is never
validated, sealed, indexed, dumped or exported (:mod:`logbook.vault.drafts`), and it is
stored nowhere but in the encrypted database.

Threading: every function runs on the vault session's thread (the app's worker).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from logbook.core.record_kinds import by_entity, kind_of, nested_type
from logbook.services.case_book import CaseBook
from logbook.vault.drafts import DraftRow, DraftStore


@dataclass(frozen=True)
class Draft:
    """A draft as read back. ``record`` is None if the body no longer makes a record of
    its kind (written by another version of Logbook): it can only be discarded."""

    key: str
    entity: str
    record_id: int | None
    record: Any
    updated_at: datetime
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Typed:
    """What an editor hands over to be kept: its key, the record as typed, and the
    editor's own arguments needed to open it again (JSON values)."""

    key: str
    record: Any
    extra: dict[str, Any] = field(default_factory=dict)


def to_json(record: Any, extra: dict[str, Any] | None = None) -> str:
    """The body of a draft: the record's fields (nested dataclasses as objects)."""
    body = {"record": dataclasses.asdict(record), "extra": extra or {}}
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def record_from_json(entity: str, body: str) -> tuple[Any, dict[str, Any]]:
    """The record of ``entity`` and the extra arguments a body holds. Raises
    ``ValueError`` (or ``KeyError``, ``TypeError``) if it does not make one."""
    cls = by_entity(entity).cls
    parsed = json.loads(body)
    values: dict[str, Any] = parsed["record"]
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in values:
            continue  # a field added since: its default
        value = values[f.name]
        nested = nested_type(cls, f.name)
        if nested is not None and isinstance(value, dict):
            value = nested(**value)
        kwargs[f.name] = value
    extra: dict[str, Any] = parsed.get("extra") or {}
    return cls(**kwargs), extra


def _row(book: CaseBook, typed: Typed) -> DraftRow:
    entity = kind_of(type(typed.record)).entity
    updated = book.session.clock().isoformat()
    body = to_json(typed.record, typed.extra)
    return DraftRow(typed.key, entity, typed.record.id, body, updated)


def save_draft(book: CaseBook, typed: Typed) -> None:
    """Keep ``typed`` as the draft of its key (replacing the one it had); committed."""
    keep_drafts(book, [typed], [])


def keep_drafts(book: CaseBook, kept: Sequence[Typed], dropped: Sequence[str] = ()) -> None:
    """Write the drafts ``kept`` and remove those of the keys ``dropped``, together in one
    transaction (locking and quitting hand over every open editor at once)."""
    store = DraftStore(book.session.conn)
    rows = [_row(book, typed) for typed in kept]
    with book.session.transaction():
        for row in rows:
            store.put(row)
        for key in dropped:
            store.delete(key)


def discard_draft(book: CaseBook, key: str) -> None:
    """Remove the draft of ``key``, if there is one."""
    keep_drafts(book, [], [key])


def drafts(book: CaseBook) -> list[Draft]:
    """Every draft in the vault, oldest first."""
    return [_read(row) for row in DraftStore(book.session.conn).all()]


def draft(book: CaseBook, key: str) -> Draft | None:
    row = DraftStore(book.session.conn).get(key)
    return _read(row) if row is not None else None


def _read(row: DraftRow) -> Draft:
    updated = datetime.fromisoformat(row.updated_at)
    try:
        record, extra = record_from_json(row.entity, row.body)
    except (ValueError, KeyError, TypeError):
        return Draft(row.key, row.entity, row.record_id, None, updated)
    return Draft(row.key, row.entity, row.record_id, record, updated, extra)
