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

Markup written incorrectly is withheld too, and flagged (``Marked.typo``) so the export
stops until the user corrects or accepts it: one opening bracket (``[redact: …]``), no
colon (``[[redact …]]``), spaces inside the marker (``[[ redact : …]]``), one closing
bracket (``[[redact: …]``), or any mix of these. The opening needs ``redact`` followed by
a colon or a space, so ordinary bracketed text — ``[1]``, ``[sic]``, ``[name withheld]``,
``[redacted]``, ``[redaction]`` — is never taken for markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "[[redact:"
CLOSE = "]]"
PLACEHOLDER = "[redacted]"

# Any opening, exact or not: one or two "[", "redact", then a colon or whitespace.
_OPEN = re.compile(r"\[\[?[ \t]*redact(?:\s*:|\s+)", re.IGNORECASE)
_EXACT_OPEN = re.compile(r"\[\[redact:", re.IGNORECASE)


@dataclass(frozen=True)
class Marked:
    """A marked passage: ``start``/``end`` cover the markers; ``content`` is the text
    between them, stripped. ``typo`` is true when the markup is not the documented
    ``[[redact: …]]`` (the passage is withheld all the same, and reported)."""

    start: int
    end: int
    content: str
    typo: bool = False


@dataclass(frozen=True)
class Unclosed:
    """An opening marker at ``start`` with no closing ``]]``: redacts to the end."""

    start: int


# A text's markup as :func:`find_marked` reads it: parsed once per field and passed on.
Markup = tuple[list["Marked"], "Unclosed | None"]


def parse(text: str) -> Markup:
    """:func:`find_marked`, skipping texts that cannot hold a marker (most)."""
    return find_marked(text) if "redact" in text.casefold() else ([], None)


def find_marked(text: str) -> tuple[list[Marked], Unclosed | None]:
    """The marked passages of ``text`` in order, and an unclosed marker if any (its
    passage, the last one, reaches the end of the text)."""
    passages: list[Marked] = []
    pos = 0
    while (opening := _OPEN.search(text, pos)) is not None:
        exact_open = _EXACT_OPEN.match(opening.group()) is not None
        following = _OPEN.search(text, opening.end())
        limit = following.start() if following is not None else len(text)
        double = opening.group().startswith("[[")
        closing = _closing(text, opening.end(), limit, double)
        if closing is None:
            content = text[opening.end() :].strip()
            passages.append(Marked(opening.start(), len(text), content, not exact_open))
            return passages, Unclosed(opening.start())
        close, end = closing
        exact = exact_open and text[close:end] == CLOSE
        passages.append(
            Marked(opening.start(), end, text[opening.end() : close].strip(), not exact)
        )
        pos = end
    return passages, None


def _closing(text: str, start: int, limit: int, double: bool) -> tuple[int, int] | None:
    """Where the passage opened before ``start`` closes: (start, end) of its closing
    brackets, or ``None`` if it never does."""
    if double:
        close = text.find(CLOSE, start, limit)
        if close >= 0:
            return close, close + 2
        # One closing bracket before the next marker: a typo, closed there.
        single = _balanced_bracket(text, start, limit)
        if single is not None:
            return single, single + 1
        # The documented rule: the first "]]", even after another opening marker.
        close = text.find(CLOSE, start)
        return (close, close + 2) if close >= 0 else None
    single = _balanced_bracket(text, start, limit)
    if single is None:
        return None
    return (single, single + 2) if text.startswith(CLOSE, single) else (single, single + 1)


def _balanced_bracket(text: str, start: int, limit: int) -> int | None:
    """The first "]" in ``text[start:limit]`` not closing a "[" opened there ("[1]")."""
    depth = 0
    for i in range(start, limit):
        if text[i] == "[":
            depth += 1
        elif text[i] == "]":
            if depth == 0:
                return i
            depth -= 1
    return None


def wrap(selection: str) -> str:
    """What the app writes for a selection the user marks (the inverse of removal)."""
    if CLOSE in selection:
        raise ValueError("a marked passage cannot contain ']]'; mark it in two parts")
    return f"{OPEN}{selection}{CLOSE}"
