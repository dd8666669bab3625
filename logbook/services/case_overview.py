"""Counts and roles for the lists of a case, computed by the database (a case may have
tens of thousands of involvements; building each as a record just to count is slow)."""

from __future__ import annotations

from collections import defaultdict

from logbook.services.case_book import CaseBook
from logbook.vault import queries


def victim_counts(book: CaseBook, case_id: int) -> dict[int, int]:
    """Incident id → number of distinct victims, for the incidents of a case."""
    return queries.victim_counts(book.session.conn, case_id)


def roles_by_person(book: CaseBook, case_id: int) -> dict[int, set[str]]:
    """Person id → every role they hold in any incident of the case."""
    roles: dict[int, set[str]] = defaultdict(set)
    for person_id, role in queries.person_roles(book.session.conn, case_id):
        roles[person_id].add(role)
    return dict(roles)
