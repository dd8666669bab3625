"""``logbook backup`` and ``logbook restore`` as a user runs them: messages and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from logbook.cli import main
from logbook.vault.backup.layout import GENERATIONS, OBJECTS
from tests.cli.conftest import EVIDENCE, NEW_PASSPHRASE, Result, Run, lines
from tests.conftest import PASSPHRASE


def back_up(run: Run, vault: Path, folder: Path) -> Result:
    return run("backup", vault, "--to", folder, "--passphrase-stdin", stdin=lines(PASSPHRASE))


def check(run: Run, folder: Path, secret: str = PASSPHRASE) -> Result:
    return run("backup", "--verify", folder, "--passphrase-stdin", stdin=lines(secret))


def restore(run: Run, folder: Path, target: Path, *extra: str, secret: str = PASSPHRASE) -> Result:
    argv = ("restore", folder, "--to", target, "--passphrase-stdin", *extra)
    return run(*argv, stdin=lines(secret))


def test_backup_verify_list_and_restore(
    run: Run, vault_with_file: Path, tmp_path: Path, made_vault: tuple[Path, str]
) -> None:
    folder, target = tmp_path / "stick" / "logbook-backup", tmp_path / "restored"
    first = back_up(run, vault_with_file, folder)
    assert first.code == 0, first
    assert "Backup generation 1 written" in first.out and "1 evidence file(s)" in first.out
    second = back_up(run, vault_with_file, folder)
    assert "Backup generation 2 written" in second.out
    assert "1 evidence file(s) already there" in second.out  # incremental
    checked = check(run, folder)
    assert checked.code == 0, checked
    assert checked.out.rstrip().endswith("Backup verified: every part is intact.")
    listed = run("backup", "--list", folder, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert listed.code == 0 and listed.out.count("generation ") == 2
    restored = restore(run, folder, target, "--recovery-code", secret=made_vault[1])
    assert restored.code == 0, restored
    assert "Restored generation 2" in restored.out
    opened = run("verify", target, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert opened.code == 0, opened  # no "changes missing", evidence intact
    dumped = run("dump", target, "--case", "case-1", "--include-files", "--passphrase-stdin",
                 stdin=lines(PASSPHRASE))  # fmt: skip
    assert dumped.code == 0 and "evidence" in dumped.out


def test_damage_is_named_and_exits_5(run: Run, vault_with_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backup"
    back_up(run, vault_with_file, folder)
    objects = sorted((folder / OBJECTS).iterdir(), key=lambda p: p.stat().st_size)
    evidence = objects[0]  # the small evidence file, smaller than the database
    data = bytearray(evidence.read_bytes())
    data[-3] ^= 0x40
    evidence.write_bytes(bytes(data))
    checked = check(run, folder)
    assert checked.code == 5
    assert "DAMAGED" in checked.out and "evidence case-1/" in checked.out
    assert checked.out.rstrip().endswith("Backup check FAILED.")
    restored = restore(run, folder, tmp_path / "restored")
    assert restored.code == 5  # restored, but not everything
    assert "NOT restored: evidence case-1/" in restored.out
    verified = run("verify", tmp_path / "restored", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert verified.code == 5 and "is missing" in verified.out
    assert EVIDENCE.decode("latin-1") not in checked.both + restored.both


def test_refusals_and_wrong_secrets(run: Run, vault_with_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backup"
    assert check(run, folder).code == 4  # nothing there yet
    inside = back_up(run, vault_with_file, vault_with_file / "backup")
    assert inside.code == 1 and "outside the vault" in inside.err
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "letter.txt").write_text("mine")
    mixed = back_up(run, vault_with_file, busy)
    assert mixed.code == 1 and "holds other files and no Logbook backup" in mixed.err
    assert sorted(p.name for p in busy.iterdir()) == ["letter.txt"]
    back_up(run, vault_with_file, folder)
    wrong = check(run, folder, NEW_PASSPHRASE)
    assert wrong.code == 3 and "Wrong passphrase for this backup" in wrong.err
    exists = restore(run, folder, vault_with_file)
    assert exists.code == 4 and "not an empty folder" in exists.err
    missing = restore(run, folder, tmp_path / "r", "--generation", "9")
    assert missing.code == 1 and "no generation 9" in missing.err
    both = run("backup", vault_with_file, "--verify", folder)
    assert both.code == 1 and "either" in both.err


def test_a_truncated_generation_is_reported_not_complete(
    run: Run, vault_with_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backup"
    back_up(run, vault_with_file, folder)
    back_up(run, vault_with_file, folder)
    newest = sorted((folder / GENERATIONS).iterdir())[-1]
    newest.write_bytes(newest.read_bytes()[:-30])
    checked = check(run, folder)
    assert checked.code == 5 and "generation 2 (time unknown): NOT USABLE" in checked.out
    restored = restore(run, folder, tmp_path / "restored")
    assert restored.code == 0 and "Restored generation 1" in restored.out


def test_help_of_backup_and_restore(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("backup", "restore"):
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0
        text = capsys.readouterr().out
        assert "--passphrase-stdin" in text and "--recovery-code" in text and "--to" in text
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "restore" in capsys.readouterr().out
