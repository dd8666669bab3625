"""Fuzzy dates: what defenders actually know about when something happened.

A date has a precision (``day`` ``2025-11-22``, ``month`` ``2025-11``, ``year`` ``2025``,
or ``unknown`` with no value), an optional ``HH:MM`` time (day precision only), an
``approximate`` flag ("about") and an optional end date of any precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from logbook.core.vocabularies import DATE_PRECISIONS, check_choice

_PATTERNS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class FuzzyDate:
    value: str | None = None
    precision: str = "unknown"
    time: str | None = None
    approximate: bool = False
    end: str | None = None

    def sort_key(self) -> str:
        """A string that sorts chronologically; unknown dates sort last ("~" follows
        every digit, so even year 9999 comes before them)."""
        if self.value is None:
            return "~"
        return self.value + ("T" + self.time if self.time else "")


def precision_of(value: str) -> str | None:
    """The precision an ISO date string is written in, or ``None`` if it is not one."""
    for precision, pattern in _PATTERNS.items():
        if pattern.match(value) and _is_real(value, precision):
            return precision
    return None


def _is_real(value: str, precision: str) -> bool:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def check_iso_date(value: str | None, field: str) -> list[tuple[str, str]]:
    """Problems with an optional ISO 8601 date of any precision (``2025``, ``2025-11``, …)."""
    if value is None or precision_of(value) is not None:
        return []
    return [(field, f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")]


def check_fuzzy_date(d: FuzzyDate, field: str) -> list[tuple[str, str]]:
    """Problems with a fuzzy date, each paired with the sub-field it concerns."""
    problems: list[tuple[str, str]] = []
    unknown_precision = check_choice(d.precision, DATE_PRECISIONS, "precision")
    if unknown_precision:
        return [(f"{field}/precision", unknown_precision)]
    if d.precision == "unknown":
        if d.value is not None:
            problems.append((f"{field}/value", "must be empty when the precision is 'unknown'"))
    elif d.value is None:
        problems.append((f"{field}/value", f"a date is required for precision {d.precision!r}"))
    elif precision_of(d.value) != d.precision:
        problems.append(
            (f"{field}/value", f"{d.value!r} is not a valid date of precision {d.precision!r}")
        )
    if d.time is not None:
        if not _TIME.match(d.time):
            problems.append((f"{field}/time", f"{d.time!r} is not a time (use HH:MM, 24-hour)"))
        elif d.precision != "day":
            problems.append((f"{field}/time", "a time needs a date of precision 'day'"))
    problems += check_iso_date(d.end, f"{field}/end")
    if d.end and d.value and not problems and d.end[: len(d.value)] < d.value[: len(d.end)]:
        problems.append((f"{field}/end", "the end is before the start"))
    return problems


def describe(d: FuzzyDate) -> str:
    """The date as recorded, honest about its precision: ``about 2025-11``, ``unknown``."""
    if d.value is None:
        return "date unknown"
    text = d.value + (f" {d.time}" if d.time else "")
    if d.end:
        text += f" – {d.end}"
    return f"about {text}" if d.approximate else text
