"""Round trips of generated ``logbook.case/1`` documents through real vaults.

- import then dump gives back ``load(doc)`` (defaults filled), except pseudonyms the vault
  assigns to persons holding a role, and files, which come back only with include_files;
- importing the dump again changes nothing (and keeps the stored files);
- dump → import into another vault → dump is identical, files included.

Two vaults serve the whole module; each example imports under a fresh case id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from logbook.core.interchange import load
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case
from tests.properties.strategies import case_documents
from tests.properties.vaults import THIS_YEAR, encode, fresh_case_id, open_book, under_case_id

NO_CHANGES = "no changes"


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseBook]:
    yield from open_book(tmp_path_factory.mktemp("roundtrip") / "vault")


@pytest.fixture(scope="module")
def other_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseBook]:
    yield from open_book(tmp_path_factory.mktemp("roundtrip-other") / "vault")


def role_holders(doc: dict[str, Any]) -> set[str]:
    return {v["person"] for i in doc["incidents"] for v in i["involvements"]}


def check_pseudonyms(expected: dict[str, Any], dumped: dict[str, Any]) -> None:
    """Given pseudonyms come back unchanged; null ones are filled exactly for role holders.

    Afterwards ``expected`` carries the dumped pseudonyms.
    """
    roles = role_holders(expected)
    assert [p["id"] for p in dumped["persons"]] == [p["id"] for p in expected["persons"]]
    for want, got in zip(expected["persons"], dumped["persons"], strict=True):
        if want["pseudonym"] is not None:
            assert got["pseudonym"] == want["pseudonym"]
        elif want["id"] in roles:
            assert isinstance(got["pseudonym"], str) and got["pseudonym"].strip()
        else:
            assert got["pseudonym"] is None
        want["pseudonym"] = got["pseudonym"]
    labels = [p["pseudonym"] for p in dumped["persons"] if p["pseudonym"] is not None]
    assert len(labels) == len(set(labels)), "two persons of a case share a pseudonym"


@settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case_documents())
def test_import_then_dump_gives_the_loaded_document(
    book: CaseBook, other_book: CaseBook, doc: dict[str, Any]
) -> None:
    ref = fresh_case_id()
    doc = under_case_id(doc, ref)
    expected = load(encode(doc), this_year=THIS_YEAR)
    import_case(book, encode(doc))

    with_files = dump_case(book, ref, include_files=True)
    without = dump_case(book, ref)
    check_pseudonyms(expected, with_files)
    # With files the content comes back exactly as it went in.
    assert with_files == expected
    # Without, every file is left out and nothing else changes.
    for item in expected["evidence"]:
        item["content_base64"] = None
    assert without == expected

    # Importing the dump again changes nothing and keeps the stored files.
    report = import_case(book, encode(without))
    assert report.summary().startswith(NO_CHANGES), report.summary()
    assert report.pseudonyms_assigned == 0
    assert dump_case(book, ref, include_files=True) == with_files

    # The dump moves to another vault unchanged, files included.
    report = import_case(other_book, encode(with_files))
    assert not report.updated and not report.deleted
    assert report.pseudonyms_assigned == 0
    assert encode(dump_case(other_book, ref, include_files=True)) == encode(with_files)
