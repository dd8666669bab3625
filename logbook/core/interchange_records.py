"""Between ``logbook.case/1`` JSON objects and model records.

JSON keys are the record's field names, except ``id`` (the record's ``ref``), ``person``
(``person_id``) and ``evidence`` (``evidence_ids``). References inside a document name
document ids; the caller translates them to vault ids and passes them in ``fixed``.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from logbook.core import validation
from logbook.core.clock import Clock, system_clock
from logbook.core.interchange_schema import definition
from logbook.core.model import (
    Case,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Person,
    Remedy,
    Source,
    Statement,
)

R = TypeVar("R")

_JSON_KEY = {"ref": "id", "person_id": "person", "evidence_ids": "evidence"}
_FIELD = {json_key: field for field, json_key in _JSON_KEY.items()}
# The reference fields, with placeholders used when only checking a document.
_PLACEHOLDERS = {
    "case_id": 0,
    "incident_id": 0,
    "person_id": 0,
    "evidence_ids": [],
    "depicts": [],
}


def record_from(cls: type[R], obj: dict[str, Any], **fixed: Any) -> R:
    """Build a record from a (defaults-filled) JSON object; ``fixed`` overrides fields."""
    kwargs = dict(fixed)
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        key = _JSON_KEY.get(f.name, f.name)
        if f.name in kwargs or f.name == "id" or key not in obj:
            continue
        value = obj[key]
        nested = _nested_type(cls, f.name)
        if nested is not None and value is not None:
            value = nested(**value)
        elif isinstance(value, list):
            value = list(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _nested_type(cls: type, name: str) -> type | None:
    """The dataclass a field holds (``Incident.date`` → FuzzyDate), if it holds one."""
    # The cache sits behind a plain function: mypy takes ``type[R]`` for unhashable when
    # it reaches a cache's ``__call__``.
    return _nested_type_of(cls, name)


@cache
def _nested_type_of(cls: type, name: str) -> type | None:
    hint = typing.get_type_hints(cls)[name]
    candidates = typing.get_args(hint) or (hint,)
    return next(
        (c for c in candidates if isinstance(c, type) and dataclasses.is_dataclass(c)), None
    )


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


def _placeholders(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in _PLACEHOLDERS.items() if k in names}


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
    pseudonyms: dict[str, int] = {}
    for i, obj in enumerate(document["persons"]):
        person = record_from(Person, obj, **_placeholders(Person))
        problems += _at(f"/persons/{i}", validation.check_person(person, this_year))
        if person.pseudonym in pseudonyms:
            problems.append((f"/persons/{i}/pseudonym", "another person has this pseudonym"))
        if person.pseudonym:
            pseudonyms[person.pseudonym] = i
    children: dict[str, tuple[type, Callable[[Any], list[tuple[str, str]]]]] = {
        "involvements": (Involvement, validation.check_involvement),
        "injuries": (Injury, validation.check_injury),
        "statements": (Statement, validation.check_statement),
        "remedies": (Remedy, validation.check_remedy),
    }
    for i, obj in enumerate(document["incidents"]):
        incident = record_from(Incident, obj, **_placeholders(Incident))
        problems += _at(f"/incidents/{i}", validation.check_incident(incident))
        for key, (cls, check) in children.items():
            for j, child in enumerate(obj[key]):
                record: object = record_from(cls, child, **_placeholders(cls))
                problems += _at(f"/incidents/{i}/{key}/{j}", check(record))
    for i, obj in enumerate(document["evidence"]):
        evidence = record_from(Evidence, obj, **_placeholders(Evidence))
        problems += _at(f"/evidence/{i}", validation.check_evidence(evidence))
    return problems
