"""Inflected forms of names: a stem and the endings it may take.

Russian and Kazakh add endings to names: Оспанова → Оспановой, Оспановы, Оспановамен,
Оспанованың; Айгерим → Айгеримге; Секербаев → Секербаеву. A name part is turned into
one or more (stem, paradigm) pairs; a word of a text is that name if it splits into one
of the stems plus one of its paradigm's endings. Matching whole words only, with endings
from a closed list, is what keeps a name from eating unrelated words: Дина matches
Дины and Диной but not динамика; Ерлан matches Ерлану but not Ерланович.

Everything here works on canonical keys (:func:`logbook.export.scripts.canonical`), so
endings are written in canonical spelling too (й→и, ь dropped, Kazakh letters mapped).

Latin spellings get the Russian endings only for surnames (-ov, -ova, -sky …): an
English text says "Sekerbaeva's", not "Sekerbaevoy", and short Latin first names with
endings would collide with English words (Dina → dine).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from logbook.core.word_forms import (
    RU_CONSONANT,
    RU_NOUN_A,
    RU_NOUN_I,
    RU_NOUN_YA,
    RU_SURNAME_OV,
    RU_SURNAME_SKY,
    Harmony,
    kazakh_endings,
)
from logbook.core.word_forms import harmonious as shared_harmonious
from logbook.export.scripts import canonical, is_cyrillic
from logbook.export.spellings import cyrillic_spellings, latin_spellings

MIN_STEM = 2
# Name parts shorter than this are not matched on their own (initials, particles).
MIN_PART_LETTERS = 3
# Parts shorter than this get no automatic spellings in the other script: short
# romanisations collide with ordinary words (Ася → Asia).
MIN_CROSS_SCRIPT_LETTERS = 4


def _set(endings: str) -> frozenset[str]:
    return frozenset(endings.split(" "))


def _canon(endings: str) -> frozenset[str]:
    return frozenset(canonical(e) if e else "" for e in endings.split(" "))


# Kazakh endings (logbook.core.word_forms, shared with the search) folded to canonical
# keys. Vowel harmony and assimilation are not computed: every variant is accepted after
# every name, which over-generates forms that never occur but misses none that do.
KAZAKH = frozenset(canonical(f) for f in kazakh_endings())
# Vowel harmony on canonical keys (ә→а, і→и … are folded already).
_HARMONY = Harmony("аеиоуыaeiouy", "еиei", "аоы", "еи")


def harmonious(word: str) -> frozenset[str]:
    """The Kazakh endings that agree with the last vowel of a very short canonical word
    (Ли → Лиге, Лидин; not Лига, "league"). Longer names take every variant instead (see
    above): missing a form matters more there than matching a word that never occurs."""
    return shared_harmonious(word, KAZAKH, _HARMONY)


@dataclass(frozen=True)
class Paradigm:
    """How a stem may end: ``endings`` (canonical; ``""`` is the bare stem)."""

    name: str
    endings: frozenset[str]


def _paradigm(name: str, russian: str, nominatives: str) -> Paradigm:
    kazakh = {n + k for n in _canon(nominatives) for k in KAZAKH}
    return Paradigm(name, _canon(russian) | kazakh)


# Russian endings by declension (logbook.core.word_forms, folded to canonical spelling),
# and the nominative endings that Kazakh endings attach to.
SURNAME_OV = _paradigm("surname -ов/-ова", RU_SURNAME_OV, " а")
SURNAME_SKY = _paradigm("surname -ский/-ская", RU_SURNAME_SKY, "ий ая")
NOUN_A = _paradigm("name in -а", RU_NOUN_A, "а")
NOUN_YA = _paradigm("name in -я", RU_NOUN_YA, "я")
NOUN_I = _paradigm("name in -й", RU_NOUN_I, "й")
CONSONANT = _paradigm("name ending in a consonant", RU_CONSONANT, "")
INDECLINABLE = _paradigm("indeclinable name", "", "")

LATIN_SURNAME = Paradigm(
    "romanised surname -ov/-ova", _set(" a u ym im e oy oi oj oyu oiu y i ykh ikh ymi imi")
)
LATIN_SKY = Paradigm(
    "romanised surname -sky/-skaya",
    _set("y iy ii ij yi ogo omu im om aya aia aja ay oy oi oj uyu uiu iye ie ikh imi"),
)
LATIN_PLAIN = Paradigm("romanised name", frozenset({""}))

_VOWELS = set("аеиоуыюя")


def _cyrillic_stems(word: str) -> list[tuple[str, Paradigm]]:
    """(stem, paradigm) pairs of a canonical Cyrillic word in its dictionary form."""
    for suffix, cut in (("ская", 2), ("цкая", 2), ("скии", 2), ("цкии", 2), ("скои", 2)):
        if word.endswith(suffix):
            return [(word[:-cut], SURNAME_SKY)]
    for suffix in ("ов", "ев", "ин", "ын"):
        if word.endswith(suffix):
            return [(word, SURNAME_OV)]
        if word.endswith(suffix + "а"):
            return [(word[:-1], SURNAME_OV)]
    last = word[-1]
    if last == "а":
        return [(word[:-1], NOUN_A)]
    if last == "я":
        return [(word[:-1], NOUN_YA)]
    if last == "и" and len(word) > 1 and word[-2] in _VOWELS:
        # Сергей, Дмитрий (canonical: сергеи, дмитрии): й was folded to и.
        return [(word[:-1], NOUN_I), (word, INDECLINABLE)]
    if last in _VOWELS:
        return [(word, INDECLINABLE)]
    return [(word, CONSONANT)]


def _latin_stems(word: str) -> list[tuple[str, Paradigm]]:
    """(stem, paradigm) pairs of a canonical Latin word in its dictionary form."""
    for suffix in ("skaya", "skaia", "skaja", "skiy", "skii", "skij", "sky", "ski"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + "sk"
            return [(stem, LATIN_SKY), (word, LATIN_PLAIN)]
    # Not -in/-ina: in Latin script that ending is as often a first name (Marina,
    # Karina), whose "inflected" forms would be English words (Marine).
    for suffix in ("ov", "ev"):
        if word.endswith(suffix):
            return [(word, LATIN_SURNAME)]
        if word.endswith(suffix + "a"):
            return [(word[:-1], LATIN_SURNAME)]
    return [(word, LATIN_PLAIN)]


def letters(word: str) -> int:
    return sum(ch.isalpha() for ch in canonical(word))


@cache
def forms_of_part(part: str) -> tuple[tuple[str, Paradigm], ...]:
    """Every (stem, paradigm) under which ``part`` (one word of a name) may appear.

    Includes the part's own script and, for parts of at least
    :data:`MIN_CROSS_SCRIPT_LETTERS` letters, its spellings in the other script.
    Empty for parts shorter than :data:`MIN_PART_LETTERS`.
    """
    key = canonical(part)
    if len(key) < MIN_PART_LETTERS:
        return ()
    cyrillic = is_cyrillic(key)
    found = _cyrillic_stems(key) if cyrillic else _latin_stems(key)
    if len(key) >= MIN_CROSS_SCRIPT_LETTERS:
        if cyrillic:
            for latin in latin_spellings(part):
                found += _latin_stems(latin)
        else:
            for cyr in cyrillic_spellings(key):
                if is_cyrillic(cyr):
                    found += _cyrillic_stems(cyr)
    unique = dict.fromkeys((stem, p) for stem, p in found if len(stem) >= MIN_STEM)
    return tuple(unique)


MAX_ENDING = max(
    len(e)
    for p in (SURNAME_OV, SURNAME_SKY, NOUN_A, NOUN_YA, NOUN_I, CONSONANT, LATIN_SKY)
    for e in p.endings
)


def splits(key: str) -> list[tuple[str, str]]:
    """Every (stem, ending) split of a canonical word a paradigm could account for."""
    longest = min(MAX_ENDING, len(key) - MIN_STEM)
    return [(key[: len(key) - n], key[len(key) - n :]) for n in range(longest + 1)]
