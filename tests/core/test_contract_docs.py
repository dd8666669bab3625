"""The shipped schema, the example document and the written contract agree.

``docs/interchange.md`` is the public contract; the schema is what the code enforces.
Every closed enumeration listed in the contract must be exactly the schema's, and the
contract's example must be ``docs/example-case.json`` and load without problems.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from logbook.core.interchange import load
from logbook.core.interchange_schema import definition

CONTRACT = Path(__file__).parent.parent.parent / "docs" / "interchange.md"
EXAMPLE = CONTRACT.parent / "example-case.json"

# Where each enumeration the contract lists lives in the schema: (definition, property).
SCHEMA_PLACES = {
    "case.mandates": [("case", "mandates")],
    "case.communication_type": [("case", "communication_type")],
    "source.kind": [("source", "kind")],
    "persons[].kind": [("person", "kind")],
    "date.precision": [("fuzzy_date", "precision")],
    "involvements[].role": [("involvement", "role")],
    "perpetrator_type": [("involvement", "perpetrator_type")],
    "violations": [("incident", "violations")],
    "injuries[].type": [("injury", "type")],
    "consistency": [("injury", "consistency")],
    "remedies[].type": [("remedy", "type")],
    "remedies[].status": [("remedy", "status")],
}


def contract_enumerations() -> dict[str, list[str]]:
    """Field name → allowed values, read from the contract's "Enumerations" list."""
    text = CONTRACT.read_text("utf-8").split("Enumerations:", 1)[1].split("\n\n", 1)[0]
    bullets = re.split(r"\n- ", "\n" + text.strip())[1:]
    found: dict[str, list[str]] = {}
    for bullet in bullets:
        names, values = bullet.split(":", 1)
        for name in re.findall(r"`([^`]+)`", names):
            found[name] = re.findall(r"`([^`]+)`", values.split(";")[0])
    return found


def schema_enum(definition_name: str, prop: str) -> list[str]:
    node = definition(definition_name)["properties"][prop]
    node = node.get("items", node)
    return [v for v in node["enum"] if v is not None]


def test_every_contract_enumeration_is_checked_here() -> None:
    assert set(contract_enumerations()) == set(SCHEMA_PLACES)


@pytest.mark.parametrize("field", sorted(SCHEMA_PLACES))
def test_schema_enumeration_matches_the_contract(field: str) -> None:
    for definition_name, prop in SCHEMA_PLACES[field]:
        assert schema_enum(definition_name, prop) == contract_enumerations()[field]


def test_the_contract_example_is_the_shipped_example_and_loads() -> None:
    block = re.search(r"```json\n(.*?)```", CONTRACT.read_text("utf-8"), re.S)
    assert block is not None
    assert json.loads(block.group(1)) == json.loads(EXAMPLE.read_text("utf-8"))
    assert load(EXAMPLE.read_bytes())["case"]["id"] == "case-1"


def test_shipped_contract_is_the_project_contract() -> None:
    shared = CONTRACT.parent.parent.parent / "shared" / "interchange.md"
    if not shared.exists():
        pytest.skip("the project's shared/ folder is not beside this checkout")
    assert shared.read_text("utf-8") in CONTRACT.read_text("utf-8")
