"""The documented user redaction markup (docs/redaction-markup.md)."""

from __future__ import annotations

import pytest

from logbook.export.markup import CLOSE, OPEN, Marked, Unclosed, find_marked, wrap


def test_marked_passages_are_found_with_their_spans() -> None:
    text = "A [[redact: secret]] b [[REDACT:two\nlines]] c"
    passages, unclosed = find_marked(text)
    assert unclosed is None
    assert [p.content for p in passages] == ["secret", "two\nlines"]
    assert [text[p.start : p.end] for p in passages] == [
        "[[redact: secret]]",
        "[[REDACT:two\nlines]]",
    ]


def test_a_passage_ends_at_the_first_closing_brackets() -> None:
    passages, _ = find_marked("[[redact: a [[redact: b]] c]]")
    assert [p.content for p in passages] == ["a [[redact: b"]


def test_an_unclosed_marker_reaches_to_the_end() -> None:
    passages, unclosed = find_marked("keep [[redact: everything after")
    assert unclosed == Unclosed(5)
    assert passages == [Marked(5, 31, "everything after")]


def test_what_the_app_writes_for_a_selection_is_the_documented_markup() -> None:
    assert wrap("Green Bakery") == f"{OPEN}Green Bakery{CLOSE}" == "[[redact:Green Bakery]]"
    passages, _ = find_marked(f"x {wrap('Green Bakery')} y")
    assert passages[0].content == "Green Bakery"


def test_a_selection_containing_the_closing_brackets_cannot_be_wrapped() -> None:
    with pytest.raises(ValueError):
        wrap("a]]b")
