"""Drafts in the vault: what an editor held and did not save.

- a draft gives back the record as typed, nested values and translations included;
- an editor rewrites its own draft; discarding removes it; drafts of several editors are
  kept and dropped together;
- drafts are no records of the case: ``verify`` passes with drafts present, and search, a
  dump and an export's snapshot never hold a draft's text (a canary word).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import replace

from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.model import Case, Consent, Incident, Location, Person
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.drafts import (
    Typed,
    discard_draft,
    draft,
    drafts,
    keep_drafts,
    record_from_json,
    save_draft,
    to_json,
)
from logbook.services.exporting import load_snapshot
from logbook.services.search import search
from logbook.services.verification import verify


def canary() -> str:
    return "Жұлдыз" + "".join(secrets.choice("әғқңөұүһі") for _ in range(6))


def stored_case(book: CaseBook) -> Case:
    case = book.save(Case(title="Дело", summary="Кратко")).record
    assert case is not None and case.id is not None
    return case


def snapshot_text(book: CaseBook, case_ref: str) -> str:
    """Every record an export reads (its snapshot of the case), as text."""
    snapshot = load_snapshot(book, case_ref)
    return repr(snapshot.case) + repr(snapshot.records)


def test_a_draft_gives_back_the_record_as_typed(book: CaseBook) -> None:
    case = stored_case(book)
    assert case.id is not None
    incident = Incident(
        case_id=case.id,
        title="Задержание",
        date=FuzzyDate("2024-03", "month", approximate=True),
        location=Location(country="KZ", place="у дома 5"),
        narrative="Его задержали.",
        violations=["arbitrary_detention"],
        translations={"en": {"narrative": "He was detained."}},
    )
    save_draft(book, Typed("k1", incident, {"source": "/tmp/x"}))
    (found,) = drafts(book)
    assert found.key == "k1" and found.entity == "incident" and found.record_id is None
    assert found.record == incident
    assert found.extra == {"source": "/tmp/x"}
    assert found.updated_at == book.session.clock()


def test_nested_values_survive_json() -> None:
    person = Person(case_id=1, name="Айша", consent=Consent(publish=True), id=7)
    record, extra = record_from_json("person", to_json(person))
    assert record == person and extra == {}


def test_an_editor_rewrites_its_own_draft_and_discarding_removes_it(book: CaseBook) -> None:
    case = stored_case(book)
    save_draft(book, Typed("k", replace(case, summary="first")))
    save_draft(book, Typed("k", replace(case, summary="second")))
    save_draft(book, Typed("other", Case(title="New")))
    assert [(d.key, d.record_id) for d in drafts(book)] == [("k", case.id), ("other", None)]
    got = draft(book, "k")
    assert got is not None and got.record.summary == "second"
    discard_draft(book, "k")
    assert [d.key for d in drafts(book)] == ["other"]
    discard_draft(book, "missing")  # nothing there: nothing happens
    keep_drafts(book, [Typed("third", Case(title="x"))], ["other"])
    assert [d.key for d in drafts(book)] == ["third"]


def test_an_unreadable_body_gives_a_draft_without_record(book: CaseBook) -> None:
    save_draft(book, Typed("k", Case(title="x")))
    body = json.dumps({"record": {"no_such_field_only": 1}})
    book.session.conn.execute("UPDATE drafts SET body = ?", (body,))
    (found,) = drafts(book)
    assert found.record is None and found.key == "k"


def test_drafts_stay_out_of_verify_search_dump_and_export(book: CaseBook) -> None:
    word = canary()
    case = stored_case(book)
    assert case.id is not None
    person = book.save(Person(case_id=case.id, name="Айша")).record
    assert person is not None
    save_draft(book, Typed("a", replace(case, summary=f"черновик {word}")))
    save_draft(book, Typed("b", replace(person, private_notes=word)))
    save_draft(book, Typed("c", Incident(case_id=case.id, title=word, narrative=word)))
    assert len(drafts(book)) == 3

    assert verify(book).ok
    assert search(book, word) == []
    assert word not in json.dumps(dump_case(book, case.ref), ensure_ascii=False)
    assert word not in snapshot_text(book, case.ref)
    # The canary is there to be found: the same checks see it once it is saved.
    book.save(replace(case, summary=f"сохранено {word}"))
    book.save(Incident(case_id=case.id, title="Saved", narrative=f"сохранено {word}"))
    assert search(book, word) != []
    assert word in json.dumps(dump_case(book, case.ref), ensure_ascii=False)
    assert word in snapshot_text(book, case.ref)
    assert verify(book).ok
