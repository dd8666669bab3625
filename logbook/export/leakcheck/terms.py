"""What the verifier looks for: the protected terms, as plain data.

The policy produces them (:func:`logbook.export.policy.leak_terms`); nothing else is
shared with the redactor. A *word* term is one word of a protected name in every
spelling the policy knows (the recorded one first, then other scripts and
romanisations) and the inflected forms it knows; a *phrase* term is a sequence (a
contact value, a note, a place, a marked passage, a full name) found as written, with
spacing and punctuation ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from logbook.export.origin import Origin


@dataclass(frozen=True)
class Term:
    """One protected term. ``spellings`` and ``forms`` are case content: never print
    them. ``number`` is the term's place in the policy's list (stable for the same case,
    carries no content); ``protects`` names the record it protects; ``category`` and
    ``rule`` are keys of :mod:`logbook.export.rules`. ``shown_on_source_page``: the term
    may stand on the confidential source page (the source's own name in ``ohchr``)."""

    number: int
    kind: Literal["word", "phrase"]
    spellings: tuple[str, ...]
    category: str
    rule: str
    protects: Origin
    forms: tuple[str, ...] = ()
    shown_on_source_page: bool = False


@dataclass(frozen=True)
class Exemptions:
    """Text that may hold a protected term's letters without leaking it: the full names
    of persons shown by name (a protected first name that is also a named person's, as
    part of that person's full name), the placeholders redaction writes, and names that
    are ordinary words used as ordinary words.

    ``placeholders`` are as the document writes them, in its language ("[name withheld]",
    "[nom non divulgué]", "[nombre omitido]", and the automatic pseudonyms "Witness 1",
    "Témoin 1", "Testigo 1"): the policy gives them (logbook.export.leak_terms), so the
    check needs no wording of its own and treats every language alike."""

    named_names: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()
    # Forms of protected names that are also ordinary words ("розы" for Роза): not a
    # leak where written in lower case, alone, not after one of ``titles``.
    ordinary_words: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
