"""Cases built in memory from ``logbook.case/1`` documents, without a vault.

For the many small redaction tests and the property test: the same records a vault would
hold (defaults filled in by the real loader), with ids assigned here.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from logbook.core.interchange import load
from logbook.core.interchange_records import record_from
from logbook.core.model import (
    Case,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Person,
    Remedy,
    Source,
    Statement,
)
from logbook.export.snapshot import CaseSnapshot


def snapshot_from(document: dict[str, Any]) -> CaseSnapshot:
    """The case of ``document`` (checked and defaults filled in by the real loader)."""
    doc = load(json.dumps(document, ensure_ascii=False), 2026)
    ids = itertools.count(1)
    source = Source(**doc["source"]) if doc["source"] else None
    case = record_from(Case, doc["case"], source=source, id=next(ids))
    persons, person_ids = [], {}
    for i, obj in enumerate(doc["persons"]):
        person = record_from(Person, obj, case_id=case.id, position=i, id=next(ids))
        persons.append(person)
        person_ids[obj["id"]] = person.id
    evidence, evidence_ids = [], {}
    for i, obj in enumerate(doc["evidence"]):
        depicts = [person_ids[p] for p in obj["depicts"]]
        item = record_from(
            Evidence, obj, case_id=case.id, depicts=depicts, position=i, id=next(ids)
        )
        evidence.append(item)
        evidence_ids[obj["id"]] = item.id
    incidents: list[Incident] = []
    children: dict[type, list] = {Involvement: [], Injury: [], Statement: [], Remedy: []}
    for i, obj in enumerate(doc["incidents"]):
        refs = [evidence_ids[e] for e in obj["evidence"]]
        incident = record_from(
            Incident, obj, case_id=case.id, evidence_ids=refs, position=i, id=next(ids)
        )
        incidents.append(incident)
        for v in obj["involvements"]:
            children[Involvement].append(
                record_from(
                    Involvement,
                    v,
                    incident_id=incident.id,
                    person_id=person_ids[v["person"]],
                    id=next(ids),
                )
            )
        for key, cls in (("injuries", Injury), ("statements", Statement), ("remedies", Remedy)):
            for j, child in enumerate(obj[key]):
                fixed: dict[str, Any] = {"incident_id": incident.id, "position": j, "id": next(ids)}
                if "person" in child:
                    fixed["person_id"] = person_ids[child["person"]]
                if cls is Injury:
                    fixed["evidence_ids"] = [evidence_ids[e] for e in child["evidence"]]
                children[cls].append(record_from(cls, child, **fixed))
    return CaseSnapshot(
        case=case,
        persons=persons,
        incidents=incidents,
        involvements=children[Involvement],
        injuries=children[Injury],
        statements=children[Statement],
        remedies=children[Remedy],
        evidence=evidence,
    )
