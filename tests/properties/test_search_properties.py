"""Search on a real vault: any word is found by any prefix of it, in any letter case.

- a word of Latin, Cyrillic and Kazakh letters saved in an incident's narrative is found
  by every prefix of two letters or more, with its letter case swapped and ё/е swapped;
- no query text makes the search raise (FTS5 syntax is always taken literally).

One vault serves the module; each example adds its own incident.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from logbook.core.model import Case, Incident
from logbook.core.search_text import fts_query
from logbook.services.case_book import CaseBook
from logbook.services.search import search
from tests.properties.strategies import LETTERS, TEXT
from tests.properties.vaults import open_book

EVERYTHING = 1_000_000  # the limit of a search that must not cut results off
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_E_SWAP = str.maketrans({"е": "ё", "ё": "е", "Е": "Ё", "Ё": "Е"})


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseBook]:
    yield from open_book(tmp_path_factory.mktemp("search") / "vault")


@pytest.fixture(scope="module")
def case_id(book: CaseBook) -> int:
    case = book.save(Case(title="Search properties", ref="search")).record
    assert case is not None and case.id is not None
    return case.id


@st.composite
def words(draw: st.DrawFn) -> str:
    """A word of 3+ letters, each letter upper or lower case at random."""
    letters = draw(st.lists(st.sampled_from(LETTERS), min_size=3, max_size=12))
    return "".join(c.upper() if draw(st.booleans()) else c for c in letters)


@SETTINGS
@given(words(), st.integers(2, 12), TEXT, TEXT)
@example("ЁлкаӘңгімеІздеу", 5, "", "")
@example("Қүңһі", 2, "a", "b")
def test_a_word_is_found_by_any_prefix_in_another_case(
    book: CaseBook, case_id: int, word: str, length: int, before: str, after: str
) -> None:
    ref = f"i-{uuid.uuid4().hex}"
    book.save(Incident(case_id, "Incident", ref=ref, narrative=f"{before} {word}. {after}"))
    query = word[: min(length, len(word))].swapcase().translate(_E_SWAP)
    assert query != word[: len(query)]
    found = {(r.kind, r.ref) for r in search(book, query, EVERYTHING)}
    assert ("incident", ref) in found, query


# Characters FTS5 gives a meaning to, and keywords, mixed into any text.
_SYNTAX = st.sampled_from(['"', "*", "-", "+", ":", "^", "(", ")", "{", "}", "AND", "OR", "NOT"])
QUERIES = st.lists(_SYNTAX | st.characters(), max_size=20).map("".join)


def check_search_does_not_raise(book: CaseBook, text: str) -> None:
    results = search(book, text, EVERYTHING)
    query = fts_query(text)
    assert (query is None) == (not any(c.isalnum() for c in text))
    if query is None:
        assert results == []


@SETTINGS
@given(QUERIES)
@example("0\x00")
@example("AND\ud800")  # a lone surrogate (found by this test in CI)
def test_no_query_makes_the_search_raise(book: CaseBook, case_id: int, text: str) -> None:
    check_search_does_not_raise(book, text)
