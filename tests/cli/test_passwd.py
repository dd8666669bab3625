"""``logbook passwd``: current secret then new passphrase, one per line on stdin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import NEW_PASSPHRASE, WEAK_PASSPHRASE, Run, lines
from tests.conftest import PASSPHRASE

Opens = Callable[..., bool]


def test_passwd_replaces_the_passphrase(
    run: Run, opens: Opens, imported_vault: tuple[Path, str]
) -> None:
    path, code = imported_vault
    db_before = (path / "vault.db").read_bytes()

    result = run("passwd", path, "--passphrase-stdin", stdin=lines(PASSPHRASE, NEW_PASSPHRASE))

    assert result.code == 0, result
    assert "Passphrase changed" in result.out
    assert PASSPHRASE not in result.both
    assert NEW_PASSPHRASE not in result.both
    assert (path / "vault.db").read_bytes() == db_before  # no data re-encrypted
    old = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert old.code == 3
    assert "Wrong passphrase." in old.err
    assert opens(path, NEW_PASSPHRASE)
    assert opens(path, code, recovery=True)
    cases = run("cases", path, "--passphrase-stdin", stdin=lines(NEW_PASSPHRASE))
    assert cases.out.startswith("case-1\t")


def test_passwd_with_the_recovery_code(
    run: Run, opens: Opens, made_vault: tuple[Path, str]
) -> None:
    path, code = made_vault

    result = run(
        "passwd",
        path,
        "--recovery-code",
        "--passphrase-stdin",
        stdin=lines(code, NEW_PASSPHRASE),
    )

    assert result.code == 0, result
    assert "recovery code is unchanged" in result.out
    assert not opens(path, PASSPHRASE)
    assert opens(path, NEW_PASSPHRASE)
    assert opens(path, code, recovery=True)


def test_passwd_refuses_a_weak_new_passphrase(
    run: Run, opens: Opens, made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    header_before = (path / "vault.header").read_bytes()

    result = run("passwd", path, "--passphrase-stdin", stdin=lines(PASSPHRASE, WEAK_PASSPHRASE))

    assert result.code == 2
    assert "too easy to guess" in result.err
    assert (path / "vault.header").read_bytes() == header_before
    assert opens(path, PASSPHRASE)
    assert not opens(path, WEAK_PASSPHRASE)


def test_passwd_with_the_wrong_current_passphrase(
    run: Run, opens: Opens, made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    header_before = (path / "vault.header").read_bytes()

    result = run(
        "passwd", path, "--passphrase-stdin", stdin=lines("not the passphrase", NEW_PASSPHRASE)
    )

    assert result.code == 3
    assert "Wrong passphrase." in result.err
    assert (path / "vault.header").read_bytes() == header_before
    assert not opens(path, NEW_PASSPHRASE)


def test_passwd_with_only_one_line_on_stdin(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    header_before = (path / "vault.header").read_bytes()

    result = run("passwd", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code != 0
    assert "Expected a line on standard input for: New passphrase" in result.err
    assert (path / "vault.header").read_bytes() == header_before


def test_passwd_at_a_terminal_refuses_a_mistyped_repeat(
    run: Run, made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = made_vault
    header_before = (path / "vault.header").read_bytes()
    answers = iter([PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    result = run("passwd", path, tty=True)

    assert result.code != 0
    assert "differ" in result.err
    assert (path / "vault.header").read_bytes() == header_before


@pytest.mark.parametrize("recovery", [False, True], ids=["passphrase", "recovery code"])
def test_the_new_slot_takes_this_machines_calibration_not_the_old_slots(
    run: Run, made_vault: tuple[Path, str], recovery: bool
) -> None:
    """Someone who lowered the passphrase slot's parameters (here: the vault's own are
    one pass and one lane, below the calibration's floors) must not see them carried
    into the slot a recovery writes: every new slot is calibrated afresh."""
    from logbook.vault import header as header_file
    from logbook.vault.kdf import LANES, MIN_CALIBRATED_ITERATIONS, MIN_MEMORY_KIB, machine_params

    path, code = made_vault
    lowered = header_file.read(path / "vault.header").slots_of("passphrase")[0].kdf
    assert lowered.iterations < MIN_CALIBRATED_ITERATIONS  # the premise

    first = ("--recovery-code",) if recovery else ()
    secret = code if recovery else PASSPHRASE
    result = run("passwd", path, *first, "--passphrase-stdin", stdin=lines(secret, NEW_PASSPHRASE))

    assert result.code == 0, result
    header = header_file.read(path / "vault.header")
    new = header.slots_of("passphrase")[0].kdf
    assert new == machine_params()
    assert new.memory_kib >= MIN_MEMORY_KIB
    assert new.iterations >= MIN_CALIBRATED_ITERATIONS
    assert new.lanes == LANES
    assert header.slots_of("recovery")[0].kdf == lowered  # untouched: its secret is unchanged
