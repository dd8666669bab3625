"""Checks that a record only points at records of its own case.

A person of another case in an incident, or evidence from another case, would leak
across dossiers in an export; the database alone cannot express this rule.
"""

from __future__ import annotations

from typing import Any

from logbook.core.model import Evidence, Incident, Injury, Involvement, Person, Statement
from logbook.vault.database import Connection
from logbook.vault.queries import case_of, case_of_incident, count_in_case, pseudonym_taken

Problems = list[tuple[str, str]]


def _foreign(conn: Connection, table: str, ids: list[int], case_id: int) -> bool:
    """True if any of ``ids`` is missing from ``table`` or belongs to another case."""
    wanted = set(ids)
    if not wanted:
        return False
    return count_in_case(conn, table, wanted, case_id) != len(wanted)


_CASE_TABLES = {Person: "persons", Incident: "incidents", Evidence: "evidence"}


def _moved_to_another_case(conn: Connection, record: Any) -> bool:
    if type(record) not in _CASE_TABLES or record.id is None:
        return False
    stored_case = case_of(conn, _CASE_TABLES[type(record)], record.id)
    return stored_case is not None and stored_case != record.case_id


def reference_problems(conn: Connection, record: Any) -> Problems:
    if _moved_to_another_case(conn, record):
        # Its involvements, statements and links would point across dossiers.
        return [("case_id", "a record cannot be moved to another case")]
    if isinstance(record, Involvement | Injury | Statement):
        case_id = case_of_incident(conn, record.incident_id)
        if case_id is None:
            return [("incident_id", "the incident does not exist")]
        problems: Problems = []
        if _foreign(conn, "persons", [record.person_id], case_id):
            problems.append(("person", "the person must belong to the same case"))
        if isinstance(record, Injury) and _foreign(conn, "evidence", record.evidence_ids, case_id):
            problems.append(("evidence", "evidence must belong to the same case"))
        return problems
    if isinstance(record, Incident) and _foreign(
        conn, "evidence", record.evidence_ids, record.case_id
    ):
        return [("evidence", "evidence must belong to the same case")]
    if isinstance(record, Evidence) and _foreign(conn, "persons", record.depicts, record.case_id):
        return [("depicts", "depicted persons must belong to the same case")]
    if (
        isinstance(record, Person)
        and record.pseudonym is not None
        and pseudonym_taken(conn, record.case_id, record.pseudonym, record.id)
    ):
        return [("pseudonym", "another person of this case already has this pseudonym")]
    return []
