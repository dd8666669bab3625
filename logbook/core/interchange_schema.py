"""The shipped JSON Schema of ``logbook.case/1`` and helpers that walk it."""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "logbook.case-1.schema.json"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("logbook.core").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def definition(name: str) -> dict[str, Any]:
    """A named object definition (``person``, ``incident`` …) from ``$defs``."""
    found: dict[str, Any] = schema()["$defs"][name]
    return found


def pointer(path: Any) -> str:
    """A JSON pointer (RFC 6901) for a path of keys and indexes."""
    # backslashreplace: a key with a lone surrogate must still print on any terminal.
    texts = [str(p).encode("utf-8", "backslashreplace").decode("utf-8") for p in path]
    parts = [t.replace("~", "~0").replace("/", "~1") for t in texts]
    return "/" + "/".join(parts) if parts else ""


def with_defaults(document: dict[str, Any]) -> dict[str, Any]:
    """A copy with every missing optional key set to its schema default."""
    filled: dict[str, Any] = _fill(copy.deepcopy(document), schema())
    return filled


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = definition(node["$ref"].rsplit("/", 1)[-1])
    return node


def _fill(value: Any, node: dict[str, Any]) -> Any:
    node = _resolve(node)
    if isinstance(value, dict):
        for key, sub in node.get("properties", {}).items():
            # A default beside a $ref wins over the referenced definition's own.
            defaults = sub if "default" in sub else _resolve(sub)
            if key not in value and "default" in defaults:
                value[key] = copy.deepcopy(defaults["default"])
            if key in value:
                value[key] = _fill(value[key], sub)
    elif isinstance(value, list) and "items" in node:
        return [_fill(item, node["items"]) for item in value]
    return value
