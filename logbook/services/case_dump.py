"""``logbook dump``: a case as a ``logbook.case/1`` document.

The inverse of import: importing the dump into any vault gives the same records, and a
document imported then dumped comes back equal (with defaults and assigned pseudonyms
filled in). Evidence files are included, base64, only when asked.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from typing import Any

from logbook.core.interchange import FORMAT
from logbook.core.interchange_records import record_to
from logbook.core.model import Injury, Involvement, Remedy, Statement
from logbook.services.case_book import CaseBook


def dump_case(book: CaseBook, case_ref: str, *, include_files: bool = False) -> dict[str, Any]:
    case = book.case_by_ref(case_ref)
    assert case.id is not None
    persons = book.persons(case.id)
    evidence = book.evidence(case.id)
    person_ref = {p.id: p.ref for p in persons}
    evidence_ref = {e.id: e.ref for e in evidence}
    children: dict[type, dict[int, list[Any]]] = {}
    kinds: tuple[type[Any], ...] = (Involvement, Injury, Statement, Remedy)
    for cls in kinds:
        grouped: dict[int, list[Any]] = defaultdict(list)
        for child in book.of_case(cls, case.id):
            grouped[child.incident_id].append(child)
        children[cls] = grouped

    def refs(ids: list[int], table: dict[int | None, str]) -> list[str]:
        return [table[i] for i in ids]

    def incident_json(incident: Any) -> dict[str, Any]:
        of = {cls: children[cls].get(incident.id, []) for cls in children}
        return record_to(
            incident,
            "incident",
            involvements=[
                record_to(v, "involvement", person=person_ref[v.person_id]) for v in of[Involvement]
            ],
            injuries=[
                record_to(
                    j,
                    "injury",
                    person=person_ref[j.person_id],
                    evidence=refs(j.evidence_ids, evidence_ref),
                )
                for j in of[Injury]
            ],
            statements=[
                record_to(s, "statement", person=person_ref[s.person_id]) for s in of[Statement]
            ],
            remedies=[record_to(r, "remedy") for r in of[Remedy]],
            evidence=refs(incident.evidence_ids, evidence_ref),
        )

    def evidence_json(item: Any) -> dict[str, Any]:
        content = None
        if include_files and item.blob_id is not None:
            content = base64.b64encode(book.evidence_content(item.id)).decode("ascii")
        return record_to(
            item, "evidence", depicts=refs(item.depicts, person_ref), content_base64=content
        )

    return {
        "format": FORMAT,
        "case": record_to(case, "case"),
        "source": record_to(case.source, "source") if case.source else None,
        "persons": [record_to(p, "person") for p in persons],
        "incidents": [incident_json(i) for i in book.incidents(case.id)],
        "evidence": [evidence_json(e) for e in evidence],
    }
