"""What the leak check searches for, and how a find must sit in the text to count.

Each term becomes *needles* — its folded spellings, forms and stems — each with a rule
(see :mod:`.check`'s module docs for the rules); terms searched for alike share them.
One Aho-Corasick automaton holds every needle (:func:`automaton`), and :func:`fits`
says whether a needle found in a skeleton stands as its rule asks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from logbook.export.leakcheck.fold import Skeleton, fold
from logbook.export.leakcheck.terms import Term
from logbook.export.origin import TEMPLATE

# How a needle must sit in the text (see the module docs).
_WORD_START, _WORD, _CAPITAL_WORD, _PHRASE = "word_start", "word", "capital_word", "phrase"
_ANYWHERE = "anywhere"
_SHORT_NAME = "short_name"  # a whole word, or a word that starts with it and a capital
_VOWELS = frozenset("aeiouyяюыэ")  # folded: а→a, е→e, и/і/й→i, о→o, у→y
# Stems shorter than this are not searched for: the forms the policy lists cover those
# names (a stem "дина" would be every "динамика").
_STEM_FROM = 6
# Spellings shorter than this are searched for as whole words in prose (with their forms).
_WORD_START_FROM = 6
_CROSS_SPACES_FROM = 8
# A full spelling this long is specific enough to be looked for inside any word, in prose
# too ("amirkasymov"); shorter ones would be found inside ordinary words (пример in
# например).
_ANYWHERE_FROM = 7
_BOUNDED_PHRASE_BELOW = 10


@dataclass(frozen=True)
class Needle:
    group: int  # index into the groups of terms searched for alike (same spellings)
    rule: str
    cross: bool  # may span chunks (spaces)
    # A short name without the Kazakh і in any spelling is not the word written with it
    # (Ким, not Kazakh кім "who": і and и fold together for longer names).
    no_kazakh_i: bool = False


def automaton(terms: list[Term]) -> tuple[ahocorasick.Automaton, list[list[int]]]:
    """Every searched string of ``terms`` → ``(length, needles)``, and the groups of term
    indexes that are searched for alike (the first name of many persons), which share
    their needles."""
    automaton = ahocorasick.Automaton()
    needles: dict[str, list[Needle]] = defaultdict(list)
    groups: dict[tuple[Any, ...], int] = {}
    members: list[list[int]] = []
    for index, term in enumerate(terms):
        key = (term.kind, term.spellings, term.forms)
        if key in groups:
            members[groups[key]].append(index)
            continue
        group = groups[key] = len(members)
        members.append([index])
        no_i = not any("і" in spelling.casefold() for spelling in term.spellings)
        for text, rule, cross in _needles(*key):
            needles[text].append(Needle(group, rule, cross, no_i and rule == _CAPITAL_WORD))
    for text, entries in needles.items():
        automaton.add_word(text, (len(text), entries))
    if needles:
        automaton.make_automaton()
    return automaton, members


def fits(sk: Skeleton, first: int, last: int, needle: Needle) -> bool:
    """Whether a needle found at ``first``…``last`` sits in the text as its rule asks."""
    rule = needle.rule
    # Across spaces only what stands as words there ("С е к е р б а е в а"), never a
    # name's tail glued to the next line's first word (Ermekov + Age → ermekova).
    if sk.chunk[first] != sk.chunk[last] and not _across_spaces(sk, first, last, needle):
        return False
    if rule == _PHRASE:
        return _phrase_fits(sk, first, last)
    if sk.chunk[first] in sk.non_prose:
        # A tag, handle or address: anything may be glued around a name there, but a
        # word of one to three letters still stands alone.
        return rule != _CAPITAL_WORD or (first in sk.starts and last in sk.ends)
    if rule == _ANYWHERE:
        return True
    if first not in sk.starts:
        return False
    if rule == _WORD_START:
        return True
    if rule == _SHORT_NAME:
        return last in sk.ends or first in sk.capital
    if last not in sk.ends:
        return False
    # The name itself is at most three letters; an ending may hold і (Кимнің).
    if needle.no_kazakh_i and "і" in sk.text[slice(*sk.span(first, last))][:3].casefold():
        return False
    return rule == _WORD or first in sk.capital


def _across_spaces(sk: Skeleton, first: int, last: int, needle: Needle) -> bool:
    """A match over several chunks: a phrase; a name spelled out letter by letter
    ("А м и р"); or a long spelling that begins and ends as words do ("Секер баева")."""
    if not needle.cross:
        return False
    if needle.rule == _PHRASE:
        return True
    if all(sk.chunk[k] != sk.chunk[k - 1] for k in range(first + 1, last + 1)):
        return first in sk.starts and last in sk.ends
    long_enough = last - first + 1 >= _CROSS_SPACES_FROM
    return long_enough and first in sk.starts and last in sk.ends


def _phrase_fits(sk: Skeleton, first: int, last: int) -> bool:
    """A number is never found inside a longer one; a short phrase stands as words."""
    chars = sk.chars
    if chars[first].isdigit() and first and chars[first - 1].isdigit():
        return False
    if chars[last].isdigit() and last + 1 < len(chars) and chars[last + 1].isdigit():
        return False
    if last - first + 1 < _BOUNDED_PHRASE_BELOW:
        return first in sk.starts and last in sk.ends
    return True


@lru_cache(maxsize=4096)
def _needles(
    kind: str, spellings: tuple[str, ...], forms: tuple[str, ...]
) -> tuple[tuple[str, str, bool], ...]:
    """(searched string, rule, across spaces) of a term. Cached: persons share first
    names and surnames, and a case's terms repeat their spellings."""
    term = Term(0, kind, spellings, "", "", TEMPLATE, forms)  # type: ignore[arg-type]
    found = _word_needles(term) if kind == "word" else _phrase_needles(term)
    return tuple((text, rule, cross) for text, (rule, cross) in found)


def _word_needles(term: Term) -> Iterator[tuple[str, tuple[str, bool]]]:
    for spelling in dict.fromkeys(fold(s) for s in term.spellings):
        if not spelling:
            continue
        yield spelling, _word_rule(spelling, full=True)
        stem = _stem(spelling)
        if stem != spelling and len(stem) >= _STEM_FROM:
            yield stem, (_WORD_START, True)  # across spaces: spelled out letter by letter
    # A whole inflected word (Жанной, not задержанной; Динаға, not динамика); the forms
    # of a name of one to three letters written with a capital (Кимге, not кімге).
    short = all(len(fold(s)) <= 3 for s in term.spellings)
    for form in dict.fromkeys(fold(f) for f in term.forms):
        if form:
            yield form, (_CAPITAL_WORD if short or len(form) <= 3 else _WORD, False)


def _stem(spelling: str) -> str:
    """The part of a name word that endings leave alone: without its last one or two
    vowels (Секербаева → секербаев, Жуковская → жуковск). Consonant endings stay
    (Павлов: павлов, not the павло of Павлодар)."""
    stem = spelling
    for _ in range(2):
        if len(stem) > _STEM_FROM and stem[-1] in _VOWELS:
            stem = stem[:-1]
    return stem


def _word_rule(needle: str, *, full: bool) -> tuple[str, bool]:
    """(rule, whether a full spelling may also be found across spaces)."""
    size = len(needle)
    if size <= 3:
        return _CAPITAL_WORD, False
    if size < _WORD_START_FROM:
        return _SHORT_NAME, full
    if full and size >= _ANYWHERE_FROM:
        return _ANYWHERE, True
    return _WORD_START, full


def _phrase_needles(term: Term) -> Iterator[tuple[str, tuple[str, bool]]]:
    for spelling in dict.fromkeys(fold(s) for s in term.spellings):
        if len(spelling) >= 4:
            yield spelling, (_PHRASE, True)
