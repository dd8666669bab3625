"""Damage and impossible requests get a clear message naming the part, never "internal
error" (issue 16, point 6): ``dump`` after a damaged page, ``verify`` when the integrity
check itself fails, ``init`` under a file, and a header asking for a float of passes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from logbook.core.errors import FolderUnusable, VaultDamaged
from logbook.services.case_book import CaseBook
from logbook.services.verification import verify
from logbook.vault.lifecycle import Secret, open_vault
from logbook.vault.session import VaultSession
from tests.cli.conftest import Run, lines
from tests.conftest import PASSPHRASE
from tests.vault.test_header import tamper

PAGE = 4096
INTERNAL = 70


def damage_page(database: Path, page: int) -> None:
    """Overwrite 64 bytes in the middle of page ``page`` (1-based), as a bad sector would."""
    with open(database, "r+b") as f:
        f.seek((page - 1) * PAGE + PAGE // 2)
        f.write(b"\xff" * 64)


def test_dump_after_a_damaged_page_names_the_database_and_writes_nothing(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """Every page in turn: the dump either does not need it (exit 0) or says the
    database is damaged (exit 5) and leaves no output file; never an internal error."""
    path, _ = imported_vault
    pages = (path / "vault.db").stat().st_size // PAGE
    damaged_after_opening = 0
    for page in range(2, pages + 1):  # page 1 is the key check: "cannot be decrypted"
        copy = tmp_path / f"v{page}"
        shutil.copytree(path, copy)
        damage_page(copy / "vault.db", page)
        out = tmp_path / f"dump{page}.json"
        result = run(
            "dump", copy, "--case", "case-1", "--out", out, "--passphrase-stdin",
            stdin=lines(PASSPHRASE),
        )  # fmt: skip
        assert result.code in (0, VaultDamaged.exit_code), (page, result)
        assert "internal error" not in result.err
        if result.code == VaultDamaged.exit_code:
            assert "The vault's database is damaged" in result.err, result
            assert not out.exists()
            damaged_after_opening += "cannot be read" in result.err
        shutil.rmtree(copy)
    assert damaged_after_opening  # some pages are read only by the dump, after opening


def cut_short_after_opening(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """The database file loses its tail once the vault is open (a failing disk): the
    integrity check then cannot even run."""
    real_open = open_vault

    def open_then_cut(*args, **kwargs) -> VaultSession:
        session = real_open(*args, **kwargs)
        os.truncate(session.directory / "vault.db", pages * PAGE)
        return session

    monkeypatch.setattr("logbook.cli.open_vault", open_then_cut)


def test_verify_reports_an_integrity_check_that_cannot_run(
    run: Run, imported_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = imported_vault
    cut_short_after_opening(monkeypatch, pages=10)
    result = run("verify", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == VaultDamaged.exit_code, result
    assert "database: DAMAGED: the check could not finish" in result.out
    assert "internal error" not in result.err


def test_the_verify_service_reports_the_check_that_failed(
    imported_vault: tuple[Path, str],
) -> None:
    path, _ = imported_vault
    with open_vault(path, Secret(PASSPHRASE)) as session:
        os.truncate(path / "vault.db", 10 * PAGE)
        report = verify(CaseBook(session))
    assert not report.ok
    assert report.database_problems[0].startswith("the check could not finish")
    assert report.audit is None  # the other checks would only read damaged pages


def test_commands_on_a_vault_whose_open_reads_a_damaged_page(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """The first damaged page that ``cases`` cannot get past: every command names the
    database (``verify`` in its report when it could open the vault)."""
    path, _ = imported_vault
    pages = (path / "vault.db").stat().st_size // PAGE
    for page in range(2, pages + 1):
        copy = tmp_path / "v"
        shutil.copytree(path, copy)
        damage_page(copy / "vault.db", page)
        cases = run("cases", copy, "--passphrase-stdin", stdin=lines(PASSPHRASE))
        if cases.code == 0:
            shutil.rmtree(copy)
            continue
        assert cases.code == VaultDamaged.exit_code, (page, cases)
        for command in ("verify", "search"):
            words = ("Almaty",) if command == "search" else ()
            result = run(command, copy, *words, "--passphrase-stdin", stdin=lines(PASSPHRASE))
            assert result.code == VaultDamaged.exit_code, (page, command, result)
            named = "The vault's database is damaged" in result.err
            assert named or "database: DAMAGED" in result.out, result
        return
    pytest.fail("no page of the vault is read when it opens")


def test_init_under_a_file_says_the_folder_cannot_be_made(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"not a folder")
    result = run(
        "init", blocker / "vault", "--passphrase-stdin", stdin=lines(PASSPHRASE, PASSPHRASE)
    )
    assert result.code == FolderUnusable.exit_code, result
    assert f"Cannot make the vault folder {blocker / 'vault'}: Not a directory." in result.err
    assert "internal error" not in result.err
    assert blocker.read_bytes() == b"not a folder"


def test_a_header_asking_for_a_float_of_passes_is_reported_as_changed(
    run: Run, made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    tamper(path, lambda body: body["slots"][0]["kdf"].update(iterations=4.0))
    for command in ("cases", "verify"):
        result = run(command, path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
        assert result.code == VaultDamaged.exit_code, result
        assert "The vault's header is damaged" in result.err
        assert "iterations must be a whole number, not float" in result.err
