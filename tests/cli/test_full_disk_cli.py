"""Every command on a really full disk says "the disk is full" (exit 6), never that the
vault is damaged, and the vault is whole once space is freed (issue 16, point 3).

The disk is a loop-mounted 8 MiB ext4 image filled to the last block, or to 16 KiB: with
no space, SQLite cannot even make the ``-shm`` index it needs to open a vault in WAL
mode, and reports a plain "disk I/O error".
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from logbook.core.errors import LogbookError, StorageFull
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case
from logbook.services.exporting import audited_export
from logbook.vault.lifecycle import Secret, create_vault, open_vault
from tests.cli.conftest import Run, example, lines, write_json
from tests.conftest import EXAMPLE_CASE, FAST_KDF, PASSPHRASE, FixedClock
from tests.small_disk import fill_up, needs_a_small_disk, use_up_inodes

pytestmark = needs_a_small_disk

FULL = StorageFull.exit_code


def vault_on(disk: Path) -> Path:
    path = disk / "vault"
    session, _ = create_vault(path, PASSPHRASE, kdf=FAST_KDF, clock=FixedClock())
    with session:
        import_case(CaseBook(session), EXAMPLE_CASE.read_bytes())
    return path


def dumped(path: Path) -> bytes:
    with open_vault(path, Secret(PASSPHRASE)) as session:
        return dump_case(CaseBook(session), "case-1")


def another_case(tmp_path: Path) -> Path:
    document = example()
    document["case"]["id"] = "case-2"
    return write_json(tmp_path / "case-2.json", document)


def commands(path: Path, tmp_path: Path) -> dict[str, tuple[str | Path, ...]]:
    return {
        "import": ("import", path, another_case(tmp_path)),
        "cases": ("cases", path),
        "verify": ("verify", path),
        "search": ("search", path, "Almaty"),
        "dump": ("dump", path, "--case", "case-1", "--out", tmp_path / "dump.json"),
        "export": (
            "export",
            path,
            "--case",
            "case-1",
            "--profile",
            "public",
            "--accept-findings",
            "--out",
            tmp_path / "out.pdf",
        ),
        "backup": ("backup", path, "--to", tmp_path / "backup"),
    }


def says_full(result) -> bool:
    return result.code == FULL and "The disk is full" in result.err


@pytest.mark.parametrize("free", [0, 16 * 1024], ids=["no space", "16 KiB"])
def test_every_command_says_the_disk_is_full_and_nothing_is_lost(
    run: Run, small_disk: Path, tmp_path: Path, free: int
) -> None:
    path = vault_on(small_disk)
    before = dumped(path)
    filler = fill_up(small_disk, leave=free)

    results = {
        name: run(*argv, "--passphrase-stdin", stdin=lines(PASSPHRASE))
        for name, argv in commands(path, tmp_path).items()
    }
    for name, result in results.items():
        assert result.code in (0, FULL), (name, result)
        assert "damaged" not in result.both and "internal error" not in result.err, (name, result)
        assert result.code == 0 or says_full(result), (name, result)
    assert says_full(results["import"])  # a new case cannot fit in 16 KiB
    if free == 0:  # nothing opens without the space for its -shm index
        for name in ("cases", "verify", "search", "dump", "export", "backup"):
            assert says_full(results[name]), (name, results[name])
    assert not (tmp_path / "dump.json").exists() or results["dump"].code == 0
    assert not (tmp_path / "out.pdf").exists() or results["export"].code == 0

    filler.unlink()  # space again: the vault is as it was
    verified = run("verify", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert verified.code == 0, verified
    assert dumped(path) == before
    again = run(
        "import", path, another_case(tmp_path), "--passphrase-stdin", stdin=lines(PASSPHRASE)
    )
    assert again.code == 0, again


@pytest.mark.parametrize("free_kib", [0, 8, 48, 120, 250])
def test_init_on_a_nearly_full_disk_says_so_and_leaves_no_folder(
    run: Run, small_disk: Path, free_kib: int
) -> None:
    """However little space is left — none for the folder, some for the folder but not
    the schema, the schema but not the header — the disk is said to be full."""
    fill_up(small_disk, leave=free_kib * 1024)
    result = run(
        "init", small_disk / "new", "--passphrase-stdin", stdin=lines(PASSPHRASE, PASSPHRASE)
    )
    assert result.code == 0 or says_full(result), result
    if result.code != 0:
        assert not (small_disk / "new").exists()
    if free_kib <= 48:
        assert says_full(result), result


def test_a_vault_on_a_read_only_disk_is_not_called_damaged(run: Run, small_disk: Path) -> None:
    """SQLite cannot make the -shm index a WAL vault needs even to be read: that is the
    disk's being read-only, said as such."""
    path = vault_on(small_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        result = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert result.code == 1, result
    assert "cannot be opened" in result.err and "must be writable" in result.err
    assert "damaged" not in result.err


def test_passwd_on_a_full_disk_keeps_the_old_passphrase_or_takes_the_new(
    run: Run, small_disk: Path
) -> None:
    """The header is rewritten in place, so a passphrase change needs no new space; if it
    cannot be done it says the disk is full, and either passphrase opens the vault."""
    path = vault_on(small_disk)
    filler = fill_up(small_disk)
    new = "vermilion otter kettle quasar drum"
    result = run("passwd", path, "--passphrase-stdin", stdin=lines(PASSPHRASE, new))
    assert result.code == 0 or says_full(result), result
    filler.unlink()
    secret = new if result.code == 0 else PASSPHRASE
    assert run("cases", path, "--passphrase-stdin", stdin=lines(secret)).code == 0


def test_no_room_for_one_more_file_is_the_disk_being_full(run: Run, few_inodes_disk: Path) -> None:
    """Every inode in use, megabytes free: SQLite cannot make the -shm index, and the
    disk is said to be full, not read-only or damaged."""
    path = vault_on(few_inodes_disk)
    empties = use_up_inodes(few_inodes_disk)
    result = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert says_full(result), result
    for empty in empties:
        empty.unlink()
    assert run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE)).code == 0


def test_an_export_whose_completion_cannot_be_recorded_says_the_file_was_written(
    small_disk: Path, tmp_path: Path
) -> None:
    """The PDF goes to another disk, then the vault's disk fills: recording the export's
    completion fails, and the message must not say "nothing was changed"."""
    path = vault_on(small_disk)
    with open_vault(path, Secret(PASSPHRASE)) as session:
        book = CaseBook(session)
        case = book.cases()[0]
        full = None
        with pytest.raises(LogbookError) as raised, audited_export(book, case):
            (tmp_path / "out.pdf").write_bytes(b"%PDF-1.7 written elsewhere")
            full = fill_up(small_disk)
        assert full is not None
        full.unlink()
    assert str(raised.value).startswith("The export was written, but the vault's disk is full")
    assert not isinstance(raised.value, StorageFull)  # whose message says nothing changed
