"""Fuzzy dates: what the strategy calls valid is valid, sorting is chronological, and the
description shows what was recorded.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from logbook.core.fuzzy_date import FuzzyDate, check_fuzzy_date, describe
from tests.properties.strategies import TIMES, fuzzy_dates, iso

# Every year the four-digit ISO form can hold (datetime has no year 0).
ANY_YEAR = {"first": date(1, 1, 1), "last": date(9999, 12, 31)}
DAY_DATES = st.builds(FuzzyDate, st.dates().map(date.isoformat), st.just("day"), st.none() | TIMES)


def fuzzy(obj: dict[str, Any]) -> FuzzyDate:
    return FuzzyDate(**obj)


@given(fuzzy_dates(**ANY_YEAR))
def test_generated_dates_are_valid(obj: dict[str, Any]) -> None:
    assert check_fuzzy_date(fuzzy(obj), "date") == []


def period(value: str) -> tuple[date, date]:
    """The first and last day an ISO date of any precision stands for."""
    year, month, day = [int(p) for p in value.split("-")] + [0] * (2 - value.count("-"))
    if not month:
        return date(year, 1, 1), date(year, 12, 31)
    if not day:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day), date(year, month, day)


@given(fuzzy_dates(**ANY_YEAR), st.dates(), st.sampled_from(["day", "month", "year"]))
@example(
    {"value": "2025-11-22", "precision": "day", "time": None, "approximate": False, "end": None},
    date(2025, 11, 30),
    "month",
)
@example(
    {"value": "2025-11", "precision": "month", "time": None, "approximate": True, "end": None},
    date(2025, 10, 31),
    "day",
)
def test_the_end_is_refused_exactly_when_it_is_over_before_the_start(
    obj: dict[str, Any], end: date, precision: str
) -> None:
    if obj["value"] is None:
        return
    end_text = iso(end, precision)
    problems = check_fuzzy_date(fuzzy({**obj, "end": end_text}), "date")
    before = period(end_text)[1] < period(obj["value"])[0]
    assert (("date/end", "the end is before the start") in problems) == before
    assert [p for p in problems if p[0] != "date/end"] == []


@given(DAY_DATES, DAY_DATES)
def test_sort_key_is_chronological_for_day_dates(a: FuzzyDate, b: FuzzyDate) -> None:
    assert a.value is not None and b.value is not None
    day_a, day_b = date.fromisoformat(a.value), date.fromisoformat(b.value)
    if day_a != day_b:
        assert (a.sort_key() < b.sort_key()) == (day_a < day_b)
    elif a.time is not None and b.time is not None and a.time != b.time:
        assert (a.sort_key() < b.sort_key()) == (a.time < b.time)
    else:  # the same day, at most one time: the one without a time comes first
        assert (a.sort_key() <= b.sort_key()) == (a.time is None or a.time == b.time)


@given(fuzzy_dates())
def test_unknown_dates_sort_last(obj: dict[str, Any]) -> None:
    key, unknown = fuzzy(obj).sort_key(), FuzzyDate().sort_key()
    assert key == unknown if obj["value"] is None else key < unknown


@given(fuzzy_dates(**ANY_YEAR))
@example({"value": "9999", "precision": "year", "time": None, "approximate": False, "end": None})
def test_unknown_dates_sort_last_in_any_year(obj: dict[str, Any]) -> None:
    key, unknown = fuzzy(obj).sort_key(), FuzzyDate().sort_key()
    assert key == unknown if obj["value"] is None else key < unknown


@given(fuzzy_dates(**ANY_YEAR))
def test_describe_shows_what_was_recorded(obj: dict[str, Any]) -> None:
    text = describe(fuzzy(obj))
    if obj["value"] is None:
        assert text == "date unknown"
        return
    assert obj["value"] in text
    if obj["time"] is not None:
        assert f"{obj['value']} {obj['time']}" in text
    if obj["end"] is not None:
        assert text.endswith(obj["end"])
    assert text.startswith("about ") == obj["approximate"]
