"""Export benchmark: a redacted, verified PDF of a 50-incident and a 500-incident case.

Run from the repository root::

    .venv/bin/python bench/bench_export.py            # 50 and 500 incidents
    .venv/bin/python bench/bench_export.py --runs 1   # one timed run per profile

Prints one JSON object on stdout; progress goes to stderr. The cases come from
``bench/workload.py`` (persons with Cyrillic and Latin name variants, narratives that
name them, statements, injuries flagged medically confidential, remedies) and are
imported into a vault in a fresh folder under the system temporary directory, removed
at the end.

What is timed is the product's own path, ``logbook.services.exporting.export_case``: load the case
from the encrypted vault, build the policy, redact every field, run the personal-data
detector, check the document model, render the PDF with reportlab, read it back with
pypdf and check it for every protected term, write it atomically, append the audit
entry. ``first_s`` is the first export in a fresh process (fonts loaded, caches cold: what
one ``logbook export`` command costs); ``median_s`` is the median of the runs after it.

Memory, per case size, in a fresh process each (so one size does not inherit the other's
high-water mark):
- ``peak_rss_mib``: the process's resident-set high-water mark during the exports, on
  Linux (the mark is reset just before the first export, so vault creation and import
  do not count); elsewhere the whole process's ``ru_maxrss``;
- ``tracemalloc_peak_mib``: the peak of Python allocations during one more export, traced
  (tracemalloc slows it down, so that run is not timed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import workload  # bench/workload.py: the script's folder is first on sys.path
from pypdf import PdfReader

from logbook.export import ExportOptions
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.services.exporting import export_case
from logbook.vault.kdf import KdfParams
from logbook.vault.lifecycle import create_vault

PASSPHRASE = "quartz lantern orbit marmalade fjord 7 hollow"
# The vault's minimum Argon2id cost: key derivation is not what this benchmark measures.
BENCH_KDF = KdfParams(iterations=1, lanes=1)
SIZES = (50, 500)
TARGET_SECONDS = {50: 2.0, 500: 15.0}
PROFILES = ("ohchr", "public")

_START = float(os.environ.setdefault("LOGBOOK_BENCH_T0", repr(time.time())))


def log(message: str) -> None:
    """Progress on stderr, with the seconds since the benchmark started."""
    print(f"[{time.time() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


def reset_peak_rss() -> bool:
    """Reset the kernel's resident-set high-water mark (Linux ≥ 4.0); False elsewhere."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_rss_mib(reset_worked: bool) -> float:
    if reset_worked:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return round(maxrss / scale, 1)


def run_size(incidents: int, workdir: Path, runs: int) -> dict[str, Any]:
    """One case size, in this (fresh) process."""
    document = workload.build_document(incidents)
    session, _ = create_vault(workdir / "vault", PASSPHRASE, kdf=BENCH_KDF)
    book = CaseBook(session)
    log(f"{incidents} incidents: importing")
    import_case(book, json.dumps(document, ensure_ascii=False))
    ref = document["case"]["id"]
    reset = reset_peak_rss()
    result: dict[str, Any] = {"records": workload.document_counts(document)}
    try:
        for profile in PROFILES:
            out = workdir / f"{profile}.pdf"
            seconds = []
            for n in range(runs + 1):
                log(f"{incidents} incidents: {profile} export {n + 1}/{runs + 1}")
                start = time.perf_counter()
                outcome = export_case(book, ref, out, ExportOptions(profile), accept_findings=True)
                seconds.append(time.perf_counter() - start)
            result[profile] = {
                "first_s": round(seconds[0], 3),
                "median_s": round(statistics.median(seconds[1:]), 3),
                "runs": [round(s, 3) for s in seconds],
                "pages": len(PdfReader(out).pages),
                "pdf_bytes": out.stat().st_size,
                "protected_terms_checked": outcome.report.terms_checked,
                "findings_accepted": len(outcome.report.accepted_findings),
                "communication_type": outcome.report.communication_type,
            }
        result["peak_rss_mib"] = peak_rss_mib(reset)
        result["peak_rss_scope"] = "exports only" if reset else "whole process"
        log(f"{incidents} incidents: one traced export for the allocation peak")
        tracemalloc.start()
        export_case(book, ref, workdir / "traced.pdf", ExportOptions("ohchr"), accept_findings=True)
        result["tracemalloc_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    finally:
        session.close()
    worst = max(result[p]["first_s"] for p in PROFILES)
    result["target"] = {
        "seconds": TARGET_SECONDS.get(incidents),
        "worst_first_s": worst,
        "met": worst <= TARGET_SECONDS.get(incidents, float("inf")),
    }
    return result


def run_in_child(incidents: int, workdir: Path, runs: int) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--size",
        str(incidents),
        "--workdir",
        str(workdir),
        "--runs",
        str(runs),
    ]
    done = subprocess.run(command, stdout=subprocess.PIPE, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs after the first")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    # Internal: one size in a child process.
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.size:
        args.workdir.mkdir(parents=True, exist_ok=True)
        print(json.dumps(run_size(args.size, args.workdir, max(args.runs, 1))))
        return 0
    temp_root = Path(tempfile.mkdtemp(prefix="logbook-bench-export-"))
    try:
        result: dict[str, Any] = {
            "machine": {
                "cpu_count": os.cpu_count(),
                "python": platform.python_version(),
                "platform": platform.platform(),
            },
            "kdf": "minimum (64 MiB, 1 pass): not measured here",
            "cases": {
                str(n): run_in_child(n, temp_root / f"case-{n}", args.runs) for n in args.sizes
            },
        }
    finally:
        shutil.rmtree(temp_root, ignore_errors=True)
        log(f"removed {temp_root}")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
