"""User redaction markup: ``[[redact: text to remove]]`` inside any free text.

The documented syntax (docs/redaction-markup.md) is what a user types and what the
desktop app writes when the user selects text and chooses "Redact in exports": the
selection wrapped in ``[[redact:`` and ``]]``. In every export the marked text is replaced
by ``[redacted]``; in the app and the vault the text stays as written.

- The marker is case-insensitive and spaces after the colon are ignored:
  ``[[REDACT:x]]``, ``[[redact:  x]]``.
- A marked passage ends at the first ``]]``; it may span lines.
- ``[[redact:`` without a closing ``]]`` is a problem the export reports before going on
  (:class:`Unclosed`); if the user accepts it, everything to the end of the field is
  redacted — when in doubt, withhold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "[[redact:"
CLOSE = "]]"
PLACEHOLDER = "[redacted]"

_OPEN = re.compile(r"\[\[\s*redact\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Marked:
    """A marked passage: ``start``/``end`` cover the markers; ``content`` is the text
    between them, stripped."""

    start: int
    end: int
    content: str


@dataclass(frozen=True)
class Unclosed:
    """An opening marker at ``start`` with no closing ``]]``: redacts to the end."""

    start: int


def find_marked(text: str) -> tuple[list[Marked], Unclosed | None]:
    """The marked passages of ``text`` in order, and an unclosed marker if any."""
    passages: list[Marked] = []
    pos = 0
    while (opening := _OPEN.search(text, pos)) is not None:
        close = text.find(CLOSE, opening.end())
        if close < 0:
            content = text[opening.end() :].strip()
            passages.append(Marked(opening.start(), len(text), content))
            return passages, Unclosed(opening.start())
        end = close + len(CLOSE)
        passages.append(Marked(opening.start(), end, text[opening.end() : close].strip()))
        pos = end
    return passages, None


def wrap(selection: str) -> str:
    """What the app writes for a selection the user marks (the inverse of removal)."""
    if CLOSE in selection:
        raise ValueError("a marked passage cannot contain ']]'; mark it in two parts")
    return f"{OPEN}{selection}{CLOSE}"
