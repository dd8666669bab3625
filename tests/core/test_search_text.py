"""Search text folding and FTS5 query building.

- ``fold`` lower-cases in every script, applies NFKC and treats ё as е;
- ``fts_query`` quotes every word as a prefix term, so FTS5 syntax is taken literally;
- a query with no word characters is ``None``.
"""

from __future__ import annotations

import pytest

from logbook.core.search_text import fold, fts_query


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Алёна", "алена"),
        ("ЁЛКА", "елка"),
        ("SEKERBAYEVA", "sekerbayeva"),
        ("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"),
        ("Ｓｅｋｅｒ", "seker"),  # fullwidth → ASCII by NFKC
        ("ﬁle", "file"),  # ligature
        ("Straße", "strasse"),  # casefold, not lower
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_kazakh_letters_distinct_from_russian() -> None:
    assert fold("Қ") != fold("К")
    assert fold("Ү") != fold("У")


def test_each_word_becomes_a_quoted_prefix_term() -> None:
    assert fts_query("Секербаев Astana") == '"секербаев"* AND "astana"*'


def test_query_is_folded_like_the_index() -> None:
    assert fts_query("ЁЖИК") == '"ежик"*'


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ('a"b', '"a b"*'),
        ("NEAR(x", '"near(x"*'),
        ("title:x", '"title:x"*'),
        ("-minus", '"-minus"*'),
        ("star*", '"star*"*'),
        ("AND OR NOT", '"and"* AND "or"* AND "not"*'),
    ],
)
def test_fts_syntax_is_quoted(text: str, query: str) -> None:
    assert fts_query(text) == query


@pytest.mark.parametrize("text", ["", "   ", '"', "- * : ( )", '""  ^'])
def test_nothing_to_search_is_none(text: str) -> None:
    assert fts_query(text) is None


def test_punctuation_only_words_are_dropped() -> None:
    assert fts_query('Астана - "') == fts_query("Астана")
    query = fts_query("Астана")
    assert query is not None and query.startswith('("астан"*')  # its stem, as a prefix
