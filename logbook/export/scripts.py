"""Words of free text as comparable keys, across spelling, case and script.

Redaction and verification both compare *keys*, never raw strings, so both sides agree
on what "the same word" is:

- :func:`tokenize` splits text into letter words and single digits, keeping each one's
  span in the raw text (so a replacement lands exactly on it). A word may contain
  invisible characters (zero-width space, soft hyphen) and combining marks: a name
  written ``Айге\\u200bрим`` is still one word.
- :func:`canonical` folds a word: Unicode NFKC, case, accents and invisible characters
  removed; in Cyrillic ё→е, й→и, э→е, the soft and hard signs dropped and the Kazakh
  letters mapped to their Russian neighbours (Нұрлан = Нурлан), because writers mix
  them; Latin look-alike letters inside a Cyrillic word are read as Cyrillic (a keyboard
  layout switch in the middle of a word is common and must not hide a name).

The romanisations of a word, and the Cyrillic spellings of a romanised one, are in
:mod:`logbook.export.spellings`, which builds on :func:`canonical`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Invisible characters that may sit inside a word (soft hyphen, zero-width space/joiners,
# word joiner, BOM); combining marks (accents, the breve of a decomposed й).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_TOKEN = re.compile(rf"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f{_INVISIBLE}])*|\d")
_DROP = str.maketrans(dict.fromkeys(_INVISIBLE))

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
# Latin letters that look like Cyrillic ones (after case folding).
_HOMOGLYPHS = str.maketrans(
    {"a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "і", "k": "к", "m": "м",
     "o": "о", "p": "р", "t": "т", "x": "х", "y": "у"}
)  # fmt: skip
_CYRILLIC_FOLD = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
     "і": "и", "ї": "и", "э": "е", "ь": None, "ъ": None}
)  # fmt: skip
_LATIN_FOLD = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l"})


@dataclass(frozen=True)
class Token:
    """One word (``is_word``) or one digit of a text, with its span and its key."""

    start: int
    end: int
    key: str
    is_word: bool
    digit_run_start: bool = False  # a digit not preceded by another digit
    digit_run_end: bool = False  # a digit not followed by another digit


def tokenize(text: str) -> list[Token]:
    """The words and digits of ``text`` with their spans (see the module docstring)."""
    tokens = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        if raw.isdigit():
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            digit = str(unicodedata.digit(raw, 0))
            tokens.append(
                Token(m.start(), m.end(), digit, False, not before.isdigit(), not after.isdigit())
            )
        else:
            key = canonical(raw)
            if key:
                tokens.append(Token(m.start(), m.end(), key, True))
    return tokens


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


@lru_cache(maxsize=1 << 16)
def canonical(word: str) -> str:
    """The comparison key of one word (see the module docstring)."""
    text = unicodedata.normalize("NFKC", word).casefold().translate(_DROP)
    if _CYRILLIC.search(text) and _LATIN.search(text):
        text = text.translate(_HOMOGLYPHS)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    if _CYRILLIC.search(text):
        return text.translate(_CYRILLIC_FOLD)
    return text.translate(_LATIN_FOLD)


def words(text: str) -> list[str]:
    """The canonical keys of the words of ``text`` (digits left out)."""
    return [t.key for t in tokenize(text) if t.is_word]
