"""Automatic pseudonyms by role: "Victim A", "Witness 1", ….

A person gets a pseudonym from the most protective role they hold in the case (a victim who
also witnessed is "Victim …"). Once assigned it never changes by itself, so a submission
sent last month and one sent today call the same person the same thing; users may edit it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Most protective first: the role that decides the label.
_ROLE_ORDER = ("victim", "witness", "source", "alleged_perpetrator", "other")
LABELS = {
    "victim": "Victim",
    "witness": "Witness",
    "source": "Source",
    "alleged_perpetrator": "Alleged perpetrator",
    "other": "Person",
}


# Words of the automatic labels: a pseudonym may use them even if a name does too.
LABEL_WORDS = frozenset(w.casefold() for label in LABELS.values() for w in label.split())


_AUTOMATIC = re.compile(
    rf"({'|'.join(re.escape(label) for label in LABELS.values())}) ([A-Z]+|[0-9]+)"
)


def automatic_parts(label: str) -> tuple[str, str] | None:
    """``("witness", "1")`` for a label written exactly as Logbook writes its automatic
    ones ("Witness 1", "Victim A"): the role and the letters or number. ``None`` for any
    other (a pseudonym the user wrote, "Witness One", "witness 1"). The document shows an
    automatic label in its own language (:mod:`logbook.export.wording`)."""
    match = _AUTOMATIC.fullmatch(label)
    if match is None:
        return None
    role = next(role for role, word in LABELS.items() if word == match.group(1))
    return role, match.group(2)


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


class PseudonymMaker:
    """Hands out labels not yet ``taken``: victims get letters, others numbers.

    Remembers where each role's count stopped, so labelling thousands of persons takes
    linear time (scanning from 1 for each person was quadratic).
    """

    def __init__(self, taken: Iterable[str]) -> None:
        self.taken = set(taken)
        self._next = dict.fromkeys(LABELS, 1)

    def label_for(self, role: str) -> str:
        n = self._next[role]
        while (candidate := _label(role, n)) in self.taken:
            n += 1
        self._next[role] = n + 1
        self.taken.add(candidate)
        return candidate


def _label(role: str, n: int) -> str:
    return f"{LABELS[role]} {_letters(n) if role == 'victim' else n}"
