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
- :func:`latin_forms` and :func:`cyrillic_forms` give the usual romanisations of a
  Cyrillic word and the Cyrillic spellings of a romanised one, so a name recorded in one
  script is also found in the other.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

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


# Romanisation --------------------------------------------------------------------------

# Each Cyrillic letter's usual romanisations (passport, BGN, Kazakh Latin, informal).
_TO_LATIN: dict[str, tuple[str, ...]] = {
    "а": ("a",), "ә": ("a", "ae"), "б": ("b",), "в": ("v",), "г": ("g",), "ғ": ("g", "gh"),
    "д": ("d",), "е": ("e", "ye"), "ё": ("e", "yo"), "ж": ("zh", "j"), "з": ("z",),
    "и": ("i",), "й": ("y", "i", "j"), "і": ("i",), "к": ("k",), "қ": ("k", "q"),
    "л": ("l",), "м": ("m",), "н": ("n",), "ң": ("n", "ng"), "о": ("o",), "ө": ("o", "oe"),
    "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ұ": ("u",),
    "ү": ("u", "ue"), "ф": ("f",), "х": ("kh", "h"), "һ": ("h",), "ц": ("ts", "c"),
    "ч": ("ch",), "ш": ("sh",), "щ": ("shch", "sch"), "ъ": ("",), "ы": ("y", "i"),
    "ь": ("",), "э": ("e",), "ю": ("yu", "iu", "ju"), "я": ("ya", "ia", "ja"),
}  # fmt: skip

# Latin letter groups and the canonical Cyrillic they may stand for (longest first).
_TO_CYRILLIC: dict[str, tuple[str, ...]] = {
    "shch": ("щ",), "sch": ("щ",), "zh": ("ж",), "kh": ("х",), "ts": ("ц", "тс"),
    "ch": ("ч",), "sh": ("ш",), "gh": ("г",), "ya": ("я",), "ia": ("я", "иа"), "ja": ("я",),
    "yu": ("ю",), "iu": ("ю", "иу"), "ju": ("ю",), "yo": ("е", "ио"), "ye": ("е",),
    "ae": ("а", "ае"), "oe": ("о", "ое"), "ue": ("у", "уе"),
    "a": ("а",), "b": ("б",), "c": ("ц", "к", "с"), "d": ("д",), "e": ("е",), "f": ("ф",),
    "g": ("г",), "h": ("х",), "i": ("и",), "j": ("ж", "и"), "k": ("к",), "l": ("л",),
    "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",), "q": ("к",), "r": ("р",),
    "s": ("с",), "t": ("т",), "u": ("у",), "v": ("в",), "w": ("в", "у"), "x": ("кс", "х"),
    "y": ("ы", "и"), "z": ("з",),
}  # fmt: skip
_GROUP_LENGTHS = sorted({len(k) for k in _TO_CYRILLIC}, reverse=True)

# More spellings than this per word are not generated: the product of the choices grows
# fast for long names, and the first few cover the common schemes.
_MAX_FORMS = 128


def latin_forms(word: str) -> set[str]:
    """Canonical Latin spellings of a Cyrillic ``word`` (letters without a romanisation,
    e.g. Latin ones already there, are kept)."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", word).casefold())
    choices = [_latin_choices(text, i) for i in range(len(text))]
    forms: set[str] = set()
    for combo in product(*choices):
        forms.add(canonical("".join(combo)))
        if len(forms) >= _MAX_FORMS:
            break
    # The first choice of every letter (passport style) is always among them.
    forms.add(canonical("".join(c[0] for c in choices)))
    forms.discard("")
    return forms


_IOTATED_AFTER = set("аәеёиоөуұүыэюяіьъ")


def _latin_choices(text: str, i: int) -> tuple[str, ...]:
    ch = text[i]
    # е and ё are "ye"/"yo" only at the start of a word or after a vowel or sign.
    if ch in "её" and i and text[i - 1] not in _IOTATED_AFTER:
        return ("e",) if ch == "е" else ("e", "io", "yo")
    return _TO_LATIN.get(ch, (ch,))


def cyrillic_forms(word: str) -> set[str]:
    """Canonical Cyrillic spellings a romanised ``word`` may stand for."""
    text = canonical(word)
    forms: set[str] = set()

    def walk(i: int, built: str) -> None:
        if len(forms) >= _MAX_FORMS:
            return
        if i == len(text):
            forms.add(built)
            return
        matched = False
        for n in _GROUP_LENGTHS:
            options = _TO_CYRILLIC.get(text[i : i + n]) if i + n <= len(text) else None
            if options:
                matched = True
                for option in options:
                    walk(i + n, built + option)
        if not matched:  # not a Latin letter: keep it
            walk(i + 1, built + text[i])

    walk(0, "")
    return {canonical(f) for f in forms if f}
