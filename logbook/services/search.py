"""``logbook search``: incidents and persons matching words, in any script.

Each word must match the start of a word in a title, narrative, statement, name, name
variant or pseudonym (``Секербаев`` finds ``Секербаевой``), ignoring case and ``ё``/``е``.
A match in a statement is reported as its incident.
"""

from __future__ import annotations

from dataclasses import dataclass

from logbook.core.fuzzy_date import describe
from logbook.core.model import Incident, Person, Statement
from logbook.services.case_book import CaseBook


@dataclass(frozen=True)
class SearchResult:
    kind: str  # "incident" or "person"
    id: int
    case_ref: str
    ref: str
    label: str  # the incident's title or the person's name
    detail: str  # the incident's date as recorded, or the person's pseudonym


def search(book: CaseBook, text: str, limit: int = 50) -> list[SearchResult]:
    """Best matches first. Runs on the vault's thread (see CaseBook)."""
    hits = book.session.search.search(text, limit)
    statement_ids = [h.id for h in hits if h.kind == "statement"]
    incident_of = {s.id: s.incident_id for s in _by_ids(book, Statement, statement_ids)}
    wanted: list[tuple[str, int]] = []
    for hit in hits:
        key = ("incident", incident_of[hit.id]) if hit.kind == "statement" else (hit.kind, hit.id)
        if key not in wanted:
            wanted.append(key)
    incidents = {
        i.id: i for i in _by_ids(book, Incident, [i for k, i in wanted if k == "incident"])
    }
    persons = {p.id: p for p in _by_ids(book, Person, [i for k, i in wanted if k == "person"])}
    case_refs = {c.id: c.ref for c in book.cases()}
    results = []
    for kind, record_id in wanted:
        if kind == "incident":
            incident = incidents[record_id]
            results.append(
                SearchResult(
                    kind,
                    record_id,
                    case_refs[incident.case_id],
                    incident.ref,
                    incident.title,
                    describe(incident.date),
                )
            )
        else:
            person = persons[record_id]
            results.append(
                SearchResult(
                    kind,
                    record_id,
                    case_refs[person.case_id],
                    person.ref,
                    person.name,
                    person.pseudonym or "",
                )
            )
    return results


def _by_ids(book: CaseBook, cls: type, ids: list[int]) -> list:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return book.session.store.select(cls, f"id IN ({marks})", tuple(ids))
