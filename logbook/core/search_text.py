"""Text folding and query building shared by indexing and querying, so both sides agree.

SQLite's ``unicode61`` tokenizer folds case in every script but does not treat ``ё`` as
``е``, which Russian writers use interchangeably; folding here covers that.

Word forms. Russian and Kazakh put endings on names and ordinary words (Нурланова →
Нурлановой, полиция → полиции, көше → көшесінде), and a query must find the text
whichever form either side has. The index holds the words as written; the query does
the work (:func:`fts_query`), so indexes written by earlier versions need no rebuilding:

- every query word is matched as a prefix, as before (the search runs as you type);
- a closed list of endings (:mod:`logbook.core.word_forms`) is stripped from it, and a
  stem of :data:`MIN_PREFIX_STEM` letters or more is matched as a prefix too:
  ``Нурлановой`` → ``нурланов*`` finds Нурланова, ``полиция`` → ``полиц*`` finds
  полиции, ``Секербаевамен`` → ``секербаев*``. Such a stem may also find a related
  word (полиц* finds полицейский), the price of not knowing every ending;
- a shorter stem (3–4 letters) would match unrelated words as a prefix (Дины → ``дин*``
  → динамика), so it is looked up as whole words instead: the stem with a noun ending
  or a Kazakh ending that agrees with it (дина, дины, диной, динге …). Listing every
  such form in the query costs FTS5 a lookup each (about 90 words, 20–40 ms at 10,000
  incidents), so the index is first asked which of its words start with the stem (one
  scan of its vocabulary, :class:`logbook.vault.search_index.SearchIndex`), and only
  those that are a form of it are searched for;
- a word with Kazakh letters is also looked for with their Russian neighbours (Нұрлан →
  нурлан, Айгерімге → айгерим*), as names are often recorded in Russian spelling. The
  reverse (a query in Russian letters finding Kazakh ones) would need the index to fold
  the letters, which it does not; it is a known limit.

Why rules and not a dictionary (pymorphy3, about 15 MB more): names, which matter most
here, are mostly not in a dictionary (it guesses their lemmas), Kazakh needs rules
anyway, lemmas would have to be written into the index (every vault's index rebuilt),
and the export already keeps the ending tables (now shared in
:mod:`logbook.core.word_forms`). Stems are cut at query time only, a few string
operations per word. Recall and speed are measured by ``bench/bench_search_forms.py``
(figures in README.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from logbook.core.word_forms import is_form_of, russian_keyboard, short_stem_forms, stems

_EQUIVALENTS = str.maketrans({"ё": "е"})

# A stem at least this long is matched as a prefix; shorter stems as whole words.
MIN_PREFIX_STEM = 5

_SURROGATES = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().translate(_EQUIVALENTS)


def _query_words(text: str) -> list[str]:
    """The folded words of ``text``, safe to quote (see :func:`fts_query`)."""
    # A '"' would end the quoted term early, a NUL the whole query string; a lone
    # surrogate (half of a character, from a broken paste) cannot be sent to SQLite.
    folded = _SURROGATES.sub(" ", fold(text)).replace("\x00", " ")
    words = [w.replace('"', " ").strip() for w in folded.split()]
    return [w for w in words if any(ch.isalnum() for ch in w)]


def prefix_query(text: str) -> str | None:
    """Every word of ``text`` as a prefix, without word forms: the search before word
    forms were matched, kept to measure what they add (``bench/bench_search_forms.py``)."""
    return " AND ".join(f'"{w}"*' for w in _query_words(text)) or None


# Looks up the words of the index that start with a stem (see :func:`fts_query`).
Vocabulary = Callable[[str], Iterable[str]]


def word_terms(word: str, vocabulary: Vocabulary | None = None) -> list[str]:
    """The FTS5 terms, any of which matches ``word`` (folded): prefixes (``"полиц"*``)
    and whole words (``"дины"``). See the module docstring."""
    prefixes = {word}
    short: set[str] = set()
    if word.isalpha():
        russian = russian_keyboard(word)
        prefixes.add(russian)
        for stem in {*stems(word), *stems(russian)}:
            (prefixes if len(stem) >= MIN_PREFIX_STEM else short).add(stem)
    kept = sorted(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
    whole: set[str] = set()
    for stem in short:
        if vocabulary is None:
            whole.update(short_stem_forms(stem))
        else:
            whole.update(w for w in vocabulary(stem) if is_form_of(w, stem))
    terms = [f'"{p}"*' for p in kept]
    terms += [f'"{w}"' for w in sorted(whole) if not any(w.startswith(p) for p in kept)]
    return terms


def fts_query(text: str, vocabulary: Vocabulary | None = None) -> str | None:
    """An FTS5 query matching every word of ``text`` in any of its forms (see the module
    docstring), or ``None`` if ``text`` has no word.

    ``vocabulary(stem)`` gives the index's words starting with a short stem, of which the
    stem's forms are kept; without it, every form the endings allow is listed (a longer
    query, slower on a large index, with the same matches).

    Words are quoted, so characters FTS5 treats as syntax (``"``, ``*``, ``-``, ``:``)
    are taken literally instead of raising a syntax error.
    """
    groups = []
    for word in _query_words(text):
        terms = word_terms(word, vocabulary)
        groups.append(terms[0] if len(terms) == 1 else f"({' OR '.join(terms)})")
    return " AND ".join(groups) or None
