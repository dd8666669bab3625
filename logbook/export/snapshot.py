"""Everything of one case an export needs, read once, as plain model records.

The export works on this snapshot, never on the vault directly: the redaction rules apply
to a copy (DESIGN.md §5), a case can be built in memory for tests and benchmarks, and the
vault connection is used only while loading (so a UI may load on the worker thread that
owns the connection and run the rest anywhere).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from logbook.core.model import (
    Case,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Person,
    Remedy,
    Statement,
)
from logbook.core.record_kinds import all_kinds, by_key

R = TypeVar("R")


class CaseSnapshot:
    """A case with all its records, by kind. Incidents are in chronological order.

    Built from a mapping of record class to records, or with the lists by their kinds'
    ``interchange_key`` (``persons=[…], injuries=[…]``), or both. Cross references are
    vault ids (as in the model); records built in memory only need ids that are unique
    per record kind.
    """

    def __init__(
        self,
        case: Case,
        records: Mapping[type, Iterable[Any]] | None = None,
        **lists: Iterable[Any],
    ) -> None:
        self.case = case
        self.records: dict[type, list[Any]] = {
            kind.cls: [] for kind in all_kinds() if kind.parent_kind is not None
        }
        for cls, items in (records or {}).items():
            self.records[cls] = list(items)
        for key, items in lists.items():
            self.records[by_key(key).cls] = list(items)
        self.records[Incident].sort(key=lambda i: i.date.sort_key())
        self._persons = {p.id: p for p in self.persons}
        self._children: dict[tuple[type, int | None], list[Any]] = defaultdict(list)
        for kind in all_kinds():
            if kind.parent_kind is Incident:
                for record in self.records[kind.cls]:
                    self._children[(kind.cls, record.incident_id)].append(record)

    def of_kind(self, cls: type[R]) -> list[R]:
        """Every record of kind ``cls`` in the case."""
        return self.records[cls]

    @property
    def persons(self) -> list[Person]:
        return self.of_kind(Person)

    @property
    def incidents(self) -> list[Incident]:
        return self.of_kind(Incident)

    @property
    def involvements(self) -> list[Involvement]:
        return self.of_kind(Involvement)

    @property
    def injuries(self) -> list[Injury]:
        return self.of_kind(Injury)

    @property
    def statements(self) -> list[Statement]:
        return self.of_kind(Statement)

    @property
    def remedies(self) -> list[Remedy]:
        return self.of_kind(Remedy)

    @property
    def evidence(self) -> list[Evidence]:
        return self.of_kind(Evidence)

    def kinds(self) -> list[tuple[str, list[Any]]]:
        """Every list of records with ids, by its kind's name, in the case's order."""
        return [
            (kind.entity, self.records[kind.cls])
            for kind in all_kinds()
            if kind.parent_kind is not None and kind.ref_prefix is not None
        ]

    def person(self, person_id: int) -> Person:
        return self._persons[person_id]

    def roles(self) -> dict[int, set[str]]:
        """Every role each person holds in any incident (persons without one: absent)."""
        held: dict[int, set[str]] = defaultdict(set)
        for involvement in self.involvements:
            held[involvement.person_id].add(involvement.role)
        return held

    def of_incident(self, cls: type[R], incident_id: int | None) -> list[R]:
        """The involvements, injuries, statements or remedies of one incident."""
        return self._children.get((cls, incident_id), [])
