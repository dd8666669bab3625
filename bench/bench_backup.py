"""Backup and restore benchmark: a large vault with gigabytes of evidence, against ``cp -r``.

Run from the repository root::

    .venv/bin/python bench/bench_backup.py                 # 10,000 incidents, 1 GB evidence
    .venv/bin/python bench/bench_backup.py --quick         # 500 incidents, 64 MB
    .venv/bin/python bench/bench_backup.py --incidents 2000 --evidence-mb 256

Prints one JSON object on stdout; progress goes to stderr. Everything happens in a fresh
folder under the system temporary directory (``--workdir`` to choose), removed at the end.

The vault is built with the cheapest Argon2id the vault allows (``create_vault``), the
``workload.py`` case imported, then evidence added through ``CaseBook.add_evidence_file``:
half the bytes in four large "videos", half in 2 MB "photos" (random bytes). Then, each
as the real ``logbook`` command in its own process (wall time from start to exit,
including Python's start and the unlock; peak resident memory from ``wait4``):

1. ``cp -r`` of the vault folder (the baseline), and ``sync`` after it (cp does not flush;
   every backup object is fsynced before it is named);
2. ``logbook backup VAULT --to DIR`` into an empty folder (first backup);
3. the same again, nothing new (incremental);
4. ``logbook backup --verify DIR`` (reads and decrypts everything);
5. ``logbook restore DIR --to NEW`` (checks, then writes a new vault).

Peak memory includes the unlock's Argon2id (64 MiB with the cheapest parameters used
here; a calibrated vault takes 64 MiB to 1 GiB just to unlock, whatever it does next).
The vault is built in a child process: a child's ``ru_maxrss`` counts its parent's memory
at fork, and the parent must stay small for the figures to mean anything.

The cp runs first, so every later read finds the vault in the page cache as cp did.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
PASSPHRASE = "quartz lantern orbit marmalade fjord 7 hollow"
TARGETS = {"first_vs_cp": 2.0, "incremental_seconds": 5.0, "peak_rss_mb": 200.0}


def log(message: str) -> None:
    print(f"[bench_backup] {message}", file=sys.stderr, flush=True)


class RandomFile(io.RawIOBase):
    """``size`` random bytes, read in chunks (never all in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = os.urandom(n)
        self.left -= n
        return n

    def seekable(self) -> bool:
        return False


def build_vault(path: Path, incidents: int, evidence_mb: int) -> dict[str, Any]:
    import workload  # bench/workload.py: the script's folder is first on sys.path

    from logbook.core.model import Evidence
    from logbook.services.case_book import CaseBook
    from logbook.services.case_import import import_case
    from logbook.vault.kdf import KdfParams
    from logbook.vault.lifecycle import create_vault

    log(f"building and importing a {incidents}-incident case")
    started = time.perf_counter()
    session, _code = create_vault(path, PASSPHRASE, kdf=KdfParams(iterations=1, lanes=1))
    try:
        book = CaseBook(session)
        import_case(book, workload.document_bytes(incidents))
        imported = time.perf_counter() - started
        case_id = book.cases()[0].id
        assert case_id is not None
        total = evidence_mb * 1024 * 1024
        videos, photo = [total // 8] * 4, 2 * 1024 * 1024
        sizes = videos + [photo] * ((total - sum(videos)) // photo)
        log(f"adding {len(sizes)} evidence files, {evidence_mb} MB in all")
        for n, size in enumerate(sizes):
            record = Evidence(case_id=case_id, filename=f"file-{n}.bin", sha256="")
            book.add_evidence_file(record, io.BufferedReader(RandomFile(size), 1 << 20))
    finally:
        session.close()
    return {
        "incidents": incidents,
        "import_seconds": round(imported, 1),
        "evidence_files": len(sizes),
        "evidence_bytes": sum(sizes),
        "vault_bytes": folder_bytes(path),
    }


def own_peak_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 if sys.platform != "darwin" else 1024 * 1024)


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def timed(argv: list[str], stdin: str = "") -> dict[str, Any]:
    """Run ``argv``; its wall time and peak resident memory (from ``wait4``)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{argv[:3]} failed ({code}): {err.strip()} {out.strip()}")
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    rss = usage.ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(rss, 1), "output": out.strip()}


def logbook(*argv: str | Path) -> list[str]:
    script = Path(sys.executable).parent / "logbook"
    base = [str(script)] if script.is_file() else [sys.executable, "-m", "logbook"]
    return [*base, *map(str, argv)]


def build_in_child(vault: Path, incidents: int, evidence_mb: int) -> dict[str, Any]:
    """Build the vault in a child process, so that this one stays small: on Linux a
    child's peak memory (``ru_maxrss``) counts what it inherited from its parent at fork."""
    argv = [sys.executable, __file__, "--build", str(vault), "--incidents", str(incidents)]
    argv += ["--evidence-mb", str(evidence_mb)]
    done = subprocess.run(argv, check=True, stdout=subprocess.PIPE, text=True)
    built: dict[str, Any] = json.loads(done.stdout)
    return built


def run(workdir: Path, incidents: int, evidence_mb: int) -> dict[str, Any]:
    vault, folder = workdir / "vault", workdir / "backup"
    built = build_in_child(vault, incidents, evidence_mb)
    log(f"this process's own peak memory: {own_peak_mb():.1f} MB (children inherit it)")
    secret = PASSPHRASE + "\n"
    log("cp -r (baseline)")
    cp = timed(["cp", "-r", str(vault), str(workdir / "cp-copy")])
    started = time.perf_counter()
    subprocess.run(["sync"], check=True)
    cp_sync = cp["seconds"] + time.perf_counter() - started
    shutil.rmtree(workdir / "cp-copy")
    subprocess.run(["sync"], check=True)
    log("first backup")
    first = timed(logbook("backup", vault, "--to", folder, "--passphrase-stdin"), secret)
    log("incremental backup, nothing new")
    again = timed(logbook("backup", vault, "--to", folder, "--passphrase-stdin"), secret)
    log("backup --verify")
    check = timed(logbook("backup", "--verify", folder, "--passphrase-stdin"), secret)
    log("restore")
    restored = workdir / "restored"
    restore = timed(logbook("restore", folder, "--to", restored, "--passphrase-stdin"), secret)
    peak = max(r["peak_rss_mb"] for r in (first, again, check, restore))
    return {
        "benchmark": "backup",
        "machine": {
            "python": platform.python_version(),
            "system": platform.system(),
            "cpus": os.cpu_count(),
        },
        "vault": built,
        "bench_process_peak_rss_mb": round(own_peak_mb(), 1),
        "cp_r_seconds": cp["seconds"],
        "cp_r_then_sync_seconds": round(cp_sync, 2),
        "first_backup": first,
        "incremental_backup_nothing_new": again,
        "verify_backup": check,
        "restore": restore,
        "backup_folder_bytes": folder_bytes(folder),
        "targets": {
            "first_backup_vs_cp_r": {
                "value": round(first["seconds"] / cp["seconds"], 2),
                "vs_cp_r_then_sync": round(first["seconds"] / cp_sync, 2),
                "limit": TARGETS["first_vs_cp"],
                "met": first["seconds"] <= TARGETS["first_vs_cp"] * cp["seconds"],
            },
            "incremental_seconds": {
                "value": again["seconds"],
                "limit": TARGETS["incremental_seconds"],
                "met": again["seconds"] <= TARGETS["incremental_seconds"],
            },
            "peak_rss_mb": {
                "value": peak,
                "limit": TARGETS["peak_rss_mb"],
                "met": peak <= TARGETS["peak_rss_mb"],
            },
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=10_000, help="default 10000")
    parser.add_argument("--evidence-mb", type=int, default=1024, help="default 1024 (1 GB)")
    parser.add_argument("--quick", action="store_true", help="500 incidents, 64 MB evidence")
    parser.add_argument("--workdir", type=Path, help="where to work (default: a temp folder)")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args(argv)
    if args.build:
        print(json.dumps(build_vault(args.build, args.incidents, args.evidence_mb)))
        return 0
    if args.quick:
        args.incidents, args.evidence_mb = 500, 64
    workdir = Path(tempfile.mkdtemp(prefix="bench-backup-", dir=args.workdir))
    try:
        result = run(workdir, args.incidents, args.evidence_mb)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
