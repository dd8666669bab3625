"""The verifier's own reading of text: folding and word boundaries.

Written apart from the redactor's tokenizer on purpose (a check that reads text the way
the redactor does is blind exactly where the redactor is). A text becomes one *skeleton*:
its letters and digits only, folded so that spellings a reader takes for the same are
the same:

- Unicode NFKD with the combining marks dropped (ё→е, й→и, ä→a, ş→s), case folded;
- invisible characters (soft hyphen, zero-width space and joiners, word joiner, BOM)
  dropped, so ``Ами\\u00adр`` is ``амир``;
- Kazakh letters read as their Russian neighbours (ә→а, қ→к, ұ→у …), э→е, and the soft
  and hard signs dropped;
- letters that look alike in Latin, Cyrillic and Greek read as one letter (а/a, е/e, о/o,
  р/p, с/c, х/x, і/и/i, к/k …), so a keyboard-layout switch inside a word changes nothing;
- everything else (spaces, punctuation, symbols) removed: a term is found inside
  hashtags, handles, URLs, e-mail addresses and glued words.

Each character of the skeleton keeps what the removed characters said about it — where a
word starts and ends (after punctuation, at a change between letters and digits, at a
camelCase capital) and which whitespace-separated *chunk* it is in — so that short terms
can still be required to stand as words.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
# Hyphens that, at the end of a chunk, join it to the next ("Секер- баева", "Секер-\nбаева").
_HYPHENS = frozenset("-\u2010\u2011\u00ad")

_DIGRAPHS = {"ž": "zh", "š": "sh", "č": "ch", "ŝ": "sh", "ĉ": "ch", "ẑ": "zh"}

# One table: every character on the left reads as the one on the right (applied after
# case folding and dropping combining marks). Kazakh → Russian neighbours first, then
# look-alikes to one letter.
_FOLD = str.maketrans(
    {
        "ә": "a", "ғ": "г", "қ": "k", "ң": "h", "ө": "o", "ұ": "y", "ү": "y", "һ": "x",
        "і": "i", "ї": "i", "є": "e", "э": "e", "ь": None, "ъ": None,
        "а": "a", "в": "b", "е": "e", "и": "i", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ј": "j", "ԛ": "q",
        "ԝ": "w", "ӏ": "l",
        "α": "a", "β": "b", "ε": "e", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
        "ο": "o", "ρ": "p", "τ": "t", "υ": "y", "χ": "x", "ζ": "z",
        "ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe",
    }
)  # fmt: skip


def fold_char(ch: str) -> str:
    """The skeleton of one character: ``""`` for anything that is not a letter or digit."""
    if ch in _INVISIBLE:
        return ""
    if ch.casefold() in _DIGRAPHS:  # ISO 9 and Czech-style letters: Žaksylykov = Zhaksylykov
        return _DIGRAPHS[ch.casefold()]
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part):
            continue
        if part.isdigit():
            out.append(str(unicodedata.digit(part, 0)))
        elif part.isalpha():
            out.append(part.casefold().translate(_FOLD))
    return "".join(out)


def fold(text: str) -> str:
    """The skeleton of ``text``: letters and digits only, folded (see the module docs)."""
    return text.translate(_TABLE)


class _FoldTable(dict):  # type: ignore[type-arg]
    """``str.translate`` table that folds any character, learning each on first sight."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()
_SPACE = re.compile(r"\s+")
_LAST_SPACE = re.compile(r"\s+(?=\S*$)")
_WORD = re.compile(r"[^\W_]+")
_NON_PROSE_CHUNK = re.compile(r"[@#/\\_=+~|]|[^\W_]\.[^\W_]|\d")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


class _Chunks:
    """The chunk of each skeleton position, from where chunks start (bisected on use:
    only the positions where a term was found are ever asked for)."""

    def __init__(self, starts: list[int]) -> None:
        self._starts = starts

    def __getitem__(self, position: int) -> int:
        return bisect.bisect_right(self._starts, position) - 1


@dataclass
class Skeleton:
    """A text's skeleton (:attr:`chars`) with what the removed characters said about it:
    the chunk of each skeleton character (``chunk[i]``), the positions where a word starts
    (``starts``) and ends (``ends``), the letters written as capitals (``capital``), and
    the chunks that are handles, tags or addresses rather than prose (``non_prose``)."""

    text: str
    chars: str
    chunk: _Chunks
    starts: set[int]
    ends: set[int]
    capital: set[int]
    non_prose: set[int]
    _words: list[tuple[int, int]] = field(repr=False)  # (skeleton start, text start)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where skeleton characters ``first``…``last`` are in :attr:`text`, about: exact
        unless folding changed a word's length (ß → ss)."""
        return self._offset(first), self._offset(last) + 1

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """The skeleton positions of the words inside ``text[start:end]`` (first, last)."""
        first = bisect.bisect_left(self._words, start, key=lambda w: w[1])
        following = bisect.bisect_left(self._words, end, lo=first, key=lambda w: w[1])
        if following == first:
            return None
        if following < len(self._words):
            return self._words[first][0], self._words[following][0] - 1
        return self._words[first][0], len(self.chars) - 1

    def _offset(self, position: int) -> int:
        index = bisect.bisect_right(self._words, (position, len(self.text))) - 1
        skeleton_start, text_start = self._words[max(index, 0)]
        return min(text_start + position - skeleton_start, len(self.text) - 1)


def skeleton(text: str) -> Skeleton:
    """Read ``text`` into a :class:`Skeleton` (see the module docs).

    One pass over the words (runs of letters and digits); what stands between two words
    says whether the second starts a new chunk, a new word, or continues the first (only
    invisible characters between them; a hyphen before the space: "Секер-\\nбаева")."""
    clean = unicodedata.normalize("NFC", text)
    if len(clean) != len(text):
        clean = text  # offsets must stay those of ``text``; folding composes anyway
    pieces: list[str] = []
    starts: set[int] = set()
    capital: set[int] = set()
    words: list[tuple[int, int]] = []  # (skeleton start, text start) of each word
    # Each chunk: where it starts in the skeleton, and where it starts and ends in the text.
    chunk_starts: list[int] = []
    chunk_from: list[int] = []
    chunk_to: list[int] = []
    size = 0
    previous_end = -1  # text offset after the previous word; -1 before the first one
    for word in _WORD.finditer(clean):
        letters = word.group()
        folded = letters.translate(_TABLE)
        if not folded:
            continue
        begin = word.start()
        between = clean[previous_end:begin] if previous_end >= 0 else ""
        if between == " ":  # most words: a new chunk right after one space
            chunk_to.append(previous_end)
            chunk_starts.append(size)
            chunk_from.append(begin)
            starts.add(size)
        elif previous_end < 0:
            space = _LAST_SPACE.search(clean, 0, begin)
            chunk_starts.append(size)
            chunk_from.append(space.end() if space else 0)
            starts.add(size)
        else:
            space = _SPACE.search(between)
            if space is None:
                if not _INVISIBLE.issuperset(between):
                    starts.add(size)
            elif between[: space.start()][-1:] not in _HYPHENS:
                chunk_to.append(previous_end + space.start())
                chunk_starts.append(size)
                chunk_from.append(previous_end + _LAST_SPACE.search(between).end())  # type: ignore[union-attr]
                starts.add(size)
        previous_end = word.end()
        words.append((size, begin))
        if not (letters.isdigit() or (letters.islower() and letters.isalpha())):
            _inner(letters, size, starts, capital)
        pieces.append(folded)
        size += len(folded)
    if chunk_starts:
        space = _SPACE.search(clean, previous_end)
        chunk_to.append(space.start() if space else len(clean))
    ends = {p - 1 for p in starts if p} | ({size - 1} if size else set())
    return Skeleton(
        text,
        "".join(pieces),
        _Chunks(chunk_starts),
        starts,
        ends,
        capital,
        _non_prose(clean, chunk_from, chunk_to),
        words,
    )


def _non_prose(clean: str, chunk_from: list[int], chunk_to: list[int]) -> set[int]:
    """The chunks holding a mark of a tag, handle or address, or a digit
    (``_NON_PROSE_CHUNK``), found in one search over the whole text."""
    found: set[int] = set()
    for mark in _NON_PROSE_CHUNK.finditer(clean):
        at = mark.start()
        chunk = bisect.bisect_right(chunk_from, at) - 1
        if chunk >= 0 and at < chunk_to[chunk]:
            found.add(chunk)
    return found


def _inner(letters: str, at: int, starts: set[int], capital: set[int]) -> None:
    """Capitals and word starts inside a run of letters and digits: at a capital after a
    small letter (camelCase), between letters and digits, where the script changes (a
    Cyrillic word glued to a Latin one)."""
    if letters.istitle() and letters.isalpha() and not _mixed(letters):
        capital.add(at)
        return
    position = at  # where the current character's folding starts in the skeleton
    previous = ""
    for ch in letters:
        piece = ch.translate(_TABLE)
        if piece:
            if ch.isupper():
                capital.add(position)
            if previous and (
                (ch.isupper() and previous.islower())
                or ch.isdigit() != previous.isdigit()
                or _script(ch) != _script(previous)
            ):
                starts.add(position)
            previous = ch
        position += len(piece)


def _mixed(letters: str) -> bool:
    return bool(_CYRILLIC.search(letters) and _LATIN.search(letters))


def _script(ch: str) -> str:
    if ch.isdigit():
        return "digit"
    return "cyrillic" if _CYRILLIC.match(ch) else ("latin" if _LATIN.match(ch) else "other")
