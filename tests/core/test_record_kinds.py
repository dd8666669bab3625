"""The table of record kinds: consistent with the model, the vault schema and the case
format; and enough, with a table and a schema entry, for a new kind to be stored,
cascaded, audited, dumped and imported like the others.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import json
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from logbook.core import interchange, interchange_schema, model, record_kinds
from logbook.core.errors import InterchangeError, ValidationError
from logbook.core.model import Case, Incident, Person
from logbook.core.record_kinds import (
    KINDS,
    RecordKind,
    by_entity,
    children,
    dependents,
    kind_of,
    timeless,
)
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case
from logbook.vault import search_index
from logbook.vault.lifecycle import create_vault
from logbook.vault.records import columns
from logbook.vault.session import VaultSession
from tests.conftest import FAST_KDF, PASSPHRASE, FixedClock


def table_columns(session: VaultSession, table: str) -> set[str]:
    return {row[1] for row in session.conn.execute(f"PRAGMA table_info({table})")}


# The table ---------------------------------------------------------------------------


def test_every_record_class_of_the_model_is_a_kind() -> None:
    records = {
        cls
        for _, cls in inspect.getmembers(model, inspect.isclass)
        if dataclasses.is_dataclass(cls) and "id" in {f.name for f in dataclasses.fields(cls)}
    }
    assert records == {kind.cls for kind in KINDS}


def test_names_are_unique_and_lookups_find_each_kind() -> None:
    for attribute in ("cls", "entity", "table", "interchange_key"):
        values = [getattr(kind, attribute) for kind in KINDS]
        assert len(set(values)) == len(values), attribute
    prefixes = [kind.ref_prefix for kind in KINDS if kind.ref_prefix]
    assert len(set(prefixes)) == len(prefixes)
    for kind in KINDS:
        assert kind_of(kind.cls) is kind and by_entity(kind.entity) is kind


def test_every_parent_is_a_kind_earlier_in_the_table() -> None:
    assert KINDS[0].cls is Case and KINDS[0].parent is None
    for place, kind in enumerate(KINDS[1:], start=1):
        assert kind.parent is not None and kind.parent_kind is not None, kind.entity
        assert kind.parent in {f.name for f in dataclasses.fields(kind.cls)}
        earlier = [k.cls for k in KINDS[:place]]
        assert kind.parent_kind in earlier, kind.entity
        assert kind in children(kind.parent_kind)


def test_references_and_links_name_kinds_by_fields_of_ids() -> None:
    for kind in KINDS:
        hints = typing.get_type_hints(kind.cls)
        for name, target in kind.references.items():
            assert hints[name] is int and target in {k.cls for k in KINDS}, (kind.entity, name)
        for name, target in kind.links.items():
            assert hints[name] == list[int] and target in {k.cls for k in KINDS}


def test_a_kind_with_ids_has_a_ref_and_a_position() -> None:
    for kind in KINDS:
        fields = {f.name for f in dataclasses.fields(kind.cls)}
        assert ("ref" in fields) == (kind.ref_prefix is not None), kind.entity
        if kind.parent_kind is not None and kind.ref_prefix is not None:
            assert "position" in fields, kind.entity


def test_every_free_text_field_is_a_text_field() -> None:
    for kind in KINDS:
        hints = typing.get_type_hints(kind.cls)
        for name in kind.free_text:
            assert hints[name] in (str, str | None), (kind.entity, name)


def test_the_search_index_has_a_code_for_each_indexed_kind() -> None:
    indexed = {kind.entity for kind in KINDS if kind.indexed}
    assert indexed == set(search_index._KINDS) == {"incident", "person", "statement"}


def test_every_interchange_key_is_in_the_json_schema() -> None:
    schema = interchange_schema.schema()
    for kind in KINDS:
        assert kind.entity in schema["$defs"], kind.entity
        if kind.parent_kind in (None, Case):  # the case's lists are the document's own
            owner = schema
        else:
            owner = schema["$defs"][kind_of(kind.parent_kind).entity]
        assert kind.interchange_key in owner["properties"], kind.entity


def test_every_table_has_a_column_for_every_stored_field(session: VaultSession) -> None:
    for kind in KINDS:
        stored = table_columns(session, kind.table)
        fields = {f.name for f in dataclasses.fields(kind.cls)} - set(kind.links)
        assert fields <= stored, (kind.entity, fields - stored)
        assert {"id", *columns(kind.cls)} == stored, kind.entity


def test_cascades_are_the_schemas(session: VaultSession) -> None:
    """What the table says goes with a record is what the database's ON DELETE CASCADE
    foreign keys remove (link tables aside)."""
    by_table = {kind.table: kind for kind in KINDS}
    in_schema: dict[type, set[tuple[type, str]]] = {}
    for kind in KINDS:
        for row in session.conn.execute(f"PRAGMA foreign_key_list({kind.table})"):
            target, column, on_delete = row[2], row[3], row[6]
            assert on_delete == "CASCADE"
            in_schema.setdefault(by_table[target].cls, set()).add((kind.cls, column))
    for kind in KINDS:
        table = {(k.cls, column) for k, column in dependents(kind.cls)}
        assert table == in_schema.get(kind.cls, set()), kind.entity


# A new kind, for this test only --------------------------------------------------------


@dataclass
class Note:
    """A note on an incident about one person: free text, as a new kind would be."""

    incident_id: int
    person_id: int
    text: str
    ref: str = ""
    position: int | None = None
    id: int | None = None


def check_note(note: Note) -> list[tuple[str, str]]:
    return [] if note.text.strip() else [("text", "is required")]


NOTE = RecordKind(
    Note,
    "note",
    "notes",
    "notes",
    timeless(check_note),
    ref_prefix="n",
    parent="incident_id",
    parent_kind=Incident,
    references={"person_id": Person},
    free_text=("text",),
)

# What a migration would add.
NOTES_TABLE = """
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (incident_id, ref)
)
"""


def note_schema() -> dict[str, Any]:
    """The case format's JSON Schema with notes, as the shipped schema file would have."""
    schema = copy.deepcopy(interchange_schema.schema())
    schema["$defs"]["note"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "person", "text"],
        "properties": {
            "id": {"$ref": "#/$defs/id"},
            "person": {"$ref": "#/$defs/id"},
            "text": {"$ref": "#/$defs/text"},
        },
    }
    incident = schema["$defs"]["incident"]["properties"]
    incident["notes"] = {"type": "array", "items": {"$ref": "#/$defs/note"}, "default": []}
    return schema


@pytest.fixture
def notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes registered: in the table of kinds and in the case format (the vault's table
    is made by :func:`add_notes_table`)."""
    monkeypatch.setattr(record_kinds, "KINDS", (*KINDS, NOTE))
    schema = note_schema()
    monkeypatch.setattr(interchange_schema, "schema", lambda: schema)
    monkeypatch.setattr(interchange, "_validator", lambda: Draft202012Validator(schema))


def add_notes_table(session: VaultSession) -> None:
    with session.transaction():
        session.conn.execute(NOTES_TABLE)


@pytest.fixture
def noted(notes: None, book: CaseBook) -> CaseBook:
    add_notes_table(book.session)
    return book


@pytest.fixture
def other_book(notes: None, tmp_path: Path, clock: FixedClock) -> Iterator[CaseBook]:
    opened, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF, clock=clock)
    add_notes_table(opened)
    yield CaseBook(opened)
    opened.close()


def a_case(book: CaseBook) -> tuple[Case, Person, Incident]:
    case = book.save(Case(title="Raid")).record
    assert case is not None and case.id is not None
    person = book.save(Person(case_id=case.id, name="Айгерим Сапарова")).record
    incident = book.save(Incident(case_id=case.id, title="Search of the office")).record
    assert person is not None and incident is not None
    return case, person, incident


def a_note(book: CaseBook, incident: Incident, person: Person, text: str) -> Note:
    assert incident.id is not None and person.id is not None
    note = book.save(Note(incident_id=incident.id, person_id=person.id, text=text)).record
    assert note is not None
    return note


def test_a_new_kind_is_saved_checked_and_read_back(noted: CaseBook) -> None:
    case, person, incident = a_case(noted)
    note = a_note(noted, incident, person, "She was not allowed to call a lawyer.")
    assert note.ref.startswith("n-") and note.position == 0
    assert noted.get(Note, note.id) == note  # type: ignore[arg-type]
    assert noted.of_case(Note, case.id) == [note]  # type: ignore[arg-type]
    assert noted.case_id_of(note) == case.id
    entries = noted.session.audit.entries()
    assert (entries[-1].action, entries[-1].entity) == ("create", "note")
    with pytest.raises(ValidationError) as raised:
        a_note(noted, incident, person, "   ")
    assert raised.value.problems == [("text", "is required")]


def test_a_new_kind_goes_with_its_incident_audited(noted: CaseBook) -> None:
    _, person, incident = a_case(noted)
    note = a_note(noted, incident, person, "Seen by a doctor two days later.")
    assert incident.id is not None
    changes = noted.delete(Incident, incident.id).changes
    assert ("deleted", "note", note.id) in [(c.action, c.entity, c.id) for c in changes]
    session = noted.session
    assert session.conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    audited = [(e.action, e.entity, e.entity_id) for e in session.audit.entries()]
    assert ("delete", "note", note.id) in audited
    assert session.audit.verify().intact
    assert session.audit.check_records().problems == []


def test_a_new_kind_goes_with_the_person_it_names(noted: CaseBook) -> None:
    _, person, incident = a_case(noted)
    note = a_note(noted, incident, person, "Seen by a doctor two days later.")
    assert person.id is not None
    changes = noted.delete(Person, person.id).changes
    assert ("deleted", "note", note.id) in [(c.action, c.entity, c.id) for c in changes]


def test_a_new_kind_is_dumped_and_imported(noted: CaseBook, other_book: CaseBook) -> None:
    case, person, incident = a_case(noted)
    note = a_note(noted, incident, person, "Seen by a doctor two days later.")
    document = dump_case(noted, case.ref)
    assert document["incidents"][0]["notes"] == [
        {"id": note.ref, "person": person.ref, "text": "Seen by a doctor two days later."}
    ]
    report = import_case(other_book, json.dumps(document, ensure_ascii=False))
    assert report.created["note"] == 1
    assert dump_case(other_book, case.ref) == document

    document["incidents"][0]["notes"][0]["text"] = "Seen by a doctor three days later."
    document["incidents"][0]["notes"].append({"id": "n2", "person": person.ref, "text": "X"})
    report = import_case(other_book, json.dumps(document, ensure_ascii=False))
    assert (report.updated["note"], report.created["note"]) == (1, 1)
    assert dump_case(other_book, case.ref) == document
    assert other_book.session.audit.check_records().problems == []


def test_a_new_kind_is_checked_in_a_document(noted: CaseBook) -> None:
    case, person, incident = a_case(noted)
    a_note(noted, incident, person, "Seen by a doctor two days later.")
    document = dump_case(noted, case.ref)
    document["incidents"][0]["notes"][0].update(person="nobody", text="  ")
    with pytest.raises(InterchangeError) as raised:
        import_case(noted, json.dumps(document, ensure_ascii=False))
    assert ("/incidents/0/notes/0/person", "refers to person 'nobody', which is not in the "
            "document") in raised.value.problems  # fmt: skip
    document["incidents"][0]["notes"][0]["person"] = person.ref
    with pytest.raises(InterchangeError) as raised:
        import_case(noted, json.dumps(document, ensure_ascii=False))
    assert raised.value.problems == [("/incidents/0/notes/0/text", "is required")]
