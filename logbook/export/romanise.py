"""Names in Latin letters for a document in a Latin-script language (§6).

A person is named by their own Latin spelling (``Person.name_latin``, as in their
passport) where they have one. Without it, the name is romanised here the way a Kazakh
passport spells it (:data:`~logbook.export.spellings.PASSPORT_KZ`: Yessenova, Kassymov,
Zhanna), which is only a guess at the person's own spelling: the export shows it to the
user as a finding to confirm (or to replace with the right spelling).
"""

from __future__ import annotations

from logbook.core.model import Person
from logbook.export.scripts import is_cyrillic, tokenize
from logbook.export.spellings import PASSPORT_KZ, scheme_latin


def romanise(text: str) -> str:
    """``text`` with every Cyrillic word in Latin letters, its capitals kept (a word that
    starts with a capital starts with one; a word in capitals stays in capitals); all
    else (Latin words, digits, punctuation, spaces) as it is."""
    out, pos = [], 0
    for token in tokenize(text):
        word = text[token.start : token.end]
        if not token.is_word or not is_cyrillic(word):
            continue
        spelled = scheme_latin(word, PASSPORT_KZ)
        if not spelled:
            continue
        out += [text[pos : token.start], _cased(spelled[0], word)]
        pos = token.end
    out.append(text[pos:])
    return "".join(out)


def _cased(latin: str, original: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return latin.upper()
    if letters and letters[0].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


def latin_name(person: Person) -> tuple[str, bool]:
    """How a document in Latin script names ``person``, and whether that is a guess
    (romanised here, for the user to confirm): their ``name_latin``, else their name as
    recorded if it has no Cyrillic letter, else the first of their name variants written
    in Latin letters (a spelling the user typed), else the name's romanisation."""
    if person.name_latin and person.name_latin.strip():
        return person.name_latin.strip(), False
    if not is_cyrillic(person.name):
        return person.name, False
    typed = [v.strip() for v in person.name_variants if v.strip() and not is_cyrillic(v)]
    if typed:
        return typed[0], False
    return romanise(person.name), True
