"""``logbook dump``: a case as a ``logbook.case/1`` document.

The inverse of import: importing the dump into any vault gives the same records, and a
document imported then dumped comes back equal (with defaults and assigned pseudonyms
filled in). Evidence files are included, base64, only when asked.

Every kind of record is written the same way, from its row in
:mod:`logbook.core.record_kinds`: its fields, the document ids of the records it points
at, and the lists of its own parts under their kinds' keys.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from typing import Any

from logbook.core.interchange import FORMAT
from logbook.core.interchange_records import json_key, record_to
from logbook.core.model import Case, Evidence
from logbook.core.record_kinds import RecordKind, all_kinds, children
from logbook.services.case_book import CaseBook


def dump_case(book: CaseBook, case_ref: str, *, include_files: bool = False) -> dict[str, Any]:
    case = book.case_by_ref(case_ref)
    assert case.id is not None
    kinds = [kind for kind in all_kinds() if kind.cls is not Case]
    records = {kind.cls: book.of_case(kind.cls, case.id) for kind in kinds}
    refs = {(kind.cls, r.id): r.ref for kind in kinds if kind.ref_prefix for r in records[kind.cls]}
    parts: dict[tuple[type, int], list[Any]] = defaultdict(list)  # (kind, owner id) -> records
    for kind in kinds:
        for record in records[kind.cls]:
            assert kind.parent is not None
            parts[(kind.cls, getattr(record, kind.parent))].append(record)

    def record_json(record: Any, kind: RecordKind) -> dict[str, Any]:
        fields: dict[str, Any] = {
            json_key(name): refs[(target, getattr(record, name))]
            for name, target in kind.references.items()
        }
        for name, target in kind.links.items():
            fields[json_key(name)] = [refs[(target, i)] for i in getattr(record, name)]
        for child in children(kind.cls):
            owned = parts.get((child.cls, record.id), [])
            fields[child.interchange_key] = [record_json(c, child) for c in owned]
        if isinstance(record, Evidence):
            fields["content_base64"] = _content(book, record) if include_files else None
        return record_to(record, kind.entity, **fields)

    return {
        "format": FORMAT,
        "case": record_to(case, "case"),
        "source": record_to(case.source, "source") if case.source else None,
        **{
            kind.interchange_key: [record_json(r, kind) for r in records[kind.cls]]
            for kind in children(Case)
        },
    }


def _content(book: CaseBook, evidence: Evidence) -> str | None:
    """The evidence file, base64 (``None``: only its description and hash are stored)."""
    if evidence.blob_id is None:
        return None
    assert evidence.id is not None
    return base64.b64encode(book.evidence_content(evidence.id)).decode("ascii")
