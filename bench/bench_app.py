"""Desktop app start-up benchmarks: process start to unlock dialog, unlock to main window.

Run from the repository root::

    .venv/bin/python bench/bench_app.py            # 10,000 incidents (first run builds
                                                   # the vault: about a minute)
    .venv/bin/python bench/bench_app.py --quick    # 500 incidents
    .venv/bin/python bench/bench_app.py --profile  # also cProfile one unlock (stderr)

Prints one JSON object on stdout; progress goes to stderr. See README.md for what each
number means.

Both measurements run the product's own code in fresh Python processes, on Qt's
``offscreen`` platform, with Qt settings in a temporary INI file (never the user's):

* **start**: the parent takes the time, starts ``sys.executable -c DRIVER`` and reads the
  child's stdout until the ready line. The driver does what the ``logbook`` command does
  with no arguments (import ``logbook.cli``, then ``logbook.ui.app``'s ``QApplication``
  set-up, ``build()`` and ``controller.start()``), and prints the ready line once the
  unlock dialog is visible, has received a paint event, and one more ``processEvents``
  has run.
* **unlock**: a child process (this script with ``--child-unlock``) shows the unlock
  dialog the same way, derives the data key with ``unlock_data_key`` (not timed: Argon2id
  is benchmarked by ``bench_vault.py``), then emits the dialog's own ``unlocked`` signal
  — what the dialog does when key derivation finishes — and takes the time until the
  main window is visible, the incidents table of the selected case holds every incident
  of that case, its viewport has received a paint event and one more ``processEvents``
  has run. The first unlock of each process is the measured one; the same process then
  locks (``controller.lock()``, Ctrl+L's code) and unlocks again a few times, reported
  separately.

The vault with N incidents is built once (``create_vault`` with the cheapest Argon2id the
vault allows, ``import_case`` of ``workload.document_bytes(N)``) and cached under
``bench/results/`` (git-ignored), keyed by the incident count, the seed, a hash of
``workload.py`` and the schema version. ``--rebuild`` makes it again. Nothing of the
product is patched.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results"
PASSPHRASE = "quartz lantern orbit marmalade fjord 7 hollow"
MARKER = "LOGBOOK-BENCH-READY"
PLATFORM = "offscreen"
TARGETS = {"start_to_unlock_dialog_ms": 1500.0, "unlock_to_main_window_ms": 500.0}
WAIT_SECONDS = 120.0  # give up on a child after this long

# The start child. It mirrors logbook.ui.app.main (QApplication, names, quit-on-last-window,
# build, start) with an INI settings file and an explicit vault path, and reports the
# monotonic clock (system-wide on Linux, so comparable with the parent's) at each step.
START_DRIVER = r"""
import json, os, sys, time
marks = {"interpreter": time.monotonic()}
from pathlib import Path
import logbook.cli  # what the `logbook` console script imports first
marks["import_logbook_cli"] = time.monotonic()
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from logbook.ui.app import build
marks["import_logbook_ui_app"] = time.monotonic()

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.seen = set()
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.seen.add(id(obj))
        return False

app = QApplication(sys.argv[:1])
app.setApplicationName("Logbook")
app.setOrganizationName("Logbook")
app.setQuitOnLastWindowClosed(False)
painted = Painted()
app.installEventFilter(painted)
marks["qapplication"] = time.monotonic()
store = QSettings(sys.argv[2], QSettings.Format.IniFormat)
controller = build(app, store, vault_path=Path(sys.argv[1]))
marks["build"] = time.monotonic()
controller.start()
marks["start_returned"] = time.monotonic()
gate = controller.gate
deadline = time.monotonic() + float(sys.argv[3])
while not (gate.isVisible() and id(gate) in painted.seen):
    if time.monotonic() > deadline:
        sys.exit("the unlock dialog was not painted in time")
    app.processEvents()
app.processEvents()
marks["painted"] = time.monotonic()
if type(gate).__name__ != "UnlockDialog":
    sys.exit(f"expected the unlock dialog, got {type(gate).__name__}")
print(__MARKER__ + " " + json.dumps(marks), flush=True)
os._exit(0)
""".replace("__MARKER__", repr(MARKER))


# Helpers ------------------------------------------------------------------------------

_START = float(os.environ.setdefault("LOGBOOK_BENCH_T0", repr(time.time())))


def log(message: str) -> None:
    """Progress on stderr, with the seconds since the benchmark started."""
    print(f"[{time.time() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def summary(runs_ms: list[float]) -> dict[str, Any]:
    return {
        "median_ms": round(statistics.median(runs_ms), 1),
        "max_ms": round(max(runs_ms), 1),
        "min_ms": round(min(runs_ms), 1),
        "runs_ms": runs_ms,
    }


def target(values_ms: list[float], limit: float) -> dict[str, Any]:
    median = round(statistics.median(values_ms), 1)
    return {
        "value_ms": median,
        "statistic": "median",
        "limit_ms": limit,
        "met": median <= limit,
        "every_run_met": max(values_ms) <= limit,
    }


def child_env(pycache: Path | None) -> dict[str, str]:
    """The children's environment: offscreen Qt and, with ``pycache``, a bytecode cache.

    With a cache folder the children write and read ``.pyc`` files there (a temporary
    ``PYTHONPYCACHEPREFIX``, so nothing is written into the repository), like an installed
    package whose bytecode was compiled at install time. Without one, nothing is written
    and every module without a ``.pyc`` next to it is compiled in every process.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = PLATFORM
    env.pop("LOGBOOK_DEBUG", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


# Qt's offscreen plugin says this whenever a window is shown; it means nothing here.
_NOISE = ("This plugin does not support propagateSizeHints()",)


def pass_on_stderr(path: Path) -> str:
    """Copy a child's stderr file to ours, minus known noise; return what was copied."""
    if not path.exists():
        return ""
    kept = [line for line in path.read_text(errors="replace").splitlines() if line not in _NOISE]
    text = "\n".join(kept)
    if text:
        print(text, file=sys.stderr, flush=True)
    return text


# The cached vault ---------------------------------------------------------------------


def vault_key(incidents: int, seed: int) -> str:
    """The cache folder's name: everything that changes the built vault."""
    from logbook.vault.migrations import MIGRATIONS

    source = (BENCH_DIR / "workload.py").read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:10]
    return f"app-vault-n{incidents}-seed{seed}-w{digest}-s{len(MIGRATIONS)}"


def cached_vault(incidents: int, seed: int, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """The vault for this workload (built now if missing) and its metadata."""
    folder = RESULTS / vault_key(incidents, seed)
    meta_file = folder / "meta.json"
    if meta_file.exists() and not rebuild:
        log(f"using the cached vault {folder.relative_to(BENCH_DIR.parent)}")
        return folder / "vault", json.loads(meta_file.read_text())
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    meta = build_vault(folder / "vault", incidents, seed)
    meta_file.write_text(json.dumps(meta, indent=2))  # written last: the build finished
    return folder / "vault", meta


def build_vault(path: Path, incidents: int, seed: int) -> dict[str, Any]:
    import workload  # bench/workload.py: the script's folder is first on sys.path

    from logbook.services.case_book import CaseBook
    from logbook.services.case_import import import_case
    from logbook.vault.kdf import KdfParams
    from logbook.vault.lifecycle import create_vault

    log(f"building a {incidents}-incident document (seed {seed})")
    document = workload.document_bytes(incidents, seed)
    counts = workload.document_counts(json.loads(document))
    log(f"creating the vault and importing it (about {max(1, incidents // 250)} s)")
    started = time.perf_counter()
    # The cheapest Argon2id the vault allows; the measurements exclude the KDF anyway.
    session, _code = create_vault(path, PASSPHRASE, kdf=KdfParams(iterations=1, lanes=1))
    try:
        book = CaseBook(session)
        import_case(book, document)
        per_case = {case.ref: len(book.incidents(case.id)) for case in book.cases()}
    finally:
        session.close()
    seconds = time.perf_counter() - started
    log(f"vault built in {seconds:.1f} s")
    return {
        "incidents": incidents,
        "seed": seed,
        "document_bytes": len(document),
        "document_records": counts,
        "incidents_per_case": per_case,
        "build_seconds": round(seconds, 1),
        "database_bytes": sum(
            f.stat().st_size for f in path.iterdir() if f.name.startswith("vault.db")
        ),
    }


# Start: process start to unlock dialog -----------------------------------------------


def start_once(vault: Path, workdir: Path, name: str, pycache: Path | None) -> dict[str, Any]:
    """One process: the parent's time from just before ``Popen`` to the ready line."""
    folder = workdir / name
    folder.mkdir()
    command = [
        sys.executable,
        "-c",
        START_DRIVER,
        str(vault),
        str(folder / "logbook.ini"),
        str(WAIT_SECONDS),
    ]
    env = child_env(pycache)
    with open(folder / "stderr", "w") as errors:
        t0 = time.monotonic()
        child = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            text=True,
            cwd=str(BENCH_DIR.parent),
        )
        assert child.stdout is not None
        marks: dict[str, float] | None = None
        for line in child.stdout:
            if line.startswith(MARKER):
                marks = json.loads(line[len(MARKER) :])
                break
        t1 = time.monotonic()
        child.stdout.read()
        code = child.wait(timeout=WAIT_SECONDS)
    problems = pass_on_stderr(folder / "stderr")
    if marks is None or code != 0:
        raise RuntimeError(f"start child failed (exit {code}): {problems[-500:]}")
    steps = {}
    previous = t0
    for step, at in marks.items():
        steps[step] = ms(at - previous)
        previous = at
    steps["ready_line_read"] = ms(t1 - previous)
    return {"total_ms": ms(t1 - t0), "steps_ms": steps}


def measure_start(vault: Path, workdir: Path, runs: int, cold_runs: int) -> dict[str, Any]:
    pycache = workdir / "pycache"
    log("start: one warm-up process that compiles the bytecode cache (not counted)")
    warmup = start_once(vault, workdir, "start-warmup", pycache)
    results = []
    for run in range(1, runs + 1):
        results.append(start_once(vault, workdir, f"start-{run}", pycache))
        log(f"start: run {run}/{runs}: {results[-1]['total_ms']} ms")
    cold = []
    for run in range(1, cold_runs + 1):
        cold.append(start_once(vault, workdir, f"start-nobytecode-{run}", None)["total_ms"])
        log(f"start without a bytecode cache: run {run}/{cold_runs}: {cold[-1]} ms")
    totals = [r["total_ms"] for r in results]
    out = {
        **summary(totals),
        "warmup_ms": warmup["total_ms"],
        "steps_median_ms": {
            step: round(statistics.median(r["steps_ms"][step] for r in results), 1)
            for step in results[0]["steps_ms"]
        },
    }
    if cold:
        out["without_bytecode_cache"] = summary(cold)
    return out


# Unlock: unlock to main window (child side) -------------------------------------------


def child_unlock(args: argparse.Namespace) -> int:
    """In a fresh process: show the unlock dialog, derive the key, time the unlocks."""
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from logbook.ui.app import build
    from logbook.vault.lifecycle import Secret, unlock_data_key

    expected: dict[str, int] = json.loads(args.expected)

    class Painted(QObject):
        """Remembers which objects received a paint event since the last ``clear``."""

        def __init__(self) -> None:
            super().__init__()
            self.seen: set[int] = set()

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen.add(id(obj))
            return False

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Logbook")
    app.setOrganizationName("Logbook")
    app.setQuitOnLastWindowClosed(False)
    painted = Painted()
    app.installEventFilter(painted)
    store = QSettings(str(args.ini), QSettings.Format.IniFormat)
    controller = build(app, store, vault_path=args.child_unlock)

    def wait_until(ready: Any, what: str) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while not ready():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            app.processEvents()
        app.processEvents()

    def gate_painted() -> bool:
        gate = controller.gate
        return gate is not None and gate.isVisible() and id(gate) in painted.seen

    def window_ready() -> bool:
        window = controller.window
        if window is None or not window.isVisible():
            return False
        case = window.current_case()
        if case is None or case.ref not in expected:
            return False
        view = window.incidents.view
        return (
            window.incidents.model.rowCount() == expected[case.ref]
            and view.isVisible()
            and id(view.viewport()) in painted.seen
        )

    controller.start()
    wait_until(gate_painted, "the unlock dialog")
    key = unlock_data_key(args.child_unlock, Secret(PASSPHRASE))  # Argon2id: not timed

    profiler = None
    if args.profile_out:
        import cProfile

        profiler = cProfile.Profile()
    unlocks: list[dict[str, float]] = []
    for cycle in range(args.cycles + 1):
        if cycle:
            controller.lock()  # Ctrl+L: tear down the window, close the database
            painted.seen.clear()
            wait_until(gate_painted, "the unlock dialog after locking")
        painted.seen.clear()
        gate = controller.gate
        if profiler is not None and cycle == 0:
            profiler.enable()
        t0 = time.perf_counter()
        gate.unlocked.emit(args.child_unlock, key)  # what the dialog emits after the KDF
        t1 = time.perf_counter()
        wait_until(window_ready, "the main window")
        t2 = time.perf_counter()
        if profiler is not None and cycle == 0:
            profiler.disable()
            profiler.dump_stats(str(args.profile_out))
        unlocks.append({"total_ms": ms(t2 - t0), "signal_ms": ms(t1 - t0), "paint_ms": ms(t2 - t1)})
    window = controller.window
    shown = {
        "rows": window.incidents.model.rowCount(),
        "width": window.width(),
        "height": window.height(),
    }
    controller.quit()
    print(json.dumps({"unlocks": unlocks, "window": shown}), flush=True)
    sys.stdout.flush()
    os._exit(0)


# Unlock: parent side -----------------------------------------------------------------


def unlock_process(
    vault: Path,
    meta: dict[str, Any],
    workdir: Path,
    name: str,
    cycles: int,
    profile_out: Path | None = None,
) -> dict[str, Any]:
    """One process: show the unlock dialog, derive the key, unlock ``1 + cycles`` times."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child-unlock",
        str(vault),
        "--ini",
        "",
        "--expected",
        json.dumps(meta["incidents_per_case"]),
        "--cycles",
        str(cycles),
    ]
    if profile_out is not None:
        command += ["--profile-out", str(profile_out)]
    folder = workdir / name
    folder.mkdir()
    command[command.index("--ini") + 1] = str(folder / "logbook.ini")
    with open(folder / "stderr", "w") as errors:
        done = subprocess.run(
            command,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=child_env(workdir / "pycache"),
            text=True,
            timeout=WAIT_SECONDS * (cycles + 3),
            check=False,
        )
    problems = pass_on_stderr(folder / "stderr")
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"unlock child failed (exit {done.returncode}): {problems[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_unlock(
    vault: Path, meta: dict[str, Any], workdir: Path, runs: int, cycles: int
) -> dict[str, Any]:
    log("unlock: one warm-up process (not counted)")
    warmup = unlock_process(vault, meta, workdir, "unlock-warmup", 0)
    first, again, window = [], [], {}
    for run in range(1, runs + 1):
        result = unlock_process(vault, meta, workdir, f"unlock-{run}", cycles)
        first.append(result["unlocks"][0])
        again += result["unlocks"][1:]
        window = result["window"]
        log(
            f"unlock: process {run}/{runs}: first {first[-1]['total_ms']} ms, after locking "
            f"{[u['total_ms'] for u in result['unlocks'][1:]]} ms"
        )
    out: dict[str, Any] = {
        **summary([u["total_ms"] for u in first]),
        "warmup_ms": warmup["unlocks"][0]["total_ms"],
        "signal_median_ms": round(statistics.median(u["signal_ms"] for u in first), 1),
        "paint_median_ms": round(statistics.median(u["paint_ms"] for u in first), 1),
        "rows_in_incidents_table": window.get("rows"),
        "window_size": [window.get("width"), window.get("height")],
    }
    if again:
        out["after_lock"] = {
            "cycles_per_process": cycles,
            **summary([u["total_ms"] for u in again]),
        }
    return out


def profile_unlock(vault: Path, meta: dict[str, Any], workdir: Path, top: int) -> dict[str, Any]:
    """One more unlock under cProfile; the top functions go to stderr and the JSON."""
    import pstats

    out = RESULTS / f"{vault.parent.name}-unlock.prof"
    result = unlock_process(vault, meta, workdir, "unlock-profile", 0, profile_out=out)
    stats = pstats.Stats(str(out), stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(top)
    table: dict[tuple[str, int, str], tuple[Any, ...]] = getattr(stats, "stats", {})
    rows = sorted(
        (
            (cumtime, tottime, calls, f"{_short(filename)}:{line}({name})")
            for (filename, line, name), (_cc, calls, tottime, cumtime, _by) in table.items()
        ),
        reverse=True,
    )
    return {
        "unlock_ms_under_profiler": result["unlocks"][0]["total_ms"],
        "stats_file": str(out.relative_to(BENCH_DIR.parent)),
        "top_cumulative": [
            {"function": f, "calls": c, "cum_ms": ms(cum), "own_ms": ms(own)}
            for cum, own, c, f in rows[:top]
        ],
    }


def _short(filename: str) -> str:
    for marker in ("site-packages/", str(BENCH_DIR.parent) + "/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


# Machine ------------------------------------------------------------------------------


def machine_info(vault: Path) -> dict[str, Any]:
    import PySide6
    from bench_vault import _filesystem_of
    from PySide6.QtCore import qVersion
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    return {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "qt_platform": PLATFORM,
        "sqlcipher_version": cipher_version,
        "sqlcipher_sqlite_version": sqlcipher.sqlite_version,
        "vault_dir_filesystem": _filesystem_of(vault),
        "load_average_at_start": load,
    }


# Main ---------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    import workload

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=10_000, help="default 10000")
    parser.add_argument("--quick", action="store_true", help="500 incidents")
    parser.add_argument("--seed", type=int, default=workload.DEFAULT_SEED)
    parser.add_argument(
        "--start-runs", type=int, default=10, help="measured start processes (default 10)"
    )
    parser.add_argument(
        "--no-bytecode-runs",
        type=int,
        default=3,
        help="extra start processes without a bytecode cache (default 3; 0 skips)",
    )
    parser.add_argument(
        "--unlock-runs", type=int, default=5, help="measured unlock processes (default 5)"
    )
    parser.add_argument(
        "--cycles",
        type=int,
        default=2,
        help="lock/unlock cycles in each unlock process after its first unlock (default 2)",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the cached vault again")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile one more unlock; top functions"
    )
    # Internal: one unlock process.
    parser.add_argument("--child-unlock", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--ini", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--expected", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.incidents = 500
    if args.start_runs < 1 or args.unlock_runs < 1:
        parser.error("--start-runs and --unlock-runs must be at least 1")
    if args.cycles < 0 or args.no_bytecode_runs < 0:
        parser.error("--cycles and --no-bytecode-runs cannot be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child_unlock:
        return child_unlock(args)

    vault, meta = cached_vault(args.incidents, args.seed, args.rebuild)
    workdir = Path(tempfile.mkdtemp(prefix="logbook-bench-app-"))
    try:
        result: dict[str, Any] = {
            "config": {
                "incidents": args.incidents,
                "quick": args.quick,
                "seed": args.seed,
                "start_processes": args.start_runs,
                "unlock_processes": args.unlock_runs,
                "lock_unlock_cycles_per_unlock_process": args.cycles,
                "qt_platform": f"{PLATFORM} (QT_QPA_PLATFORM, in every child process)",
                "settings": "a fresh INI file per process in a temporary folder",
                "bytecode": (
                    "children use a temporary PYTHONPYCACHEPREFIX; the warm-up process "
                    "compiles, measured ones read .pyc (as an installed package would)"
                ),
                "vault": {k: v for k, v in meta.items() if k != "incidents_per_case"},
                "vault_cache": str(vault.parent.relative_to(BENCH_DIR.parent)),
            },
            "machine": machine_info(vault),
        }
        start = measure_start(vault, workdir, args.start_runs, args.no_bytecode_runs)
        unlock = measure_unlock(vault, meta, workdir, args.unlock_runs, args.cycles)
        result["start_to_unlock_dialog"] = start
        result["unlock_to_main_window"] = unlock
        result["targets"] = {
            "start_to_unlock_dialog_ms": target(
                start["runs_ms"], TARGETS["start_to_unlock_dialog_ms"]
            ),
            "unlock_to_main_window_ms": target(
                unlock["runs_ms"], TARGETS["unlock_to_main_window_ms"]
            ),
        }
        if args.profile:
            log("profiling one more unlock under cProfile")
            result["unlock_profile"] = profile_unlock(vault, meta, workdir, 20)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
