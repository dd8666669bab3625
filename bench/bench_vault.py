"""Vault benchmarks: unlock, import, search and save, encrypted and unencrypted.

Run from the repository root::

    .venv/bin/python bench/bench_vault.py            # 10,000 incidents (minutes)
    .venv/bin/python bench/bench_vault.py --quick    # 500 incidents, fewer repetitions

Prints one JSON object on stdout; progress goes to stderr. Vaults are made in a fresh
folder under the system temporary directory and removed at the end. See README.md for
what each number means.

The product is not patched. The encrypted run uses the product's own code path
(``create_vault`` with ``calibrate()``, ``unlock_data_key``, ``open_with_key``,
``import_case``, ``search``, ``CaseBook.save``). The baselines build a
:class:`VaultSession` over a connection the bench opens itself with the same pragmas
(minus the cipher ones) and the same migrations, so everything above the connection is
the same code.

Each variant runs in its own fresh Python process. That matters: SQLCipher's
``cipher_memory_security``, which ``logbook.vault.database.connect`` turns on, is global
to the process and cannot be turned off again, so a baseline run after the encrypted one
in the same process would silently pay for it too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import workload  # bench/workload.py: the script's folder is first on sys.path
from sqlcipher3 import dbapi2 as sqlcipher

from logbook.core.clock import system_clock
from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.interchange import load
from logbook.core.model import Incident, Location
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.services.search import search
from logbook.services.verification import verify
from logbook.vault import header as header_file
from logbook.vault.kdf import calibrate
from logbook.vault.lifecycle import (
    DATABASE,
    HEADER,
    Secret,
    create_vault,
    open_with_key,
    unlock_data_key,
)
from logbook.vault.migrations import migrate
from logbook.vault.session import VaultSession

PASSPHRASE = "quartz lantern orbit marmalade fjord 7 hollow"
BENCH_KEY = bytes(range(32))  # the attribution run's raw key (synthetic data only)
TARGETS = {
    "open_after_kdf_ms": 100.0,
    "search_p95_ms": 30.0,
    "save_p95_ms": 15.0,
    "ratio": 1.5,
}
# The same pragmas as logbook.vault.database.connect, minus the cipher ones.
PLAIN_PRAGMAS = (
    "foreign_keys = ON",
    "secure_delete = ON",
    "temp_store = MEMORY",
    "synchronous = FULL",
)


@dataclass(frozen=True)
class Config:
    incidents: int
    unlock_runs: int
    search_rounds: int  # each round runs every query once
    queries_per_round: int
    saves_per_kind: int  # creates, and as many updates
    warmup_queries: int
    seed: int
    quick: bool = False


# Children inherit the parent's start time, so every progress line counts from one origin.
_START = float(os.environ.setdefault("LOGBOOK_BENCH_T0", repr(time.time())))


def log(message: str) -> None:
    """Progress on stderr, with the seconds since the benchmark started."""
    print(f"[{time.time() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


@contextmanager
def timed() -> Iterator[list[float]]:
    """``with timed() as t: ...`` leaves the elapsed seconds in ``t[0]``."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0–100), interpolated between ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def latency_stats(seconds: list[float]) -> dict[str, float | int]:
    """Count, p50, p95, p99, max and mean of ``seconds``, in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "count": len(ms),
        "p50_ms": round(percentile(ms, 50), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "p99_ms": round(percentile(ms, 99), 3),
        "max_ms": round(max(ms), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


# Baseline sessions -------------------------------------------------------------------


def stdlib_fts5_support() -> tuple[bool, str]:
    """Whether stdlib ``sqlite3`` can build the schema's FTS5 table, and why not."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE t USING fts5 (body, content = '', contentless_delete = 1, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
    except sqlite3.Error as exc:
        return False, (
            f"stdlib sqlite3 is SQLite {sqlite3.sqlite_version}; the schema needs FTS5 "
            f"contentless_delete (SQLite >= 3.43): {exc}"
        )
    finally:
        conn.close()
    return True, ""


def plain_session(directory: Path, connect: Callable[[str], Any], *, create: bool) -> VaultSession:
    """A :class:`VaultSession` over a connection the bench opens, with the product's pragmas.

    ``connect(path)`` opens the file (stdlib ``sqlite3``, or ``sqlcipher3`` unkeyed or
    keyed without memory security); the schema comes from the product's migrations. The
    data key only feeds the audit and blob subkeys, so a random one will do.
    """
    if create:
        directory.mkdir(mode=0o700)
        (directory / "blobs").mkdir(mode=0o700)
    conn = connect(str(directory / DATABASE))
    for pragma in PLAIN_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    if create:
        conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn)
    return VaultSession(directory, conn, secrets.token_bytes(32), system_clock)


def connect_stdlib(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def connect_unkeyed_sqlcipher(path: str) -> Any:
    """SQLCipher with no ``PRAGMA key``: the same SQLite build, with no encryption."""
    return sqlcipher.connect(path, isolation_level=None)


def connect_keyed_without_memory_security(path: str) -> Any:
    """SQLCipher keyed exactly like ``database.connect``, minus ``cipher_memory_security``.

    Not the product's configuration: it separates the cost of page encryption from the
    cost of SQLCipher's memory security (locked and wiped allocations).
    """
    conn = sqlcipher.connect(path, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{BENCH_KEY.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def memory_security(session: VaultSession) -> bool | None:
    """Whether SQLCipher memory security is on for the session (``None``: not SQLCipher)."""
    if not isinstance(session.conn, sqlcipher.Connection):
        return None
    return session.conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in ("1", 1)


# The workload --------------------------------------------------------------------------


def run_import(session: VaultSession, document: bytes) -> dict[str, Any]:
    """``import_case`` of the whole document into the session's empty vault."""
    book = CaseBook(session)
    with timed() as t:
        report = import_case(book, document)
    records = sum(report.created.values())
    return {
        "seconds": round(t[0], 3),
        "records": records,
        "records_per_second": round(records / t[0], 1),
        "created": dict(report.created),
        "pseudonyms_assigned": report.pseudonyms_assigned,
    }


def run_searches(
    session: VaultSession, queries: list[tuple[str, str]], config: Config
) -> dict[str, Any]:
    """Each query ``search_rounds`` times (after a few unmeasured warm-up queries)."""
    book = CaseBook(session)
    for _, query in queries[: config.warmup_queries]:
        search(book, query)
    timings: list[float] = []
    by_category: dict[str, list[float]] = defaultdict(list)
    by_query: dict[str, list[float]] = defaultdict(list)
    hits: dict[str, int] = {}
    for _ in range(config.search_rounds):
        for category, query in queries:
            with timed() as t:
                results = search(book, query)
            timings.append(t[0])
            by_category[category].append(t[0])
            by_query[query].append(t[0])
            hits[query] = len(results)
    slowest = sorted(by_query, key=lambda q: statistics.median(by_query[q]), reverse=True)[:8]
    return {
        **latency_stats(timings),
        "distinct_queries": len(by_query),
        "queries_with_hits": sum(1 for q in hits if hits[q]),
        "by_category": {
            category: {
                "p50_ms": round(percentile(values, 50) * 1000, 3),
                "p95_ms": round(percentile(values, 95) * 1000, 3),
                "count": len(values),
            }
            for category, values in sorted(by_category.items())
        },
        "slowest_queries": [
            {
                "query": q,
                "median_ms": round(statistics.median(by_query[q]) * 1000, 3),
                "results": hits[q],
            }
            for q in slowest
        ],
    }


def run_saves(session: VaultSession, config: Config) -> dict[str, Any]:
    """Alternately save a new incident and update an existing one, each durably.

    Every save is its own transaction (``synchronous = FULL``: the WAL is synced on
    every commit), through ``CaseBook.save`` with validation, audit and search entry.
    """
    book = CaseBook(session)
    case = book.cases()[0]
    assert case.id is not None
    rng = random.Random(config.seed + 2)
    existing = [i.id for i in book.incidents(case.id) if i.id is not None]
    creates: list[float] = []
    updates: list[float] = []
    for _ in range(config.saves_per_kind):
        fields = workload.new_incident_fields(rng)
        incident = Incident(
            case_id=case.id,
            title=fields["title"],
            date=FuzzyDate(**fields["date"]),
            location=Location(**fields["location"]),
            narrative=fields["narrative"],
            violations=fields["violations"],
            ongoing=fields["ongoing"],
        )
        with timed() as t:
            book.save(incident)
        creates.append(t[0])

        old = book.get(Incident, rng.choice(existing))
        old.narrative = workload.edited_narrative(rng, english=rng.random() < 0.4)
        old.ongoing = not old.ongoing
        with timed() as t:
            book.save(old)
        updates.append(t[0])
    return {
        **latency_stats(creates + updates),
        "create": latency_stats(creates),
        "update": latency_stats(updates),
    }


def measure_open(open_once: Callable[[], VaultSession], runs: int) -> dict[str, Any]:
    """Time opening (and closing) a session ``runs`` times; the median and every run."""
    runs_s = []
    for _ in range(runs):
        with timed() as t:
            session = open_once()
        runs_s.append(t[0])
        session.close()
    return {
        "median_ms": round(statistics.median(runs_s) * 1000, 3),
        "runs_ms": [round(s * 1000, 3) for s in runs_s],
    }


# The runs ------------------------------------------------------------------------


def encrypted_run(
    directory: Path, document: bytes, queries: list[tuple[str, str]], config: Config
) -> dict[str, Any]:
    """The product path: calibrate, create, import, then unlock/open, search and save."""
    log("calibrating the KDF on this machine")
    with timed() as t:
        params = calibrate()
    calibration_s = t[0]
    session, _code = create_vault(directory, PASSPHRASE, kdf=params)
    try:
        log(f"encrypted: importing {config.incidents} incidents")
        imported = run_import(session, document)
        log(f"encrypted: import took {imported['seconds']} s")
    finally:
        session.close()

    secret = Secret(PASSPHRASE)
    log(f"encrypted: unlock_data_key ×{config.unlock_runs}")
    kdf_runs = []
    data_key = b""
    for _ in range(config.unlock_runs):
        with timed() as t:
            data_key = unlock_data_key(directory, secret)
        kdf_runs.append(t[0])
    log(f"encrypted: open_with_key ×{config.unlock_runs}")
    opened = measure_open(lambda: open_with_key(directory, data_key), config.unlock_runs)
    slot = header_file.read(directory / HEADER).slots_of("passphrase")[0]
    unlock = {
        "kdf": {
            "algorithm": "argon2id",
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
            "calibration_seconds": round(calibration_s, 3),
        },
        "unlock_data_key_ms": {
            "median_ms": round(statistics.median(kdf_runs) * 1000, 3),
            "runs_ms": [round(s * 1000, 3) for s in kdf_runs],
        },
        "open_with_key_ms": opened,
        "incidents_in_vault": config.incidents,
        "database_bytes": _database_bytes(directory),
    }

    session = open_with_key(directory, data_key)
    unlock["cipher_memory_security"] = memory_security(session)
    try:
        searched, saved = search_and_save(session, "encrypted", queries, config)
        checked = run_verify(session)
    finally:
        session.close()
    return {
        "unlock": unlock,
        "import": imported,
        "search": searched,
        "save": saved,
        "verify": checked,
    }


def run_verify(session: VaultSession) -> dict[str, Any]:
    """``logbook verify``'s checks once over the whole vault (pages, audit chain, every
    record against its content MAC, evidence)."""
    log("encrypted: verify")
    with timed() as t:
        report = verify(CaseBook(session))
    records = report.records.checked if report.records is not None else 0
    return {"seconds": round(t[0], 3), "ok": report.ok, "records_checked": records}


def search_and_save(
    session: Any, label: str, queries: list[tuple[str, str]], config: Config
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The search and save workload, the same on every database."""
    log(f"{label}: {len(queries) * config.search_rounds} searches")
    searched = run_searches(session, queries, config)
    log(f"{label}: {2 * config.saves_per_kind} saves")
    return searched, run_saves(session, config)


def plain_run(
    directory: Path,
    connect: Callable[[str], Any],
    label: str,
    document: bytes,
    queries: list[tuple[str, str]],
    config: Config,
) -> dict[str, Any]:
    """The same import, open, search and save workload on an unencrypted database."""
    session = plain_session(directory, connect, create=True)
    try:
        log(f"{label}: importing {config.incidents} incidents")
        imported = run_import(session, document)
        log(f"{label}: import took {imported['seconds']} s")
    finally:
        session.close()
    opened = measure_open(
        lambda: plain_session(directory, connect, create=False), config.unlock_runs
    )
    session = plain_session(directory, connect, create=False)
    memory_security_on = memory_security(session)
    try:
        searched, saved = search_and_save(session, label, queries, config)
    finally:
        session.close()
    return {
        "cipher_memory_security": memory_security_on,
        "open_ms": opened,
        "database_bytes": _database_bytes(directory),
        "import": imported,
        "search": searched,
        "save": saved,
    }


def _database_bytes(directory: Path) -> int:
    return sum(
        (directory / (DATABASE + suffix)).stat().st_size
        for suffix in ("", "-wal")
        if (directory / (DATABASE + suffix)).exists()
    )


# Summary -------------------------------------------------------------------------------


def ratios(encrypted: dict[str, Any], plain: dict[str, Any]) -> dict[str, float]:
    """``encrypted / plain`` for import time, search p95 and save p95 (and a few more)."""

    def ratio(a: float, b: float) -> float:
        return round(a / b, 3) if b else float("inf")

    return {
        "import_seconds": ratio(encrypted["import"]["seconds"], plain["import"]["seconds"]),
        "search_p95": ratio(encrypted["search"]["p95_ms"], plain["search"]["p95_ms"]),
        "save_p95": ratio(encrypted["save"]["p95_ms"], plain["save"]["p95_ms"]),
        "search_p50": ratio(encrypted["search"]["p50_ms"], plain["search"]["p50_ms"]),
        "save_p50": ratio(encrypted["save"]["p50_ms"], plain["save"]["p50_ms"]),
        "save_create_p95": ratio(
            encrypted["save"]["create"]["p95_ms"], plain["save"]["create"]["p95_ms"]
        ),
        "save_update_p95": ratio(
            encrypted["save"]["update"]["p95_ms"], plain["save"]["update"]["p95_ms"]
        ),
    }


def target(value: float, limit: float, unit: str) -> dict[str, Any]:
    return {"value": value, "limit": limit, "unit": unit, "met": value <= limit}


def targets(
    encrypted: dict[str, Any], ratio_sets: dict[str, dict[str, float]], baseline: str | None
) -> dict[str, Any]:
    """Each target with the measured value and whether it was met."""
    found: dict[str, Any] = {
        "open_after_kdf_ms": target(
            encrypted["unlock"]["open_with_key_ms"]["median_ms"],
            TARGETS["open_after_kdf_ms"],
            "ms (median open_with_key at the benchmark's incident count)",
        ),
        "search_p95_ms": target(encrypted["search"]["p95_ms"], TARGETS["search_p95_ms"], "ms"),
        "save_p95_ms": target(encrypted["save"]["p95_ms"], TARGETS["save_p95_ms"], "ms"),
    }
    if baseline is None:
        found["ratios"] = {"skipped": "no unencrypted baseline could be run"}
        return found
    chosen = ratio_sets[baseline]
    found["ratios_baseline"] = baseline
    for key in ("import_seconds", "search_p95", "save_p95"):
        found[f"ratio_{key}"] = target(chosen[key], TARGETS["ratio"], "encrypted / plain")
    return found


def machine_info(temp_root: Path) -> dict[str, Any]:
    """What the numbers depend on: CPUs, Python, SQLCipher build, the temp filesystem."""
    conn = sqlcipher.connect(":memory:")
    try:
        cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.execute("PRAGMA key = 'probe'")  # the provider is reported once keyed
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        conn.close()
    return {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlcipher_version": cipher_version,
        "sqlcipher_provider": provider[0] if provider else None,
        "sqlcipher_provider_version": provider_version[0] if provider_version else None,
        "sqlcipher_sqlite_version": sqlcipher.sqlite_version,
        "stdlib_sqlite_version": sqlite3.sqlite_version,
        "temp_dir": str(temp_root),
        "temp_dir_filesystem": _filesystem_of(temp_root),
    }


def _filesystem_of(path: Path) -> str | None:
    """The filesystem type holding ``path`` (Linux ``/proc/mounts``), or ``None``."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, kind = "", None
    resolved = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1]
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, kind = mount_point, fields[2]
    return kind


PARTS = ("encrypted", "encrypted_no_memory_security", "plain_sqlite", "unkeyed_sqlcipher")
_BASELINE_NOTES = {
    "encrypted_no_memory_security": (
        "NOT the product configuration: keyed SQLCipher like database.connect but without "
        "PRAGMA cipher_memory_security; separates page encryption from memory security"
    ),
    "plain_sqlite": "stdlib sqlite3, unencrypted; same pragmas minus the cipher ones",
    "unkeyed_sqlcipher": (
        "sqlcipher3 with no PRAGMA key: the same SQLite build and FTS5, unencrypted; "
        "same pragmas minus the cipher ones, same VaultSession code"
    ),
}


def run_part(part: str, workdir: Path, config: Config) -> dict[str, Any]:
    """One variant, in this (fresh) process: the document is rebuilt from the seed."""
    document = workload.document_bytes(config.incidents, config.seed)
    queries = workload.search_query_mix(config.queries_per_round, config.seed)
    if part == "encrypted":
        return encrypted_run(workdir, document, queries, config)
    connect = {
        "encrypted_no_memory_security": connect_keyed_without_memory_security,
        "plain_sqlite": connect_stdlib,
        "unkeyed_sqlcipher": connect_unkeyed_sqlcipher,
    }[part]
    return {
        "what": _BASELINE_NOTES[part],
        **plain_run(workdir, connect, part, document, queries, config),
    }


def run_in_child(part: str, workdir: Path, config: Config) -> dict[str, Any]:
    """Run :func:`run_part` in a new interpreter (progress passes through to stderr)."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--part",
        part,
        "--workdir",
        str(workdir),
        "--incidents",
        str(config.incidents),
        "--seed",
        str(config.seed),
    ]
    if config.quick:
        command.append("--quick")
    done = subprocess.run(command, stdout=subprocess.PIPE, check=True)
    return json.loads(done.stdout)


def parse_args(argv: list[str] | None) -> tuple[Config, argparse.Namespace]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=10_000, help="default 10000")
    parser.add_argument(
        "--quick", action="store_true", help="500 incidents and fewer repetitions (smoke test)"
    )
    parser.add_argument("--seed", type=int, default=workload.DEFAULT_SEED)
    # Internal: run one variant in a child process and print its JSON.
    parser.add_argument("--part", choices=PARTS, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        config = Config(
            incidents=500,
            unlock_runs=3,
            search_rounds=1,
            queries_per_round=60,
            saves_per_kind=25,
            warmup_queries=5,
            seed=args.seed,
            quick=True,
        )
    else:
        config = Config(
            incidents=args.incidents,
            unlock_runs=5,
            search_rounds=2,
            queries_per_round=200,
            saves_per_kind=200,
            warmup_queries=20,
            seed=args.seed,
        )
    return config, args


def main(argv: list[str] | None = None) -> int:
    config, args = parse_args(argv)
    if args.part:
        print(json.dumps(run_part(args.part, args.workdir, config), ensure_ascii=False))
        return 0

    log(f"building a {config.incidents}-incident document (seed {config.seed})")
    document = workload.document_bytes(config.incidents, config.seed)
    counts = workload.document_counts(json.loads(document))
    log("timing the document check alone (logbook.core.interchange.load)")
    with timed() as t:
        load(document)
    load_s = t[0]
    document_size = len(document)
    del document

    temp_root = Path(tempfile.mkdtemp(prefix="logbook-bench-"))
    try:
        result: dict[str, Any] = {
            "config": {
                "incidents": config.incidents,
                "quick": config.quick,
                "seed": config.seed,
                "document_bytes": document_size,
                "document_records": counts,
                "document_check_seconds": round(load_s, 3),
                "searches": config.queries_per_round * config.search_rounds,
                "saves": 2 * config.saves_per_kind,
                "process_per_variant": True,
            },
            "machine": machine_info(temp_root),
        }
        encrypted = run_in_child("encrypted", temp_root / "encrypted", config)
        result.update(encrypted)

        baselines: dict[str, dict[str, Any]] = {}
        supported, reason = stdlib_fts5_support()
        if supported:
            baselines["plain_sqlite"] = run_in_child(
                "plain_sqlite", temp_root / "plain-sqlite", config
            )
            result["plain_sqlite"] = baselines["plain_sqlite"]
        else:
            log(f"plain sqlite3 skipped: {reason}")
            result["plain_sqlite"] = {"skipped": True, "reason": reason}
        for part in ("unkeyed_sqlcipher", "encrypted_no_memory_security"):
            baselines[part] = run_in_child(part, temp_root / part, config)
            result[part] = baselines[part]

        result["ratios"] = {
            name: ratios(encrypted, other)
            for name, other in baselines.items()
            if name != "encrypted_no_memory_security"
        }
        plain_name = "plain_sqlite" if "plain_sqlite" in baselines else "unkeyed_sqlcipher"
        attribution = baselines["encrypted_no_memory_security"]
        result["ratios"]["memory_security_only"] = ratios(encrypted, attribution)
        result["ratios"]["page_encryption_only"] = ratios(attribution, baselines[plain_name])
        result["targets"] = targets(encrypted, result["ratios"], plain_name)
    finally:
        shutil.rmtree(temp_root, ignore_errors=True)
        log(f"removed {temp_root}")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
