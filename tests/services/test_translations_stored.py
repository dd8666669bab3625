"""Translations of free text and Latin names: the case format, the vault, search, verify.

- a document with ``translations`` and ``name_latin`` imports, and dump gives them back;
- an unknown language or a field that is not free text of the record is refused with a
  JSON pointer, and nothing is imported;
- saving from the app checks them the same way;
- the audit log covers them (an edit by SQL is reported), also where the migration left
  the default out of the records' canonical form;
- search finds a record by a word of its translation.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from logbook.core.errors import InterchangeError, ValidationError
from logbook.core.model import Incident
from logbook.core.translations import missing, needs_translation, original_language
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case
from logbook.services.search import search
from logbook.services.verification import verify
from logbook.vault.session import VaultSession
from tests.conftest import EXAMPLE_CASE

EXAMPLE: dict[str, Any] = json.loads(EXAMPLE_CASE.read_text("utf-8"))
NARRATIVE_EN = "Officers stopped the meeting and took the organiser to the station."


def translated() -> dict[str, Any]:
    doc = copy.deepcopy(EXAMPLE)
    doc["case"]["summary"] = "Краткое изложение."
    doc["case"]["translations"] = {"en": {"summary": "A short summary."}}
    doc["source"]["translations"] = {"fr": {"relationship": "a documenté les faits"}}
    doc["persons"][0]["name_latin"] = "Aigerim Yessenova"
    doc["persons"][0]["translations"] = {"es": {"hrd_work": "documenta la discriminación"}}
    incident = doc["incidents"][0]
    incident["narrative"] = "Полиция прервала встречу."
    incident["translations"] = {
        "en": {"narrative": NARRATIVE_EN, "title": "Meeting disrupted"},
        "fr": {"narrative": "La police a interrompu la réunion."},
    }
    incident["statements"][0]["translations"] = {"en": {"text": "I saw it."}}
    return doc


def imported(book: CaseBook, doc: dict[str, Any]) -> int:
    return import_case(book, json.dumps(doc, ensure_ascii=False).encode()).case_id


def test_translations_and_latin_names_round_trip(book: CaseBook) -> None:
    doc = translated()
    imported(book, doc)
    dumped = dump_case(book, "case-1")
    assert dumped["case"]["translations"] == doc["case"]["translations"]
    assert dumped["source"]["translations"] == doc["source"]["translations"]
    assert dumped["persons"][0]["name_latin"] == "Aigerim Yessenova"
    assert dumped["persons"][0]["translations"] == doc["persons"][0]["translations"]
    assert dumped["incidents"][0]["translations"] == doc["incidents"][0]["translations"]
    statement = dumped["incidents"][0]["statements"][0]
    assert statement["translations"] == {"en": {"text": "I saw it."}}
    assert dumped["persons"][1]["translations"] == {}  # none given: none stored
    # Dump → import → dump is stable.
    again = json.loads(json.dumps(dumped))
    assert dump_case(book, "case-1") == again


@pytest.mark.parametrize(
    ("where", "value", "pointer"),
    [
        (("incidents", 0), {"de": {"narrative": "x"}}, "/incidents/0/translations/de"),
        (("incidents", 0), {"en": {"violations": "x"}}, "/incidents/0/translations/en/violations"),
        (("persons", 0), {"en": {"contact": "x"}}, "/persons/0/translations/en/contact"),
        (
            ("persons", 1),
            {"fr": {"private_notes": "x"}},
            "/persons/1/translations/fr/private_notes",
        ),
        (("persons", 0), {"en": {"name": "x"}}, "/persons/0/translations/en/name"),
        (("incidents", 0), {"en": {"narrative": ""}}, "/incidents/0/translations/en/narrative"),
        (("incidents", 0), {"en": {"narrative": 3}}, "/incidents/0/translations/en/narrative"),
        (("incidents", 0), {"en": "text"}, "/incidents/0/translations/en"),
    ],
)
def test_bad_translations_are_refused_with_a_pointer(
    book: CaseBook, session: VaultSession, where: tuple[str, int], value: Any, pointer: str
) -> None:
    doc = copy.deepcopy(EXAMPLE)
    doc[where[0]][where[1]]["translations"] = value
    with pytest.raises(InterchangeError) as caught:
        imported(book, doc)
    assert [p for p, _ in caught.value.problems] == [pointer]
    assert session.conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)


def test_the_source_takes_only_its_relationship(book: CaseBook) -> None:
    doc = copy.deepcopy(EXAMPLE)
    doc["source"]["translations"] = {"en": {"contact": "x"}}
    with pytest.raises(InterchangeError) as caught:
        imported(book, doc)
    assert [p for p, _ in caught.value.problems] == ["/source/translations/en/contact"]


def test_an_empty_latin_name_is_refused(book: CaseBook) -> None:
    doc = copy.deepcopy(EXAMPLE)
    doc["persons"][0]["name_latin"] = ""
    with pytest.raises(InterchangeError) as caught:
        imported(book, doc)
    assert [p for p, _ in caught.value.problems] == ["/persons/0/name_latin"]


def test_saving_checks_translations(book: CaseBook) -> None:
    case_id = imported(book, copy.deepcopy(EXAMPLE))
    incident = Incident(case_id, "T", translations={"de": {"narrative": "x"}})
    with pytest.raises(ValidationError) as caught:
        book.save(incident)
    assert [field for field, _ in caught.value.problems] == ["translations/de"]
    incident.translations = {"en": {"ongoing": "x"}}
    with pytest.raises(ValidationError) as caught:
        book.save(incident)
    assert [field for field, _ in caught.value.problems] == ["translations/en/ongoing"]
    incident.translations = {"en": {"narrative": "fine"}}
    assert book.save(incident).record.id is not None


def test_a_translation_changed_by_sql_is_reported(book: CaseBook, session: VaultSession) -> None:
    imported(book, translated())
    assert verify(book).ok
    session.conn.execute(
        "UPDATE incidents SET translations = ? WHERE ref = 'i1'",
        (json.dumps({"en": {"narrative": "Nothing happened."}}),),
    )
    assert [p.entity for p in verify(book).records.problems] == ["incident"]


@pytest.mark.parametrize(
    ("column", "table", "value"),
    [
        ("translations", "persons", '{"en": {"occupation": "x"}}'),  # from the default
        ("name_latin", "persons", "Somebody Else"),
    ],
)
def test_a_new_column_set_by_sql_from_its_default_is_reported(
    book: CaseBook, session: VaultSession, column: str, table: str, value: str
) -> None:
    """The canonical form leaves the new columns out at their default: setting one must
    still change the record's MAC."""
    imported(book, copy.deepcopy(EXAMPLE))
    assert verify(book).ok
    session.conn.execute(f"UPDATE {table} SET {column} = ? WHERE ref = 'p3'", (value,))
    assert [p.entity for p in verify(book).records.problems] == ["person"]


def test_a_translation_cleared_by_sql_is_reported(book: CaseBook, session: VaultSession) -> None:
    imported(book, translated())
    session.conn.execute("UPDATE incidents SET translations = '{}' WHERE ref = 'i1'")
    session.conn.execute("UPDATE persons SET name_latin = NULL WHERE ref = 'p1'")
    assert sorted(p.entity for p in verify(book).records.problems) == ["incident", "person"]


def test_search_finds_words_of_a_translation_and_a_latin_name(book: CaseBook) -> None:
    imported(book, translated())
    hits = search(book, "station organiser")
    assert [h.kind for h in hits] == ["incident"]
    assert [h.kind for h in search(book, "Yessenova")] == ["person"]


def test_missing_counts_fields_that_need_a_translation(book: CaseBook) -> None:
    case_id = imported(book, translated())
    records: list[Any] = [next(c for c in book.cases() if c.id == case_id)]
    records += book.incidents(case_id) + book.persons(case_id)
    # Summary (ru, en given) and narrative (ru, en and fr given): English lacks none of
    # them; French lacks the summary, Spanish both. The rest of the example is English.
    assert missing(records) == {"en": 0, "fr": 1, "es": 2}
    person = book.persons(case_id)[0]
    person.occupation = "координатор"
    assert missing([*records, person]) == {"en": 1, "fr": 2, "es": 3}


@pytest.mark.parametrize(
    ("text", "declared", "expected"),
    [
        ("Полиция", None, "ru"),
        ("Полиция келді, құжат", None, "kk"),
        ("Police came", None, None),
        ("№ 5-123/2024", None, None),
        ("Police came", "ru", None),  # given in Russian, written in English
        ("Полиция", "kk-KZ", "kk"),
    ],
)
def test_original_language(text: str, declared: str | None, expected: str | None) -> None:
    assert original_language(text, declared) == expected


def test_needs_translation() -> None:
    assert needs_translation("Полиция", "en")
    assert not needs_translation("Police", "en")
    assert not needs_translation("   ", "fr")
    assert not needs_translation("The police", "fr", declared="ru")
    assert needs_translation("Полиция", "en", declared="ru")
