"""Counts and roles for the lists of a case, computed by the database (a case may have
tens of thousands of involvements; building each as a record just to count is slow)."""

from __future__ import annotations

from collections import defaultdict

from logbook.services.case_book import CaseBook


def victim_counts(book: CaseBook, case_id: int) -> dict[int, int]:
    """Incident id → number of distinct victims, for the incidents of a case."""
    rows = book.session.conn.execute(
        "SELECT v.incident_id, count(DISTINCT v.person_id) FROM involvements v "
        "JOIN incidents i ON i.id = v.incident_id "
        "WHERE i.case_id = ? AND v.role = 'victim' GROUP BY v.incident_id",
        (case_id,),
    )
    return dict(rows)


def roles_by_person(book: CaseBook, case_id: int) -> dict[int, set[str]]:
    """Person id → every role they hold in any incident of the case."""
    rows = book.session.conn.execute(
        "SELECT DISTINCT v.person_id, v.role FROM involvements v "
        "JOIN incidents i ON i.id = v.incident_id WHERE i.case_id = ?",
        (case_id,),
    )
    roles: dict[int, set[str]] = defaultdict(set)
    for person_id, role in rows:
        roles[person_id].add(role)
    return dict(roles)
