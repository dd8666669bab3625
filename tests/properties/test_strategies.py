"""The document strategy builds only valid ``logbook.case/1`` documents.

Every other property relies on this: a generated document that ``load`` rejects would make
round-trip failures meaningless.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings

from logbook.core.interchange import _all_ids, load
from tests.properties.strategies import case_documents, name_parts


@settings(max_examples=150, deadline=None)
@given(case_documents())
def test_generated_documents_load(doc: dict[str, Any]) -> None:
    loaded = load(json.dumps(doc, ensure_ascii=False).encode("utf-8"), this_year=2026)
    assert loaded["case"]["id"] == doc["case"]["id"]
    ids = [ident for _, ident in _all_ids(loaded)]
    assert len(ids) == len(set(ids))
    for person in loaded["persons"]:
        if person["age"] is not None and person["age"] < 18:
            assert person["is_minor"]
        if person["pseudonym"] is not None:
            words = set(person["pseudonym"].casefold().split())
            names = [person["name"], *person["name_variants"], *person["former_names"]]
            assert not words & name_parts(names)
