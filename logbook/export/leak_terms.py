"""The policy's protected terms as the independent leak check takes them.

This is the one thing the check shares with redaction: the list of what must not be in
the document, with every spelling and inflected form the policy knows. How to find them
is the check's own business (:mod:`logbook.export.leakcheck`).
"""

from __future__ import annotations

from functools import cache

from logbook.export.homographs import TITLES, is_common_word_name
from logbook.export.inflection import MIN_PART_LETTERS, forms_of_part, harmonious
from logbook.export.leakcheck import Exemptions, Term
from logbook.export.policy import DOCUMENT_WORDS, Policy, Protected
from logbook.export.scripts import canonical, is_cyrillic
from logbook.export.spellings import cyrillic_spellings, latin_spellings

# Endings up to this long are listed as forms: longer ones (Kazakh case endings on the
# nominative) begin with the word itself, which the check finds anyway.
_LISTED_ENDING = 3
_SHORT = 5
_READINGS = 3
_DERIVED = tuple(
    canonical(s)
    for s in ("сыз", "сіз", "дай", "дей", "тай", "тей", "ша", "ше", "шыл", "шіл", "лық", "лік")
)


def leak_terms(policy: Policy) -> tuple[list[Term], Exemptions]:
    """Every protected term of ``policy`` and what may hold their letters harmlessly.

    Left out: name words that are also words of the automatic labels and placeholders
    ("Witness", "withheld"), which every export prints; :func:`unsearchable` counts
    them for the report. Redaction still replaces them where they stand for the name."""
    # The source's name may stand on its own confidential page, where the profile has one.
    terms = [
        _term(n, t, _shown_on_source_page(policy, t))
        for n, t in enumerate(policy.protected)
        if not _document_word(t)
    ]
    named = tuple(
        name
        for view in policy.persons.values()
        if view.named and view.person.kind == "individual"
        for name in dict.fromkeys([*view.person.all_names(), view.label])  # label: in Latin
        if len(name.split()) >= 2  # a one-word name would shield every mention of it
    )
    # The placeholders and the automatic pseudonyms ("Victim A", "Témoin 3") as the
    # document writes them: in its language, the one the policy's placeholders are in.
    wording = policy.wording
    automatic = tuple(
        view.label for view in policy.persons.values() if wording.is_automatic(view.label)
    )
    placeholders = (*policy.placeholders.values(), *automatic)
    ordinary = frozenset(
        form
        for t in policy.protected
        if t.kind == "part" and is_common_word_name(t.text)
        for form in {canonical(t.text), *forms(t.text)}
    )
    return terms, Exemptions(named, placeholders, ordinary, TITLES)


def unsearchable(policy: Policy) -> int:
    """How many name words the check leaves out (see :func:`leak_terms`)."""
    return sum(map(_document_word, policy.protected))


def _document_word(term: Protected) -> bool:
    return term.kind == "part" and canonical(term.text) in DOCUMENT_WORDS


def _shown_on_source_page(policy: Policy, term: Protected) -> bool:
    """Whether ``term`` may stand on the confidential source page: the source's own terms
    where the profile gives it that page, and its contact details where they are shown
    there (protected everywhere else all the same)."""
    if policy.profile.source != "confidential_page":
        return False
    source_contact = term.origin.kind == "source" and term.origin.field == "contact"
    return term.category == "source" or (source_contact and policy.source_contact_shown)


def _term(number: int, term: Protected, on_source_page: bool) -> Term:
    if term.kind == "phrase":
        return Term(
            number, "phrase", (term.text,), term.category, term.rule, term.origin,
            shown_on_source_page=on_source_page,
        )  # fmt: skip
    return Term(
        number,
        "word",
        (term.text, *sorted(spellings(term.text))),
        term.category,
        term.rule,
        term.origin,
        forms=tuple(sorted(forms(term.text))),
        shown_on_source_page=on_source_page,
    )


@cache
def spellings(part: str) -> frozenset[str]:
    """The part in the other script, in every romanisation the policy knows."""
    key = canonical(part)
    if is_cyrillic(key):
        return frozenset(latin_spellings(part) - {key})
    readings = cyrillic_spellings(key)
    # Other romanisations of a name recorded in Latin letters (Nurzhan → Nurjan), through
    # its likeliest Cyrillic readings.
    again = {f for r in sorted(readings, key=len)[:_READINGS] for f in latin_spellings(r)}
    return frozenset((readings | again) - {key})


# Russian endings as transliterated chat writes them, by how the Latin word ends:
# Zhanna → Zhanny, Zhannoy, Zhannoj; Elmira → Elmiry; Sergey → Sergeya.
_LATIN_DECLENSION = (
    ("ya", ("i", "e", "yu", "ey", "ei", "eyu")),
    ("ia", ("i", "e", "iu", "ei", "ey")),
    ("a", ("y", "i", "e", "u", "oy", "oi", "oj", "oyu", "ey", "ei", "oju")),
    ("y", ("ya", "yu", "em", "e")),
    ("i", ("ya", "ia", "yu", "iu", "em", "e")),
)


def _latin_declined(spelling: str) -> set[str]:
    """Russian case forms of a Latin spelling that ends in a vowel (a consonant takes
    its endings after the whole word, which the check finds by its start)."""
    for final, endings in _LATIN_DECLENSION:
        if spelling.endswith(final) and len(spelling) > len(final) + 2:
            return {spelling[: -len(final)] + e for e in endings}
    return set()


@cache  # persons share first names: each is spelled out once
def forms(part: str) -> frozenset[str]:
    """The inflected forms of ``part``. A longer word gets its short endings in its own
    script (they may change its last letters; its stem covers the rest) and, ending in
    a vowel, in Latin letters (Zhannoy, Marinoy: transliterated chat). A short word
    (five letters or fewer) is searched for as whole words, so it gets every form:
    Kazakh endings too, and the other script's."""
    key = canonical(part)
    cyrillic = is_cyrillic(key)
    short = len(key) <= _SHORT
    found: set[str] = set()
    for stem, paradigm in forms_of_part(part):
        own = is_cyrillic(stem) == cyrillic
        if not own and not short:
            continue
        for ending in paradigm.endings:
            if len(ending) <= _LISTED_ENDING or (own and short):
                found.add(stem + ending)
                if short and is_cyrillic(stem) and len(ending) <= _LISTED_ENDING:
                    found |= latin_spellings(stem + ending)
    latin = [key] if not cyrillic else sorted(spellings(part))
    found |= {form for spelling in latin for form in _latin_declined(spelling)}
    if len(key) < MIN_PART_LETTERS:
        # Too short for the paradigms: Ли takes the Kazakh endings as they are (Лиге).
        endings = harmonious(key)
        found |= {s + e for s in {key, *spellings(part)} if is_cyrillic(s) for e in endings}
    if short:
        # Kazakh derivational suffixes the case paradigms do not list: Амирсыз ("without
        # Amir"), Амирдай ("like Amir"), Амиршыл …
        found |= {canonical(part) + suffix for suffix in _DERIVED}
    return frozenset(found)
