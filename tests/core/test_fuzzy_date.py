"""Fuzzy dates: precision and value agree, dates are real, order and wording are honest.

- a value must be written in its precision, and ``unknown`` has no value;
- only real calendar dates pass (2025-02-30 does not, 2024-02-29 does);
- a time needs day precision; an end must not come before the start;
- ``sort_key`` orders chronologically with unknown dates last; ``describe`` says "about".
"""

from __future__ import annotations

import pytest

from logbook.core.fuzzy_date import (
    FuzzyDate,
    check_fuzzy_date,
    check_iso_date,
    describe,
    precision_of,
)


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2025-11-22", "day"), ("2025-11", "month"), ("2025", "year"), (None, "unknown")],
)
def test_value_written_in_its_precision_is_valid(value: str | None, precision: str) -> None:
    assert check_fuzzy_date(FuzzyDate(value, precision), "date") == []


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2025-11", "day"), ("2025-11-22", "month"), ("2025-11", "year"), ("2025", "day")],
)
def test_value_in_another_precision_is_rejected(value: str, precision: str) -> None:
    problems = check_fuzzy_date(FuzzyDate(value, precision), "date")
    assert problems == [("date/value", f"{value!r} is not a valid date of precision {precision!r}")]


def test_unknown_precision_must_have_no_value() -> None:
    problems = check_fuzzy_date(FuzzyDate("2025", "unknown"), "date")
    assert problems == [("date/value", "must be empty when the precision is 'unknown'")]


@pytest.mark.parametrize("precision", ["day", "month", "year"])
def test_known_precision_needs_a_value(precision: str) -> None:
    problems = check_fuzzy_date(FuzzyDate(None, precision), "date")
    assert problems == [("date/value", f"a date is required for precision {precision!r}")]


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "2025-00-10", "2023-02-29"])
def test_impossible_calendar_dates_are_rejected(value: str) -> None:
    assert precision_of(value) is None
    assert check_fuzzy_date(FuzzyDate(value, "day"), "date") != []
    assert check_iso_date(value, "observed_on") == [
        ("observed_on", f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    ]


def test_leap_day_is_a_real_date() -> None:
    assert precision_of("2024-02-29") == "day"
    assert check_fuzzy_date(FuzzyDate("2024-02-29", "day"), "date") == []


def test_month_thirteen_is_not_a_month() -> None:
    assert precision_of("2025-13") is None
    assert precision_of("2025-12") == "month"


def test_time_with_day_precision_is_accepted() -> None:
    assert check_fuzzy_date(FuzzyDate("2025-11-22", "day", time="13:30"), "date") == []


@pytest.mark.parametrize(("value", "precision"), [("2025-11", "month"), ("2025", "year")])
def test_time_needs_day_precision(value: str, precision: str) -> None:
    problems = check_fuzzy_date(FuzzyDate(value, precision, time="13:30"), "date")
    assert problems == [("date/time", "a time needs a date of precision 'day'")]


@pytest.mark.parametrize("time", ["24:00", "7:30", "13:60", "1330", "noon"])
def test_malformed_times_are_rejected(time: str) -> None:
    problems = check_fuzzy_date(FuzzyDate("2025-11-22", "day", time=time), "date")
    assert problems == [("date/time", f"{time!r} is not a time (use HH:MM, 24-hour)")]


@pytest.mark.parametrize(
    ("value", "precision", "end"),
    [
        ("2025-11-22", "day", "2025-11-21"),
        ("2025-11", "month", "2025-10-31"),
        ("2025", "year", "2024"),
    ],
)
def test_end_before_start_is_rejected(value: str, precision: str, end: str) -> None:
    problems = check_fuzzy_date(FuzzyDate(value, precision, end=end), "date")
    assert problems == [("date/end", "the end is before the start")]


@pytest.mark.parametrize(
    ("value", "precision", "end"),
    [
        ("2025-11-22", "day", "2025-11-22"),
        ("2025-11-22", "day", "2025-11"),
        ("2025-11", "month", "2025-12-02"),
        ("2025", "year", "2026-01"),
    ],
)
def test_end_on_or_after_start_is_accepted(value: str, precision: str, end: str) -> None:
    assert check_fuzzy_date(FuzzyDate(value, precision, end=end), "date") == []


def test_end_must_be_a_real_date() -> None:
    problems = check_fuzzy_date(FuzzyDate("2025-02-01", "day", end="2025-02-30"), "date")
    assert problems == [
        ("date/end", "'2025-02-30' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    ]


def test_sort_key_orders_chronologically_with_unknown_last() -> None:
    dates = [
        FuzzyDate(),
        FuzzyDate("2025-11-22", "day", time="13:30"),
        FuzzyDate("2024", "year"),
        FuzzyDate("2025-11-22", "day", time="09:05"),
        FuzzyDate("2025-03", "month"),
        FuzzyDate("2025-11-21", "day"),
    ]
    ordered = sorted(dates, key=FuzzyDate.sort_key)
    assert [(d.value, d.time) for d in ordered] == [
        ("2024", None),
        ("2025-03", None),
        ("2025-11-21", None),
        ("2025-11-22", "09:05"),
        ("2025-11-22", "13:30"),
        (None, None),
    ]


def test_sort_key_puts_unknown_after_late_dates() -> None:
    assert FuzzyDate().sort_key() > FuzzyDate("2999-12-31", "day").sort_key()


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (FuzzyDate("2025-11", "month", approximate=True), "about 2025-11"),
        (FuzzyDate("2025-11-22", "day", time="13:30"), "2025-11-22 13:30"),
        (FuzzyDate("2025-11-22", "day", end="2025-11-25"), "2025-11-22 – 2025-11-25"),
        (FuzzyDate("2025", "year", approximate=True, end="2026"), "about 2025 – 2026"),
        (FuzzyDate(), "date unknown"),
        (FuzzyDate(None, "unknown", approximate=True), "date unknown"),
    ],
)
def test_describe_is_honest_about_precision(date: FuzzyDate, text: str) -> None:
    assert describe(date) == text
