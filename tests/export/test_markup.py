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


# Markup written incorrectly: withheld all the same, and flagged ------------------------


@pytest.mark.parametrize(
    "text, marked",
    [
        ("a [redact: Kaspi Bank] b", "[redact: Kaspi Bank]"),
        ("a [[redact Kaspi Bank]] b", "[[redact Kaspi Bank]]"),
        ("a [[ redact: Kaspi Bank] b", "[[ redact: Kaspi Bank]"),
        ("a [[redact: Kaspi Bank] b", "[[redact: Kaspi Bank]"),
        ("a [redact Kaspi Bank] b", "[redact Kaspi Bank]"),
        ("a [Redact:Kaspi Bank]] b", "[Redact:Kaspi Bank]]"),
        ("a [[redact : Kaspi Bank]] b", "[[redact : Kaspi Bank]]"),
        ("a [[REDACT\nKaspi Bank]] b", "[[REDACT\nKaspi Bank]]"),
    ],
)
def test_typo_forms_are_marked_passages_and_flagged(text: str, marked: str) -> None:
    passages, unclosed = find_marked(text)
    assert unclosed is None
    [passage] = passages
    assert text[passage.start : passage.end] == marked
    assert passage.content == "Kaspi Bank"
    assert passage.typo


def test_the_documented_form_is_not_a_typo() -> None:
    passages, _ = find_marked("[[redact: a]] [[REDACT:b]] [[redact:   c ]]")
    assert [(p.content, p.typo) for p in passages] == [("a", False), ("b", False), ("c", False)]


@pytest.mark.parametrize(
    "text",
    [
        "as reported [1], the court [sic] fined him",
        "the witness [name withheld] said",
        "the text shows [redacted] twice [redacted]",
        "a [redaction] note, [Redacted], [[redacted]], [[redact]]",
        "[REDACTED BY THE COURT]",
        "see [[1]] and [[note]]",
    ],
)
def test_ordinary_square_brackets_are_not_markup(text: str) -> None:
    assert find_marked(text) == ([], None)


def test_a_typo_passage_closes_before_the_next_marker() -> None:
    text = "[[redact: a] keep [[redact: b]] keep"
    passages, unclosed = find_marked(text)
    assert unclosed is None
    assert [(p.content, p.typo) for p in passages] == [("a", True), ("b", False)]
    assert text[passages[0].end :].startswith(" keep [[")


def test_brackets_inside_a_one_bracket_passage_do_not_close_it() -> None:
    text = "[redact: see [1] here] after"
    [passage], _ = find_marked(text)
    assert passage.content == "see [1] here"
    assert text[passage.end :] == " after"


def test_the_first_double_closing_still_ends_a_documented_passage() -> None:
    passages, _ = find_marked("[[redact: a]b]] c")
    assert [(p.content, p.typo) for p in passages] == [("a]b", False)]


@pytest.mark.parametrize(
    "text, typo",
    [("keep [[redact: rest", False), ("keep [redact: rest", True), ("keep [[redact rest", True)],
)
def test_an_unclosed_typo_also_reaches_to_the_end(text: str, typo: bool) -> None:
    passages, unclosed = find_marked(text)
    assert unclosed == Unclosed(5)
    assert passages == [Marked(5, len(text), "rest", typo)]


def test_each_fields_markup_is_parsed_once_per_export(monkeypatch: pytest.MonkeyPatch) -> None:
    """The policy parses a field's markup to learn the marked phrases; the builder reuses
    that parse for the redaction and the markup findings instead of parsing again."""
    from collections import Counter

    from logbook.export import markup, policy
    from tests.export.conftest import example, prepared_from_memory

    parsed: Counter[str] = Counter()
    real = markup.find_marked

    def counting(text: str) -> markup.Markup:
        parsed[text] += 1
        return real(text)

    monkeypatch.setattr(markup, "find_marked", counting)
    monkeypatch.setattr(policy, "find_marked", counting)
    doc = example()
    doc["case"]["summary"] = "Met at [[redact: the Green Bakery]] and [redact: Almaty office]."
    doc["incidents"][0]["narrative"] = "They left [[redact: the Green Bakery]] at nine."
    prepared = prepared_from_memory(doc, "ohchr")
    assert parsed and max(parsed.values()) == 1
    assert {f.kind for f in prepared.findings} >= {"markup_typo"}  # the typo still found
