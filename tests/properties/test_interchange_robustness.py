"""``load`` on anything: a document or an ``InterchangeError`` saying where, nothing else.

- arbitrary bytes, arbitrary JSON values and the example document with one random change
  (a key deleted, an unknown key added, a value replaced) never raise another exception
  and never hang (a deadline per example);
- every problem's pointer is an RFC 6901 JSON pointer; for a changed example document it
  points into the document (as written, or with defaults filled), and an unknown key is
  reported at that key.

The plain tests at the end pin the inputs these properties once found failing (keys
with "/" or "~", non-ASCII base64, deep nesting, huge numbers, lone surrogates).
"""

from __future__ import annotations

import copy
import json
import re
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from logbook.core.errors import InterchangeError
from logbook.core.interchange import load
from logbook.core.interchange_schema import pointer, schema, with_defaults
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.vault.lifecycle import create_vault
from tests.conftest import EXAMPLE_CASE, FAST_KDF, PASSPHRASE, FixedClock

EXAMPLE: dict[str, Any] = json.loads(EXAMPLE_CASE.read_text("utf-8"))
EXAMPLE_BYTES = EXAMPLE_CASE.read_bytes()
THIS_YEAR = 2026
ROBUST = settings(max_examples=200, deadline=2000)  # a hang fails the deadline
JSON_POINTER = re.compile(r"^(/([^~/]|~[01])*)*$")

KEYS = st.text(max_size=8)


def json_values(keys: st.SearchStrategy[str] = KEYS) -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(-(2**70), 2**70)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=20)
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
        max_leaves=12,
    )


def problems_of(data: bytes | str) -> list[tuple[str, str]] | None:
    """The problems ``load`` reports, or None if it accepts the document."""
    try:
        load(data, this_year=THIS_YEAR)
    except InterchangeError as exc:
        assert exc.problems, "an InterchangeError without problems"
        for where, reason in exc.problems:
            assert JSON_POINTER.match(where), f"not a JSON pointer: {where!r}"
            assert isinstance(reason, str) and reason
        assert str(exc)
        return exc.problems
    return None


def _resolves(doc: Any, where: str) -> bool:
    """Whether the JSON pointer ``where`` names a value inside ``doc``."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in where.split("/")[1:]]
    for part in parts:
        if isinstance(doc, dict) and part in doc:
            doc = doc[part]
        elif isinstance(doc, list) and part.isdigit() and int(part) < len(doc):
            doc = doc[int(part)]
        else:
            return False
    return True


# (a) bytes, (b) JSON values ---------------------------------------------------------------


def _corrupted(data: bytes, at: int, byte: int, how: str) -> bytes:
    at %= len(data)
    if how == "replace":
        return data[:at] + bytes([byte]) + data[at + 1 :]
    if how == "insert":
        return data[:at] + bytes([byte]) + data[at:]
    return data[:at] + data[at + 1 :]


BYTES = (
    st.binary(max_size=200)
    | st.text(max_size=100).map(lambda s: s.encode("utf-8"))
    | st.builds(
        _corrupted,
        st.just(EXAMPLE_BYTES),
        st.integers(0, len(EXAMPLE_BYTES) - 1),
        st.integers(0, 255),
        st.sampled_from(["replace", "insert", "delete"]),
    )
)


@ROBUST
@given(BYTES)
def test_any_bytes_give_a_document_or_problems(data: bytes) -> None:
    problems_of(data)


@ROBUST
@given(json_values())
def test_any_json_value_gives_a_document_or_problems(value: Any) -> None:
    problems = problems_of(json.dumps(value))
    assert problems is not None  # no random value is a whole case document
    for where, _ in problems:
        assert _resolves(value, where), where
    if not isinstance(value, dict):
        assert [where for where, _ in problems] == [""]


# (c) the example with one change ------------------------------------------------------------


def _paths(value: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*path, i))
    return found


def _at(doc: Any, path: tuple) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _known_keys(node: Any) -> set[str]:
    """Every key the schema names anywhere: an added key outside these is unknown."""
    keys: set[str] = set()
    if isinstance(node, dict):
        keys |= set(node.get("properties", {}))
        for value in node.values():
            keys |= _known_keys(value)
    elif isinstance(node, list):
        for value in node:
            keys |= _known_keys(value)
    return keys


PATHS = _paths(EXAMPLE)
OBJECT_PATHS = [p for p in PATHS if isinstance(_at(EXAMPLE, p), dict)]
KEY_PATHS = [p for p in PATHS if p and isinstance(_at(EXAMPLE, p[:-1]), dict)]
KNOWN_KEYS = _known_keys(schema())
UNKNOWN_KEYS = KEYS.filter(lambda k: k not in KNOWN_KEYS)


class Change(NamedTuple):
    kind: str  # "delete", "add" or "replace"
    path: tuple  # the key deleted or value replaced; the object a key is added to
    key: str | None = None
    value: Any = None

    def applied(self) -> Any:
        doc = copy.deepcopy(EXAMPLE)
        if self.kind == "add":
            _at(doc, self.path)[self.key] = self.value
        elif not self.path:
            return self.value
        elif self.kind == "replace":
            _at(doc, self.path[:-1])[self.path[-1]] = self.value
        else:
            del _at(doc, self.path[:-1])[self.path[-1]]
        return doc


CHANGES = (
    st.builds(Change, st.just("delete"), st.sampled_from(KEY_PATHS), st.none(), st.none())
    | st.builds(Change, st.just("add"), st.sampled_from(OBJECT_PATHS), UNKNOWN_KEYS, json_values())
    | st.builds(Change, st.just("replace"), st.sampled_from(PATHS), st.none(), json_values())
)


@ROBUST
@given(CHANGES)
def test_a_changed_example_gives_problems_that_point_into_it(change: Change) -> None:
    doc = change.applied()
    problems = problems_of(json.dumps(doc))
    if problems is None:
        assert change.kind != "add", "an unknown key was accepted"
        return
    filled = with_defaults(doc) if isinstance(doc, dict) else doc
    for where, _ in problems:
        assert _resolves(doc, where) or _resolves(filled, where), where
    if change.kind == "add":
        assert pointer([*change.path, change.key]) in {where for where, _ in problems}


def test_the_example_itself_loads() -> None:
    assert problems_of(EXAMPLE_BYTES) is None


# Regressions found by the properties above ----------------------------------------


def test_unknown_key_with_slash_or_tilde_is_reported_at_its_escaped_pointer() -> None:
    doc = copy.deepcopy(EXAMPLE)
    doc["case"]["a/b~c"] = 1
    problems = problems_of(json.dumps(doc))
    assert problems is not None
    assert [where for where, _ in problems] == ["/case/a~1b~0c"]


def test_non_ascii_content_base64_is_a_problem() -> None:
    doc = copy.deepcopy(EXAMPLE)
    doc["evidence"][0]["content_base64"] = "é"
    assert problems_of(json.dumps(doc)) == [("/evidence/0/content_base64", "is not valid base64")]


def test_deeply_nested_json_is_a_problem() -> None:
    assert problems_of("[" * 100_000 + "]" * 100_000)


def test_huge_integer_is_a_problem() -> None:
    assert problems_of("1" * 4301)


def test_a_document_load_accepts_imports_or_reports_problems() -> None:
    doc = copy.deepcopy(EXAMPLE)
    doc["incidents"][0]["narrative"] = "\ud800"
    data = json.dumps(doc)  # ASCII JSON with the escape "\ud800": valid JSON syntax
    with tempfile.TemporaryDirectory() as tmp:
        session, _ = create_vault(Path(tmp) / "v", PASSPHRASE, kdf=FAST_KDF, clock=FixedClock())
        try:
            problems = None
            try:
                import_case(CaseBook(session), data)
            except InterchangeError as exc:
                problems = exc.problems
            assert problems is not None
            assert problems[0][0] == "/incidents/0/narrative"
        finally:
            session.close()
