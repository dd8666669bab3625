"""Checks that a record only points at records of its own case.

A person of another case in an incident, or evidence from another case, would leak
across dossiers in an export; the database alone cannot express this rule. What a record
points at is read from its kind (``references`` and ``links`` in
:mod:`logbook.core.record_kinds`).
"""

from __future__ import annotations

from typing import Any

from logbook.core.interchange_records import json_key
from logbook.core.model import Case, Person
from logbook.core.record_kinds import RecordKind, kind_of
from logbook.vault.database import Connection
from logbook.vault.queries import case_of, count_in_case, pseudonym_taken

Problems = list[tuple[str, str]]

# What the problem says, by the field that points across cases.
_MESSAGES = {
    "person_id": "the person must belong to the same case",
    "evidence_ids": "evidence must belong to the same case",
    "depicts": "depicted persons must belong to the same case",
}


def _foreign(conn: Connection, table: str, ids: list[int], case_id: int) -> bool:
    """True if any of ``ids`` is missing from ``table`` or belongs to another case."""
    wanted = set(ids)
    if not wanted:
        return False
    return count_in_case(conn, table, wanted, case_id) != len(wanted)


def _moved_to_another_case(conn: Connection, kind: RecordKind, record: Any) -> bool:
    if kind.parent_kind is not Case or record.id is None:
        return False
    stored_case = case_of(conn, kind.table, record.id)
    return stored_case is not None and stored_case != record.case_id


def reference_problems(conn: Connection, record: Any) -> Problems:
    kind = kind_of(type(record))
    if _moved_to_another_case(conn, kind, record):
        # Its involvements, statements and links would point across dossiers.
        return [("case_id", "a record cannot be moved to another case")]
    pointing = {**kind.references, **kind.links}
    if pointing and kind.parent is not None and kind.parent_kind is not None:
        owner = getattr(record, kind.parent)
        parent = kind_of(kind.parent_kind)
        case_id = owner if parent.cls is Case else case_of(conn, parent.table, owner)
        if case_id is None:
            return [(kind.parent, f"the {parent.entity} does not exist")]
        return [
            (json_key(name), _MESSAGES.get(name, f"{json_key(name)} must be of the same case"))
            for name, target in pointing.items()
            if _foreign(conn, kind_of(target).table, _ids(getattr(record, name)), case_id)
        ]
    if (
        isinstance(record, Person)
        and record.pseudonym is not None
        and pseudonym_taken(conn, record.case_id, record.pseudonym, record.id)
    ):
        return [("pseudonym", "another person of this case already has this pseudonym")]
    return []


def _ids(value: int | list[int]) -> list[int]:
    """The ids a reference (one id) or a link (a list of ids) holds."""
    return value if isinstance(value, list) else [value]
