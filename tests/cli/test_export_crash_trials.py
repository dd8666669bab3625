"""Crash trials of ``logbook export`` (issue 10, parts 4 and 7).

Real ``logbook export`` processes are killed with SIGKILL: at random moments spread over
a run, and at the moments just before and just after the PDF gets its name (the only
moments at which a file can appear or be left). After each kill: beside the output and
in the vault there is nothing but the files that belong there (a marked temporary file of
the killed writer is tolerated until the next run removes it); a PDF that exists is
whole and the audit log has an entry for it; the vault opens and verifies; no audit entry
committed before is lost. The judging functions (tests/cli/crash_trials.py) are shown to
find defects planted on purpose at the end of this file.

About 30 s: one uninterrupted export, 12 random kills and 6 kills at chosen moments (3
where this machine cannot run the unnamed-file path). ``LOGBOOK_TRIAL_SEED`` repeats a
failed run's random delays.
"""

from __future__ import annotations

import os
import random
import re
import time
from pathlib import Path

import pytest

from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.vault.atomic import sweep_leftovers
from logbook.vault.lifecycle import create_vault
from tests.cli.conftest import lines
from tests.cli.crash_trials import (
    VaultState,
    child,
    export_problems,
    history_problems,
    inspect,
    leftover_problems,
    logbook,
    pdf_problems,
    run_and_kill,
    vault_file,
)
from tests.cli.proc_link import unnamed_files_work
from tests.conftest import EXAMPLE_CASE, FAST_KDF, PASSPHRASE

TRIALS = 12
SEED = int(os.environ.get("LOGBOOK_TRIAL_SEED", time.time_ns() % 2**32))
_TRIAL_PDF = re.compile(r"trial-\d+\.pdf")


def export_argv(vault: Path, out: Path) -> list[str | Path]:
    return ["export", vault, "--case", "case-1", "--profile", "ohchr", "--out", out,
            "--passphrase-stdin"]  # fmt: skip


def only_pdfs(relative: str) -> bool:
    """Beside the output only the trials' PDFs belong."""
    return _TRIAL_PDF.fullmatch(relative) is not None


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault holding the example case, shared by this module's trials (each compares
    the vault before and after itself)."""
    path = tmp_path_factory.mktemp("crash") / "vault"
    session, _ = create_vault(path, PASSPHRASE, kdf=FAST_KDF)
    with session:
        import_case(CaseBook(session), EXAMPLE_CASE.read_bytes())
    return path


@pytest.fixture(scope="module")
def baseline(vault: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[float, bytes]:
    """One export run to its end: how long it takes, and its PDF (which the judges pass)."""
    out = tmp_path_factory.mktemp("baseline") / "s.pdf"
    before = inspect(vault)
    started = time.monotonic()
    ended = run_and_kill(logbook(*export_argv(vault, out)), lines(PASSPHRASE), None)
    duration = time.monotonic() - started
    assert ended.returncode == 0, ended.stderr
    after = inspect(vault)
    assert export_problems(out, before, after) == []
    assert after.actions[len(before.actions) :] == ["export started", "export"]
    return duration, out.read_bytes()


def test_random_kills_leave_a_whole_vault_a_whole_pdf_or_none_and_no_partial_file(
    vault: Path, baseline: tuple[float, bytes], tmp_path: Path
) -> None:
    duration, old_pdf = baseline
    rng = random.Random(SEED)
    problems: list[str] = []
    killed = 0
    before = inspect(vault)
    for i in range(TRIALS):
        out = tmp_path / f"trial-{i}.pdf"
        old = None
        if i % 3 == 2:  # every third trial replaces an earlier export
            out.write_bytes(old_pdf)
            out.chmod(0o600)
            old = old_pdf
        # Stratified: trial i is killed in the i-th twelfth of 1.1 runs, so the kills
        # cover the whole run (and the last ones may let it finish).
        delay = 1.1 * duration * (i + rng.random()) / TRIALS
        ended = run_and_kill(logbook(*export_argv(vault, out)), lines(PASSPHRASE), delay)
        killed += ended.killed
        found = leftover_problems(tmp_path, only_pdfs, ended.pid)
        found += leftover_problems(vault, lambda r: vault_file(r, just_killed=True), ended.pid)
        after = inspect(vault)  # the next run: it opens the vault
        found += export_problems(out, before, after, old)
        # The next run also removes what the killed one left (see vault/atomic.py).
        sweep_leftovers(tmp_path)
        sweep_leftovers(vault / "blobs")
        found += leftover_problems(tmp_path, only_pdfs, None)
        found += leftover_problems(vault, lambda r: vault_file(r, just_killed=False), None)
        problems += [f"trial {i} (killed after {delay:.2f} s): {p}" for p in found]
        before = after
    assert problems == [], f"seed {SEED}"
    assert killed >= TRIALS // 2, "most runs ended before their kill: the trials test little"


@pytest.mark.parametrize("mode", ["named", "unnamed"])
@pytest.mark.parametrize(
    ("point", "existing"),
    [("before naming", False), ("after naming", False), ("before naming", True)],
)
def test_a_kill_just_before_or_after_the_pdf_gets_its_name(
    vault: Path,
    baseline: tuple[float, bytes],
    tmp_path: Path,
    mode: str,
    point: str,
    existing: bool,
) -> None:
    """``named``: the fallback of systems without O_TMPFILE; ``unnamed``: Linux's path."""
    if mode == "unnamed" and not unnamed_files_work(tmp_path):
        pytest.skip("this machine cannot give an O_TMPFILE file a name")
    out = tmp_path / "s.pdf"
    old = baseline[1] if existing else None
    if old is not None:
        out.write_bytes(old)
        out.chmod(0o600)
    before = inspect(vault)

    ended = run_and_kill(child(mode, point, out, *export_argv(vault, out)), lines(PASSPHRASE), None)

    assert ended.killed, ended.stderr
    beside = sorted(p.name for p in tmp_path.iterdir() if p.name != "s.pdf")
    if point == "before naming" and (mode == "named" or existing):
        # The one window that leaves a file: written whole, marked with the writer's pid.
        assert len(beside) == 1 and f".logbook-{ended.pid}-" in beside[0], beside
    else:
        assert beside == []  # with O_TMPFILE and no old file, nothing ever shows
    after = inspect(vault)
    assert export_problems(out, before, after, old) == []
    assert after.actions[len(before.actions) :] == ["export started"]
    if point == "after naming":
        assert out.read_bytes() != old and pdf_problems(out) == []
    else:
        assert (out.read_bytes() if out.exists() else None) == old
    sweep_leftovers(tmp_path)  # what the next export into this folder does first
    assert sorted(p.name for p in tmp_path.iterdir()) == (["s.pdf"] if out.exists() else [])


# The judges can fail ---------------------------------------------------------------------


def state(actions: list[str], *, verified: bool = True, dump: dict | None = None) -> VaultState:
    return VaultState(["(lines)"], verified, actions, {"case-1": dump or {"case": "same"}})


def test_the_leftover_judge_finds_planted_files(tmp_path: Path) -> None:
    (tmp_path / "trial-0.pdf").write_bytes(b"%PDF")
    killed, other = 4242, 4343
    mine = tmp_path / f".trial-0.pdf.logbook-{killed}-0123456789ab.partial"
    mine.write_bytes(b"half")
    assert leftover_problems(tmp_path, only_pdfs, killed) == []
    assert leftover_problems(tmp_path, only_pdfs, None) == [
        f"left over in {tmp_path.name}: {mine.name}"
    ]
    planted = [
        f".trial-0.pdf.logbook-{other}-0123456789ab.partial",  # not the killed writer's
        ".trial-0.pdf.0123456789ab.partial",  # unmarked
        "trial-0.pdf.tmp",
    ]
    for name in planted:
        (tmp_path / name).write_bytes(b"x")
    found = leftover_problems(tmp_path, only_pdfs, killed)
    assert found == [f"left over in {tmp_path.name}: {name}" for name in sorted(planted)]


def test_the_vault_judge_finds_a_stray_file_and_a_wal_at_rest(vault: Path) -> None:
    def at_rest(relative: str) -> bool:
        return vault_file(relative, just_killed=False)

    assert leftover_problems(vault, at_rest, None) == []
    stray = [vault / "vault.db-wal", vault / "blobs" / ".x.logbook-1-0123456789ab.partial"]
    try:
        for path in stray:
            path.write_bytes(b"x")
        assert len(leftover_problems(vault, at_rest, None)) == 2
        assert leftover_problems(vault, lambda r: vault_file(r, just_killed=True), 1) == []
    finally:
        for path in stray:
            path.unlink()


def test_the_pdf_judge_finds_a_cut_or_readable_pdf(
    baseline: tuple[float, bytes], tmp_path: Path
) -> None:
    whole = tmp_path / "s.pdf"
    whole.write_bytes(baseline[1])
    whole.chmod(0o600)
    assert pdf_problems(whole) == []
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(baseline[1][: len(baseline[1]) // 2])
    cut.chmod(0o600)
    assert any("cut short" in p for p in pdf_problems(cut))
    whole.chmod(0o644)
    assert pdf_problems(whole) == ["s.pdf is readable by others"]


@pytest.mark.parametrize(
    ("after", "pdf", "finding"),
    [
        (["a", "b"], True, "exists but the audit log has no entry for it"),
        (["a", "b", "export started", "export"], False, "its file is not there"),
        (["a"], False, "gone or changed"),
        (["b", "a"], False, "gone or changed"),
    ],
)
def test_the_export_judge_finds_an_unrecorded_pdf_and_a_lost_entry(
    baseline: tuple[float, bytes], tmp_path: Path, after: list[str], pdf: bool, finding: str
) -> None:
    out = tmp_path / "s.pdf"
    if pdf:
        out.write_bytes(baseline[1])
        out.chmod(0o600)
    problems = export_problems(out, state(["a", "b"]), state(after))
    assert len(problems) == 1 and finding in problems[0], problems


def test_the_history_judge_finds_a_vault_that_fails_verify_or_a_changed_case(
    tmp_path: Path,
) -> None:
    assert history_problems(state(["a"]), state(["a"], verified=False))[0].startswith("verify")
    changed = state(["a"], dump={"case": "other"})
    assert export_problems(tmp_path / "none.pdf", state(["a"]), changed) == [
        "an export changed the case"
    ]
