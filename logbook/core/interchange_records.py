"""Between ``logbook.case/1`` JSON objects and model records.

JSON keys are the record's field names, except ``id`` (the record's ``ref``), ``person``
(``person_id``) and ``evidence`` (``evidence_ids``). References inside a document name
document ids; the caller translates them to vault ids and passes them in ``fixed``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any, TypeVar

from logbook.core import validation
from logbook.core.clock import Clock, system_clock
from logbook.core.interchange_schema import definition
from logbook.core.model import Case, Person, Source
from logbook.core.record_kinds import RecordKind, children, is_list, kind_of, nested_type

R = TypeVar("R")

_JSON_KEY = {"ref": "id", "person_id": "person", "evidence_ids": "evidence"}
_FIELD = {json_key: field for field, json_key in _JSON_KEY.items()}


def json_key(field: str) -> str:
    """The key of a record's field in a case document (``person_id`` → ``person``)."""
    return _JSON_KEY.get(field, field)


def record_from(cls: type[R], obj: dict[str, Any], **fixed: Any) -> R:
    """Build a record from a (defaults-filled) JSON object; ``fixed`` overrides fields."""
    kwargs = dict(fixed)
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        key = json_key(f.name)
        if f.name in kwargs or f.name == "id" or key not in obj:
            continue
        value = obj[key]
        nested = nested_type(cls, f.name)
        if nested is not None and value is not None:
            value = nested(**value)
        elif isinstance(value, list):
            value = list(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def record_to(record: Any, definition_name: str, **overrides: Any) -> dict[str, Any]:
    """The JSON object for ``record``, keys in the schema's order."""
    out: dict[str, Any] = {}
    for key in definition(definition_name)["properties"]:
        if key in overrides:
            out[key] = overrides[key]
            continue
        value = getattr(record, _FIELD.get(key, key))
        is_instance = dataclasses.is_dataclass(value) and not isinstance(value, type)
        out[key] = dataclasses.asdict(value) if is_instance else value
    return out


def document_records(document: dict[str, Any]) -> Iterator[tuple[str, RecordKind, Any]]:
    """(JSON pointer, kind, object) of every record in a (defaults-filled) document but
    the case, each followed by its own parts (an incident, then its injuries …): the
    lists of the case's kinds are at the top of the document, those of a record's kinds
    in its object, under each kind's ``interchange_key``."""
    yield from _records_in(document, "", kind_of(Case))


def _records_in(
    obj: dict[str, Any], base: str, owner: RecordKind
) -> Iterator[tuple[str, RecordKind, Any]]:
    for kind in children(owner.cls):
        for i, item in enumerate(obj[kind.interchange_key]):
            where = f"{base}/{kind.interchange_key}/{i}"
            yield where, kind, item
            yield from _records_in(item, where, kind)


def placeholders(kind: RecordKind) -> dict[str, Any]:
    """Stand-ins for the fields holding vault ids, to build a record only to check it."""
    return {name: [] if is_list(kind.cls, name) else 0 for name in kind.id_fields()}


def _at(base: str, problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(f"{base}/{field}", reason) for field, reason in problems]


def record_checks(
    document: dict[str, Any], this_year: int | None = None, clock: Clock = system_clock
) -> list[tuple[str, str]]:
    """The model's own validation (fuzzy dates, minors, pseudonyms …) as JSON pointers;
    birth years are checked against ``this_year`` (default: ``clock``'s)."""
    this_year = this_year or clock().year
    source = document["source"]
    case = record_from(Case, document["case"], source=Source(**source) if source else None)
    problems = [
        (("" if field.startswith("source/") else "/case") + f"/{field}", reason)
        for field, reason in validation.check_case(case)
    ]
    pseudonyms: set[str] = set()
    for where, kind, obj in document_records(document):
        record = record_from(kind.cls, obj, **placeholders(kind))
        problems += _at(where, kind.validator(record, this_year))
        if isinstance(record, Person):
            if record.pseudonym in pseudonyms:
                problems.append((f"{where}/pseudonym", "another person has this pseudonym"))
            if record.pseudonym:
                pseudonyms.add(record.pseudonym)
    return problems
