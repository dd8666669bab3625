"""Text folding shared by indexing and querying, so both sides agree.

SQLite's ``unicode61`` tokenizer folds case in every script but does not treat ``ё`` as
``е``, which Russian writers use interchangeably; folding here covers that.
"""

from __future__ import annotations

import re
import unicodedata

_EQUIVALENTS = str.maketrans({"ё": "е"})


_SURROGATES = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().translate(_EQUIVALENTS)


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of ``text`` as a prefix, or ``None`` if empty.

    Words are quoted, so characters FTS5 treats as syntax (``"``, ``*``, ``-``, ``:``)
    are taken literally instead of raising a syntax error.
    """
    # A '"' would end the quoted term early, a NUL the whole query string; a lone
    # surrogate (half of a character, from a broken paste) cannot be sent to SQLite.
    folded = _SURROGATES.sub(" ", fold(text)).replace("\x00", " ")
    words = [w.replace('"', " ").strip() for w in folded.split()]
    terms = [f'"{w}"*' for w in words if any(ch.isalnum() for ch in w)]
    return " AND ".join(terms) or None
