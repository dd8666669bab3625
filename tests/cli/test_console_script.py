"""The installed ``logbook`` executable, run as a user's shell would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE


def logbook_command() -> list[str]:
    script = Path(sys.executable).parent / "logbook"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "logbook"]


def run_logbook(*argv: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LOGBOOK_DEBUG"}
    return subprocess.run(
        [*logbook_command(), *map(str, argv)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_console_script_help() -> None:
    done = run_logbook("--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: logbook")
    assert "search" in done.stdout
    assert done.stderr == ""


def test_console_script_search_is_quiet_on_success(imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    done = run_logbook("search", path, "Айгерим", "--passphrase-stdin", stdin=f"{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    assert "case-1/p1" in done.stdout
    assert done.stderr == ""  # no SQLCipher or Python log noise


def test_console_script_exit_code_for_a_wrong_passphrase(
    imported_vault: tuple[Path, str],
) -> None:
    path, _ = imported_vault
    done = run_logbook("cases", path, "--passphrase-stdin", stdin="not it at all\n")
    assert done.returncode == 3
    assert done.stderr == "logbook: Wrong passphrase.\n"
    assert done.stdout == ""
