"""The leak check's worker processes (``leakcheck/workers.py``): they find exactly what one
process finds, search the document as it was when asked, write nothing, are stopped on
demand, and a killed worker never leaves an export unchecked. Real processes, killed
with SIGKILL."""

from __future__ import annotations

import copy
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from logbook.export import PreparedExport, produce_pdf, stop_check_workers
from logbook.export.document import Text
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import LeakCheck, workers
from logbook.export.leakcheck.reading import keep_parsed_fonts, read_with_pypdf
from logbook.export.origin import Origin
from logbook.export.pdf_render import render_pdf
from tests.export.conftest import example, prepared_from_memory
from tests.ui.test_hygiene import files_written_since, read

LEAK = "Данияру передали"  # the example case's witness, shown by pseudonym
NARRATIVE = Origin("incident", 1, "inc-1", "narrative")


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LOGBOOK_CHECK_WORKERS", "2")
    yield
    workers.shutdown()


@pytest.fixture(scope="module")
def prepared() -> PreparedExport:
    return prepared_from_memory(example(), "ohchr")


def leaky_pdf(prepared: PreparedExport) -> bytes:
    """The PDF as a renderer would make it that added a protected name of its own."""
    document = copy.deepcopy(prepared.document)
    document.sections[-1].paragraph(Text(LEAK, NARRATIVE))
    return render_pdf(document, date=prepared.date, deterministic=True)


def found(prepared: PreparedExport, pdf: bytes, *, parallel: bool) -> tuple[list, list]:
    check = LeakCheck(*leak_terms(prepared.policy), parallel=parallel)
    model = check.start_document(prepared.document)()
    in_pdf = check.check_pdf(pdf)
    return [h.id for h in model], sorted((h.id, h.reader) for h in in_pdf)


def kill_workers() -> None:
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.02)


def test_workers_find_exactly_what_one_process_finds(two_workers, prepared) -> None:
    pdf = leaky_pdf(prepared)
    alone = found(prepared, pdf, parallel=False)
    assert {reader for _, reader in alone[1]} == {"pypdf", "pdfium"}  # the check can fail
    assert found(prepared, pdf, parallel=True) == alone
    assert multiprocessing.active_children()  # it did run in workers
    # A clean PDF: nothing, either way.
    clean = render_pdf(prepared.document, date=prepared.date, deterministic=True)
    assert found(prepared, clean, parallel=True) == found(prepared, clean, parallel=False)
    assert found(prepared, clean, parallel=True) == ([], [])


def test_the_document_is_searched_as_it_was_when_asked(two_workers, prepared) -> None:
    """A worker gets the document pickled at the call, not later by the pool's thread:
    what changes while the PDF renders is not what was checked."""
    document = copy.deepcopy(prepared.document)
    check = LeakCheck(*leak_terms(prepared.policy), parallel=True)
    waiting = check.start_document(document)
    document.sections[-1].paragraph(Text(LEAK, NARRATIVE))
    assert waiting() == []
    # The same change made before asking is found, in the field it is in.
    again = LeakCheck(*leak_terms(prepared.policy), parallel=True)
    hits = again.start_document(document)()
    assert hits and {h.where for h in hits} == {NARRATIVE}


@pytest.mark.parametrize("when", ["before the check", "while the model is searched"])
def test_a_killed_worker_leaves_no_export_unchecked(two_workers, prepared, when: str) -> None:
    pdf = leaky_pdf(prepared)
    alone = found(prepared, pdf, parallel=False)
    workers.start()
    check = LeakCheck(*leak_terms(prepared.policy), parallel=True)
    if when == "before the check":
        kill_workers()
        waiting = check.start_document(prepared.document)
    else:
        waiting = check.start_document(prepared.document)
        kill_workers()
    model = [h.id for h in waiting()]
    in_pdf = sorted((h.id, h.reader) for h in check.check_pdf(pdf))
    assert (model, in_pdf) == alone


def test_stopping_workers_leaves_none_running(two_workers, prepared) -> None:
    produce_pdf(prepared, accept_all=True)
    assert multiprocessing.active_children()
    stop_check_workers()
    assert multiprocessing.active_children() == []
    produce_pdf(prepared, accept_all=True)  # the next export starts new ones
    assert multiprocessing.active_children()


def test_a_check_under_way_when_workers_stop_starts_no_new_ones(two_workers, prepared) -> None:
    """Locking stops the workers in the middle of an export: the export goes on (its
    result is dropped) in its own process, and no worker holds the case's terms."""
    pdf = leaky_pdf(prepared)
    alone = found(prepared, pdf, parallel=False)
    check = LeakCheck(*leak_terms(prepared.policy), parallel=True)
    model = [h.id for h in check.start_document(prepared.document)()]
    assert multiprocessing.active_children()
    stop_check_workers()
    in_pdf = sorted((h.id, h.reader) for h in check.check_pdf(pdf))
    assert (model, in_pdf) == alone
    assert multiprocessing.active_children() == []


def test_turned_off_no_process_is_started(monkeypatch: pytest.MonkeyPatch, prepared) -> None:
    workers.shutdown()
    monkeypatch.setenv("LOGBOOK_CHECK_WORKERS", "0")
    with pytest.raises(Exception, match="Export stopped"):
        check_leaky_export(prepared)
    assert multiprocessing.active_children() == []


def check_leaky_export(prepared: PreparedExport) -> None:
    check = LeakCheck(*leak_terms(prepared.policy), parallel=True)
    check.start_document(prepared.document)()
    hits = check.check_pdf(leaky_pdf(prepared))
    if hits:
        from logbook.export import LeakDetected

        raise LeakDetected(hits)


def test_workers_write_no_file(two_workers, prepared, tmp_path: Path) -> None:
    started = time.time() - 1
    with pytest.raises(Exception, match="Export stopped"):
        check_leaky_export(prepared)
    written = [
        p
        for p in files_written_since(started, Path(tempfile.gettempdir()), tmp_path)
        if not _other_test_run(p, tmp_path)
    ]
    markers = [LEAK.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    assert [
        p for p in written if read(p).startswith(b"%PDF") or any(m in read(p) for m in markers)
    ] == []


def _other_test_run(path: Path, tmp_path: Path) -> bool:
    """A file of another test or pytest run (their folders under pytest's base), which a
    run beside this one may write meanwhile; not the workers' (they would use the
    temporary folder itself)."""
    base = tmp_path.parent.parent  # /tmp/pytest-of-<user>
    return path.is_relative_to(base) and not path.is_relative_to(tmp_path)


def test_pypdf_keeping_parsed_fonts_reads_the_same(prepared) -> None:
    pdf = leaky_pdf(prepared)
    try:
        assert keep_parsed_fonts(False)
        as_shipped = read_with_pypdf(pdf)
    finally:
        keep_parsed_fonts(True)
    kept = read_with_pypdf(pdf)
    assert kept == as_shipped
    assert LEAK in " ".join(" ".join(kept.pages).split())
    # In parts (as the workers read it), the same pages in all.
    parts = [read_with_pypdf(pdf, part, 3) for part in range(3)]
    assert sorted(p for r in parts for p in r.pages) == sorted(kept.pages)
    assert parts[0].metadata == kept.metadata and parts[1].metadata == ()


def alive(pid: int) -> bool:
    """Running, and not a zombie waiting for whoever adopted it to reap it."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    """An export killed with SIGKILL: its workers, which hold the export's text, end too."""
    script = textwrap.dedent(
        """
        import multiprocessing, os, time
        os.environ["LOGBOOK_CHECK_WORKERS"] = "2"
        from logbook.export.leakcheck import workers
        workers.Pending(os.getpid).result()  # started, and working
        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert parent.stdout is not None
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert len(pids) == 2 and all(alive(p) for p in pids)
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(p) for p in pids)
