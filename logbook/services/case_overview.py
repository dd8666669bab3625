"""Counts and roles for the lists of a case, computed by the database (a case may have
tens of thousands of involvements; building each as a record just to count is slow), and
how much of the case is still to be translated."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from logbook.core.model import Case
from logbook.core.record_kinds import all_kinds, translatable
from logbook.core.translations import missing
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


def untranslated_counts(book: CaseBook, case_id: int) -> dict[str, int]:
    """Language → how many fields of the case (its own, its source's and those of every
    record in it) still lack a translation into that language."""
    records: list[Any] = [book.get(Case, case_id)]
    for kind in all_kinds():
        if kind.parent is not None and translatable(kind.cls):
            records += book.of_case(kind.cls, case_id)
    return missing(records)
