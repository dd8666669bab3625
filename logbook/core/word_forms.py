"""Russian and Kazakh endings, shared by the export's name matching and the search.

Both languages add endings to a stem: Оспанова → Оспановой, Оспановамен; полиция →
полиции; көше → көшесінде. This module holds the closed lists of endings, written as
people type them (Kazakh letters as they are, ``й`` and ``ь`` kept), and two uses of
them:

- :mod:`logbook.export.inflection` folds the tables to its canonical keys and builds name
  paradigms on them (a name is matched as whole words: stem plus a listed ending);
- the search (:mod:`logbook.core.search_text`) strips a listed ending from each query
  word (:func:`stems`) and looks for the stem, so an inflected query finds the
  dictionary form in the text and the reverse (see that module for why the stem is
  searched as a prefix only when it is long enough).

Kazakh endings: case, plural, possessive and their combinations. Vowel harmony and
assimilation are not computed when matching long words: every variant is accepted,
which over-generates forms that never occur but misses none that do. Short stems take
only the endings that agree with their last vowel (:func:`harmonious`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# Kazakh endings (Kazakh letters; the export folds them to its canonical keys).
KZ_CASE = (
    "ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те нда нде "
    "дан ден тан тен нан нен мен бен пен"
)
KZ_PLURAL = "лар лер дар дер тар тер"
KZ_POSSESSIVE = "ы і сы сі"
KZ_AFTER_POSSESSIVE = "ның нің на не н ны ні нда нде нан нен мен"

# Russian endings of names by declension (the export's paradigms; ``""`` is the bare
# stem), and the nominative endings Kazakh endings attach to.
RU_SURNAME_OV = " а у ым е ой ою ы ых ыми"
RU_SURNAME_SKY = "ий ого ому им ом ая ой ую ие их ими"
RU_NOUN_A = "а ы и е у ой ою"
RU_NOUN_YA = "я и е ю ей ею"
RU_NOUN_I = "й я ю ем е и"
RU_CONSONANT = " а у ом ем е ы и ю я ым"
NOMINATIVES = "а я ий ая й"

# Russian endings of ordinary words for the search: nouns and adjectives in every case
# and number (but the genitive plural -ов/-ев, which ends surnames: Нурланов must not
# become нурлан-, a first name), the verbal nouns' suffixes (задержание, задержания →
# задерж-, which also finds задержали), and past tense and infinitive endings of verbs.
# Present tense and the masculine past (-ет, -ит, -ал, -ил) are left out: they end many
# names (Марат, Ерболат, Михаил), which would lose letters for nothing.
RU_NOMINAL = (
    "а я о е ы и у ю ь й ой ей ою ею ом ем ам ям ами ями ах ях ью ья ье ьи ьям ьями ьях "
    "ьей ьем ии ия ие ий ию ием иям иями иях ией ый ая яя ое ее ые ого его ому ему ым им "
    "ую юю ых их ыми ими"
)
RU_DERIVED = "ание ение ания анию ению анием ением аний ений аниям ениям аниями ениями аниях ениях"
RU_VERBAL = "ла ло ли ть ала ало али ила ило или ела ели яла яли ать ить еть ять ался алась ались"

# Kazakh letters as people type them on a Russian keyboard: Айгеримнин for Айгерімнің.
_RUSSIAN_KEYBOARD = str.maketrans(
    {"і": "и", "ң": "н", "ғ": "г", "қ": "к", "ә": "а", "ө": "о", "ұ": "у", "ү": "у", "һ": "х"}
)


def russian_keyboard(word: str) -> str:
    """``word`` (folded) with its Kazakh letters as typed on a Russian keyboard (Нұрлан →
    Нурлан): names are recorded either way."""
    return word.translate(_RUSSIAN_KEYBOARD)


def endings(table: str) -> frozenset[str]:
    """The endings of a space-separated ``table`` (a leading space stands for ``""``)."""
    return frozenset(table.split(" "))


def kazakh_endings() -> frozenset[str]:
    """Every Kazakh ending and combination of endings, in Kazakh letters."""
    case = KZ_CASE.split()
    plural = KZ_PLURAL.split()
    possessive = KZ_POSSESSIVE.split()
    after = KZ_AFTER_POSSESSIVE.split()
    forms = set(case) | set(plural) | set(possessive)
    forms |= {p + c for p in plural for c in case}
    forms |= {p + c for p in possessive for c in after}
    plural_possessive = {p + s for p in plural for s in ("ы", "і")}
    forms |= plural_possessive | {p + c for p in plural_possessive for c in after}
    return frozenset(forms)


@dataclass(frozen=True)
class Harmony:
    """Which letters are vowels, which of them are front vowels, and the letters an
    ending may not contain after a front or after a back vowel."""

    vowels: str
    front: str
    not_after_front: str
    not_after_back: str


# Kazakh letters as they are (the search; the export has its own, on canonical keys).
KAZAKH_HARMONY = Harmony("аәеиіоөуұүыэюяaeiouy", "әеиіөүэei", "аоұы", "әеіөү")


def harmonious(word: str, candidates: frozenset[str], harmony: Harmony) -> frozenset[str]:
    """The ``candidates`` endings that agree with the last vowel of ``word`` (Ли → Лиге,
    Лидің; not Лига); all of them if ``word`` has no vowel."""
    vowels = [ch for ch in word if ch in harmony.vowels]
    if not vowels:
        return candidates
    clash = set(harmony.not_after_front if vowels[-1] in harmony.front else harmony.not_after_back)
    return frozenset(e for e in candidates if not clash & set(e))


# The search's lists (Kazakh ones also as typed on a Russian keyboard).
_KAZAKH_TYPED = kazakh_endings()
KAZAKH_ALL = _KAZAKH_TYPED | {russian_keyboard(e) for e in _KAZAKH_TYPED}
# Single Kazakh endings (no combinations): what a short stem is tried with.
_KZ_SINGLE = endings(" ".join((KZ_CASE, KZ_PLURAL, KZ_POSSESSIVE)))
KAZAKH_SINGLE = _KZ_SINGLE | {russian_keyboard(e) for e in _KZ_SINGLE}
RUSSIAN_ALL = endings(" ".join((RU_NOMINAL, RU_DERIVED, RU_VERBAL)))
RUSSIAN_NOMINAL = endings(RU_NOMINAL)
_NOMINATIVES = endings(NOMINATIVES)

# A stem keeps at least this many letters: shorter ones (Ли, Ася → ас) are not stemmed.
MIN_STEM = 3
_LONGEST = max(len(e) for e in RUSSIAN_ALL | KAZAKH_ALL)


def _strip(word: str, table: frozenset[str]) -> list[str]:
    """``word`` without each ending of ``table`` it ends with, keeping :data:`MIN_STEM`
    letters."""
    longest = min(_LONGEST, len(word) - MIN_STEM)
    return [word[: len(word) - n] for n in range(1, longest + 1) if word[len(word) - n :] in table]


# Kazakh voices a final қ, к, п between vowels: наразылық → наразылығы, кітап → кітабы.
_VOICED = {"ғ": "қ", "г": "к", "б": "п"}


def stems(word: str) -> tuple[str, ...]:
    """The stems a folded word (letters only) may have: without a Russian ending, without
    a Kazakh ending (with its voiced last consonant made voiceless again), and without a
    Kazakh ending and the nominative ending before it (Секербаевамен → секербаева,
    секербаев). Shortest first; empty if none applies."""
    found = set(_strip(word, RUSSIAN_ALL))
    for stem in _strip(word, KAZAKH_ALL):
        found.add(stem)
        found.update(_strip(stem, _NOMINATIVES))
        if stem[-1] in _VOICED:
            found.add(stem[:-1] + _VOICED[stem[-1]])
    return tuple(sorted(found, key=lambda s: (len(s), s)))


@cache
def _endings_after(last_vowel: str) -> frozenset[str]:
    return RUSSIAN_NOMINAL | harmonious(last_vowel, KAZAKH_SINGLE, KAZAKH_HARMONY) | {""}


def short_stem_endings(stem: str) -> frozenset[str]:
    """The endings a short stem is looked up with: each Russian noun or adjective ending
    and each single Kazakh ending that agrees with it, or none."""
    # Cached by the last vowel only: query words are not kept in memory.
    vowels = [ch for ch in stem if ch in KAZAKH_HARMONY.vowels]
    return _endings_after(vowels[-1] if vowels else "")


def is_form_of(word: str, stem: str) -> bool:
    """Whether ``word`` is a short ``stem`` with one of its endings (Дины, Динге for дин;
    not динамика)."""
    return word.startswith(stem) and word[len(stem) :] in short_stem_endings(stem)


def short_stem_forms(stem: str) -> tuple[str, ...]:
    """The whole words a short stem is looked up as (Дин → дин, дина, дины, диной,
    динге …; never динамика)."""
    return tuple(sorted(stem + e for e in short_stem_endings(stem)))
