"""The record kinds as data: one row per kind of record (DESIGN.md §4).

Storage, cascades, validation, the case format (import, dump, checks), the export
snapshot and the search index all read this table instead of listing the kinds
themselves, so a new kind is added here once (README, "Adding a record kind").

Read the table through :func:`all_kinds`, :func:`kind_of`, :func:`by_entity`,
:func:`children` and :func:`dependents`, not by binding ``KINDS`` at import time: they
look ``KINDS`` up when called, so a test can register a kind by patching it.
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from logbook.core import validation
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

Problems = list[tuple[str, str]]
# (record, this year) -> problems: the year is what birth years are checked against.
Validator = Callable[[Any, int], Problems]


def timeless(check: Callable[[Any], Problems]) -> Validator:
    """A check that does not depend on the year, as a :data:`Validator`."""
    return lambda record, this_year: check(record)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per kind
class RecordKind:
    cls: type[Any]  # the model dataclass
    entity: str  # the name in audit entries, change notices and the case format's $defs
    table: str  # the vault table
    interchange_key: str  # the key of its list (of the case's object) in a case document
    validator: Validator  # the core check, from logbook.core.validation
    ref_prefix: str | None = None  # generated refs start so; None: the kind has no ref
    parent: str | None = None  # the field naming the owner (case_id, incident_id)
    parent_kind: type | None = None  # the owner's class; it comes earlier in KINDS
    # Single-id fields naming a record of another kind (person_id): the record goes with
    # it (ON DELETE CASCADE). In the case format these are document ids.
    references: Mapping[str, type] = field(default_factory=dict)
    # Lists of ids (evidence_ids, depicts): a deleted target just drops out of the list.
    links: Mapping[str, type] = field(default_factory=dict)
    # Prose the user writes: what the export redacts and where markup counts; the
    # search index indexes it for indexed kinds (persons: by their names instead).
    free_text: tuple[str, ...] = ()
    # Parts of nested values that take translations besides the free text (an incident's
    # exact place, "location.place": described in words, unlike a city's name).
    also_translated: tuple[str, ...] = ()
    indexed: bool = False  # in the full-text search index

    def id_fields(self) -> dict[str, type]:
        """Every field holding ids of other records (the parent's too), with its kind."""
        parent = {self.parent: self.parent_kind} if self.parent and self.parent_kind else {}
        return {**parent, **self.references, **self.links}


# In dependency order: every kind comes after its parent. Listings that go by kind
# (the export's record ordinals, the audit log's seals) follow this order.
KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        Case,
        "case",
        "cases",
        "case",
        timeless(validation.check_case),
        ref_prefix="case",
        free_text=("title", "summary", "concerns", "requested_action"),
    ),
    RecordKind(
        Person,
        "person",
        "persons",
        "persons",
        validation.check_person,
        ref_prefix="p",
        parent="case_id",
        parent_kind=Case,
        free_text=(
            "gender_identity",
            "sexual_orientation",
            "pronouns",
            "occupation",
            "affiliation",
            "hrd_work",
        ),
        indexed=True,
    ),
    RecordKind(
        Incident,
        "incident",
        "incidents",
        "incidents",
        timeless(validation.check_incident),
        ref_prefix="i",
        parent="case_id",
        parent_kind=Case,
        links={"evidence_ids": Evidence},
        free_text=("title", "narrative"),
        also_translated=("location.place",),
        indexed=True,
    ),
    RecordKind(
        Involvement,
        "involvement",
        "involvements",
        "involvements",
        timeless(validation.check_involvement),
        parent="incident_id",
        parent_kind=Incident,
        references={"person_id": Person},
    ),
    RecordKind(
        Injury,
        "injury",
        "injuries",
        "injuries",
        timeless(validation.check_injury),
        ref_prefix="inj",
        parent="incident_id",
        parent_kind=Incident,
        references={"person_id": Person},
        links={"evidence_ids": Evidence},
        free_text=("body_location", "description", "examined_by", "facility"),
    ),
    RecordKind(
        Statement,
        "statement",
        "statements",
        "statements",
        timeless(validation.check_statement),
        ref_prefix="s",
        parent="incident_id",
        parent_kind=Incident,
        references={"person_id": Person},
        free_text=("text",),
        indexed=True,
    ),
    RecordKind(
        Remedy,
        "remedy",
        "remedies",
        "remedies",
        timeless(validation.check_remedy),
        ref_prefix="r",
        parent="incident_id",
        parent_kind=Incident,
        free_text=("authority", "reference", "outcome"),
    ),
    RecordKind(
        Evidence,
        "evidence",
        "evidence",
        "evidence",
        timeless(validation.check_evidence),
        ref_prefix="e",
        parent="case_id",
        parent_kind=Case,
        links={"depicts": Person},
        free_text=("description",),
    ),
)


@dataclass(frozen=True)
class _Index:
    by_cls: dict[type, RecordKind]
    by_entity: dict[str, RecordKind]
    by_key: dict[str, RecordKind]
    children: dict[type | None, tuple[RecordKind, ...]]
    dependents: dict[type, tuple[tuple[RecordKind, str], ...]]


@functools.cache
def _index(kinds: tuple[RecordKind, ...]) -> _Index:
    children: dict[type | None, tuple[RecordKind, ...]] = {}
    dependents: dict[type, tuple[tuple[RecordKind, str], ...]] = {}
    for kind in kinds:
        children[kind.parent_kind] = (*children.get(kind.parent_kind, ()), kind)
        owners = {name: owner for name, owner in kind.id_fields().items() if name not in kind.links}
        for column, owner in owners.items():
            dependents[owner] = (*dependents.get(owner, ()), (kind, column))
    return _Index(
        {k.cls: k for k in kinds},
        {k.entity: k for k in kinds},
        {k.interchange_key: k for k in kinds},
        children,
        dependents,
    )


def all_kinds() -> tuple[RecordKind, ...]:
    """Every record kind, in dependency order (``KINDS`` as it is now)."""
    return KINDS


def kind_of(cls: type) -> RecordKind:
    """The kind of records of class ``cls`` (KeyError: not a record class)."""
    return _index(KINDS).by_cls[cls]


def by_entity(name: str) -> RecordKind:
    """The kind named ``name`` (``"injury"``) in audit entries and changes."""
    return _index(KINDS).by_entity[name]


def by_key(interchange_key: str) -> RecordKind:
    """The kind listed under ``interchange_key`` (``"injuries"``) in a case document."""
    return _index(KINDS).by_key[interchange_key]


def children(cls: type | None) -> tuple[RecordKind, ...]:
    """The kinds whose parent is ``cls``, in table order (``None``: the case's kind)."""
    return _index(KINDS).children.get(cls, ())


def dependents(cls: type) -> tuple[tuple[RecordKind, str], ...]:
    """What the database deletes along with a record of ``cls``: (kind, column naming it)
    for its children and for the kinds that reference it by a single id."""
    return _index(KINDS).dependents.get(cls, ())


def nested_type(cls: type, name: str) -> type | None:
    """The dataclass a field holds (``Incident.date`` → FuzzyDate), if it holds one."""
    # The caches sit behind plain functions: mypy takes ``type[R]`` for unhashable when
    # it reaches a cache's ``__call__``.
    return _nested_type(cls, name)


def is_list(cls: type, name: str) -> bool:
    """Whether a field holds a list (of terms, or of ids)."""
    return _is_list(cls, name)


def is_mapping(cls: type, name: str) -> bool:
    """Whether a field holds a dict (``translations``)."""
    return _is_mapping(cls, name)


def translatable(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` that take translations (its ``translations`` keys): a
    kind's free text; the source's (part of the case) its relationship to the victims."""
    if cls is Source:
        return ("relationship",)
    if "translations" not in _hints(cls):
        return ()
    kind = kind_of(cls)
    return (*kind.free_text, *kind.also_translated)


@functools.cache
def _nested_type(cls: type, name: str) -> type | None:
    candidates = typing.get_args(_hints(cls)[name]) or (_hints(cls)[name],)
    return next(
        (c for c in candidates if isinstance(c, type) and dataclasses.is_dataclass(c)), None
    )


@functools.cache
def _is_list(cls: type, name: str) -> bool:
    return typing.get_origin(_hints(cls)[name]) is list


@functools.cache
def _is_mapping(cls: type, name: str) -> bool:
    return typing.get_origin(_hints(cls)[name]) is dict


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
