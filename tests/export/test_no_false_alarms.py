"""No false alarms on ordinary cases: the example case, the Russian and Kazakh demo case
and the benchmarks' generated case export in both profiles with zero leak-check hits
(issue "Redaction you can prove": a check that cries wolf stops being read)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from logbook.export import produce_pdf
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck
from tests.conftest import EXAMPLE_CASE
from tests.export.conftest import prepared_from_memory

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
import workload  # noqa: E402  (bench/workload.py, the benchmarks' case generator)

PROFILES = ("ohchr", "public")


def cases() -> dict[str, dict[str, Any]]:
    return {
        "example": json.loads(EXAMPLE_CASE.read_text("utf-8")),
        "demo": json.loads((ROOT / "docs" / "demo-case-ru.json").read_text("utf-8")),
        "generated": workload.build_document(40, seed=7),
    }


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("name", ["example", "demo", "generated"])
def test_ordinary_cases_raise_no_alarm(name: str, profile: str) -> None:
    prepared = prepared_from_memory(cases()[name], profile)
    check = LeakCheck(*leak_terms(prepared.policy))
    assert check.check_document(prepared.document) == []
    verified = produce_pdf(prepared, accept_all=True)  # model and PDF, both readers
    assert verified.report.verification == "passed"
    assert verified.report.accepted_hits == []
    assert check.check_pdf(verified.data) == []
    assert check.exempt_found > 0 or name != "generated"  # the check did look


def test_every_short_name_word_is_counted_as_checked_as_a_whole_word() -> None:
    doc = cases()["example"]
    for ref, name in (("k1", "Ли Сон Ми"), ("k2", "Ли Анна")):
        doc["persons"].append({"id": ref, "kind": "individual", "name": name, "name_variants": []})
        doc["incidents"][0]["involvements"].append({"person": ref, "role": "witness"})
    prepared = prepared_from_memory(doc, "ohchr")
    check = LeakCheck(*leak_terms(prepared.policy))
    short = {"ли", "ми", "сон"}
    expected = sum(
        1 for t in check.terms if t.kind == "word" and t.spellings[0].casefold() in short
    )
    assert expected == 4  # Ли twice (two persons), Сон and Ми once
    assert check.summary.whole_word_terms == expected
