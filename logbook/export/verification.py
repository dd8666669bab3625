"""Proving a produced PDF holds no protected term (DESIGN.md §5, last paragraph).

The PDF is read back the way anyone would read it — text extraction with pypdf, page by
page, plus the document information (metadata) — never by searching raw bytes, which
hold Cyrillic as glyph codes. The extracted text is then searched for every protected
term of the policy: name words in every inflected form and script, and phrases with
spacing, punctuation and line breaks ignored; a second pass joins words hyphenated
across line breaks.

A few terms cannot be checked on their own and are counted separately:
- a word of a protected person's name of which a word of a named person's name is a
  form (two people called Daniyar; Волков protected, Волкова named): the named person's
  name would always "leak" it. The protected person's full name is still checked;
- a word or phrase that is also the document's own wording or a label ("Witness",
  "Source", a body location "head" beside the injury type "Head injury").
Redaction still replaces them in free text; only the proof cannot cover them.

The same check runs on the document model before rendering (:meth:`Verifier.check_document`),
where a hit can also say which field it is in.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader

from logbook.core.errors import LogbookError
from logbook.core.pseudonyms import LABEL_WORDS
from logbook.export.document import Document
from logbook.export.labels import PLACEHOLDERS
from logbook.export.matching import NameIndex, PhraseIndex, phrase_keys
from logbook.export.origin import TEMPLATE, Origin
from logbook.export.policy import Policy, Protected
from logbook.export.rules import category_text, rule_text
from logbook.export.scripts import tokenize, words

_HYPHENATED = re.compile(r"[-\u00ad‐‑]\s*\n\s*")

EXIT_LEAK = 8


class LeakDetected(LogbookError):
    """A protected term is in the document. The message names the category, the rule
    and the record the term protects (and, before rendering, the field it was found
    in) — never the term. ``terms`` holds the hits for programmatic use (the UI may
    show them on screen; they must not be logged)."""

    exit_code = EXIT_LEAK

    def __init__(self, terms: list[Protected], where: Origin | None = None) -> None:
        self.terms = terms
        self.where = where
        first = terms[0]
        about = first.origin.describe() if first.origin.kind != "template" else ""
        place = f" It appears in {where.describe()}." if where and where != TEMPLATE else ""
        more = f" ({len(terms) - 1} more protected term(s) too.)" if len(terms) > 1 else ""
        super().__init__(
            f"Export stopped: the document would contain a protected term — "
            f"{category_text(first.category)}"
            f"{f' ({about})' if about else ''}; rule: {rule_text(first.rule)}.{place}{more} "
            "Nothing was written."
        )


@dataclass(frozen=True)
class VerificationResult:
    terms_checked: int  # protected terms looked for
    terms_not_checkable: int  # name words checked only as part of full names


def extract_text(pdf: bytes) -> str:
    """All text a reader can get out of ``pdf``: every page, then the metadata."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = [page.extract_text() or "" for page in reader.pages]
    metadata = [str(v) for v in (reader.metadata or {}).values()]
    return "\n".join(pages + metadata)


class Verifier:
    """Looks for a policy's protected terms in text."""

    def __init__(self, policy: Policy, document: Document) -> None:
        # Every run of words in a named person's names: a protected full name that is one
        # of them (a one-word variant "Данияр" of a witness, a named "Данияр Оспанов")
        # cannot be told apart from the named person's.
        named_runs = {
            keys[i:j]
            for view in policy.persons.values()
            if view.named
            for keys in map(phrase_keys, view.person.all_names())
            for i in range(len(keys))
            for j in range(i + 1, len(keys) + 1)
        }
        parts = [t for t in policy.protected if t.kind == "part"]
        shared = _shared_parts(parts, _exempt_words(policy, document))
        shared |= _phrases_in_template(policy.protected, document)
        self._names: NameIndex[Protected] = NameIndex()
        self._phrases: PhraseIndex[Protected] = PhraseIndex()
        checked: set[tuple[str, str]] = set()
        unchecked: set[str] = set()
        for term in policy.protected:
            key_tuple = phrase_keys(term.text)
            keys = " ".join(key_tuple)
            if term.kind == "part":
                if id(term) in shared:
                    unchecked.add(keys)
                elif self._names.add(term.text, term):
                    checked.add(("part", keys))
            elif id(term) in shared or (term.person_id is not None and key_tuple in named_runs):
                unchecked.add(keys)
            elif self._phrases.add(term.text, term):
                checked.add(("phrase", keys))
        self.result = VerificationResult(len(checked), len(unchecked))

    def find(self, text: str) -> list[Protected]:
        """The protected terms found in ``text`` (each once)."""
        found: dict[Protected, None] = {}
        for view in _views(text):
            tokens = tokenize(view)
            found.update(dict.fromkeys(hit.payload for hit in self._phrases.find(tokens)))
            for key in dict.fromkeys(t.key for t in tokens if t.is_word):
                found.update(dict.fromkeys(self._names.lookup(key)))
        return list(found)

    def check_document(self, document: Document) -> None:
        """Raise :class:`LeakDetected` if any string of the model holds a protected term."""
        for text in document.texts():
            found = self.find(text.value)
            if found:
                raise LeakDetected(found, text.origin)

    def check_pdf(self, pdf: bytes) -> VerificationResult:
        """Raise :class:`LeakDetected` if the PDF's text or metadata holds a protected
        term; otherwise say how many terms were checked."""
        found = self.find(extract_text(pdf))
        if found:
            raise LeakDetected(found)
        return self.result


def _views(text: str) -> list[str]:
    joined = _HYPHENATED.sub("", text)
    return [text] if joined == text else [text, joined]


def _shared_parts(parts: list[Protected], exempt: set[str]) -> set[int]:
    """The ids of name parts that some exempt word is a form of (Волкова, a named
    person's surname, is a form of the protected Волков)."""
    index: NameIndex[int] = NameIndex()
    for n, term in enumerate(parts):
        index.add(term.text, n)
    return {id(parts[n]) for word in exempt for n in index.lookup(word)}


def _phrases_in_template(terms: list[Protected], document: Document) -> set[int]:
    """The ids of phrases the document's own wording contains ("head" in "Head injury")."""
    index: PhraseIndex[int] = PhraseIndex()
    phrases = [t for t in terms if t.kind == "phrase"]
    for n, term in enumerate(phrases):
        index.add(term.text, n)
    found: set[int] = set()
    for text in document.texts():
        if text.origin == TEMPLATE:
            found |= {id(phrases[hit.payload]) for hit in index.find(tokenize(text.value))}
    return found


def _exempt_words(policy: Policy, document: Document) -> set[str]:
    """Words a protected name part may share without being a leak: the document's own
    wording, the automatic labels' words and the placeholders, and the words of named
    persons' names. Not the words of pseudonyms a user typed: a pseudonym that holds a
    real name is a leak to report."""
    exempt = set(LABEL_WORDS) | set(words(" ".join(PLACEHOLDERS.values())))
    for text in document.texts():
        if text.origin == TEMPLATE:
            exempt.update(words(text.value))
    for view in policy.persons.values():
        if view.named:
            for name in view.person.all_names():
                exempt.update(words(name))
    return exempt
