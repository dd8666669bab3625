"""``logbook search``: incidents and persons matching words, in any script.

Each word must match a word in a title, narrative, statement, name, name variant, former
name or pseudonym, by its start (``Секерб`` finds ``Секербаевой`` as you type) or in
another Russian or Kazakh form (``Нурлановой`` finds ``Нурланова`` and the reverse,
``полиция`` finds ``полиции``, ``көшесінде`` finds ``көше``; see
:mod:`logbook.core.search_text`), ignoring case and ``ё``/``е``. A match in a statement is
reported as its incident.
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
    store = book.session.store
    statement_ids = [h.id for h in hits if h.kind == "statement"]
    incident_of = {s.id: s.incident_id for s in store.by_ids(Statement, statement_ids)}
    wanted = list(
        dict.fromkeys(
            ("incident", incident_of[h.id]) if h.kind == "statement" else (h.kind, h.id)
            for h in hits
        )
    )
    ids = {kind: [i for k, i in wanted if k == kind] for kind in ("incident", "person")}
    incidents = {i.id: i for i in store.by_ids(Incident, ids["incident"])}
    persons = {p.id: p for p in store.by_ids(Person, ids["person"])}
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
