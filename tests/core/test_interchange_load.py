"""Reading ``logbook.case/1`` documents: every rule of ``interchange.md`` is enforced.

- the example loads, and missing optional keys take exactly their documented defaults;
- unknown keys, missing keys and unknown enumeration values are errors with JSON pointers;
- dangling references, duplicate ids, bad JSON, bad encoding, wrong format, bad content;
- all problems are reported together;
- the shipped schema is valid Draft 2020-12 and its defaults agree with the model's.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from logbook.core import vocabularies as v
from logbook.core.errors import InterchangeError
from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.interchange import load
from logbook.core.interchange_records import record_from
from logbook.core.interchange_schema import definition, schema
from logbook.core.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Injury,
    Involvement,
    Location,
    Person,
    Remedy,
    Source,
    Statement,
)
from tests.conftest import EXAMPLE_CASE

FORMAT = "logbook.case/1"
EXAMPLE: dict[str, Any] = json.loads(EXAMPLE_CASE.read_text("utf-8"))
NO_CONSENT = {
    "share_with_un": False,
    "disclose_to_state": False,
    "publish": False,
    "medical_details": False,
    "photos": False,
    "obtained_on": None,
    "obtained_how": None,
}


def example() -> dict[str, Any]:
    return copy.deepcopy(EXAMPLE)


def problems_of(document: Any) -> list[tuple[str, str]]:
    data = document if isinstance(document, bytes | str) else json.dumps(document)
    with pytest.raises(InterchangeError) as caught:
        load(data)
    return caught.value.problems


def minimal(**parts: Any) -> dict[str, Any]:
    return {"format": FORMAT, "case": {"id": "c", "title": "T"}, **parts}


# The example and defaults ------------------------------------------------------------


def test_example_loads_unchanged_where_it_is_explicit() -> None:
    loaded = load(EXAMPLE_CASE.read_bytes())
    none: dict[str, Any] = {"translations": {}}  # the example predates translations
    assert loaded["case"] == {**EXAMPLE["case"], **none}
    assert loaded["source"] == {**EXAMPLE["source"], **none}
    person = {**EXAMPLE["persons"][0], "former_names": [], "name_latin": None, **none}
    assert loaded["persons"][0] == person
    assert loaded["evidence"] == [{**e, **none} for e in EXAMPLE["evidence"]]
    injuries = EXAMPLE["incidents"][0]["injuries"]
    assert loaded["incidents"][0]["injuries"] == [{**i, **none} for i in injuries]


def test_example_group_person_gets_every_default() -> None:
    group = load(EXAMPLE_CASE.read_bytes())["persons"][1]
    assert group == {
        "id": "p2",
        "kind": "group",
        "name": "Officers of the District Police Department",
        "name_latin": None,
        "name_variants": [],
        "former_names": [],
        "pseudonym": None,
        "gender_identity": None,
        "sexual_orientation": None,
        "pronouns": None,
        "birth_year": None,
        "age": None,
        "is_minor": False,
        "nationality": None,
        "occupation": None,
        "affiliation": None,
        "is_hrd": False,
        "hrd_work": None,
        "contact": None,
        "private_notes": None,
        "consent": NO_CONSENT,
        "translations": {},
    }


def test_example_involvements_get_defaults() -> None:
    involvements = load(EXAMPLE_CASE.read_bytes())["incidents"][0]["involvements"]
    assert involvements[0] == {
        "person": "p1",
        "role": "victim",
        "perpetrator_type": None,
        "state_actor": None,
    }
    assert involvements[1]["perpetrator_type"] == "police"
    assert involvements[1]["state_actor"] is True


def test_load_does_not_modify_its_input() -> None:
    text = json.dumps(minimal(persons=[{"id": "p", "name": "N"}]))
    load(text)
    assert json.loads(text) == minimal(persons=[{"id": "p", "name": "N"}])


def test_minimal_document_defaults() -> None:
    assert load(json.dumps(minimal())) == {
        "format": FORMAT,
        "case": {
            "id": "c",
            "title": "T",
            "country": None,
            "summary": "",
            "mandates": [],
            "communication_type": "auto",
            "concerns": "",
            "requested_action": "",
            "translations": {},
        },
        "source": None,
        "persons": [],
        "incidents": [],
        "evidence": [],
    }


def test_missing_consent_discloses_nothing() -> None:
    loaded = load(json.dumps(minimal(persons=[{"id": "p", "name": "N"}])))
    assert loaded["persons"][0]["consent"] == NO_CONSENT


def test_partial_consent_fills_the_rest_with_no() -> None:
    doc = minimal(persons=[{"id": "p", "name": "N", "consent": {"share_with_un": True}}])
    assert load(json.dumps(doc))["persons"][0]["consent"] == {**NO_CONSENT, "share_with_un": True}


def test_source_defaults() -> None:
    loaded = load(json.dumps(minimal(source={"name": "Org"})))
    assert loaded["source"] == {
        "name": "Org",
        "kind": "organisation",
        "contact": None,
        "relationship": None,
        "translations": {},
    }


def test_incident_and_children_defaults() -> None:
    incident = {
        "id": "i",
        "title": "T",
        "involvements": [{"person": "p", "role": "witness"}],
        "injuries": [{"id": "j", "person": "p", "type": "burn"}],
        "statements": [{"id": "s", "person": "p", "text": "x"}],
        "remedies": [{"id": "r", "type": "appeal"}],
    }
    doc = minimal(persons=[{"id": "p", "name": "N"}], incidents=[incident])
    loaded = load(json.dumps(doc))["incidents"][0]
    assert loaded == {
        "id": "i",
        "title": "T",
        "date": {
            "value": None,
            "precision": "unknown",
            "time": None,
            "approximate": False,
            "end": None,
        },
        "location": {"country": None, "region": None, "locality": None, "place": None},
        "narrative": "",
        "violations": [],
        "ongoing": False,
        "translations": {},
        "involvements": [
            {"person": "p", "role": "witness", "perpetrator_type": None, "state_actor": None}
        ],
        "injuries": [
            {
                "id": "j",
                "person": "p",
                "type": "burn",
                "body_location": None,
                "description": None,
                "observed_on": None,
                "examined_by": None,
                "facility": None,
                "consistency": "not_assessed",
                "medically_confidential": True,
                "evidence": [],
                "translations": {},
            }
        ],
        "statements": [
            {
                "id": "s",
                "person": "p",
                "taken_on": None,
                "language": None,
                "text": "x",
                "confidential": False,
                "translations": {},
            }
        ],
        "remedies": [
            {
                "id": "r",
                "type": "appeal",
                "authority": None,
                "date": None,
                "reference": None,
                "outcome": None,
                "status": "unknown",
                "translations": {},
            }
        ],
        "evidence": [],
    }


def test_partial_date_fills_the_rest() -> None:
    doc = minimal(incidents=[{"id": "i", "title": "T", "date": {"precision": "unknown"}}])
    assert load(json.dumps(doc))["incidents"][0]["date"] == {
        "value": None,
        "precision": "unknown",
        "time": None,
        "approximate": False,
        "end": None,
    }


def test_evidence_defaults() -> None:
    doc = minimal(evidence=[{"id": "e", "filename": "f.bin", "sha256": "0" * 64}])
    assert load(json.dumps(doc))["evidence"][0] == {
        "id": "e",
        "filename": "f.bin",
        "media_type": "application/octet-stream",
        "sha256": "0" * 64,
        "description": None,
        "captured_on": None,
        "confidential": False,
        "depicts": [],
        "translations": {},
        "content_base64": None,
    }


# Unknown and missing keys ------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "key", "pointer"),
    [
        ((), "comment", "/comment"),
        (("case",), "titel", "/case/titel"),
        (("source",), "email", "/source/email"),
        (("persons", 2), "nickname", "/persons/2/nickname"),
        (("persons", 0, "consent"), "share_with_press", "/persons/0/consent/share_with_press"),
        (("incidents", 0, "date"), "timezone", "/incidents/0/date/timezone"),
        (("incidents", 0, "location"), "street", "/incidents/0/location/street"),
        (("incidents", 0, "involvements", 1), "rank", "/incidents/0/involvements/1/rank"),
        (("incidents", 0, "injuries", 0), "severity", "/incidents/0/injuries/0/severity"),
        (("incidents", 0, "remedies", 0), "judge", "/incidents/0/remedies/0/judge"),
        (("evidence", 0), "exif", "/evidence/0/exif"),
    ],
)
def test_unknown_key_is_an_error_at_its_pointer(path: tuple, key: str, pointer: str) -> None:
    doc = example()
    target = doc
    for step in path:
        target = target[step]
    target[key] = "x"
    problems = problems_of(doc)
    assert len(problems) == 1
    assert problems[0][0] == pointer
    assert problems[0][1].startswith(f"unknown key {key!r}; allowed keys: ")


def test_unknown_key_message_lists_allowed_keys() -> None:
    doc = example()
    doc["case"]["titel"] = "typo"
    [(_, reason)] = problems_of(doc)
    assert reason == (
        "unknown key 'titel'; allowed keys: id, title, country, summary, mandates, "
        "communication_type, concerns, requested_action, translations"
    )


def test_every_unknown_key_of_one_object_is_reported() -> None:
    doc = example()
    doc["persons"][0]["nick"] = "x"
    doc["persons"][0]["alias"] = "y"
    pointers = {pointer for pointer, _ in problems_of(doc)}
    assert pointers == {"/persons/0/nick", "/persons/0/alias"}


@pytest.mark.parametrize(
    ("path", "key", "pointer"),
    [
        ((), "format", ""),
        ((), "case", ""),
        (("case",), "title", "/case"),
        (("source",), "name", "/source"),
        (("persons", 1), "name", "/persons/1"),
        (("incidents", 0), "id", "/incidents/0"),
        (("incidents", 0, "date"), "precision", "/incidents/0/date"),
        (("incidents", 0, "involvements", 2), "role", "/incidents/0/involvements/2"),
        (("incidents", 0, "statements", 0), "text", "/incidents/0/statements/0"),
        (("evidence", 0), "sha256", "/evidence/0"),
    ],
)
def test_missing_required_key(path: tuple, key: str, pointer: str) -> None:
    doc = example()
    target = doc
    for step in path:
        target = target[step]
    del target[key]
    assert problems_of(doc) == [(pointer, f"missing required key {key!r}")]


# Closed enumerations -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "field", "allowed"),
    [
        (("incidents", 0, "involvements", 0, "role"), "role", v.ROLES),
        (
            ("incidents", 0, "involvements", 1, "perpetrator_type"),
            "perpetrator_type",
            (*v.PERPETRATOR_TYPES, "null"),
        ),
        pytest.param(
            ("incidents", 0, "violations", 1),
            "violations",
            v.VIOLATIONS,
        ),
        pytest.param(("case", "mandates", 2), "mandates", v.MANDATES),
        (("incidents", 0, "date", "precision"), "precision", v.DATE_PRECISIONS),
        (("incidents", 0, "injuries", 0, "type"), "type", v.INJURY_TYPES),
        (
            ("incidents", 0, "injuries", 0, "consistency"),
            "consistency",
            v.CONSISTENCY_LEVELS,
        ),
        (("incidents", 0, "remedies", 0, "type"), "type", v.REMEDY_TYPES),
        (("incidents", 0, "remedies", 0, "status"), "status", v.REMEDY_STATUSES),
        (("persons", 0, "kind"), "kind", v.ACTOR_KINDS),
        (("source", "kind"), "kind", v.ACTOR_KINDS),
        (
            ("case", "communication_type"),
            "communication_type",
            v.COMMUNICATION_TYPES,
        ),
    ],
)
def test_unknown_enum_value_names_field_and_lists_allowed(
    path: tuple, field: str, allowed: tuple[str, ...]
) -> None:
    doc = example()
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = "bogus_value"
    expected_pointer = "/" + "/".join(str(p) for p in path)
    assert problems_of(doc) == [
        (
            expected_pointer,
            f"unknown value 'bogus_value' for {field}; allowed: {', '.join(allowed)}",
        )
    ]


def test_list_item_enum_error_is_at_the_item_and_lists_allowed() -> None:
    doc = example()
    doc["incidents"][0]["violations"][1] = "bogus_value"
    [(pointer, reason)] = problems_of(doc)
    assert pointer == "/incidents/0/violations/1"
    assert reason.endswith(f"; allowed: {', '.join(v.VIOLATIONS)}")


def test_repeated_vocabulary_value_is_an_error() -> None:
    doc = example()
    doc["case"]["mandates"] = ["SR_HRD", "SR_HRD"]
    assert problems_of(doc) == [("/case/mandates", "lists the same value twice")]


# Dates, times and other formats ------------------------------------------------------


@pytest.mark.parametrize("value", ["22.11.2025", "2025/11/22", "Nov 2025", "25-11-22"])
def test_date_must_be_iso_8601(value: str) -> None:
    doc = example()
    doc["incidents"][0]["date"]["value"] = value
    [(pointer, reason)] = problems_of(doc)
    assert pointer == "/incidents/0/date/value"
    assert "YYYY-MM-DD" in reason


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01"])
def test_impossible_date_is_reported_at_its_pointer(value: str) -> None:
    doc = example()
    doc["incidents"][0]["date"]["value"] = value
    assert problems_of(doc) == [
        ("/incidents/0/date/value", f"{value!r} is not a valid date of precision 'day'")
    ]


def test_time_must_be_hh_mm() -> None:
    doc = example()
    doc["incidents"][0]["date"]["time"] = "1:30pm"
    [(pointer, reason)] = problems_of(doc)
    assert pointer == "/incidents/0/date/time"
    assert "HH:MM" in reason


def test_wrong_type_is_reported() -> None:
    doc = example()
    doc["persons"][0]["is_hrd"] = "yes"
    assert problems_of(doc) == [("/persons/0/is_hrd", "must be boolean, not a string")]


def test_duplicate_pseudonyms_in_document() -> None:
    doc = example()
    doc["persons"][0]["pseudonym"] = "Victim A"
    doc["persons"][2]["pseudonym"] = "Victim A"
    assert problems_of(doc) == [("/persons/2/pseudonym", "another person has this pseudonym")]


def test_former_names_load_as_given() -> None:
    doc = example()
    doc["persons"][0]["former_names"] = ["Айдар Пример", "Aidar Example"]
    assert load(json.dumps(doc))["persons"][0]["former_names"] == ["Айдар Пример", "Aidar Example"]


@pytest.mark.parametrize(
    ("former_names", "problem"),
    [
        ("Айдар", ("/persons/0/former_names", "must be array, not a string")),
        (["Айдар", 7], ("/persons/0/former_names/1", "must be string, not a number")),
        (["Айдар", ""], ("/persons/0/former_names/1", "must be non-empty text")),
        (["Айдар", "  "], ("/persons/0/former_names/1", "is required")),
        (["Айдар", "Айдар"], ("/persons/0/former_names", "lists the same value twice")),
        (["aigerim example"], ("/persons/0/former_names/0", "is also the name or a name variant")),
        (["Айгерим Пример"], ("/persons/0/former_names/0", "is also the name or a name variant")),
    ],
    ids=["not-a-list", "not-text", "empty", "blank", "twice", "the-name", "a-variant"],
)
def test_bad_former_names_are_reported_at_their_pointer(
    former_names: Any, problem: tuple[str, str]
) -> None:
    doc = example()
    doc["persons"][0]["former_names"] = former_names
    assert problems_of(doc) == [problem]


def test_a_pseudonym_must_not_give_away_a_former_name() -> None:
    doc = example()
    doc["persons"][0]["former_names"] = ["Айдар Пример"]
    doc["persons"][0]["pseudonym"] = "Айдар 1"
    assert problems_of(doc) == [
        ("/persons/0/pseudonym", "must not contain any part of the person's names")
    ]


def test_minor_rules_apply_on_import() -> None:
    doc = example()
    doc["persons"][0]["age"] = 15
    assert problems_of(doc) == [
        ("/persons/0/is_minor", "the age is under 18: mark the person as a minor")
    ]


# References and ids ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "what"),
    [
        (("incidents", 0, "involvements", 0, "person"), "person"),
        (("incidents", 0, "injuries", 0, "person"), "person"),
        (("incidents", 0, "statements", 0, "person"), "person"),
        (("incidents", 0, "evidence", 0), "evidence"),
        (("incidents", 0, "injuries", 0, "evidence", 0), "evidence"),
        (("evidence", 0, "depicts", 0), "person"),
    ],
)
def test_dangling_reference_is_reported(path: tuple, what: str) -> None:
    doc = example()
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = "ghost"
    expected = "/" + "/".join(str(p) for p in path)
    assert problems_of(doc) == [
        (expected, f"refers to {what} 'ghost', which is not in the document")
    ]


@pytest.mark.parametrize(
    ("path", "ident", "first"),
    [
        (("incidents", 0, "id"), "p1", "/persons/0/id"),
        (("evidence", 0, "id"), "case-1", "/case/id"),
        (("incidents", 0, "statements", 0, "id"), "inj1", "/incidents/0/injuries/0/id"),
        (("incidents", 0, "remedies", 0, "id"), "e1", "/evidence/0/id"),
        (("persons", 2, "id"), "p1", "/persons/0/id"),
    ],
)
def test_duplicate_id_across_record_kinds(path: tuple, ident: str, first: str) -> None:
    doc = example()
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = ident
    pointer = "/" + "/".join(str(p) for p in path)
    assert (pointer, f"id {ident!r} is already used at {first}") in problems_of(doc)


# Whole-document problems -------------------------------------------------------------


def test_malformed_json() -> None:
    [(pointer, reason)] = problems_of(b'{"format": "logbook.case/1", "case": {')
    assert pointer == ""
    assert reason.startswith("not valid JSON: ")
    assert "line 1" in reason


def test_non_utf8_bytes() -> None:
    data = json.dumps(minimal(), ensure_ascii=False).replace("T", "Café").encode("latin-1")
    assert problems_of(data) == [("", "the file is not UTF-8 text")]


@pytest.mark.parametrize("fmt", ["logbook.case/2", "logbook.case", "", None])
def test_wrong_format(fmt: str | None) -> None:
    doc = example()
    doc["format"] = fmt
    assert problems_of(doc) == [
        ("/format", "must be 'logbook.case/1' (this reader knows only logbook.case/1)")
    ]


def test_document_must_be_an_object() -> None:
    assert problems_of("[]") == [("", "must be object, not an array")]


def test_error_message_names_pointers() -> None:
    doc = example()
    doc["incidents"][0]["involvements"][0]["role"] = "hero"
    with pytest.raises(InterchangeError) as caught:
        load(json.dumps(doc))
    assert "/incidents/0/involvements/0/role: unknown value 'hero' for role" in str(caught.value)


# Evidence content --------------------------------------------------------------------


def with_content(content: bytes, sha: str | None = None, text: str | None = None) -> dict:
    doc = example()
    doc["evidence"][0]["sha256"] = sha or hashlib.sha256(content).hexdigest()
    doc["evidence"][0]["content_base64"] = text or base64.b64encode(content).decode()
    return doc


def test_matching_content_is_accepted() -> None:
    loaded = load(json.dumps(with_content(b"\x89PNG photo bytes")))
    assert base64.b64decode(loaded["evidence"][0]["content_base64"]) == b"\x89PNG photo bytes"


def test_content_not_matching_sha256() -> None:
    doc = with_content(b"the real file", sha=hashlib.sha256(b"another file").hexdigest())
    assert problems_of(doc) == [("/evidence/0/sha256", "does not match the SHA-256 of the content")]


@pytest.mark.parametrize("text", ["not base64!", "YWJj?", "YWJjZA"])
def test_invalid_base64(text: str) -> None:
    assert problems_of(with_content(b"x", text=text)) == [
        ("/evidence/0/content_base64", "is not valid base64")
    ]


# Several problems at once ------------------------------------------------------------


def test_schema_problems_are_reported_together() -> None:
    doc = example()
    doc["case"]["titel"] = "typo"
    doc["persons"][1]["kind"] = "crowd"
    doc["incidents"][0]["remedies"][0]["status"] = "lost"
    del doc["evidence"][0]["filename"]
    pointers = [pointer for pointer, _ in problems_of(doc)]
    assert sorted(pointers) == [
        "/case/titel",
        "/evidence/0",
        "/incidents/0/remedies/0/status",
        "/persons/1/kind",
    ]


def test_semantic_problems_are_reported_together() -> None:
    doc = example()
    doc["persons"][2]["id"] = "p1"
    doc["incidents"][0]["evidence"] = ["e9"]
    doc["incidents"][0]["date"]["value"] = "2025-02-30"
    doc["evidence"][0]["content_base64"] = "@@"
    pointers = {pointer for pointer, _ in problems_of(doc)}
    assert {
        "/persons/2/id",
        "/incidents/0/evidence/0",
        "/incidents/0/date/value",
        "/evidence/0/content_base64",
    } <= pointers


# The schema itself -------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


MODEL_OF = {
    "case": Case,
    "source": Source,
    "consent": Consent,
    "person": Person,
    "fuzzy_date": FuzzyDate,
    "location": Location,
    "involvement": Involvement,
    "injury": Injury,
    "statement": Statement,
    "remedy": Remedy,
    "incident": Incident,
    "evidence": Evidence,
}
# Document keys that are not fields of the record (children and transport-only content).
NOT_FIELDS = {
    ("incident", "involvements"),
    ("incident", "injuries"),
    ("incident", "statements"),
    ("incident", "remedies"),
    ("evidence", "content_base64"),
}
JSON_TO_FIELD = {"id": "ref", "person": "person_id", "evidence": "evidence_ids"}
SAMPLES = {"sha256": "0" * 64, "precision": "unknown", "role": "victim", "type": "other"}
PARENTS = {"case_id": 0, "incident_id": 0, "person_id": 0}


def resolved(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node and "default" not in node:
        node = definition(node["$ref"].rsplit("/", 1)[-1])
    return node


def schema_defaults() -> list[tuple[str, str, Any]]:
    found = []
    for name in MODEL_OF:
        for key, sub in definition(name)["properties"].items():
            node = resolved(sub)
            if "default" in node:
                found.append((name, key, node["default"]))
    return found


def test_every_optional_key_has_a_default() -> None:
    for name in MODEL_OF:
        spec = definition(name)
        for key, sub in spec["properties"].items():
            if key not in spec.get("required", []):
                assert "default" in resolved(sub), f"{name}.{key} has no default"


@pytest.mark.parametrize(
    ("name", "key", "default"),
    schema_defaults(),
    ids=[f"{n}.{k}" for n, k, _ in schema_defaults()],
)
def test_schema_default_agrees_with_model(name: str, key: str, default: Any) -> None:
    cls = MODEL_OF[name]
    if (name, key) in NOT_FIELDS:
        assert default == ([] if key != "content_base64" else None)
        return
    spec = definition(name)
    obj = {k: SAMPLES.get(k, "x") for k in spec.get("required", [])}
    fields = {f.name for f in dataclasses.fields(cls)}
    fixed = {k: v for k, v in PARENTS.items() if k in fields and k not in obj}
    if "person" in obj:
        fixed.pop("person_id", None)
    record = record_from(cls, obj, **fixed)
    value = getattr(record, JSON_TO_FIELD.get(key, key))
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)  # type: ignore[arg-type]
    assert value == default


def test_defaults_cover_every_definition_with_a_model() -> None:
    assert {name for name, _, _ in schema_defaults()} == set(MODEL_OF)
