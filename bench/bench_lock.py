"""Lock benchmark: from Ctrl+L to every window with case data off the screen.

Run from the repository root (no display needed: Qt's offscreen platform)::

    .venv/bin/python bench/bench_lock.py                  # 5 runs a scenario, a 1 GiB file
    .venv/bin/python bench/bench_lock.py --runs 3 --size-mib 256
    .venv/bin/python bench/bench_lock.py > result.json    # progress stays on stderr

Prints one JSON object on stdout; progress goes to stderr. Everything happens in a fresh
folder under the system temporary directory (a vault, the file to take in, Qt settings),
removed at the end.

What is timed is the product's own path, nothing patched: the real controller
(``logbook.ui.app.build``) over a vault made with the cheapest Argon2id the vault allows,
holding one 500-incident case from ``workload.py``. At ``t0`` a Ctrl+L key press is
handed to the GUI thread's event loop (a queued call that runs ``QTest.keyClick`` on the
active window: application shortcuts are resolved as for a real key, so the main window's
``lock_action`` fires). ``t1`` is the first moment the event loop, polling every
millisecond, finds no visible top-level window but the unlock dialog (no main window,
editor, Export dialog or progress bar). ``latency_ms`` is ``t1 - t0``; the target is
≤ 100 ms. Also per run:

- ``hidden_ms``: until the last of those windows got its Hide event (an application
  event filter sees it as it happens, inside the lock handler, so this excludes what the
  handler does after taking the windows off the screen);
- ``closed_ms`` (informational): until the vault's worker has closed the session
  (``not ops.holds_session`` and no operation pending).

Scenarios, each ``--runs`` times, each run on a fresh copy of the vault, unlocked through
the unlock dialog:

1. ``idle``: the main window, nothing running (the baseline).
2. ``intake``: the Evidence editor's Save is taking in a ``--size-mib`` file on the vault's
   worker (``run_long``); the key is pressed ``--intake-press-after`` seconds after the
   first progress report (by default when the progress bar is up).
3. ``export``: the Export dialog renders and verifies the 500-incident case on the thread
   pool (findings ticked, so the PDF is rendered); the key is pressed
   ``--export-press-after`` seconds after the render started.
4. ``intake_on_gui_thread``: what the app did before the worker: the same intake, run
   blocking on the GUI thread (``ops.call`` from a timer slot), so the key press waits in
   the event queue until it ends. For comparison only.

After each run the vault is checked (``ok``): no file in ``blobs/`` that no evidence
record owns (a cancelled intake leaves no partial blob), and the vault unlocks again with
its case, its 500 incidents and the expected evidence.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import PySide6
import shiboken6
import workload  # bench/workload.py: the script's folder is first on sys.path
from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.ui import dialogs
from logbook.ui.app import build
from logbook.ui.controller import AppController
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.exporting.export_dialog import ExportDialog
from logbook.ui.main_window import MainWindow
from logbook.ui.operations import Job
from logbook.ui.unlock_dialog import UnlockDialog
from logbook.vault.kdf import KdfParams
from logbook.vault.lifecycle import create_vault

PASSPHRASE = "quartz lantern orbit marmalade fjord 7 hollow"
# The vault's minimum Argon2id cost (as the tests use): key derivation is not measured here.
BENCH_KDF = KdfParams(iterations=1, lanes=1)
INCIDENTS = 500
TARGET_MS = 100
SCENARIOS = ("idle", "intake", "export", "intake_on_gui_thread")
POLL_MS = 1
RUN_TIMEOUT = 600.0  # seconds: a run that has not locked by then is reported as failed

_START = time.time()


def log(message: str) -> None:
    """Progress on stderr, with the seconds since the benchmark started."""
    print(f"[{time.time() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


# Qt plumbing -----------------------------------------------------------------------------------


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the event loop (a real one: ``deleteLater`` works) until ``predicate`` holds."""
    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    failed: list[bool] = []

    def check() -> None:
        if predicate():
            loop.quit()
        elif time.monotonic() > deadline:
            failed.append(True)
            loop.quit()

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if failed:
        raise TimeoutError(f"timed out waiting for {what}")


def pause(seconds: float) -> None:
    """Let the event loop run for ``seconds``."""
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() >= end, seconds + 5, "a pause")


def is_case_window(widget: QWidget) -> bool:
    return isinstance(widget, MainWindow | RecordEditor | ExportDialog | QProgressDialog)


def case_windows_on_screen() -> list[QWidget]:
    """Every visible top-level window but the unlock dialog (message boxes included)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and not isinstance(w, UnlockDialog)
    ]


class HideWatcher(QObject):
    """Notes when the last of the watched windows got its Hide event. Installed on the
    case windows on screen at the press only: a filter on the whole application would put
    every event of the GUI thread through Python and slow down what it measures."""

    def __init__(self, windows: list[QWidget]) -> None:
        super().__init__()
        self.last_hide: float | None = None
        self.windows = windows
        for window in windows:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide:
            self.last_hide = time.perf_counter()
        return False

    def remove(self) -> None:
        for window in self.windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)


class Presser(QObject):
    """A key press asked for from any thread, delivered through the GUI thread's queue."""

    request = Signal()

    def __init__(self, press: Callable[[], None]) -> None:
        super().__init__()
        self.request.connect(press, Qt.ConnectionType.QueuedConnection)


# The app ---------------------------------------------------------------------------------------


class Bench:
    def __init__(self, app: QApplication, root: Path, size_mib: int, args: Any) -> None:
        self.app, self.root, self.args = app, root, args
        self.template = root / "template"
        self.vault = root / "vault"
        self.source = root / "evidence.bin"
        self.size_mib = size_mib
        store = QSettings(str(root / "settings" / "logbook.ini"), QSettings.Format.IniFormat)
        self.controller: AppController = build(
            app, store, vault_path=self.vault, quit_app=lambda: None, kdf=BENCH_KDF
        )
        self.ops = self.controller.ops

    # Setting up ----------------------------------------------------------------------------

    def make_template(self) -> None:
        log(f"making a vault with a {INCIDENTS}-incident case")
        session, _ = create_vault(self.template, PASSPHRASE, kdf=BENCH_KDF)
        try:
            document = workload.build_document(INCIDENTS)
            import_case(CaseBook(session), json.dumps(document, ensure_ascii=False))
        finally:
            session.close()
        log(f"writing a {self.size_mib} MiB file to take in")
        block = os.urandom(1 << 20)
        with self.source.open("wb") as out:
            for n in range(self.size_mib):
                # Each MiB differs a little, so nothing along the way can deduplicate.
                out.write(n.to_bytes(8, "little") + block[8:])

    def fresh_vault(self) -> None:
        """The vault as made (the app must be locked, the worker done with it)."""
        shutil.rmtree(self.vault, ignore_errors=True)
        shutil.copytree(self.template, self.vault)

    def unlock(self) -> MainWindow:
        controller = self.controller
        if controller.state == "":
            controller.start()
        gate = controller.gate
        assert isinstance(gate, UnlockDialog), f"not at the unlock dialog: {gate!r}"
        gate.secret.setText(PASSPHRASE)
        gate.unlock_button.click()
        wait_until(lambda: controller.window is not None, 120, "the main window")
        window = controller.window
        assert window is not None
        wait_until(
            lambda: not self.ops.busy and window.current_case() is not None, 120, "the lists"
        )
        return window

    def lock_quietly(self) -> None:
        """Lock (not measured) and wait until the worker let go of the vault."""
        self.controller.lock()
        wait_until(self.closed, 120, "the vault to close")

    def closed(self) -> bool:
        return not self.ops.holds_session and not self.ops.busy

    def activate(self, widget: QWidget) -> None:
        """Offscreen nothing activates a window by itself; shortcuts need an active one."""
        if not widget.window().isActiveWindow():
            widget.window().activateWindow()
        wait_until(lambda: widget.window().isActiveWindow(), 10, "an active window")

    def press_lock(self) -> None:
        """Ctrl+L on the window the user is looking at (the topmost modal one, if any)."""
        target = QApplication.activeModalWidget() or QApplication.activeWindow()
        target = target or self.controller.window
        if target is None:
            return  # locked already
        QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        self.handler_returned = time.perf_counter()  # the lock ran inside the key press

    # Measuring -----------------------------------------------------------------------------

    def measure(
        self,
        *,
        blocking: Callable[[], None] | None = None,
        press_when: Callable[[], None] | None = None,
    ) -> dict[str, Any]:
        """Press Ctrl+L and time it. Default: the press is queued now. ``blocking``: a slot
        queued first that blocks the GUI thread; ``press_when`` then runs on a helper
        thread, returns when the key should be pressed, and the press waits in the queue."""
        window = self.controller.window
        if QApplication.activeWindow() is None and window is not None:
            # An editor that closed (its intake done) leaves no active window offscreen,
            # where a user's main window would be active again: shortcuts need one.
            self.activate(window)
        watcher = HideWatcher(case_windows_on_screen())
        self.handler_returned: float | None = None
        presser = Presser(self.press_lock)
        times: dict[str, float] = {}
        loop = QEventLoop()
        deadline = time.monotonic() + RUN_TIMEOUT

        def check() -> None:
            now = time.perf_counter()
            if "t0" not in times:
                return
            if "gone" not in times and not case_windows_on_screen():
                times["gone"] = now
            gate = self.controller.gate
            if "unlock" not in times and isinstance(gate, UnlockDialog) and gate.isVisible():
                times["unlock"] = now
            if "closed" not in times and self.closed():
                times["closed"] = now
            if ("gone" in times and "closed" in times) or time.monotonic() > deadline:
                loop.quit()

        poll = QTimer()
        poll.setTimerType(Qt.TimerType.PreciseTimer)
        poll.setInterval(POLL_MS)
        poll.timeout.connect(check)
        helper = None
        if blocking is not None and press_when is not None:

            def at_the_right_time() -> None:
                press_when()
                times["t0"] = time.perf_counter()
                presser.request.emit()

            helper = threading.Thread(target=at_the_right_time, daemon=True)
            QTimer.singleShot(0, blocking)
            helper.start()
        else:
            times["t0"] = time.perf_counter()
            presser.request.emit()  # queued: handled by the loop, as a real key press is
        poll.start()
        try:
            loop.exec()
        finally:
            poll.stop()
            watcher.remove()
        if helper is not None:
            helper.join()
        t0 = times["t0"]

        def ms(t: float | None) -> float | None:
            return None if t is None else round((t - t0) * 1000, 1)

        return {
            "latency_ms": ms(times.get("gone")),
            "hidden_ms": ms(watcher.last_hide),
            "unlock_shown_ms": ms(times.get("unlock")),
            "handler_returned_ms": ms(self.handler_returned),
            "closed_ms": ms(times.get("closed")),
            "locked": self.controller.state == "locked",
        }

    # Checking ------------------------------------------------------------------------------

    def check_vault(self, evidence_expected: tuple[int, ...]) -> dict[str, Any]:
        """After a run: every file in ``blobs/`` belongs to an evidence record of the whole
        file (no partial blob); the vault unlocks with its case and incidents, and as many
        evidence records as ``evidence_expected`` allows."""
        blobs_dir = self.vault / "blobs"
        on_disk = sorted(p.name for p in blobs_dir.iterdir()) if blobs_dir.exists() else []
        self.unlock()

        def read(book: CaseBook) -> dict[str, Any]:
            [case] = book.cases()
            evidence = book.evidence(case.id)
            return {
                "incidents": len(book.incidents(case.id)),
                "evidence": len(evidence),
                "blob_files": sorted(f"{e.blob_id}.blob" for e in evidence if e.blob_id),
                "sizes": [e.size for e in evidence],
            }

        found = self.ops.call(read, timeout=120)
        self.lock_quietly()
        ok = (
            found["incidents"] == INCIDENTS
            and found["evidence"] in evidence_expected
            and on_disk == found["blob_files"]
            and all(size == self.size_mib << 20 for size in found["sizes"])
        )
        return {"ok": ok, "files_in_blobs": len(on_disk), "evidence": found["evidence"]}

    # Scenarios -----------------------------------------------------------------------------

    def run_idle(self) -> dict[str, Any]:
        window = self.unlock()
        self.activate(window)
        result = self.measure()
        result.update(self.check_vault((0,)))
        return result

    def open_evidence_editor(self) -> EvidenceEditor:
        window = self.unlock()
        dialogs.reset()
        dialogs.answer_next(str(self.source))
        window.new_evidence()
        wait_until(
            lambda: isinstance(QApplication.activeModalWidget(), EvidenceEditor), 60, "the editor"
        )
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, EvidenceEditor)
        self.activate(editor)
        return editor

    def run_intake(self) -> dict[str, Any]:
        editor = self.open_evidence_editor()
        first: list[float] = []

        def progressed(job: Job, done: int, total: int) -> None:
            if not first:
                first.append(time.monotonic())

        self.ops.progressed.connect(progressed)
        try:
            editor.save_and_close()
            wait_until(lambda: bool(first), 120, "the intake to start")
            pause(self.args.intake_press_after)
        finally:
            self.ops.progressed.disconnect(progressed)
        running = self.ops.busy and editor.saving is not None
        bar = any(isinstance(w, QProgressDialog) for w in case_windows_on_screen())
        result = self.measure()
        result.update({"intake_running_at_press": running, "progress_bar_shown": bar})
        # Cancelled (no evidence, no blob), or its last chunk was in and the record was
        # being saved (a save is not cancelled): then it stays, whole.
        result.update(self.check_vault((0, 1)))
        result["intake_cancelled"] = result["evidence"] == 0
        return result

    def run_intake_on_gui_thread(self) -> dict[str, Any]:
        editor = self.open_evidence_editor()
        record = editor.collect()
        source = self.source
        started = threading.Event()
        ended = threading.Event()

        def progress(done: int, total: int) -> None:
            started.set()

        def intake(book: CaseBook) -> Any:
            with source.open("rb") as content:
                return book.add_evidence_file(record, content, progress)

        def blocking() -> None:  # on the GUI thread: the app before the worker
            try:
                self.ops.call(intake, timeout=RUN_TIMEOUT)
            finally:
                ended.set()

        delay = self.args.intake_press_after
        running: list[bool] = []

        def press_when() -> None:
            started.wait(RUN_TIMEOUT)
            running.append(not ended.wait(delay))

        result = self.measure(blocking=blocking, press_when=press_when)
        result["intake_running_at_press"] = running == [True]
        result.update(self.check_vault((1,)))
        return result

    def run_export(self) -> dict[str, Any]:
        window = self.unlock()
        self.activate(window)
        dialog = window.export_case()
        assert dialog is not None
        wait_until(lambda: not dialog.busy, 300, "the first pass of the export")
        findings = dialog.findings.tree.topLevelItemCount()
        if findings:  # ticked, so that the next pass renders the PDF
            dialog.findings.accept_all()
        else:
            dialog.refresh()
        wait_until(
            lambda: (
                dialog._loading is None and dialog.runner.busy and not dialog._settle.isActive()
            ),
            120,
            "the render to start",
        )
        pause(self.args.export_press_after)
        running = dialog.runner.busy
        self.activate(dialog)
        result = self.measure()
        result.update({"findings_ticked": findings, "render_running_at_press": running})
        # The render goes on, on the thread pool, its result going nowhere: let it end
        # before the next run, which would otherwise share the CPUs with it.
        wait_until(pool_idle, 600, "the abandoned render to end")
        result.update(self.check_vault((0,)))
        return result


def pool_idle() -> bool:
    return QThreadPool.globalInstance().activeThreadCount() == 0


def summary(runs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    values = [r[key] for r in runs if r.get(key) is not None]
    if not values:
        return {"median": None, "max": None, "runs": []}
    return {
        "median": round(statistics.median(values), 1),
        "max": max(values),
        "runs": values,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per scenario (default 5)")
    parser.add_argument("--size-mib", type=int, default=1024, help="file taken in (MiB)")
    parser.add_argument(
        "--scenarios", nargs="+", choices=SCENARIOS, default=list(SCENARIOS), metavar="NAME"
    )
    parser.add_argument(
        "--intake-press-after",
        type=float,
        default=1.5,
        help="seconds after the intake's first progress report (default 1.5: bar shown)",
    )
    parser.add_argument(
        "--export-press-after",
        type=float,
        default=1.0,
        help="seconds after the render started (default 1.0)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    root = Path(tempfile.mkdtemp(prefix="logbook-bench-lock-"))
    result: dict[str, Any] = {
        "machine": {
            "cpu_count": os.cpu_count(),
            "python": platform.python_version(),
            "pyside": PySide6.__version__,
            "qt": qVersion(),
            "platform": platform.platform(),
            "qt_platform": app.platformName(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "config": {
            "runs": args.runs,
            "size_mib": args.size_mib,
            "incidents": INCIDENTS,
            "intake_press_after_s": args.intake_press_after,
            "export_press_after_s": args.export_press_after,
            "kdf": "minimum (64 MiB, 1 pass): not measured here",
        },
        "target_ms": TARGET_MS,
        "scenarios": {},
    }
    bench = Bench(app, root, args.size_mib, args)
    try:
        bench.make_template()
        runners = {
            "idle": bench.run_idle,
            "intake": bench.run_intake,
            "export": bench.run_export,
            "intake_on_gui_thread": bench.run_intake_on_gui_thread,
        }
        for name in args.scenarios:
            runs = []
            for n in range(args.runs):
                log(f"{name}: run {n + 1}/{args.runs}")
                bench.fresh_vault()
                run = runners[name]()
                log(f"{name}: {json.dumps(run)}")
                runs.append(run)
            latency = summary(runs, "latency_ms")
            result["scenarios"][name] = {
                "latency_ms": latency,
                "hidden_ms": summary(runs, "hidden_ms"),
                "handler_returned_ms": summary(runs, "handler_returned_ms"),
                "closed_ms": summary(runs, "closed_ms"),
                "target_met": latency["max"] is not None and latency["max"] <= TARGET_MS,
                "ok": all(r["ok"] and r["locked"] for r in runs),
                "runs": runs,
            }
    finally:
        try:
            bench.controller.quit()
        finally:
            shutil.rmtree(root, ignore_errors=True)
            log(f"removed {root}")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
