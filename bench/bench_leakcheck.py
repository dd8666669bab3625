"""Leak-check benchmark: what the independent check costs, and how often it cries wolf.

Run from the repository root::

    .venv/bin/python bench/bench_leakcheck.py              # 50 and 500 incidents
    .venv/bin/python bench/bench_leakcheck.py --sizes 50   # quick

Prints one JSON object on stdout; progress goes to stderr. The cases are the export
benchmark's (``bench/workload.py``: Russian, Kazakh and English names with variants,
narratives that name them, statements, injuries, remedies), built in memory: no vault,
no file, so what is timed is the pipeline alone.

For each size and profile, in the same process and alternating runs so the machine's
load falls on both alike:

- ``with_check_s``: ``prepare_export`` + ``produce_pdf`` as shipped (median of the runs),
  the check in its worker processes (``machine.check_workers`` of them; see
  ``logbook/export/leakcheck/workers.py``);
- ``without_check_s``: the same with no leak check at all, the PDF not read back (the
  baseline); ``check_share`` = with / without − 1 (target ≤ 0.5);
- ``check_parts_s``: building the check, the document model, and the PDF (both readers),
  each timed alone in this process without workers: the work there is, not the wait;
- ``false_alarms``: hits the check raises on these cases, whose every protected term the
  redaction replaced — any hit is a false alarm; ``exempt_occurrences``: term letters the
  check found and recognised as harmless (named persons' full names, the document's own
  wording, placeholders, ordinary words), so the rate is false_alarms over the sum;
- ``redaction``: replacements of names in free text, and how many of them were a lone
  lower-case word (where an ordinary word equal to a name form would be garbled).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import workload  # bench/workload.py: the script's folder is first on sys.path

from logbook.export import ExportOptions, pipeline, prepare_export, produce_pdf
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck, workers
from logbook.export.pdf_render import render_pdf
from logbook.export.redaction import Redactor

# The tests' in-memory case builder (the real loader, ids assigned without a vault).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.export.memory import snapshot_from

PROFILES = ("ohchr", "public")
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class _NoCheck(LeakCheck):
    """The baseline: no check at all (the PDF is not even read back)."""

    def __init__(self, terms: list, exemptions: Any, **_: Any) -> None:
        super().__init__([], exemptions)

    def start_document(self, document: Any, accepted: Any = ()) -> Any:
        return list

    def check_pdf(self, pdf: bytes, accepted: Any = ()) -> list:
        return []


def _export(snapshot: Any, profile: str) -> float:
    start = time.perf_counter()
    prepared = prepare_export(snapshot, ExportOptions(profile), NOW)
    produce_pdf(prepared, accept_all=True)
    return time.perf_counter() - start


def _timings(snapshot: Any, profile: str, runs: int) -> dict[str, Any]:
    shipped = pipeline.LeakCheck
    with_check, without = [], []
    for _ in range(runs):
        with_check.append(_export(snapshot, profile))
        pipeline.LeakCheck = _NoCheck  # type: ignore[misc]
        try:
            without.append(_export(snapshot, profile))
        finally:
            pipeline.LeakCheck = shipped  # type: ignore[misc]
    a, b = statistics.median(with_check), statistics.median(without)
    return {
        "with_check_s": round(a, 3),
        "without_check_s": round(b, 3),
        "check_share": round(a / b - 1, 3),
    }


def _check_details(snapshot: Any, profile: str) -> dict[str, Any]:
    prepared = prepare_export(snapshot, ExportOptions(profile), NOW)
    t0 = time.perf_counter()
    check = LeakCheck(*leak_terms(prepared.policy))
    t1 = time.perf_counter()
    hits = check.check_document(prepared.document)
    t2 = time.perf_counter()
    pdf = render_pdf(prepared.document, date=prepared.date)
    t3 = time.perf_counter()
    hits += check.check_pdf(pdf)
    t4 = time.perf_counter()
    exempt = check.exempt_found
    return {
        "terms": check.summary.terms_checked,
        "whole_word_terms": check.summary.whole_word_terms,
        "false_alarms": len(hits),
        "exempt_occurrences": exempt,
        "false_alarm_rate": round(len(hits) / max(exempt + len(hits), 1), 4),
        "check_parts_s": {
            "build": round(t1 - t0, 3),
            "document_model": round(t2 - t1, 3),
            "pdf_both_readers": round(t4 - t3, 3),
        },
        "render_s": round(t3 - t2, 3),
    }


def _redaction(snapshot: Any, profile: str) -> dict[str, int]:
    prepared = prepare_export(snapshot, ExportOptions(profile), NOW)
    redactor = Redactor(prepared.policy)
    counts: Counter[str] = Counter()
    for incident in snapshot.incidents:
        text = incident.narrative
        for r in redactor.redact(text).replacements:
            if r.category not in ("name", "withheld_name"):
                continue
            counts["names_replaced"] += 1
            replaced = text[r.start : r.end]
            if replaced.islower() and " " not in replaced:
                counts["lone_lower_case_words_replaced"] += 1
    return dict(counts)


def run(sizes: list[int], runs: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "machine": {
            "cpu_count": os.cpu_count(),
            "check_workers": workers.count(),
            "python": platform.python_version(),
        },
        "cases": {},
    }
    for size in sizes:
        snapshot = snapshot_from(workload.build_document(size))
        per_profile = {}
        for profile in PROFILES:
            log(f"{size} incidents, {profile}: timing {runs} × 2 exports")
            per_profile[profile] = {
                **_timings(snapshot, profile, runs),
                **_check_details(snapshot, profile),
                "redaction": _redaction(snapshot, profile),
            }
        result["cases"][str(size)] = per_profile
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.sizes, args.runs), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
