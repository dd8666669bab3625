"""Reading ``logbook.case/1`` documents (``shared/interchange.md``): parse and check.

:func:`load` returns the document with every default filled in, or raises
:class:`InterchangeError` listing every problem as a JSON pointer and a reason. The JSON
Schema shipped beside this module is the contract: it decides structure, types, closed
vocabularies and defaults; this module adds what a schema cannot say (ids unique across
the document, references that resolve, real calendar dates, hashes that match content).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from logbook.core.errors import InterchangeError
from logbook.core.interchange_records import document_records, json_key, record_checks
from logbook.core.interchange_schema import pointer, schema, with_defaults
from logbook.core.record_kinds import RecordKind, kind_of

FORMAT = "logbook.case/1"
_MAX_PROBLEMS = 50

Problems = list[tuple[str, str]]


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def load(data: bytes | str, this_year: int | None = None) -> dict[str, Any]:
    """Parse, check and complete a case document. All problems are reported at once.

    ``this_year`` (default: now) is what birth years are checked against; pass the
    vault's clock so checking and saving agree.
    """
    document = _parse(data)
    problems = _not_text(document)
    try:
        problems += [p for e in _validator().iter_errors(document) for p in _explain(e)]
    except RecursionError:
        problems.append(("", "the document is nested too deeply"))
    if problems:
        raise InterchangeError(sorted(problems)[:_MAX_PROBLEMS], total=len(problems))
    document = with_defaults(document)
    problems = _id_problems(document) + _reference_problems(document)
    problems += record_checks(document, this_year) + _content_problems(document)
    if problems:
        raise InterchangeError(problems[:_MAX_PROBLEMS], total=len(problems))
    return document


def _parse(data: bytes | str) -> Any:
    try:
        # The contract says UTF-8 (a byte-order mark is tolerated): not UTF-16 or -32.
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        return json.loads(text)
    except UnicodeDecodeError:
        raise InterchangeError([("", "the file is not UTF-8 text")]) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            [("", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")]
        ) from None
    except RecursionError:
        raise InterchangeError([("", "the document is nested too deeply")]) from None
    except ValueError:  # the only other: an integer of thousands of digits
        raise InterchangeError([("", "a number in the document has too many digits")]) from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _not_text(value: Any, path: tuple[str | int, ...] = ()) -> Problems:
    """Strings and keys with unpaired surrogates (``\\ud800`` escapes): JSON allows them,
    text storage cannot hold them, so they are refused here rather than half-way through."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            return [(pointer(path), "contains an unpaired surrogate escape, which is not text")]
        return []
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return []
    problems: Problems = []
    for key, item in items:
        if isinstance(key, str):
            problems += _not_text(key, (*path, key))
        problems += _not_text(item, (*path, key))
    return problems


def _explain(error: SchemaError) -> Problems:
    """Pointers and specific reasons for one schema violation."""
    where = pointer(error.absolute_path)
    # An error from iter_errors has these set (jsonschema types them "or Unset").
    node = _schema_of(error)
    instance: Any = error.instance
    expected: Any = error.validator_value
    if error.validator == "additionalProperties":
        known = node.get("properties", {})
        allowed = ", ".join(known)
        return [
            (pointer([*error.absolute_path, key]), f"unknown key {key!r}; allowed keys: {allowed}")
            for key in sorted(set(instance) - set(known))
        ]
    if error.validator == "required":
        missing = [key for key in expected if key not in instance]
        return [(where, f"missing required key {key!r}") for key in missing]
    return [(where, _reason(error))]


def _schema_of(error: SchemaError) -> Mapping[str, Any]:
    """The schema node ``error`` broke (empty for a boolean schema)."""
    return error.schema if isinstance(error.schema, Mapping) else {}


def _reason(error: SchemaError) -> str:
    # A list item is named by its list: "violations", not "3".
    named = [p for p in error.absolute_path if isinstance(p, str)]
    field = named[-1] if named else "the document"
    kind, node = error.validator, _schema_of(error)
    expected: Any = error.validator_value
    if kind == "enum":
        allowed = ", ".join("null" if v is None else str(v) for v in expected)
        return f"unknown value {error.instance!r} for {field}; allowed: {allowed}"
    if kind == "const":
        return f"must be {expected!r} (this reader knows only {FORMAT})"
    if kind == "type":
        wanted = " or ".join(expected) if isinstance(expected, list) else expected
        return f"must be {wanted}, not {_json_type(error.instance)}"
    if kind in ("pattern", "minLength"):
        return f"must be {node.get('description', 'non-empty')}"
    if kind == "uniqueItems":
        return "lists the same value twice"
    if kind in ("minimum", "maximum"):
        return f"must be {'at least' if kind == 'minimum' else 'at most'} {expected}"
    return error.message


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def _all_ids(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (pointer, id) that declares a record: the case's records before their parts
    (so a part repeating an id is the one reported)."""
    records = sorted(document_records(document), key=lambda found: found[0].count("/"))
    ids = [(f"{where}/id", obj["id"]) for where, kind, obj in records if kind.ref_prefix]
    return [("/case/id", document["case"]["id"]), *ids]


def _id_problems(document: dict[str, Any]) -> Problems:
    seen: dict[str, str] = {}
    problems = []
    for where, ident in _all_ids(document):
        if ident in seen:
            problems.append((where, f"id {ident!r} is already used at {seen[ident]}"))
        seen.setdefault(ident, where)
    return problems


def _reference_problems(document: dict[str, Any]) -> Problems:
    records = list(document_records(document))
    known: dict[type, set[str]] = {}
    for _, kind, obj in records:
        if kind.ref_prefix:
            known.setdefault(kind.cls, set()).add(obj["id"])
    refs: list[tuple[str, str, RecordKind]] = []
    for where, kind, obj in records:
        for field, target in kind.references.items():
            key = json_key(field)
            refs.append((f"{where}/{key}", obj[key], kind_of(target)))
        for field, target in kind.links.items():
            key = json_key(field)
            refs += [(f"{where}/{key}/{j}", one, kind_of(target)) for j, one in enumerate(obj[key])]
    return [
        (where, f"refers to {target.entity} {ident!r}, which is not in the document")
        for where, ident, target in refs
        if ident not in known.get(target.cls, set())
    ]


def _content_problems(document: dict[str, Any]) -> Problems:
    problems = []
    for i, item in enumerate(document["evidence"]):
        if item["content_base64"] is None:
            continue
        try:
            content = decode_content(item["content_base64"])
        except ValueError:  # binascii.Error, or characters that are not ASCII
            problems.append((f"/evidence/{i}/content_base64", "is not valid base64"))
            continue
        if hashlib.sha256(content).hexdigest() != item["sha256"]:
            problems.append((f"/evidence/{i}/sha256", "does not match the SHA-256 of the content"))
    return problems


def decode_content(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
