"""Protected names hidden where word-by-word matching does not look (redaction side).

:class:`~logbook.export.redaction.Redactor` matches whole words. Defenders also write
names inside other strings, and those must go too:

- **compounds** — hashtags (``#FreeAmir``, ``#СвободуАмиру``), handles (``@amir_k``),
  URLs (``t.me/amir.kasymov``), e-mail addresses, camelCase and letters glued to digits:
  a chunk (a run without spaces) that looks like one of these and holds a protected name
  (its stem, four letters or more, anywhere inside; a short name as one of its words) is
  replaced whole; so is a word of prose that holds a stem of seven letters or more
  (``amirkasymov``);
- **split words** — a name broken by a hyphen and a space or a line break
  (``Секер- баевой``, ``Секер-\\nбаевой``): the halves are joined and matched as one word.

The independent leak check looks for the same things its own way; this module is what
keeps an ordinary export from stopping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from logbook.export.inflection import forms_of_part
from logbook.export.matching import NameIndex
from logbook.export.policy import Policy, Protected
from logbook.export.scripts import canonical, tokenize

# A chunk that is not prose: a tag, handle, address or URL, letters glued to digits.
_COMPOUND = re.compile(r"[#@/\\_]|[^\W_]\.[^\W_]|\d[^\W\d_]|[^\W\d_]\d")
_CAMEL = re.compile(r"[a-zа-яёәғқңөұүһі][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
_CHUNK = re.compile(r"\S+")
_EDGE = "«»\"'()[]{}.,;:!?…"
_SPLIT = re.compile(r"([^\W\d_]{2,})[-‐‑\u00ad][ \t]*\n?[ \t]*([^\W\d_]{2,})")
_MIN_STEM_INSIDE = 4
_MIN_STEM_GLUED = 7
_LONGEST_ENDING = 6


@dataclass(frozen=True)
class Hidden:
    """``text[start:end]`` holds the protected ``term`` (its label replaces the span)."""

    start: int
    end: int
    term: Protected


class HiddenNames:
    """The protected name words of a policy, found inside compounds and split words."""

    def __init__(self, policy: Policy) -> None:
        self._automaton = ahocorasick.Automaton()
        self._short: dict[str, Protected] = {}
        self._words: NameIndex[Protected] = NameIndex()
        stems: dict[str, Protected] = {}
        for term in policy.protected:
            if term.kind != "part":
                continue
            self._words.add(term.text, term)
            key = canonical(term.text)
            if len(key) < _MIN_STEM_INSIDE:
                self._short.setdefault(key, term)
            for stem, _ in forms_of_part(term.text):
                if len(stem) >= _MIN_STEM_INSIDE:
                    stems.setdefault(stem, term)
        self._long = ahocorasick.Automaton()
        for stem, term in stems.items():
            self._automaton.add_word(stem, term)
            if len(stem) >= _MIN_STEM_GLUED:
                self._long.add_word(stem, (stem, term))
        if stems:
            self._automaton.make_automaton()
        if len(self._long):
            self._long.make_automaton()

    def in_compounds(self, text: str) -> list[Hidden]:
        """Compound chunks of ``text`` that hold a protected name (see the module docs)."""
        found = []
        for match in _CHUNK.finditer(text):
            chunk = match.group()
            compound = bool(_COMPOUND.search(chunk) or _CAMEL.search(chunk))
            term = self._inside(chunk) if compound else self._glued(chunk)
            if term is not None:
                start, end = _trimmed(text, match.start(), match.end())
                found.append(Hidden(start, end, term))
        return found

    def in_split_words(self, text: str) -> list[Hidden]:
        """Names broken by a hyphen and a space or line break, joined again."""
        found = []
        for match in _SPLIT.finditer(text):
            joined = canonical(match.group(1) + match.group(2))
            terms = self._words.lookup(joined)
            if terms:
                found.append(Hidden(match.start(), match.end(), terms[0]))
        return found

    def _glued(self, chunk: str) -> Protected | None:
        """A word of prose glued from a name and more (``amirkasymov``, ``АмирКасымов``
        in lower case): only stems of seven letters or more, which ordinary words do not
        hold."""
        if len(chunk) <= _MIN_STEM_GLUED or not len(self._long):
            return None
        glued = "".join(t.key for t in tokenize(chunk) if t.is_word)
        for end, (stem, term) in self._long.iter(glued):
            start = end + 1 - len(stem)
            # Something glued before the name, or far more after it than an ending: a
            # name word itself (Фёдорова, a named person's) is the name matching's.
            if start > 0 or len(glued) - end - 1 > _LONGEST_ENDING:
                found: Protected = term  # ahocorasick is untyped: the value stored above
                return found
        return None

    def _inside(self, chunk: str) -> Protected | None:
        keys = [t.key for t in tokenize(chunk) if t.is_word]
        for key in keys:
            if key in self._short:
                return self._short[key]
            terms = self._words.lookup(key)
            if terms:
                return terms[0]
        glued = "".join(keys)
        if len(self._automaton):
            for _, term in self._automaton.iter(glued):
                first: Protected = term  # ahocorasick is untyped: the value stored above
                return first
        return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A chunk without the punctuation around it ("(#FreeAmir)," → "#FreeAmir")."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end
