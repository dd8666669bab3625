"""Unlocking from the command line: wrong secrets, no terminal, damaged vaults.

A defender must be told plainly whether they mistyped (exit 3) or the vault is damaged
(exit 5), never shown a traceback or SQLite's "file is not a database" for a typo, and a
failed attempt must not change a byte of the vault.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import NEW_PASSPHRASE, Run, lines
from tests.conftest import PASSPHRASE, vault_bytes

PAGE = 4096


def assert_no_leak(text: str) -> None:
    assert "Traceback" not in text
    assert "file is not a database" not in text
    assert "sqlcipher" not in text.lower()


def test_wrong_passphrase(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    before = vault_bytes(path)

    result = run("cases", path, "--passphrase-stdin", stdin=lines(NEW_PASSPHRASE))

    assert result.code == 3
    assert result.err == "logbook: Wrong passphrase.\n"
    assert result.out == ""
    assert_no_leak(result.both)
    assert NEW_PASSPHRASE not in result.both
    assert vault_bytes(path) == before


def test_wrong_recovery_code(run: Run, made_vault: tuple[Path, str]) -> None:
    path, code = made_vault
    wrong = ("0" if code[0] != "0" else "1") + code[1:]

    result = run("cases", path, "--recovery-code", "--passphrase-stdin", stdin=lines(wrong))

    assert result.code == 3
    assert "Wrong recovery code." in result.err
    assert_no_leak(result.both)


def test_passphrase_given_as_recovery_code_is_wrong(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    result = run("cases", path, "--recovery-code", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 3
    assert "Wrong recovery code." in result.err


def test_recovery_code_typed_sloppily_unlocks(
    opens: Callable[..., bool], made_vault: tuple[Path, str]
) -> None:
    path, code = made_vault
    sloppy = code.lower().replace("-", " ").replace("0", "o")
    assert opens(path, sloppy, recovery=True)


def test_right_passphrase_lists_no_cases_yet(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    result = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 0
    assert result.out == "No cases yet.\n"
    assert result.err == ""
    assert PASSPHRASE not in result.both


def test_without_a_terminal_or_passphrase_stdin(
    run: Run, made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = made_vault
    monkeypatch.setattr("getpass.getpass", lambda prompt="": pytest.fail("used getpass"))

    result = run("cases", path, stdin=lines(PASSPHRASE))

    assert result.code != 0
    assert "no terminal" in result.err
    assert "--passphrase-stdin" in result.err
    assert_no_leak(result.both)


def test_at_a_terminal_the_passphrase_is_asked_hidden(
    run: Run, made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = made_vault
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr("getpass.getpass", fake_getpass)

    result = run("cases", path, tty=True)

    assert result.code == 0, result
    assert prompts == ["Passphrase: "]


def test_passphrase_stdin_with_nothing_on_stdin(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    result = run("cases", path, "--passphrase-stdin", stdin="")
    assert result.code != 0
    assert "Expected a line on standard input for: Passphrase" in result.err


def test_no_vault_at_the_path(run: Run, tmp_path: Path) -> None:
    result = run("cases", tmp_path / "nowhere", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 4
    assert "There is no Logbook vault at" in result.err
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("recovery", [False, True], ids=["passphrase", "recovery-code"])
def test_damaged_header_is_reported_as_damage(
    run: Run, made_vault: tuple[Path, str], recovery: bool
) -> None:
    path, code = made_vault
    (path / "vault.header").write_bytes(secrets.token_bytes(300))
    before = vault_bytes(path)
    flags, secret = (["--recovery-code"], code) if recovery else ([], PASSPHRASE)

    result = run("cases", path, "--passphrase-stdin", *flags, stdin=lines(secret))

    assert result.code == 5
    assert "The vault's header is damaged" in result.err
    assert "wrong" not in result.err.lower()
    assert_no_leak(result.both)
    assert vault_bytes(path) == before


def test_damaged_first_database_page_is_reported_as_damage(
    run: Run, made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    db = path / "vault.db"
    db.write_bytes(secrets.token_bytes(PAGE) + db.read_bytes()[PAGE:])
    before = vault_bytes(path)
    names_before = sorted(p.name for p in path.iterdir())

    result = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 5
    assert "The vault's database is damaged" in result.err
    assert "wrong" not in result.err.lower()
    assert "Traceback" not in result.both
    assert vault_bytes(path) == before
    assert sorted(p.name for p in path.iterdir()) == names_before  # no -wal or -shm made
