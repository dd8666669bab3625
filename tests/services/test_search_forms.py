"""Search finds word forms in Russian and Kazakh, both ways, on a real vault.

- an inflected query finds the dictionary form in the text (Нурлановой → Нурланова) and
  a dictionary-form query finds the inflected text (Нурланова → Нурлановой), for names
  and ordinary words, Russian and Kazakh endings;
- persons are found by inflected names (Секербаевой finds the person, not only the
  incidents that mention her);
- short stems are not searched as prefixes: Дины finds Дина, never динамика; a surname's
  form never finds a different person whose first name starts the same way;
- every query is still a prefix search as you type.
"""

from __future__ import annotations

from unittest import mock

import pytest

from logbook.core.model import Case, Incident, Person
from logbook.core.search_text import fts_query, prefix_query, word_terms
from logbook.core.word_forms import stems
from logbook.services.case_book import CaseBook
from logbook.services.search import search


def found(book: CaseBook, text: str) -> set[str]:
    return {r.ref for r in search(book, text, 1000)}


@pytest.fixture
def forms(book: CaseBook) -> CaseBook:
    case = book.save(Case(title="Forms", ref="forms")).record
    assert case is not None and case.id is not None
    for ref, name in (
        ("nurlanova", "Айгерим Нурланова"),
        ("sekerbaeva", "Жанар Секербаева"),
        ("nurlan", "Нурлан Омаров"),
        ("dina", "Дина Оспанова"),
    ):
        book.save(Person(case_id=case.id, ref=ref, name=name))
    for ref, title, narrative in (
        (
            "detained",
            "Задержание у акимата",
            "Сотрудники полиции задержали Нурланову. Секербаевой не дали позвонить.",
        ),
        (
            "street",
            "Көшеде ұстау",
            "Полиция қызметкерлері Айгеримге көшесінде адвокат бермеді. Секербаевамен "
            "сөйлесуге рұқсат етілмеді.",
        ),
        (
            "search",
            "Обыск",
            "Полиция провела обыск. Сотрудниками изъяты телефоны. Суд назначил штраф.",
        ),
        ("nominative", "Қызметкер и көше", "Свидетель: полиция, сотрудник. Дина Нурланова."),
        ("dynamics", "Динамика обращений", "Динамика за год. Судьба доклада. Сотрудничество."),
    ):
        book.save(Incident(case_id=case.id, ref=ref, title=title, narrative=narrative))
    return book


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Russian names, inflected query → nominative text, and the reverse.
        ("Нурлановой", {"nurlanova", "detained", "nominative"}),
        ("Нурланова", {"nurlanova", "detained", "nominative"}),
        ("Нурланову", {"nurlanova", "detained", "nominative"}),
        ("Секербаевой", {"sekerbaeva", "detained", "street"}),
        ("Секербаева", {"sekerbaeva", "detained", "street"}),
        ("Секербаеву", {"sekerbaeva", "detained", "street"}),
        ("Диной", {"dina", "nominative"}),
        ("Дину", {"dina", "nominative"}),
        # Kazakh endings on names.
        ("Секербаевамен", {"sekerbaeva", "detained", "street"}),
        ("Нурлановаға", {"nurlanova", "detained", "nominative"}),
        ("Айгеримге", {"nurlanova", "street"}),
        ("Айгеримнің", {"nurlanova", "street"}),
        ("Динаға", {"dina", "nominative"}),
    ],
)
def test_names_are_found_in_other_forms(forms: CaseBook, query: str, expected: set[str]) -> None:
    assert found(forms, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("задержания", {"detained"}),
        ("задержание", {"detained"}),
        ("задержали", {"detained"}),
        ("полиция", {"detained", "street", "search", "nominative"}),
        ("полиции", {"detained", "street", "search", "nominative"}),
        ("сотрудниками", {"detained", "search", "nominative"}),
        ("сотрудник", {"detained", "search", "nominative"}),
        ("свидетели", {"nominative"}),
        ("суда", {"search"}),
        ("штрафа", {"search"}),
        ("көшесінде", {"street", "nominative"}),
        ("көше", {"street", "nominative"}),
        ("көшеге", {"street", "nominative"}),
        ("қызметкерлері", {"street", "nominative"}),
        ("қызметкер", {"street", "nominative"}),
        ("қызметкерге", {"street", "nominative"}),
    ],
)
def test_ordinary_words_are_found_in_other_forms(
    forms: CaseBook, query: str, expected: set[str]
) -> None:
    assert found(forms, query) == expected


def test_the_prefix_only_search_missed_these(forms: CaseBook) -> None:
    """The cases of the issue, with the query builder of the search before word forms."""
    with mock.patch("logbook.vault.search_index.fts_query", lambda text, _: prefix_query(text)):
        assert found(forms, "Нурлановой") == set()
        assert "sekerbaeva" not in found(forms, "Секербаевой")
    assert prefix_query("Нурлановой") == '"нурлановой"*'
    assert fts_query("Нурлановой") == '"нурланов"*'


@pytest.mark.parametrize(
    ("query", "unrelated"),
    [
        ("Дины", "dynamics"),  # динамика
        ("Диной", "dynamics"),
        ("Дину", "dynamics"),
        ("Динаға", "dynamics"),
        ("Нурлановой", "nurlan"),  # Нурлан, another person
        ("Нурлановамен", "nurlan"),
        ("суда", "dynamics"),  # судьба
        ("судом", "dynamics"),
        ("сотрудниками", "dynamics"),  # сотрудничество
    ],
)
def test_unrelated_words_are_not_found(forms: CaseBook, query: str, unrelated: str) -> None:
    assert unrelated not in found(forms, query)


def test_person_found_by_inflected_name_in_results(forms: CaseBook) -> None:
    kinds = {(r.kind, r.ref) for r in search(forms, "Секербаевой")}
    assert ("person", "sekerbaeva") in kinds
    assert ("incident", "detained") in kinds


def test_all_words_must_still_match(forms: CaseBook) -> None:
    assert found(forms, "Секербаевой полиции") == {"detained", "street"}
    assert found(forms, "Секербаевой штрафа") == set()


@pytest.mark.parametrize("typed", ["Се", "Сек", "Секе", "Секер", "Секерба", "Секербае"])
def test_a_name_being_typed_is_still_found(forms: CaseBook, typed: str) -> None:
    assert "sekerbaeva" in found(forms, typed)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("нурлановой", "нурланов"),
        ("секербаевамен", "секербаев"),
        ("айгеримге", "айгерим"),
        ("қызметкерлері", "қызметкер"),
        ("задержания", "задерж"),
        ("наразылығы", "наразылық"),
    ],
)
def test_stems(word: str, expected: str) -> None:
    assert expected in stems(word)


@pytest.mark.parametrize("word", ["ли", "ася", "ерлан", "тимур"])
def test_short_or_bare_words_are_not_stemmed(word: str) -> None:
    assert word_terms(word) == [f'"{word}"*']


def test_a_short_stem_is_looked_up_as_whole_words() -> None:
    terms = word_terms("дины")
    assert '"дины"*' in terms and '"дина"' in terms and '"диной"' in terms
    assert '"дин"*' not in terms
    assert not any(t.startswith('"динамик') for t in terms)


@pytest.mark.parametrize("query", ["Дины", "Динаға", "суда", "сотта", "көшесінде", "Ахметову"])
def test_the_index_vocabulary_finds_what_listing_every_form_finds(
    forms: CaseBook, query: str
) -> None:
    """Short stems are expanded from the index's vocabulary; listing every form the
    endings allow in the query (slower) must find exactly the same records."""
    with_vocabulary = found(forms, query)
    with mock.patch("logbook.vault.search_index.fts_query", lambda text, _: fts_query(text)):
        assert found(forms, query) == with_vocabulary


def test_the_vocabulary_lives_in_the_connection_not_the_vault(forms: CaseBook) -> None:
    assert "dina" in found(forms, "Дины")
    conn = forms.session.conn
    assert conn.execute("SELECT count(*) FROM temp.search_words").fetchone()[0] > 0
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master")]
    assert not any("search_words" in n for n in names)
