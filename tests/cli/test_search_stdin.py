"""``logbook search --query-stdin``: the words come from a line of standard input, so
they never stand in the process's arguments or the shell's history (issue 16, point 7)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run, lines
from tests.cli.test_console_script import run_logbook
from tests.conftest import PASSPHRASE


def test_the_words_are_read_after_the_passphrase(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    piped = run(
        "search", path, "--passphrase-stdin", "--query-stdin", stdin=lines(PASSPHRASE, "Aigerim")
    )
    given = run("search", path, "Aigerim", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert piped.code == 0 and piped.out == given.out and "Aigerim" in piped.out


def test_words_and_query_stdin_together_or_neither_are_refused(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    both = run("search", path, "x", "--query-stdin", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    neither = run("search", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    for result in (both, neither):
        assert result.code == 1
        assert "--query-stdin (not both)" in result.err


def test_a_missing_line_of_words_is_said(run: Run, imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    result = run("search", path, "--passphrase-stdin", "--query-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 1
    assert "Expected the words to search for" in result.err


def test_in_a_real_process_the_words_are_not_in_its_arguments(
    imported_vault: tuple[Path, str],
) -> None:
    """The real console script: the words reach the search, and the command line that
    /proc and the shell's history keep holds none of them."""
    path, _ = imported_vault
    argv = ["search", path, "--passphrase-stdin", "--query-stdin"]
    done = run_logbook(*argv, stdin=f"{PASSPHRASE}\nАйгерим\n")
    assert done.returncode == 0, done.stderr
    assert "Айгерим" not in " ".join(map(str, argv))
    assert done.stdout.strip() and "No matches" not in done.stdout
