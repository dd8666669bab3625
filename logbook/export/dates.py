"""Dates in words, as precise as what is known and no more.

``22 November 2025, 13:30``; ``22 November 2025, about 20:00``; ``about 22 November 2025``;
``November 2025``; ``2025``; ``date unknown``. A submission that states a day when only the
month is known is a submission the State can discredit.
"""

from __future__ import annotations

from logbook.core.fuzzy_date import FuzzyDate, precision_of

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
UNKNOWN = "date unknown"


def iso_in_words(value: str | None) -> str:
    """An ISO date of any precision (``2025-11-22``, ``2025-11``, ``2025``) in words."""
    if not value:
        return UNKNOWN
    precision = precision_of(value)
    if precision is None:
        return value  # not a date the vault would accept; show it as recorded
    parts = value.split("-")
    if precision == "year":
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if precision == "month":
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def fuzzy_in_words(d: FuzzyDate) -> str:
    """A fuzzy date in words, honest about its precision (see the module docstring)."""
    if d.value is None or d.precision == "unknown":
        return UNKNOWN
    text = iso_in_words(d.value)
    if d.time:
        # "About" belongs to the most precise part given: the time.
        text += f", about {d.time}" if d.approximate else f", {d.time}"
    elif d.approximate:
        text = f"about {text}"
    if d.end:
        text += f" to {iso_in_words(d.end)}"
    return text
