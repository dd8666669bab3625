"""The command line takes a passphrase longer than the strength estimator's 72 characters
(issue 16, point 2)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run, lines
from tests.conftest import PASSPHRASE
from tests.vault.test_passphrase_policy import WORDS, long


def test_passwd_takes_a_500_character_passphrase(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    new = long(WORDS, 500)
    result = run("passwd", path, "--passphrase-stdin", stdin=lines(PASSPHRASE, new))
    assert result.code == 0, result
    cases = run("cases", path, "--passphrase-stdin", stdin=lines(new))
    assert cases.code == 0 and cases.out.startswith("case-1\t")


def test_a_secret_that_is_not_utf8_gets_a_clear_message(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    # Bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape).
    result = run("cases", path, "--passphrase-stdin", stdin="\udcff\udcfe\n")
    assert result.code == 1
    assert "is not UTF-8 text" in result.err
    assert "internal error" not in result.err
