"""Finding names and phrases in tokenized text, in time linear in the text.

Two indexes, shared by redaction (what to replace) and verification (what must not be in
the PDF), each mapping what it finds to a caller's ``payload``:

- :class:`NameIndex` holds name parts. A word is a part if it splits into one of the
  part's stems and an ending of the stem's paradigm (:mod:`logbook.export.inflection`).
  Looking a word up costs one dictionary probe per possible ending length, so a case
  with hundreds of persons costs no more per word than one with a single person — a
  regular expression alternation of every name would grow with persons × text.
- :class:`PhraseIndex` holds phrases (contact details, places, notes…) as sequences of
  word keys and single digits, so spacing, punctuation and line breaks do not matter:
  ``701 123 45 67``, ``(701) 123-45-67`` and ``7011234567`` are one phrase.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from logbook.export.inflection import forms_of_part, splits
from logbook.export.scripts import Token, tokenize

P = TypeVar("P", bound=Hashable)

# A phrase needs this many letters and digits to be looked for: shorter ones ("12",
# "tg") would be found inside unrelated text.
MIN_PHRASE_CHARS = 4


class NameIndex(Generic[P]):
    """Name parts (in every inflected form and script) → payloads."""

    def __init__(self) -> None:
        self._stems: dict[str, list[tuple[frozenset[str], P]]] = defaultdict(list)

    def add(self, part: str, payload: P) -> bool:
        """Index one word of a name; ``False`` if it is too short to be matched alone."""
        forms = forms_of_part(part)
        for stem, paradigm in forms:
            self._stems[stem].append((paradigm.endings, payload))
        return bool(forms)

    def lookup(self, key: str) -> list[P]:
        """The payloads of every part the canonical word ``key`` is a form of."""
        found: dict[P, None] = {}  # payloads are hashable; a dict keeps their order
        for stem, ending in splits(key):
            for endings, payload in self._stems.get(stem, ()):
                if ending in endings:
                    found[payload] = None
        return list(found)


@dataclass(frozen=True)
class PhraseHit(Generic[P]):
    first: int  # token index of the first token
    last: int  # token index of the last token (inclusive)
    payload: P


def phrase_keys(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(text))


class PhraseIndex(Generic[P]):
    """Phrases (as token key sequences) → payloads."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], P]]] = defaultdict(list)

    def add(self, phrase: str, payload: P) -> bool:
        """Index a phrase; ``False`` if it has too few letters and digits to be safe."""
        keys = phrase_keys(phrase)
        if sum(len(k) for k in keys) < MIN_PHRASE_CHARS:
            return False
        self._by_first[keys[0]].append((keys, payload))
        return True

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, tokens: list[Token]) -> list[PhraseHit[P]]:
        """Every occurrence of an indexed phrase in ``tokens`` (overlaps included).

        A phrase starting or ending with a digit must start or end a run of digits, so
        ``45 67`` is not found inside ``2345 678``.
        """
        hits: list[PhraseHit[P]] = []
        keys = [t.key for t in tokens]
        for i, key in enumerate(keys):
            for phrase, payload in self._by_first.get(key, ()):
                j = i + len(phrase)
                if tuple(keys[i:j]) != phrase:
                    continue
                first, last = tokens[i], tokens[j - 1]
                if not first.is_word and not first.digit_run_start:
                    continue
                if not last.is_word and not last.digit_run_end:
                    continue
                hits.append(PhraseHit(i, j - 1, payload))
        return hits


class FormPhraseIndex(Generic[P]):
    """Phrases whose words may stand in any inflected form: a passage marked for
    redaction ("Фонд Свобода") is also withheld where the case writes it otherwise
    ("Фонда Свободы", "Фондқа Свобода"). Words shorter than three letters and digits
    must match as written."""

    def __init__(self) -> None:
        self._phrases: list[tuple[int, P]] = []  # (number of tokens, payload)
        self._words: NameIndex[tuple[int, int]] = NameIndex()
        self._exact: dict[str, set[tuple[int, int]]] = defaultdict(set)

    def add(self, phrase: str, payload: P) -> None:
        keys = phrase_keys(phrase)
        if sum(len(k) for k in keys) < MIN_PHRASE_CHARS:
            return
        number = len(self._phrases)
        self._phrases.append((len(keys), payload))
        for position, key in enumerate(keys):
            if not self._words.add(key, (number, position)):
                self._exact[key].add((number, position))

    def find(self, tokens: list[Token]) -> list[PhraseHit[P]]:
        """Every occurrence of a phrase, its words in any form, in ``tokens``."""
        if not self._phrases:
            return []
        places = [set(self._words.lookup(t.key)) | self._exact.get(t.key, set()) for t in tokens]
        hits: list[PhraseHit[P]] = []
        for i, here in enumerate(places):
            for number, position in here:
                if position != 0:
                    continue
                size, payload = self._phrases[number]
                last = i + size - 1
                if last < len(tokens) and all((number, k) in places[i + k] for k in range(1, size)):
                    hits.append(PhraseHit(i, last, payload))
        return hits
