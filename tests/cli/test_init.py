"""``logbook init``: a new vault, its recovery code shown once, weak passphrases refused.

Only the first test pays for the real Argon2id calibration; the refusals all happen
before it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import (
    NEW_PASSPHRASE,
    RECOVERY_CODE_RE,
    WEAK_PASSPHRASE,
    Run,
    lines,
)
from tests.conftest import PASSPHRASE, vault_bytes


@pytest.mark.slow
def test_init_creates_a_vault_and_shows_a_working_recovery_code_once(
    run: Run, opens: Callable[..., bool], vault_path: Path
) -> None:
    result = run("init", vault_path, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 0, result
    assert (vault_path / "vault.header").is_file()
    assert (vault_path / "vault.db").is_file()
    codes = RECOVERY_CODE_RE.findall(result.out)
    assert len(codes) == 1, result.out  # shown exactly once
    assert result.out.count(codes[0]) == 1
    assert codes[0] not in result.err
    assert "Write it down" in result.out
    assert PASSPHRASE not in result.both  # the passphrase is never echoed

    assert opens(vault_path, codes[0], recovery=True)
    assert opens(vault_path, PASSPHRASE)
    assert not opens(vault_path, NEW_PASSPHRASE)


def test_weak_passphrase_is_refused_with_the_reason(run: Run, vault_path: Path) -> None:
    result = run("init", vault_path, "--passphrase-stdin", stdin=lines(WEAK_PASSPHRASE))

    assert result.code == 2
    assert "too easy to guess" in result.err
    assert "strength" in result.err
    assert not RECOVERY_CODE_RE.search(result.out)
    assert not vault_path.exists()


def test_empty_passphrase_is_refused(run: Run, vault_path: Path) -> None:
    result = run("init", vault_path, "--passphrase-stdin", stdin="\n")

    assert result.code == 2
    assert "empty" in result.err
    assert not vault_path.exists()


def test_init_into_a_non_empty_folder_is_refused(run: Run, vault_path: Path) -> None:
    vault_path.mkdir()
    (vault_path / "notes.txt").write_text("someone else's file")

    result = run("init", vault_path, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 4
    assert "already exists" in result.err
    assert sorted(p.name for p in vault_path.iterdir()) == ["notes.txt"]
    assert (vault_path / "notes.txt").read_text() == "someone else's file"


def test_init_over_an_existing_vault_leaves_it_alone(
    run: Run, opens: Callable[..., bool], made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    before = vault_bytes(path)

    result = run("init", path, "--passphrase-stdin", stdin=lines(NEW_PASSPHRASE))

    assert result.code == 4
    assert not RECOVERY_CODE_RE.search(result.out)
    assert vault_bytes(path) == before
    assert opens(path, PASSPHRASE)


def test_init_without_a_line_on_stdin_is_a_clear_error(run: Run, vault_path: Path) -> None:
    result = run("init", vault_path, "--passphrase-stdin", stdin="")

    assert result.code != 0
    assert "Expected a line on standard input" in result.err
    assert not vault_path.exists()


def test_init_without_a_terminal_asks_for_passphrase_stdin(
    run: Run, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": pytest.fail("used getpass"))

    result = run("init", vault_path, stdin=lines(PASSPHRASE))

    assert result.code != 0
    assert "no terminal" in result.err
    assert "--passphrase-stdin" in result.err
    assert not vault_path.exists()


def test_init_at_a_terminal_refuses_two_different_passphrases(
    run: Run, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PASSPHRASE, NEW_PASSPHRASE])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)

    result = run("init", vault_path, tty=True)

    assert result.code != 0
    assert "differ" in result.err
    assert len(prompts) == 2
    assert "Repeat" in prompts[1]
    assert not vault_path.exists()
