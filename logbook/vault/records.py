"""How each record dataclass maps to its table.

One generic mapping instead of a hand-written repository per record: a field is a column
of the same name; bools are stored as 0/1; lists of terms and nested dataclasses as JSON;
lists of ids (``evidence_ids``, ``depicts``) live in link tables, in list order.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from dataclasses import dataclass
from typing import Any

from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Location,
    Person,
    Remedy,
    Source,
    Statement,
)


@dataclass(frozen=True)
class Link:
    table: str  # columns: owner_id, target_id
    target: str  # the table of the records linked to (deleting one drops its link rows)


@dataclass(frozen=True)
class TableSpec:
    table: str
    entity: str  # the name used in audit entries and change notices
    json_fields: dict[str, type | None]  # field -> dataclass to rebuild, None for plain JSON
    links: dict[str, Link]
    derived: dict[str, typing.Callable[[Any], Any]]  # extra columns computed from the record
    parent: str | None  # the field naming the owning record (case_id, incident_id)


SPECS: dict[type, TableSpec] = {
    Case: TableSpec("cases", "case", {"mandates": None, "source": Source}, {}, {}, None),
    Person: TableSpec(
        "persons",
        "person",
        {"name_variants": None, "former_names": None, "consent": Consent},
        {},
        {},
        "case_id",
    ),
    Incident: TableSpec(
        "incidents",
        "incident",
        {"date": FuzzyDate, "location": Location, "violations": None},
        {"evidence_ids": Link("incident_evidence", "evidence")},
        {"date_sort": lambda incident: incident.date.sort_key()},
        "case_id",
    ),
    Involvement: TableSpec("involvements", "involvement", {}, {}, {}, "incident_id"),
    Injury: TableSpec(
        "injuries",
        "injury",
        {},
        {"evidence_ids": Link("injury_evidence", "evidence")},
        {},
        "incident_id",
    ),
    Statement: TableSpec("statements", "statement", {}, {}, {}, "incident_id"),
    Remedy: TableSpec("remedies", "remedy", {}, {}, {}, "incident_id"),
    Evidence: TableSpec(
        "evidence", "evidence", {}, {"depicts": Link("evidence_depicts", "persons")}, {}, "case_id"
    ),
}

BY_ENTITY: dict[str, TableSpec] = {spec.entity: spec for spec in SPECS.values()}

_BOOL_FIELDS: dict[type, set[str]] = {
    cls: {
        name
        for name, hint in typing.get_type_hints(cls).items()
        if hint is bool or hint == bool | None
    }
    for cls in SPECS
}


def columns(cls: type) -> tuple[str, ...]:
    """Stored columns of ``cls`` other than ``id`` (link fields are not columns)."""
    # Not cached itself: mypy takes ``type(record)`` for unhashable when it reaches a
    # cache's ``__call__`` (``type[Any]`` vs ``Hashable``), so the cache sits behind.
    return _columns(cls)


@functools.cache
def _columns(cls: type) -> tuple[str, ...]:
    spec = SPECS[cls]
    names = [f.name for f in dataclasses.fields(cls) if f.name != "id" and f.name not in spec.links]
    return (*names, *spec.derived)


_JSON = json.JSONDecoder()


@functools.cache
def _reading_plan(cls: type) -> tuple[tuple[str, int, str, Any], ...]:
    """(field, its place in a row, how to read it, rebuild) for every stored field: worked
    out once per kind, as listing 10,000 incidents would otherwise redo it for every row."""
    spec = SPECS[cls]
    plan = []
    for place, name in enumerate(columns(cls), start=1):  # the row starts with the id
        if name in spec.derived:
            continue
        if name in spec.json_fields:
            plan.append((name, place, "json", spec.json_fields[name]))
        elif name in _BOOL_FIELDS[cls]:
            plan.append((name, place, "bool", None))
        else:
            plan.append((name, place, "plain", None))
    return tuple(plan)


def listing_order(cls: type) -> str:
    """How records of ``cls`` are listed: in document order where they have a position."""
    return "position, id" if "position" in columns(cls) else "id"


def _plain(value: Any) -> Any:
    """A dataclass instance as a dict; any other value as it is."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def to_row(record: Any) -> list[Any]:
    """Column values of ``record`` in the order of :func:`columns`."""
    spec = SPECS[type(record)]
    values = []
    for name in columns(type(record)):
        value = spec.derived[name](record) if name in spec.derived else getattr(record, name)
        if name in spec.json_fields:
            plain = _plain(value)
            value = None if plain is None else json.dumps(plain, ensure_ascii=False)
        values.append(value)
    return values


def from_row(cls: type, row: tuple[Any, ...], links: dict[str, list[int]]) -> Any:
    """Rebuild a record from a row (``id``, then the values of :func:`columns`) and its
    links."""
    kwargs: dict[str, Any] = {"id": row[0], **links}
    for name, place, how, rebuild in _reading_plan(cls):
        value = row[place]
        if value is not None and how == "json":
            value = _JSON.raw_decode(value)[0]  # written by json.dumps: no outer whitespace
            if rebuild is not None:
                value = rebuild(**value)
        elif value is not None and how == "bool":
            value = bool(value)
        kwargs[name] = value
    return cls(**kwargs)
