"""Everything of one case an export needs, read once, as plain model records.

The export works on this snapshot, never on the vault directly: the redaction rules apply
to a copy (DESIGN.md §5), a case can be built in memory for tests and benchmarks, and the
vault connection is used only while loading (so a UI may load on the worker thread that
owns the connection and run the rest anywhere).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
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

R = TypeVar("R")


@dataclass
class CaseSnapshot:
    """A case with all its records. Incidents are in chronological order.

    Cross references are vault ids (as in the model); records built in memory only need
    ids that are unique per record kind.
    """

    case: Case
    persons: list[Person]
    incidents: list[Incident]
    involvements: list[Involvement] = field(default_factory=list)
    injuries: list[Injury] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    remedies: list[Remedy] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.incidents = sorted(self.incidents, key=lambda i: i.date.sort_key())
        self._persons = {p.id: p for p in self.persons}
        self._children: dict[tuple[type, int | None], list[Any]] = defaultdict(list)
        for records in (self.involvements, self.injuries, self.statements, self.remedies):
            for record in records:
                self._children[(type(record), record.incident_id)].append(record)

    def kinds(self) -> list[tuple[str, list[Any]]]:
        """Every list of records by its kind's name, in the case's order."""
        return [
            ("person", self.persons),
            ("incident", self.incidents),
            ("injury", self.injuries),
            ("statement", self.statements),
            ("remedy", self.remedies),
            ("evidence", self.evidence),
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
