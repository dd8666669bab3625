"""A long import reports each record it applies and can be stopped, leaving the vault as
it was."""

from __future__ import annotations

import pytest

from logbook.core.errors import Cancelled
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from tests.conftest import EXAMPLE_CASE


def test_each_record_is_reported_against_the_documents_count(book: CaseBook) -> None:
    seen: list[tuple[int, int]] = []
    import_case(book, EXAMPLE_CASE.read_bytes(), lambda done, total: seen.append((done, total)))
    dones = [done for done, _ in seen]
    assert dones == list(range(1, len(seen) + 1))
    total = seen[0][1]
    assert all(t == total for _, t in seen) and len(seen) <= total
    assert len(seen) >= 5  # the case, its persons, incidents, parts and evidence


def test_stopping_rolls_the_whole_import_back(book: CaseBook) -> None:
    def stop_at_third(done: int, total: int) -> None:
        if done == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_case(book, EXAMPLE_CASE.read_bytes(), stop_at_third)
    assert book.cases() == [] and book.persons() == []
    import_case(book, EXAMPLE_CASE.read_bytes())  # and it can be done again in full
    assert len(book.cases()) == 1
