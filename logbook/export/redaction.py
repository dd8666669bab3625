"""Redacting one piece of free text by the policy (DESIGN.md §5, "in every piece of free
text").

In one pass over the text as stored:

1. passages marked ``[[redact: …]]`` become ``[redacted]`` (:mod:`logbook.export.markup`);
2. protected phrases (contact details, private notes, confidential medical details, the
   exact place in ``public``, the source in ``public``, text marked elsewhere, full names)
   become their category's placeholder;
3. names of persons not shown by name — any word of any name variant, inflected, in
   either script — become the person's label (pseudonym or "[name withheld]"). Adjacent
   words of one person's name, and initials next to them, become one label
   ("А. С. Секербаевой" → "Victim A").

Names of persons shown by name are indexed too, so that "Daniyar Ospanov" (named) is
left alone while "Daniyar" (the protected witness's first name, also the named
victim's) standing alone is withheld rather than attributed to either.

The result is normalised (NFKC, invisible characters removed) so that what the PDF
shows is what verification reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from logbook.core.model import Person
from logbook.export.hidden_names import HiddenNames
from logbook.export.homographs import TITLES, is_common_word_name
from logbook.export.inflection import harmonious
from logbook.export.labels import PLACEHOLDERS
from logbook.export.markup import PLACEHOLDER as MARKED
from logbook.export.markup import Markup, parse
from logbook.export.matching import FormPhraseIndex, NameIndex, PhraseIndex
from logbook.export.origin import Origin
from logbook.export.policy import DOCUMENT_WORDS, PersonView, Policy, Protected, name_words
from logbook.export.scripts import (
    Token,
    canonical,
    is_cyrillic,
    tokenize,
    words,
)
from logbook.export.spellings import cyrillic_spellings, latin_spellings

_SHORT = 3  # letters: a name this short is a name only with a capital
_JOINABLE = re.compile(r"\s*|[-‐‑]")
_INITIAL_GAP = re.compile(r"\.\s*")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

# Precedence when replacements overlap: lower wins and names the merged placeholder.
_PRECEDENCE = {
    "user_marked": 0,
    "contact": 1,
    "private_note": 1,
    "medical": 2,
    "place": 3,
    "source": 4,
    "statement": 4,
    "evidence": 4,
    "former_name": 5,
    "withheld_name": 5,
    "name": 6,
}


@dataclass(frozen=True)
class _NameRef:
    person_id: int
    strong: bool  # a weak part (a word of the labels, "Witness") never starts a match


@dataclass(frozen=True)
class Replacement:
    """What replaced ``start``–``end`` of the stored text, and by which rule. ``record``
    is the record the protected term belongs to (``person p3``), for the report."""

    start: int
    end: int
    placeholder: str
    category: str
    rule: str
    record: Origin | None


@dataclass
class Redacted:
    text: str
    replacements: list[Replacement] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int]]:
        return [(r.start, r.end) for r in self.replacements]


def normalise(text: str) -> str:
    """NFKC, without invisible characters: the form every exported string takes. The
    characters in :data:`_KEPT` stay as typed (NFKC would write "№" as "No")."""
    parts = _KEPT_SPLIT.split(text)
    kept = (p if p in _KEPT else unicodedata.normalize("NFKC", p) for p in parts)
    return "".join(kept).translate(_INVISIBLE)


# Characters of users' text that NFKC would change although the font shows them and they
# mean something as typed: the numero sign of Russian and Kazakh ("протокол № 17").
_KEPT = frozenset("№")
_KEPT_SPLIT = re.compile(f"([{''.join(sorted(_KEPT))}])")


class Redactor:
    """Applies a :class:`Policy` to free text. Build once per export; not thread-safe."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        # (category, rule, (record kind, record id) or None) → replacements
        self.counts: Counter[tuple[str, str, tuple[str, int | None] | None]] = Counter()
        self._phrases: PhraseIndex[Protected] = PhraseIndex()
        individual = {pid for pid, v in policy.persons.items() if v.person.kind == "individual"}
        for term in policy.protected:
            # Individuals' full names are left to the name matching below, which knows
            # who else shares a word of them; a phrase match cannot. Groups are phrases.
            if term.kind == "phrase" and (
                term.person_id not in individual or term.category == "former_name"
            ):
                self._phrases.add(term.text, term)
        self._homographs: NameIndex[int] = NameIndex()
        for view in policy.persons.values():
            for name in view.person.all_names():
                for part in name_words(name):
                    if is_common_word_name(part):
                        self._homographs.add(part, view.person.id or 0)
        self._marked_forms: FormPhraseIndex[Protected] = FormPhraseIndex()
        for term in policy.protected:
            if term.category == "user_marked":
                self._marked_forms.add(term.text, term)
        self._names: NameIndex[_NameRef] = NameIndex()
        # Names of three letters or fewer (Ким, Ли) only count written with a capital:
        # кім (Kazakh "who"), ли (a particle) stay.
        self._short_names: NameIndex[_NameRef] = NameIndex()
        self._dotted_i: set[int] = set()  # persons whose short name has the Kazakh і
        self._seen: dict[str, dict[int, bool]] = {}
        weak = set(DOCUMENT_WORDS)
        for view in policy.persons.values():
            weak |= set(words(view.label)) if not view.named else set()
        for view in policy.persons.values():
            if view.person.kind != "individual":
                continue
            for name in view.person.all_names():
                for part in name_words(name):
                    strong = not (set(words(part)) & weak)
                    ref = _NameRef(view.person.id or 0, strong)
                    if len(canonical(part)) <= _SHORT:
                        self._short_names.add(part, ref)
                        if "і" in part.casefold():
                            self._dotted_i.add(ref.person_id)
                    else:
                        self._names.add(part, ref)
        self._hidden = HiddenNames(policy)
        # Names of one or two letters ("Ли", "Li"), with Kazakh endings (Лиге, Лимен):
        # matched only written with a capital, so that the particle "ли" stays.
        self._short: dict[str, int] = {}
        for view in policy.persons.values():
            if view.person.kind == "individual":
                for part in _short_parts(view.person):
                    if "і" in part.casefold():
                        self._dotted_i.add(view.person.id or 0)
                    endings = ("", *harmonious(canonical(part)))
                    for key in {canonical(part), *latin_spellings(part), *cyrillic_spellings(part)}:
                        for ending in endings if is_cyrillic(key) else ("",):
                            self._short.setdefault(key + ending, view.person.id or 0)
        self._source_parts: NameIndex[Protected] = NameIndex()
        for term in policy.protected:
            # Words outside the persons' name matching: the source's, and former names
            # (withheld even where the person is named).
            if term.kind == "part" and (term.person_id is None or term.category == "former_name"):
                self._source_parts.add(term.text, term)

    def redact(self, text: str | None, markup: Markup | None = None) -> Redacted:
        """The text with everything protected replaced (``""`` for ``None``). ``markup``:
        the text's markup if the caller parsed it already."""
        if not text:
            return Redacted("")
        replacements = self._marked(markup if markup is not None else parse(text))
        tokens = [t for t in tokenize(text) if not _inside(t, replacements)]
        replacements += self._phrase_replacements(tokens)
        replacements += self._marked_elsewhere(tokens)
        tokens = [t for t in tokens if not _inside(t, replacements)]
        replacements += self._name_replacements(text, tokens)
        replacements += self._hidden_replacements(text)
        merged = _merge(replacements)
        for r in merged:
            record = (r.record.kind, r.record.record_id) if r.record else None
            self.counts[(r.category, r.rule, record)] += 1
        return Redacted(normalise(_splice(text, merged)), merged)

    # The kinds of replacement ----------------------------------------------------------

    def _hidden_replacements(self, text: str) -> list[Replacement]:
        """Names inside hashtags, handles, URLs, glued words and split words."""
        hidden = self._hidden.in_compounds(text) + self._hidden.in_split_words(text)
        return [
            Replacement(
                h.start, h.end, h.term.placeholder, h.term.category, h.term.rule, h.term.origin
            )
            for h in hidden
        ]

    def _marked(self, markup: Markup) -> list[Replacement]:
        passages, _ = markup
        return [
            Replacement(p.start, p.end, MARKED, "user_marked", "user_marked", None)
            for p in passages
        ]

    def _marked_elsewhere(self, tokens: list[Token]) -> list[Replacement]:
        """A marked passage where the case writes it in other forms (Фонда Свободы)."""
        return [
            Replacement(
                tokens[hit.first].start,
                tokens[hit.last].end,
                MARKED,
                "user_marked",
                "user_marked",
                hit.payload.origin,
            )
            for hit in self._marked_forms.find(tokens)
        ]

    def _phrase_replacements(self, tokens: list[Token]) -> list[Replacement]:
        found = []
        for hit in self._phrases.find(tokens):
            term = hit.payload
            found.append(
                Replacement(
                    tokens[hit.first].start,
                    tokens[hit.last].end,
                    term.placeholder,
                    term.category,
                    term.rule,
                    term.origin,
                )
            )
        return found

    def _name_replacements(self, text: str, tokens: list[Token]) -> list[Replacement]:
        words_ = [t for t in tokens if t.is_word]
        candidates = [self._candidates(t.key) or self._short_name(text, t) for t in words_]
        found: list[Replacement] = []
        i = 0
        while i < len(words_):
            if not candidates[i]:
                source = self._source_parts.lookup(words_[i].key)
                if source:
                    term = source[0]
                    found.append(_replace(words_[i], words_[i], term))
                i += 1
                continue
            person_id, length = self._longest(text, words_, candidates, i)
            if length == 1 and self._ordinary_word(text, words_, i, person_id):
                i += 1
                continue
            segment = range(i, i + length)
            if not any(candidates[k][person_id] for k in segment):
                i += 1  # only weak words ("Witness") of this person: not a mention
                continue
            view = self.policy.view(person_id)
            others = [p for p, strong in candidates[i].items() if strong and p != person_id]
            # One word that is part of two persons' names, one of them protected: which
            # person it means is unknown, so it names neither.
            protected = not view.named or any(not self.policy.view(p).named for p in others)
            ambiguous = length == 1 and bool(others) and protected
            if ambiguous or not view.named:
                first, last, dot = _with_initials(text, words_, i, i + length - 1)
                found.append(
                    self._name_replacement(words_[first], words_[last], view, ambiguous, dot)
                )
            i += length
        return found

    def _ordinary_word(self, text: str, words_: list[Token], i: int, person_id: int) -> bool:
        """A lower-case word alone that is a name and an ordinary word ("розы" for Роза),
        not after a title or an initial (see :mod:`logbook.export.homographs`)."""
        token = words_[i]
        if not text[token.start].islower() or person_id not in self._homographs.lookup(token.key):
            return False
        after = words_[i + 1].key if i + 1 < len(words_) else ""
        if after in TITLES:  # Kazakh titles follow the name: "арман мырза"
            return False
        if i == 0:
            return True
        before = words_[i - 1]
        initial = len(before.key) == 1 and text[before.end : before.end + 1] == "."
        return before.key not in TITLES and not initial

    def _short_name(self, text: str, token: Token) -> dict[int, bool]:
        """A name of three letters or fewer, in any form, when written with a capital
        (and not the Kazakh word written with і: Кім "who" is not Ким)."""
        if not text[token.start].isupper():
            return {}
        found = {ref.person_id: ref.strong for ref in self._short_names.lookup(token.key)}
        person_id = self._short.get(token.key)
        if person_id is not None:
            found[person_id] = True
        if "і" in text[token.start : token.start + _SHORT].casefold():  # not in an ending
            found = {p: strong for p, strong in found.items() if p in self._dotted_i}
        return found

    def _candidates(self, key: str) -> dict[int, bool]:
        """The persons ``key`` is a name word of, each with whether it is a strong word."""
        if key not in self._seen:  # texts repeat their words; look each up once
            found: dict[int, bool] = {}
            for ref in self._names.lookup(key):
                found[ref.person_id] = found.get(ref.person_id, False) or ref.strong
            self._seen[key] = found
        return self._seen[key]

    def _longest(
        self, text: str, words_: list[Token], candidates: list[dict[int, bool]], i: int
    ) -> tuple[int, int]:
        """The person whose name covers the most consecutive words from ``i``; on a tie,
        a protected person before a named one (withholding is the safe mistake)."""
        best: tuple[int, int, int] | None = None
        for person_id in candidates[i]:
            length = 1
            while (
                i + length < len(words_)
                and person_id in candidates[i + length]
                and _JOINABLE.fullmatch(text[words_[i + length - 1].end : words_[i + length].start])
            ):
                length += 1
            protected = 0 if self.policy.view(person_id).named else 1
            key = (length, protected, -person_id)
            if best is None or key > best:
                best = key
        assert best is not None
        return -best[2], best[0]

    def _name_replacement(
        self, first: Token, last: Token, view: PersonView, ambiguous: bool, dot: int
    ) -> Replacement:
        if ambiguous:
            return Replacement(
                first.start,
                last.end + dot,
                PLACEHOLDERS["withheld_name"],
                "withheld_name",
                "ambiguous_name",
                None,
            )
        category = "name" if view.shown == "pseudonym" else "withheld_name"
        origin = Origin("person", view.person.id, view.person.ref, "name")
        return Replacement(first.start, last.end + dot, view.label, category, view.rule, origin)


def _short_parts(person: Person) -> list[str]:
    """Name words of one or two letters that are not initials ("Ли" in "Ли Сон Ми", not
    the "А" of "А. Секербаева")."""
    return [part for name in person.all_names() for part in name_words(name) if len(part) <= 2]


def _replace(first: Token, last: Token, term: Protected) -> Replacement:
    return Replacement(
        first.start, last.end, term.placeholder, term.category, term.rule, term.origin
    )


def _with_initials(text: str, words_: list[Token], first: int, last: int) -> tuple[int, int, int]:
    """Extend a name over initials written before or after it ("А. С. Секербаева",
    "Секербаева А. С."): the first and last word, and 1 if the final dot goes too."""
    while first > 0:
        prev = words_[first - 1]
        if len(prev.key) == 1 and _INITIAL_GAP.fullmatch(text[prev.end : words_[first].start]):
            first -= 1
        else:
            break
    after_initial = False
    while last + 1 < len(words_):
        nxt = words_[last + 1]
        gap = text[words_[last].end : nxt.start]
        gap_ok = gap.strip() == "" or (after_initial and _INITIAL_GAP.fullmatch(gap))
        if len(nxt.key) == 1 and gap_ok and text[nxt.end : nxt.end + 1] == ".":
            last, after_initial = last + 1, True
        else:
            break
    return first, last, 1 if after_initial else 0


def _inside(token: Token, replacements: list[Replacement]) -> bool:
    return any(r.start <= token.start and token.end <= r.end for r in replacements)


def _merge(replacements: list[Replacement]) -> list[Replacement]:
    """Overlapping replacements become one, named by the one of highest precedence."""
    merged: list[Replacement] = []
    for r in sorted(replacements, key=lambda r: (r.start, -r.end)):
        if merged and r.start < merged[-1].end:
            top = merged[-1]
            winner = min(top, r, key=lambda x: _PRECEDENCE.get(x.category, 9))
            merged[-1] = Replacement(
                top.start,
                max(top.end, r.end),
                winner.placeholder,
                winner.category,
                winner.rule,
                winner.record,
            )
        else:
            merged.append(r)
    return merged


def _splice(text: str, replacements: list[Replacement]) -> str:
    out, pos = [], 0
    for r in replacements:
        out.append(text[pos : r.start])
        out.append(r.placeholder)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)
