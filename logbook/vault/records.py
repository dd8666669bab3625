"""How each record dataclass maps to its table.

One generic mapping instead of a hand-written repository per record: a field is a column
of the same name; bools are stored as 0/1; lists of terms, dicts (translations) and
nested dataclasses as JSON;
lists of ids (``evidence_ids``, ``depicts``) live in link tables, in list order. The
tables, parents and links are those of :mod:`logbook.core.record_kinds`; what only the
vault knows is below (``_DERIVED``, ``_LINK_TABLES``).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from logbook.core import record_kinds
from logbook.core.record_kinds import RecordKind


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


# What only the vault knows about a kind, by its table: columns computed from the record,
# and link tables not named ``<entity>_<target entity>``. A kind needs an entry only for
# these; everything else comes from the kind itself (logbook.core.record_kinds).
_DERIVED: dict[str, dict[str, typing.Callable[[Any], Any]]] = {
    "incidents": {"date_sort": lambda incident: incident.date.sort_key()},
}
_LINK_TABLES = {("evidence", "depicts"): "evidence_depicts"}


def _spec(kind: RecordKind) -> TableSpec:
    links = {
        name: Link(
            _LINK_TABLES.get((kind.entity, name), f"{kind.entity}_{_kind(target).entity}"),
            _kind(target).table,
        )
        for name, target in kind.links.items()
    }
    json_fields = {
        f.name: record_kinds.nested_type(kind.cls, f.name)
        for f in dataclasses.fields(kind.cls)
        if f.name not in links
        and (
            record_kinds.is_list(kind.cls, f.name)
            or record_kinds.is_mapping(kind.cls, f.name)
            or record_kinds.nested_type(kind.cls, f.name) is not None
        )
    }
    derived = _DERIVED.get(kind.table, {})
    return TableSpec(kind.table, kind.entity, json_fields, links, derived, kind.parent)


def _kind(cls: type) -> RecordKind:
    return record_kinds.kind_of(cls)


@functools.cache
def _specs(kinds: tuple[RecordKind, ...]) -> dict[type, TableSpec]:
    return {kind.cls: _spec(kind) for kind in kinds}


class _Specs(Mapping[type, TableSpec]):
    """Every kind's :class:`TableSpec`, by class: worked out from the table of record
    kinds as it is when read (so a kind registered by a test is stored like any other)."""

    def __getitem__(self, cls: type) -> TableSpec:
        return _specs(record_kinds.all_kinds())[cls]

    def __iter__(self) -> Iterator[type]:
        return iter(_specs(record_kinds.all_kinds()))

    def __len__(self) -> int:
        return len(record_kinds.all_kinds())


class _ByEntity(Mapping[str, TableSpec]):
    """The same specs by entity name (``"injury"``)."""

    def __getitem__(self, entity: str) -> TableSpec:
        return SPECS[record_kinds.by_entity(entity).cls]

    def __iter__(self) -> Iterator[str]:
        return (kind.entity for kind in record_kinds.all_kinds())

    def __len__(self) -> int:
        return len(record_kinds.all_kinds())


SPECS: Mapping[type, TableSpec] = _Specs()
BY_ENTITY: Mapping[str, TableSpec] = _ByEntity()


def _bool_fields(cls: type) -> set[str]:
    return {
        name
        for name, hint in typing.get_type_hints(cls).items()
        if hint is bool or hint == bool | None
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
    bools = _bool_fields(cls)
    plan = []
    for place, name in enumerate(columns(cls), start=1):  # the row starts with the id
        if name in spec.derived:
            continue
        if name in spec.json_fields:
            plan.append((name, place, "json", spec.json_fields[name]))
        elif name in bools:
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
