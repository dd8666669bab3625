"""The independent leak check: every protected term, searched for in the document model
and in the PDF as two readers extract it (DESIGN.md §5, last paragraph).

How a term is searched for depends on where it stands and how specific its letters are
(``n`` = letters and digits of the searched string, after :mod:`.fold`):

- inside a *tag, handle or address* (a chunk with ``#``, ``@``, ``/``, ``_``, a dot
  between letters, or letters and digits): anywhere, whatever is glued around it
  (``#FreeAmir``, ``t.me/amir_k``, ``amir.kasymov@mail.kz``), except words of one to
  three letters, which must stand alone there too (``@li_kim``);
- in *prose*, word terms — in every spelling and inflected form the policy knows, and
  by a *stem* (the spelling without its final vowels, six letters or more) so that
  endings nobody listed are still caught:
  - ``n ≥ 7`` (full spellings): anywhere, glued words too (``amirkasymov``); of eight or
    more also across spaces, where it begins and ends as words do ("Секер баева"); and
    every full spelling of four letters or more spelled out letter by letter
    ("А м и р");
  - ``n = 6`` and stems: where a word starts, whatever follows (Секербаевамен, camelCase
    ``СвободуАмиру``, after a hyphen);
  - ``n = 4, 5``: as whole words, or at the start of a word written with a capital
    (Дина, Амирсыз — not динамика); listed forms as whole words (Диной, Динаға);
  - ``n ≤ 3``: as whole words written with a capital ("Ли", not the particle "ли");
    these are counted as checked that way;
- phrase terms: anywhere (across spaces and punctuation); ones shorter than ten letters
  and digits must start and end where words do, and a number is never found inside a
  longer one.

Not found: a name of five letters or fewer glued in lower case to another word in prose
("свободуамиру") — searching every word's inside for it raises alarms on ordinary words.

A hit is *exempt* — not a leak — inside the document's own wording, inside a
placeholder, inside the full name of a person shown by name, on the confidential source
page (the source's name field whatever it holds; the source's own terms anywhere on the
page), and where the user accepted it (:attr:`Hit.id`). The PDF may then hold a term
only as often as the model holds it exempt; any more is a leak that rendering
introduced, reported without a field.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import cached_property

import ahocorasick

from logbook.core.errors import LogbookError
from logbook.export.document import Document, Text
from logbook.export.leakcheck import workers
from logbook.export.leakcheck.fold import Skeleton, fold, skeleton
from logbook.export.leakcheck.needles import automaton, fits
from logbook.export.leakcheck.reading import Reading, read_with_pdfium, read_with_pypdf
from logbook.export.leakcheck.terms import Exemptions, Term
from logbook.export.origin import TEMPLATE, Origin
from logbook.export.rules import category_text, rule_text

EXIT_LEAK = 8
_ELSEWHERE = Origin("text", None, "", "")  # a text that is no field of the document

_SPACES = re.compile(r"\s+")
_WORD_AFTER = re.compile(r"[\s.,]*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_][^\s]*?)[\s.]*$")


@dataclass(frozen=True)
class Hit:
    """A protected term found where it may not be.

    ``where`` is the field it is in (``None`` when only the PDF has it); ``start`` and
    ``end`` are offsets into ``text``, the field's text as exported. ``text`` is case
    content for the user's own screen: never log or write it. ``id`` carries no content
    and is stable for the same case and options, so a user can accept a false alarm
    (``--accept-verifier-hit``)."""

    id: str
    term: Term
    where: Origin | None
    reader: str
    start: int = 0
    end: int = 0
    text: str = ""

    def describe(self) -> str:
        """Category, rule, record and field — never the term (safe for messages)."""
        where = self.where.describe() if self.where else f"the PDF's text ({self.reader})"
        return (
            f"{category_text(self.term.category)} ({self.term.protects.describe()}); "
            f"rule: {rule_text(self.term.rule)}; found in {where}"
        )


class LeakDetected(LogbookError):
    """The independent check found protected text the redaction left. Nothing is
    written. ``hits`` are for the UI's review; the message never holds a term."""

    exit_code = EXIT_LEAK

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        # The redaction report of the export it stopped (a RedactionReport, which this
        # check does not import), set by the pipeline: what was withheld, and that it failed.
        self.report: object | None = None
        first = hits[0]
        more = f" ({len(hits) - 1} more place(s) too.)" if len(hits) > 1 else ""
        super().__init__(
            "Export stopped: the independent check found protected text in the document — "
            f"{first.describe()}.{more} Nothing was written. Correct the field, or if it is "
            f"a false alarm accept it (hit {first.id})."
        )


@dataclass(frozen=True)
class CheckSummary:
    terms_checked: int  # protected terms searched for
    whole_word_terms: int  # of them, words of one to three letters (whole words only)
    readers: tuple[str, ...]  # what read the PDF


@dataclass(frozen=True)
class _Remote:
    """What a worker needs to build the same check: the terms, pickled once."""

    key: str  # the digest of ``terms``
    terms: bytes


@dataclass
class _ModelResult:
    """What searching the document model found (picklable: it may come from a worker)."""

    hits: list[Hit]
    allowed: Counter[int]  # occurrences exempt or accepted, per term
    per_page: Counter[int]  # of them, in the page furniture
    accepted: set[str]
    exempt_found: int


class LeakCheck:
    """Searches a document and its PDF for ``terms``. Build once per export.

    With ``parallel``, the heavy work runs in worker processes (:mod:`.workers`):
    :meth:`start_document` returns at once, so the PDF can be rendered meanwhile. Either
    way the same code searches and the results are the same."""

    def __init__(
        self, terms: list[Term], exemptions: Exemptions, *, parallel: bool = False
    ) -> None:
        self.terms = terms
        self._named_automaton = ahocorasick.Automaton()
        for name in {fold(n) for n in exemptions.named_names} - {""}:
            self._named_automaton.add_word(name, len(name))
        if len(self._named_automaton):
            self._named_automaton.make_automaton()
        self._placeholders = tuple(p for p in exemptions.placeholders if p)
        self._ordinary = frozenset(fold(w) for w in exemptions.ordinary_words)
        self._titles = frozenset(fold(w) for w in exemptions.titles)
        whole_word = sum(
            1 for t in terms if t.kind == "word" and 0 < len(fold(t.spellings[0])) <= 3
        )
        self.summary = CheckSummary(len(terms), whole_word, ())
        self._allowed: Counter[int] = Counter()  # exempt or accepted, in the model
        self._per_page: Counter[int] = Counter()  # of them, in the page furniture
        self.exempt_found = 0  # term letters the model holds harmlessly (for the bench)
        self.accepted: set[str] = set()  # ids of hits the user accepted that were found
        self._remote: _Remote | None = None
        self._since = 0  # with workers: the generation this check may use them in
        if parallel and workers.count():
            self._since = workers.generation()
            workers.start(preload=(__name__,))  # the searches, pypdf
            blob = pickle.dumps((terms, exemptions), protocol=pickle.HIGHEST_PROTOCOL)
            # Keyed by content: a worker keeps its check while the terms stay the same (the
            # Export dialog exports again after each change, mostly with the same terms).
            self._remote = _Remote(hashlib.sha256(blob).hexdigest(), blob)

    @cached_property
    def _searched(self) -> tuple[ahocorasick.Automaton, list[list[int]]]:
        """Every searched string and the groups of terms searched for alike: built on
        first use (with workers, this process may never search the model)."""
        return automaton(self.terms)

    # Where terms are ----------------------------------------------------------------

    def _may_hold_terms(self, text: str) -> bool:
        """Whether any searched string is in ``text`` at all (most strings of a document
        hold none: dates, labels), before reading it closely."""
        automaton = self._searched[0]
        return len(automaton) > 0 and next(automaton.iter(fold(text)), None) is not None

    def occurrences(self, sk: Skeleton) -> Iterator[tuple[int, int, int]]:
        """``(term index, first, last)`` skeleton positions of every term found in ``sk``,
        once per term and start."""
        automaton, groups = self._searched
        if not len(automaton) or not sk.chars:
            return
        seen: set[tuple[int, int]] = set()
        for last, (length, entries) in automaton.iter(sk.chars):
            first = last - length + 1
            for needle in entries:
                if (needle.group, first) in seen or not fits(sk, first, last, needle):
                    continue
                seen.add((needle.group, first))
                for index in groups[needle.group]:
                    yield index, first, last

    def find(self, text: str) -> list[Term]:
        """The terms in ``text`` (each once), outside named persons' full names and
        placeholders: for a text from elsewhere (a third reader, a test)."""
        outside = Text(text, _ELSEWHERE)
        found = {
            index: None for index, _, exempt in self._search_text(outside, False) if not exempt
        }
        return [self.terms[index] for index in found]

    # The document model ------------------------------------------------------------

    def check_document(self, document: Document, accepted: Collection[str] = ()) -> list[Hit]:
        """The hits in ``document`` not accepted by id. Also learns how often each term
        may appear in the PDF (:meth:`check_pdf`)."""
        return self.start_document(document, accepted)()

    def start_document(
        self, document: Document, accepted: Collection[str] = ()
    ) -> Callable[[], list[Hit]]:
        """Start :meth:`check_document`; call what it returns for the hits. With workers
        it returns at once and the search runs in a worker meanwhile."""
        if self._remote is None:
            result = self._search_document(document, frozenset(accepted))
            return lambda: self._adopt(result)
        # Pickled now, not by the pool's thread later: the worker searches the document
        # as it is at this call, whatever happens to it while the PDF is rendered.
        frozen = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
        pending = workers.Pending(
            _document_task, self._remote, frozen, frozenset(accepted), since=self._since
        )
        for _ in range(workers.count() - 1):  # the others get ready to read the PDF
            workers.Pending(_ready_task, self._remote, since=self._since)
        return lambda: self._adopt(pending.result())

    def _adopt(self, result: _ModelResult) -> list[Hit]:
        self._allowed, self._per_page = result.allowed, result.per_page
        self.accepted, self.exempt_found = result.accepted, result.exempt_found
        return result.hits

    def _search_document(self, document: Document, accepted: frozenset[str]) -> _ModelResult:
        result = _ModelResult([], Counter(), Counter(), set(), 0)
        for text, per_page, on_source_page in _texts(document):
            for index, hit, exempt in self._search_text(text, on_source_page):
                if exempt or hit.id in accepted:
                    result.exempt_found += exempt
                    result.allowed[index] += 1
                    result.per_page[index] += per_page
                    if not exempt:
                        result.accepted.add(hit.id)
                else:
                    result.hits.append(hit)
        return result

    def _search_text(self, text: Text, on_source_page: bool) -> Iterator[tuple[int, Hit, bool]]:
        if not self._may_hold_terms(text.value):
            return
        sk = skeleton(text.value)
        shielded = self._shielded(sk)
        per_term: Counter[int] = Counter()
        for index, first, last in self.occurrences(sk):
            term = self.terms[index]
            per_term[index] += 1
            exempt = (
                text.origin == TEMPLATE
                or any(a <= first and last <= b for a, b in shielded)
                or self._ordinary_word(sk, first, last)
                or (on_source_page and (term.shown_on_source_page or _source_name(text)))
            )
            start, end = sk.span(first, last)
            number = _hit_id(text.origin, term.number, per_term[index])
            yield index, Hit(number, term, text.origin, "document", start, end, text.value), exempt

    def _ordinary_word(self, sk: Skeleton, first: int, last: int) -> bool:
        """A whole word in lower case, in prose, that the policy says is also an
        ordinary word ("розы"), not after a title ("г-жа розы" is a name)."""
        if not self._ordinary or first not in sk.starts or last not in sk.ends:
            return False
        if sk.chunk[first] in sk.non_prose:
            return False
        start, end = sk.span(first, last)
        word = sk.text[start:end]
        if not word.islower() or fold(word) not in self._ordinary:
            return False
        before = _WORD_BEFORE.search(sk.text, 0, start)
        after = _WORD_AFTER.match(sk.text, end)
        return (before is None or fold(before.group(1)) not in self._titles) and (
            after is None or fold(after.group(1)) not in self._titles
        )

    def _shielded(self, sk: Skeleton) -> list[tuple[int, int]]:
        """Skeleton ranges of named persons' full names and of placeholders in ``sk``."""
        ranges = []
        if len(self._named_automaton):
            for last, length in self._named_automaton.iter(sk.chars):
                ranges.append((last - length + 1, last))
        for placeholder in self._placeholders:
            at = sk.text.find(placeholder)
            while at >= 0:
                covered = sk.covering(at, at + len(placeholder))
                if covered:
                    ranges.append(covered)
                at = sk.text.find(placeholder, at + 1)
        return ranges

    # The PDF ---------------------------------------------------------------------------

    def check_pdf(self, pdf: bytes, accepted: Collection[str] = ()) -> list[Hit]:
        """The hits in the PDF as each reader extracts it: any term found more often than
        the model holds it exempt or accepted. Run :meth:`check_document` first.

        A text both readers give alike, up to whitespace, is searched once (the search
        reads every run of whitespace alike, so it is given the text with each run made
        one space)."""
        helpers = workers.count() if self._remote is not None else 0
        parts = helpers + 1  # pypdf's pages in parts: one per worker, one read here
        by_workers = [
            workers.Pending(_pypdf_task, self._remote, pdf, part, parts, since=self._since)
            for part in range(helpers)
        ]
        pdfium = read_with_pdfium(pdf)  # meanwhile, here: PDFium leaves Python's lock
        mine = read_with_pypdf(pdf, helpers, parts)  # without workers: every page
        pypdf_texts, page_count = _searched_texts(mine), mine.page_count
        known: dict[str, Counter[int]] = {}
        for pending in by_workers:
            part_known, part_texts = pending.result()
            known.update(part_known)
            pypdf_texts += part_texts
        pdfium_texts = _searched_texts(pdfium)
        if helpers:  # what was read here and not alike by a worker: searched there too
            unknown = [t for t in dict.fromkeys(pypdf_texts + pdfium_texts) if t not in known]
            searching = [
                workers.Pending(
                    _texts_task, self._remote, unknown[share::helpers], since=self._since
                )
                for share in range(helpers)
                if unknown[share::helpers]
            ]
            for search in searching:
                known.update(search.result())
        counted = [
            ("pypdf", self._count(pypdf_texts, known), page_count),
            ("pdfium", self._count(pdfium_texts, known), pdfium.page_count),
        ]
        hits: list[Hit] = []
        for reader, found, pages in counted:
            hits += self._pdf_hits(reader, found, pages, accepted)
        self.summary = CheckSummary(
            self.summary.terms_checked,
            self.summary.whole_word_terms,
            tuple(reader for reader, _, _ in counted),
        )
        return hits

    def _count(self, texts: list[str], known: dict[str, Counter[int]]) -> Counter[int]:
        """How often each term is in ``texts`` (whitespace runs made one space), searching
        only those not in ``known`` (and adding them to it)."""
        found: Counter[int] = Counter()
        for text in texts:
            if text not in known:
                known[text] = Counter(
                    index
                    for index, _, _ in (
                        self.occurrences(skeleton(text)) if self._may_hold_terms(text) else ()
                    )
                )
            found.update(known[text])
        return found

    def _pdf_hits(
        self, reader: str, found: Counter[int], page_count: int, accepted: Collection[str]
    ) -> list[Hit]:
        hits = []
        extra_pages = max(page_count - 1, 0)
        for index, count in sorted(found.items()):
            # Page furniture stands on every page; the model holds it once.
            if count <= self._allowed[index] + self._per_page[index] * extra_pages:
                continue
            term = self.terms[index]
            hit = Hit(_hit_id(None, term.number, 1), term, None, reader)
            if hit.id in accepted:
                self.accepted.add(hit.id)
            else:
                hits.append(hit)
        return hits


# In a worker process: the check of the export being checked, built once per export.
_worker_check: tuple[str, LeakCheck] | None = None


def _check_for(remote: _Remote) -> LeakCheck:
    global _worker_check
    if _worker_check is not None and _worker_check[0] == remote.key:
        return _worker_check[1]
    check = LeakCheck(*pickle.loads(remote.terms))
    if multiprocessing.parent_process() is not None:  # a worker: keep it for the next part
        _worker_check = (remote.key, check)
    return check


def _ready_task(remote: _Remote) -> None:
    _check_for(remote)._searched  # noqa: B018  (built now, while the PDF is rendered)


def _document_task(remote: _Remote, document: bytes, accepted: frozenset[str]) -> _ModelResult:
    return _check_for(remote)._search_document(pickle.loads(document), accepted)


def _pypdf_task(
    remote: _Remote, pdf: bytes, part: int, parts: int
) -> tuple[dict[str, Counter[int]], list[str]]:
    """pypdf's reading of one part of the pages: what each text holds, and the texts."""
    texts = _searched_texts(read_with_pypdf(pdf, part, parts))
    return _texts_task(remote, texts), texts


def _texts_task(remote: _Remote, texts: list[str]) -> dict[str, Counter[int]]:
    known: dict[str, Counter[int]] = {}
    _check_for(remote)._count(texts, known)
    return known


def _searched_texts(reading: Reading) -> list[str]:
    """A reading's pages, page by page (reportlab never breaks a word across pages), and
    its metadata, each with every run of whitespace made one space (none at the ends)."""
    return [
        _SPACES.sub(" ", text).strip() for text in [*reading.pages, "\n".join(reading.metadata)]
    ]


def _texts(document: Document) -> Iterator[tuple[Text, bool, bool]]:
    """Every string of the document: (text, whether the PDF repeats it on every page,
    whether it is on the confidential source page)."""
    for where, text in document.placed_texts():
        yield text, where == "furniture", where == "source"


def _source_name(text: Text) -> bool:
    """The source's own name on its confidential page: shown as recorded, whatever names
    it holds (a group named after a victim)."""
    return text.origin.kind == "source" and text.origin.field == "name"


def _hit_id(where: Origin | None, number: int, occurrence: int) -> str:
    """``VH-`` and eight hex digits from the field, the term's number and which of its
    occurrences in that field: no content goes in."""
    place = f"{where.kind}|{where.record_id}|{where.field}" if where else "pdf"
    digest = hashlib.sha256(f"{place}|{number}|{occurrence}".encode()).hexdigest()
    return f"VH-{digest[:8]}"
