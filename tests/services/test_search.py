"""Search in Russian, Kazakh and Latin script on a real vault.

- case-insensitive prefix search over incident titles and narratives, person names and
  name variants (Latin and Cyrillic transliterations), including every Kazakh letter;
- a match in a statement is reported as its incident; ё and е are the same letter;
- FTS5 syntax in a query never raises; edited and deleted text is no longer found.
"""

from __future__ import annotations

import pytest

from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.model import Case, Incident, Involvement, Person, Statement
from logbook.services.case_book import CaseBook
from logbook.services.search import SearchResult, search


def found(book: CaseBook, text: str) -> set[tuple[str, str]]:
    return {(r.kind, r.ref) for r in search(book, text)}


@pytest.fixture
def filled(book: CaseBook) -> CaseBook:
    case = book.save(Case(title="Case", ref="case-1")).record
    assert case is not None and case.id is not None
    incident = Incident(
        case_id=case.id,
        ref="i1",
        title="Жиналыс Шымкентте таратылды",
        date=FuzzyDate("2025-11", "month", approximate=True),
        narrative=(
            "Әділет ғимаратының жанында қорлау болды. Таңертең өтініш берілді, "
            "ұстау туралы үкімет һәм іздеу. Алёна пришла позже."
        ),
    )
    book.save(incident)
    quiet = Incident(case_id=case.id, ref="i2", title="Meeting disrupted in Astana")
    book.save(quiet)
    person = Person(
        case_id=case.id,
        ref="p1",
        name="Жанар Секербаева",
        name_variants=["Zhanar Sekerbayeva", "Sekerbaeva", "Жанар Секербаева-Әлиева"],
    )
    book.save(person)
    assert incident.id is not None and quiet.id is not None and person.id is not None
    book.save(Involvement(incident.id, person.id, "victim"))
    book.save(Statement(quiet.id, person.id, "Полицейский кричал на меня у кафе", ref="s1"))
    return book


@pytest.mark.parametrize(
    "query",
    [
        "ӘДІЛЕТ",  # ә і
        "ғимарат",  # ғ
        "ҒИМАР",
        "Қорла",  # қ
        "таңерт",  # ң
        "ӨТІНІШ",  # ө
        "ұстау",  # ұ
        "ҮКІМЕТ",  # ү
        "Һәм",  # һ
        "іздеу",  # і
        "жиналыс шымкент",
        "ЖИНАЛЫС",
    ],
)
def test_kazakh_words_find_the_incident(filled: CaseBook, query: str) -> None:
    assert found(filled, query) == {("incident", "i1")}


@pytest.mark.parametrize(
    "query",
    ["секербаев", "СЕКЕРБАЕВА", "Жанар", "zhanar", "SEKERBAY", "sekerbaeva", "әлиев", "ӘЛИЕВА"],
)
def test_person_found_by_name_and_variants(filled: CaseBook, query: str) -> None:
    assert ("person", "p1") in found(filled, query)


def test_person_result_shows_name_and_pseudonym(filled: CaseBook) -> None:
    [result] = search(filled, "Sekerbayeva")
    assert result == SearchResult(
        "person", result.id, "case-1", "p1", "Жанар Секербаева", "Victim A"
    )


def test_person_found_by_pseudonym(filled: CaseBook) -> None:
    assert found(filled, "victim") == {("person", "p1")}


def test_incident_result_shows_title_and_date(filled: CaseBook) -> None:
    [result] = search(filled, "шымкент")
    assert (result.kind, result.case_ref, result.label, result.detail) == (
        "incident",
        "case-1",
        "Жиналыс Шымкентте таратылды",
        "about 2025-11",
    )


def test_statement_match_is_reported_as_its_incident(filled: CaseBook) -> None:
    assert found(filled, "полицейск") == {("incident", "i2")}
    assert found(filled, "КАФЕ") == {("incident", "i2")}


def test_title_match_and_statement_match_give_one_result(filled: CaseBook) -> None:
    incident = next(i for i in filled.incidents(1) if i.ref == "i2")
    assert incident.id is not None and incident.ref == "i2"
    person = filled.persons(1)[0]
    assert person.id is not None
    filled.save(Statement(incident.id, person.id, "Meeting was loud", ref="s2"))
    results = search(filled, "meeting")
    assert [(r.kind, r.ref) for r in results] == [("incident", "i2")]


@pytest.mark.parametrize("query", ["Алена", "АЛЁНА", "алён"])
def test_yo_and_ye_are_the_same(filled: CaseBook, query: str) -> None:
    assert found(filled, query) == {("incident", "i1")}


def test_ye_in_the_text_is_found_by_yo(book: CaseBook) -> None:
    case = book.save(Case(title="C")).record
    assert case is not None and case.id is not None
    book.save(Incident(case_id=case.id, ref="x", title="Артем Федоров"))
    assert found(book, "Артём Фёдоров") == {("incident", "x")}


def test_all_words_must_match(filled: CaseBook) -> None:
    assert found(filled, "жиналыс astana") == set()
    assert found(filled, "meeting astana") == {("incident", "i2")}


def test_no_match(filled: CaseBook) -> None:
    assert search(filled, "Алматы") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "NEAR(",
        "title:x",
        "a OR b",
        "NOT",
        "*",
        "-",
        "^start",
        "(a",
        "a) AND (b",
        "'",
        "{x}",
        "café+bar",
        "",
        "   ",
    ],
)
def test_fts_syntax_in_queries_does_not_raise(filled: CaseBook, query: str) -> None:
    assert isinstance(search(filled, query), list)


def test_punctuation_around_words_is_ignored(filled: CaseBook) -> None:
    assert found(filled, '"Секербаева",') == {("person", "p1")}
    assert found(filled, "(ғимарат)") == {("incident", "i1")}


def test_edited_narrative_is_reindexed(filled: CaseBook) -> None:
    incident = next(i for i in filled.incidents(1) if i.ref == "i1")
    incident.narrative = "Бейбіт шеру"
    filled.save(incident)
    assert found(filled, "әділет") == set()
    assert found(filled, "шеру") == {("incident", "i1")}
    assert found(filled, "жиналыс") == {("incident", "i1")}  # the title is still indexed


def test_edited_name_is_reindexed(filled: CaseBook) -> None:
    person = filled.persons(1)[0]
    person.name_variants = []
    filled.save(person)
    assert found(filled, "zhanar") == set()
    assert found(filled, "Жанар") == {("person", "p1")}


def test_deleted_records_are_not_found(filled: CaseBook) -> None:
    incident = next(i for i in filled.incidents(1) if i.ref == "i2")
    person = filled.persons(1)[0]
    assert incident.id is not None and person.id is not None
    filled.delete(Incident, incident.id)
    assert found(filled, "кафе") == set()
    assert found(filled, "astana") == set()
    filled.delete(Person, person.id)
    assert found(filled, "секербаева") == set()
    assert found(filled, "әділет") == {("incident", "i1")}


def test_deleted_case_takes_its_index_entries(filled: CaseBook) -> None:
    filled.delete(Case, 1)
    assert search(filled, "жиналыс") == []
    assert search(filled, "секербаева") == []
    assert search(filled, "кафе") == []
    rows = filled.session.conn.execute("SELECT count(*) FROM search_index_docsize").fetchone()
    assert rows[0] == 0


def test_results_span_cases(book: CaseBook) -> None:
    refs = []
    for ref in ("case-a", "case-b"):
        case = book.save(Case(title=ref, ref=ref)).record
        assert case is not None and case.id is not None
        book.save(Person(case_id=case.id, name="Қайрат Нұрланұлы"))
        refs.append(ref)
    assert sorted(r.case_ref for r in search(book, "нұрлан")) == refs
