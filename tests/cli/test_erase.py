"""``logbook erase``: crypto-erase, only when confirmed, and never of foreign files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.cli.conftest import Run, lines
from tests.conftest import PASSPHRASE, vault_bytes


def listing(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


def test_erase_without_yes_and_without_a_terminal_refuses(
    run: Run, opens: Callable[..., bool], made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    before = vault_bytes(path)

    result = run("erase", path, stdin="ERASE\n")

    assert result.code != 0
    assert "--yes" in result.err
    assert vault_bytes(path) == before
    assert opens(path, PASSPHRASE)


def test_erase_at_a_terminal_needs_the_word_erase(
    run: Run, opens: Callable[..., bool], made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    before = vault_bytes(path)

    result = run("erase", path, stdin="yes\n", tty=True)

    assert result.code == 1
    assert "Type ERASE" in result.out  # the prompt
    assert "Nothing was erased." in result.out
    assert vault_bytes(path) == before
    assert opens(path, PASSPHRASE)


def test_erase_at_a_terminal_confirmed(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    result = run("erase", path, stdin="ERASE\n", tty=True)
    assert result.code == 0, result
    assert not path.exists()


def test_erase_with_yes_removes_the_vault(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault

    result = run("erase", path, "--yes")

    assert result.code == 0, result
    assert "nobody can open it" in result.out
    assert not path.exists()
    after = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert after.code == 4
    assert "There is no Logbook vault" in after.err


def test_erase_keeps_files_it_did_not_make(run: Run, imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    (path / "my-notes.txt").write_text("not Logbook's")

    result = run("erase", path, "--yes")

    assert result.code == 0, result
    assert "left in" in result.out
    assert listing(path) == ["my-notes.txt"]
    assert (path / "my-notes.txt").read_text() == "not Logbook's"


def test_erase_of_a_folder_that_is_not_a_vault(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    (folder / "sub").mkdir(parents=True)
    (folder / "letter.txt").write_text("dear …")
    (folder / "sub" / "photo.jpg").write_bytes(b"\xff\xd8 jpeg")
    before = (listing(folder), vault_bytes(folder))

    result = run("erase", folder, "--yes")

    assert result.code != 0
    assert "There is no Logbook vault" in result.err
    assert (listing(folder), vault_bytes(folder)) == before


def test_erase_of_a_missing_folder(run: Run, tmp_path: Path) -> None:
    result = run("erase", tmp_path / "nowhere", "--yes")
    assert result.code == 4
    assert "There is no Logbook vault" in result.err
