"""Spellings of a name in the other script: the romanisations in real use, and back.

A name recorded as ``Нұрлан`` must also be found as Nurlan, Nūrlan, Nourlan; one recorded
as ``Wolkow`` must also be found as Волков. Each romanisation in use for Kazakh and Russian
names is one :class:`Scheme`, a table of data (no code per scheme):

- ``passport_kz`` — Kazakh passports and ID cards, sports results: Yessenov, Assel, Aigerim
  or Aygerim, Zhanna, Kairat (the Kazakh letters as their Russian neighbours);
- ``passport_ru`` — Russian passports (ICAO 9303 since 2013, GOST 52535 before): Iuliia,
  Dmitrii, Aleksei, Natalia, Tcoi;
- ``bgn_ru`` and ``bgn_kz`` — BGN/PCGN, used in UN and US documents and atlases:
  Yevgeniy, Navalnyy, Gorbachëv; Äūezov, Ghalym, Qasymov;
- ``kz2021`` — the Kazakh Latin alphabet of 2021 (Şynar, Äigerım, Jūldyz, Qasymov), with
  the 2018 and QazAqparat 2004 letters as alternatives (ý, w for у; ç for ч …);
- ``french`` — Nourlan, Nazarbaïev, Khrouchtchev, Tchaïkovski, Poutine, Ioulia;
- ``german`` — Wolkow, Schukow, Tschaikowski, Jelzin, Nasarbajew, Sekerbajewa;
- ``informal`` — what people type: every common choice per letter (Janna, Tokaev, Alia,
  Dmitry, Dzhaksybekov …).

A table maps a Cyrillic letter or letter group to its spellings, best first; a group may be
tied to a context (start or end of the word, after a vowel, between vowels): ``е`` is "ye"
at the start in a passport, ``с`` is "ss" between vowels, ``ин`` is "ine" at the end in
French. A word is cut into the longest groups its scheme has; each group's first spelling
gives the scheme's own spelling of the word, which is always produced. The other spellings
are alternatives with a cost (their rank); a scheme produces its spellings cheapest first,
up to a cap, so a long name gives a bounded number of forms and every form one or two
changes away from the scheme's own is among them.

The reverse direction reads each table backwards: a Latin word is cut into the longest
romanisations the scheme has (and, where that differs, into the cheapest ones: j|ou, not
jo|u, in Joukov), each with the Cyrillic letters it may stand for. A Latin spelling whose
accent is lost in the comparison key (``ş`` is compared as ``s``) is a costlier reading of
the bare letter, so ``Sara`` reads as Сара before Шара; given the word itself, ş ç ğ ñ ä ö ü
are read as the Kazakh letters they stand for. Words shorter than :data:`SHORT_WORD` get
fewer variants in both directions: short spellings are the ones that collide with
ordinary words.

Everything returned is a comparison key (:func:`logbook.export.scripts.canonical`).
"""

from __future__ import annotations

import heapq
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

from logbook.export.scripts import _DROP, _HOMOGLYPHS, canonical, is_cyrillic

# A scheme gives at most this many spellings of one word (its own spelling first), the
# informal scheme at most INFORMAL_CAP: the choices multiply fast in a long name.
SCHEME_CAP = 16
INFORMAL_CAP = 64
# Words of fewer letters than this get fewer variants, as short spellings collide with
# ordinary words (Юрий → jury, Aliya → алыя → алый): a scheme's own spelling and those
# one choice away from it in Latin; a scheme's cheapest readings only in Cyrillic, where
# a reading gets the Russian and Kazakh endings.
SHORT_WORD = 6
SHORT_LATIN_BUDGET = 1

_VOWELS = frozenset("аәеёиоөуұүыэюяі")
# After these, е ё ю я are iotated ("ye", "je", "ïe"): vowels, the signs and й.
_IOTATING = _VOWELS | frozenset("ьъй")

# Read back from a Latin spelling that other letters share, these are the less likely
# reading (German "s" is с before з, "sch" ш before ж; "e" is е before э): half a step
# dearer, where a step (_STEP) is one rank down a table's list of spellings.
_RARE = frozenset("зжщэъё")
_STEP = 2

# Options are written as space-separated spellings, best first; "" is the empty spelling.
Table = Mapping[str, str]

# The letters most schemes agree on; the Kazakh letters as their Russian neighbours.
_COMMON: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}  # fmt: skip


@dataclass(frozen=True)
class Scheme:
    """One romanisation: Cyrillic letters or groups → Latin spellings, best first.

    ``letters`` applies anywhere; the other tables take precedence where their context
    holds, in this order: ``initial`` (start of the word), ``final`` (end of the word),
    ``between_vowels``, ``after_vowel`` (after a vowel, ь, ъ or й). ``reverse`` adds
    Latin → Cyrillic readings used only when reading a Latin word back.
    """

    name: str
    style: str  # the source style a pair in tests/export/data/spelling_pairs.tsv names
    letters: Table
    initial: Table = field(default_factory=dict)
    final: Table = field(default_factory=dict)
    between_vowels: Table = field(default_factory=dict)
    after_vowel: Table = field(default_factory=dict)
    reverse: Table = field(default_factory=dict)
    cap: int = SCHEME_CAP


PASSPORT_KZ = Scheme(
    "passport_kz",
    "passport",
    letters={
        **_COMMON,
        "ә": "a ae", "ғ": "g gh", "ё": "e yo", "ж": "zh j", "й": "i y", "қ": "k q kh",
        "ң": "n ng", "х": "kh h", "һ": "h kh", "ы": "y i", "ю": "yu iu", "я": "ya ia",
        "кс": "ks x",
        "уы": "uy u",  # Бауыржан: Bauyrzhan, Baurzhan
        "йы": "iy yy i",  # Смайылов: Smailov (from the Russian Смаилов)
        "ьи": "i yi",  # Ильин: Ilin, Ilyin
    },
    initial={"е": "ye e", "ё": "yo ye e"},
    final={"й": "y i"},
    between_vowels={"с": "ss s"},  # Assel, Yessenov, Massimov, Nurpeissov
    after_vowel={"е": "ye e", "ё": "yo e"},  # Tokayev, Meruyert, Sapiyev
)  # fmt: skip

PASSPORT_RU = Scheme(
    "passport_ru",
    "passport",
    letters={
        **_COMMON,
        "й": "i", "ю": "iu yu", "я": "ia ya", "ц": "ts tc", "ъ": "",
        "ә": "a", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "kh",
    },
)  # fmt: skip

BGN_RU = Scheme(
    "bgn_ru",
    "bgn",
    letters={**_COMMON, "ё": "ë yo", "э": "e"},
    initial={"е": "ye", "ё": "yë yo"},
    after_vowel={"е": "ye", "ё": "yë yo"},
)  # fmt: skip

BGN_KZ = Scheme(
    "bgn_kz",
    "bgn",
    letters={
        **_COMMON,
        "ә": "ä", "ғ": "gh", "ё": "yo", "и": "ī", "қ": "q", "ң": "ng", "ө": "ö", "у": "ū",
        "ұ": "u", "ү": "ü", "һ": "h", "і": "i", "э": "ė",
    },
)  # fmt: skip

KZ2021 = Scheme(
    "kz2021",
    "kz2021",
    letters={
        "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
        "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k q", "қ": "q", "л": "l",
        "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u w ý", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h x", "һ": "h",
        "ц": "ts c", "ч": "ch ç", "ш": "ş sh", "щ": "şş", "ъ": "", "ы": "y ı", "і": "ı",
        "ь": "", "э": "e", "ю": "iu", "я": "ia",
        "ия": "ia iia",
    },
)  # fmt: skip

FRENCH = Scheme(
    "french",
    "french",
    letters={
        **_COMMON,
        "ё": "io e", "ж": "j", "й": "ï i", "у": "ou", "ц": "ts", "ч": "tch", "ш": "ch",
        "щ": "chtch", "ы": "y i", "ю": "iou", "я": "ia",
        "ә": "a ä", "ғ": "g gh", "қ": "k q", "ң": "n ng", "ұ": "ou", "ү": "ou u",
        "кс": "x ks", "ия": "ia iia", "ге": "gue ge", "ги": "gui gi", "дж": "dj",
        "жё": "jo je", "чё": "tche tcho", "шё": "che cho", "щё": "chtche chtcho", "ьё": "io",
    },
    initial={"е": "e ie", "ё": "io", "ю": "iou you", "я": "ia ya", "кс": "ks x"},
    final={"й": "ï i", "ий": "i ii", "ый": "y yi", "гий": "gui", "ин": "ine in", "др": "dre dr"},
    between_vowels={"с": "ss s"},  # Vassili, Kassym
    after_vowel={"е": "ïe e", "ё": "io", "ю": "ïou iou", "я": "ïa"},  # Tokaïev, Navalnaïa
)  # fmt: skip

GERMAN = Scheme(
    "german",
    "german",
    letters={
        **_COMMON,
        "в": "w", "ё": "jo", "ж": "sch sh", "з": "s", "й": "i j", "х": "ch", "ц": "z",
        "ч": "tsch", "ш": "sch", "щ": "schtsch", "ы": "y i", "ю": "ju", "я": "ja",
        "ә": "ä a", "ғ": "g gh", "қ": "k q", "ң": "n ng", "ө": "ö o", "ү": "ü u",
        "кс": "x ks", "ия": "ija ia",
        "ья": "ja", "ье": "je", "ьи": "ji i", "ьё": "jo", "ью": "ju", "йя": "ja", "йе": "je",
        "жё": "scho", "чё": "tscho", "шё": "scho", "щё": "schtscho",
    },
    initial={"е": "je e", "ё": "jo", "кс": "x ks"},
    final={"й": "j i", "ий": "i ij", "ый": "y yj", "др": "der dr"},
    between_vowels={"с": "ss s"},  # Wassili, Kassymow
    after_vowel={"е": "je e", "ё": "jo"},  # Nasarbajew, Dostojewski
)  # fmt: skip

# What people type when no standard is followed: every common choice per letter. The
# reverse table adds readings of Latin letters no scheme spells that way (c, x …).
INFORMAL = Scheme(
    "informal",
    "informal",
    letters={
        **_COMMON,
        "ә": "a ae", "в": "v w", "ғ": "g gh", "ё": "e yo io", "ж": "zh j dzh",
        "й": "y i j", "қ": "k q kh", "ң": "n ng", "ө": "o oe", "ү": "u ue", "х": "kh h",
        "һ": "h kh", "ц": "ts c", "ч": "ch tch", "щ": "shch sch sh", "ы": "y i",
        "ю": "yu iu ju", "я": "ya ia ja",
        "кс": "ks x", "ия": "iya ia iia", "ья": "ya ia", "ье": "ye ie e", "ьи": "yi i",
        "ьё": "yo io e", "уы": "uy u", "йы": "iy i",
        "жё": "zhe zho jo", "чё": "che cho", "шё": "she sho", "щё": "shche shcho",
    },
    initial={"е": "e ye", "ё": "e yo"},
    final={"ий": "iy y ii i ij", "ый": "y yy yi", "др": "dr der"},
    between_vowels={"с": "s ss"},
    after_vowel={"е": "e ye", "ё": "e yo"},
    reverse={
        "c": "ц к с", "w": "в у", "x": "кс х", "j": "ж и", "y": "ы и", "q": "к", "h": "х",
        "ts": "ц тс", "ia": "я иа", "iu": "ю иу", "yo": "е ио", "ae": "а ае", "oe": "о ое",
        "ue": "у уе",
    },
    cap=INFORMAL_CAP,
)  # fmt: skip

SCHEMES: tuple[Scheme, ...] = (
    PASSPORT_KZ, PASSPORT_RU, BGN_RU, BGN_KZ, KZ2021, FRENCH, GERMAN, INFORMAL,
)  # fmt: skip
STYLES: tuple[str, ...] = tuple(dict.fromkeys(s.style for s in SCHEMES))


# Compiled tables --------------------------------------------------------------------------

# A group's spellings (comparison keys) and their costs, cheapest first.
Options = tuple[tuple[str, ...], tuple[int, ...]]
# Contexts, in order of precedence, with the codes the compiled tables use.
_CONTEXTS = ("initial", "final", "between_vowels", "after_vowel", "letters")
_INITIAL, _FINAL, _BETWEEN_VOWELS, _AFTER_VOWEL, _ANYWHERE = range(5)


def _options(spelled: str) -> Options:
    best: dict[str, int] = {}
    for cost, option in enumerate(spelled.split(" ") if spelled else [""]):
        best.setdefault(canonical(option) if option else "", cost)
    return tuple(best), tuple(best.values())


def _single(spelling: str) -> Options:
    return (spelling,), (0,)


@dataclass(frozen=True)
class _Compiled:
    # Cyrillic group → ((context code, options), …) in order of precedence
    forward: dict[str, tuple[tuple[int, Options], ...]]
    forward_lengths: dict[str, tuple[int, ...]]  # first letter → its groups' lengths, longest first
    reverse_any: dict[str, Options]  # Latin group → Cyrillic readings, anywhere in a word
    reverse_final: dict[str, Options]  # … at the end of a word
    reverse_lengths: dict[str, tuple[int, ...]]


def _add(into: dict[str, dict[str, int]], latin: str, cyrillic: str, cost: int) -> None:
    if latin:
        readings = into.setdefault(latin, {})
        readings[cyrillic] = min(cost, readings.get(cyrillic, cost))


def _compile(scheme: Scheme) -> _Compiled:
    forward: dict[str, list[tuple[int, Options]]] = {}
    anywhere: dict[str, dict[str, int]] = {}
    at_end: dict[str, dict[str, int]] = {}
    for code, context in enumerate(_CONTEXTS):
        for src, spelled in getattr(scheme, context).items():
            forward.setdefault(src, []).append((code, _options(spelled)))
            cyrillic = canonical(src)
            rare = int(src in _RARE)
            for cost, option in enumerate(spelled.split(" ") if spelled else []):
                latin = canonical(option)
                # A spelling whose accent the key loses (ş → s) is, read back, the less
                # likely reading of the bare letter: half a step dearer.
                lost = int(option.casefold() != latin)
                into = at_end if code == _FINAL else anywhere
                _add(into, latin, cyrillic, _STEP * cost + max(lost, rare))
    for latin, spelled in scheme.reverse.items():
        for cost, cyrillic in enumerate(spelled.split(" ")):
            _add(anywhere, latin, canonical(cyrillic), _STEP * cost)
    for latin, readings in anywhere.items():
        for cyrillic, cost in readings.items():
            _add(at_end, latin, cyrillic, cost)
    reverse_final = _with_splits(at_end, anywhere, final=True)
    return _Compiled(
        forward={src: tuple(entries) for src, entries in forward.items()},
        forward_lengths=_lengths_by_first_letter(forward),
        reverse_any=_with_splits(anywhere, anywhere),
        reverse_final=reverse_final,
        reverse_lengths=_lengths_by_first_letter(reverse_final),
    )


def _lengths_by_first_letter(groups: Mapping[str, object]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for group in groups:
        lengths.setdefault(group[0], set()).add(len(group))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


_MAX_READINGS = 8  # readings kept per Latin group (cheapest first)


def _with_splits(
    direct: dict[str, dict[str, int]], anywhere: dict[str, dict[str, int]], final: bool = False
) -> dict[str, Options]:
    """Each Latin group's readings, plus those of the group cut into shorter groups
    ("ss" is с or сс, "ia" is я or иа), so cutting a word greedily loses no reading."""
    out: dict[str, Options] = {}
    memo: dict[tuple[str, bool], dict[str, int]] = {}

    def readings(latin: str, at_end: bool) -> dict[str, int]:
        if (latin, at_end) in memo:
            return memo[latin, at_end]
        table = direct if at_end else anywhere
        found = dict(table.get(latin, {}))
        for cut in range(1, len(latin)):
            head, tail = latin[:cut], latin[cut:]
            if head not in anywhere:
                continue
            tails = readings(tail, at_end)
            for h, hc in anywhere[head].items():
                for t, tc in tails.items():
                    cost = hc + tc + _STEP  # a cut the greedy reading did not make
                    if cost < found.get(h + t, cost + 1):
                        found[h + t] = cost
        memo[latin, at_end] = found
        return found

    for latin in direct:
        ranked = sorted(readings(latin, final).items(), key=lambda kv: kv[1])[:_MAX_READINGS]
        out[latin] = tuple(r for r, _ in ranked), tuple(c for _, c in ranked)
    return out


_COMPILED: dict[str, _Compiled] = {}


def _compiled(scheme: Scheme) -> _Compiled:
    found = _COMPILED.get(scheme.name)
    if found is None:
        found = _COMPILED[scheme.name] = _compile(scheme)
    return found


# Generation ------------------------------------------------------------------------------


def _cheapest(units: list[Options], cap: int, budget: int | None = None) -> list[str]:
    """Up to ``cap`` distinct concatenations of one option per unit, none dearer than
    ``budget`` (total cost of the options taken). The first is the one of every unit's
    first option (the scheme's own spelling); past ``cap``, the cheapest ones."""
    free = [n for n, u in enumerate(units) if len(u[0]) > 1]
    if not free:
        return ["".join([u[0][0] for u in units])]
    total = 1
    for n in free:
        total *= len(units[n][0])
    if total <= cap and budget is None:  # product() starts with every first option
        return list(map("".join, product(*[u[0] for u in units])))
    parts = [u[0][0] for u in units]
    choices = [units[n] for n in free]
    # The cheapest combinations, by a best-first walk from the all-first one.
    start = (0,) * len(choices)
    heap = [(0, start)]
    seen = {start}
    out: dict[str, None] = {}
    while heap and len(out) < cap:
        cost, ix = heapq.heappop(heap)
        if budget is not None and cost > budget:
            break
        for n, k in zip(free, ix, strict=True):
            parts[n] = units[n][0][k]
        out["".join(parts)] = None
        for m, (spellings, costs) in enumerate(choices):
            k = ix[m] + 1
            if k < len(spellings):
                nxt = (*ix[:m], k, *ix[m + 1 :])
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (cost - costs[k - 1] + costs[k], nxt))
    return list(out)


def _prepare(word: str) -> str:
    """Lower-case composed letters, invisible characters and accents (stress marks) gone,
    Latin look-alikes inside a Cyrillic word read as Cyrillic; й and ё kept."""
    text = unicodedata.normalize("NFKC", word).casefold().translate(_DROP)
    if is_cyrillic(text):
        text = text.translate(_HOMOGLYPHS)
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _latin_units(text: str, compiled: _Compiled) -> list[Options]:
    """``text`` cut into the longest groups the scheme spells where their context holds."""
    units: list[Options] = []
    forward = compiled.forward
    i, n = 0, len(text)
    while i < n:
        prev = text[i - 1] if i else ""
        for length in compiled.forward_lengths.get(text[i], ()):
            j = i + length
            entries = forward.get(text[i:j]) if j <= n else None
            if entries is None:
                continue
            for context, options in entries:
                if (
                    context == _ANYWHERE
                    or (context == _INITIAL and i == 0)
                    or (context == _FINAL and j == n)
                    or (context == _AFTER_VOWEL and prev in _IOTATING and i > 0)
                    or (
                        context == _BETWEEN_VOWELS
                        and i > 0
                        and j < n
                        and prev in _VOWELS
                        and text[j] in _VOWELS
                    )
                ):
                    units.append(options)
                    i = j
                    break
            else:
                continue
            break
        else:  # not a letter this scheme spells: kept as it is
            units.append(_single(canonical(text[i])))
            i += 1
    return units


def scheme_latin(word: str, scheme: Scheme) -> list[str]:
    """The Latin spellings (comparison keys) of a Cyrillic ``word`` in one scheme, the
    scheme's own first, then (past ``scheme.cap`` choices) the cheapest variants, at most
    ``scheme.cap``. A word without Cyrillic letters gives its own key."""
    return _scheme_latin(_prepare(word), scheme)


def _scheme_latin(text: str, scheme: Scheme) -> list[str]:
    if not is_cyrillic(text):
        key = canonical(text)
        return [key] if key else []
    budget = SHORT_LATIN_BUDGET if len(text) < SHORT_WORD else None
    return _cheapest(_latin_units(text, _compiled(scheme)), scheme.cap, budget)


def _reverse_units(text: str, compiled: _Compiled) -> tuple[list[Options], list[Options]]:
    """Two cuts of a Latin word into groups: the greedy one (longest group first) and the
    cheapest one (least total cost of each group's best reading, then fewest groups), which
    differ where a long group swallows the start of the next ("jo|u" against "j|ou" in
    Joukov). Empty lists if the word has a letter the scheme never writes."""
    n = len(text)
    # edges[i]: (end, options) of every group starting at i, longest first
    edges: list[list[tuple[int, Options]]] = []
    forked = False  # a position with more than one group: the cuts may differ
    for i in range(n):
        here = []
        for length in compiled.reverse_lengths.get(text[i], ()):
            j = i + length
            if j <= n:
                options = (compiled.reverse_final if j == n else compiled.reverse_any).get(
                    text[i:j]
                )
                if options:
                    here.append((j, options))
        if not here:
            if text[i].isalpha():
                return [], []
            here.append((i + 1, _single(text[i])))
        forked = forked or len(here) > 1
        edges.append(here)
    greedy: list[Options] = []
    i = 0
    while i < n:
        i, options = edges[i][0]
        greedy.append(options)
    if not forked:
        return greedy, greedy
    # best[i]: (cost, groups) of the cheapest cut of text[i:], step[i] its first group
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    step: list[tuple[int, Options] | None] = [None] * n
    for i in range(n - 1, -1, -1):
        for j, options in edges[i]:
            cost, groups = best[j]
            candidate = (options[1][0] + cost, groups + 1)
            if step[i] is None or candidate < best[i]:
                best[i], step[i] = candidate, (j, options)
    cheapest: list[Options] = []
    i = 0
    while i < n:
        taken = step[i]
        assert taken is not None  # every position has a group
        i, options = taken
        cheapest.append(options)
    return greedy, cheapest


def scheme_cyrillic(word: str, scheme: Scheme) -> list[str]:
    """The Cyrillic spellings (comparison keys) a Latin ``word`` stands for in one scheme,
    the cheapest first: at most ``scheme.cap`` for each of the two cuts of the word into
    groups (see :func:`_reverse_units`); none if the word has a letter the scheme does
    not use (w in a passport). A Cyrillic word gives its own key."""
    return _scheme_cyrillic(_latin_key(word), scheme)


# Latin letters that stand for one Kazakh letter whatever the scheme, spelled out before
# the comparison key drops their accent: Şynar is read as Shynar (Шынар), not as Synar.
_SPELLED_OUT = str.maketrans(
    {"ş": "sh", "ç": "ch", "ğ": "gh", "ñ": "ng", "ŋ": "ng", "ä": "ae", "ö": "oe", "ü": "ue"}
)


def _latin_key(word: str) -> str:
    return canonical(unicodedata.normalize("NFC", word.casefold()).translate(_SPELLED_OUT))


def _scheme_cyrillic(text: str, scheme: Scheme) -> list[str]:
    if not text or is_cyrillic(text):
        return [text] if text else []
    greedy, cheapest = _reverse_units(text, _compiled(scheme))
    budget = _STEP - 1 if len(text) < SHORT_WORD else None
    found = _cheapest(greedy, scheme.cap, budget) if greedy else []
    if cheapest != greedy:
        found += _cheapest(cheapest, scheme.cap, budget)
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1 << 14)
def _latin_spellings(word: str) -> frozenset[str]:
    text = _prepare(word)
    found: set[str] = set()
    for scheme in SCHEMES:
        found.update(_scheme_latin(text, scheme))
    found.discard("")
    return frozenset(found)


@lru_cache(maxsize=1 << 14)
def _cyrillic_spellings(word: str) -> frozenset[str]:
    text = _latin_key(word)
    found: set[str] = set()
    for scheme in SCHEMES:
        found.update(_scheme_cyrillic(text, scheme))
    found.discard("")
    if not is_cyrillic(text):  # a Latin word: only Cyrillic readings
        found = {f for f in found if is_cyrillic(f)}
    return frozenset(found)


def latin_spellings(word: str) -> set[str]:
    """Comparison keys of the Latin spellings of a Cyrillic ``word`` in every scheme: each
    scheme's own spelling, then its cheapest variants (see the module docstring). A word
    with no Cyrillic letter gives its own key."""
    return set(_latin_spellings(word))


def cyrillic_spellings(word: str) -> set[str]:
    """Comparison keys of the Cyrillic spellings a romanised ``word`` may stand for, in
    every scheme. A Cyrillic word gives its own key. Pass the word as written, not its
    key: ş, ç, ğ, ñ, ä, ö, ü are then read as the Kazakh letters they stand for."""
    return set(_cyrillic_spellings(word))
