"""Automatic pseudonyms by role: "Victim A", "Witness 1", ….

A person gets a pseudonym from the most protective role they hold in the case (a victim who
also witnessed is "Victim …"). Once assigned it never changes by itself, so a submission
sent last month and one sent today call the same person the same thing; users may edit it.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count

# Most protective first: the role that decides the label.
_ROLE_ORDER = ("victim", "witness", "source", "alleged_perpetrator", "other")
_LABELS = {
    "victim": "Victim",
    "witness": "Witness",
    "source": "Source",
    "alleged_perpetrator": "Alleged perpetrator",
    "other": "Person",
}


# Words of the automatic labels: a pseudonym may use them even if a name does too.
LABEL_WORDS = frozenset(w.casefold() for label in _LABELS.values() for w in label.split())


def main_role(roles: Iterable[str]) -> str | None:
    """The role that decides a person's label, or ``None`` when they hold none."""
    held = set(roles)
    return next((role for role in _ROLE_ORDER if role in held), None)


def _letters(n: int) -> str:
    """1 → A, 26 → Z, 27 → AA (spreadsheet columns)."""
    text = ""
    while n:
        n, rem = divmod(n - 1, 26)
        text = chr(ord("A") + rem) + text
    return text


def next_pseudonym(role: str, taken: set[str]) -> str:
    """The first label for ``role`` not in ``taken``: victims get letters, others numbers."""
    label = _LABELS[role]
    for n in count(1):
        candidate = f"{label} {_letters(n) if role == 'victim' else n}"
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable")
