"""An output path never destroys a vault or a device (issue 16, point 1): inside a vault
folder (symlinks followed), onto a vault file, a folder, a device or a pipe, is refused
before anything is written; a new name or a regular file elsewhere is fine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from logbook.core.errors import LogbookError
from logbook.vault.output_paths import check_output_path, vault_holding


def test_a_new_name_or_a_regular_file_outside_any_vault_is_fine(tmp_path: Path) -> None:
    check_output_path(tmp_path / "new.pdf", "the PDF")
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF old")
    check_output_path(existing, "the PDF")


@pytest.mark.parametrize("name", ["vault.header", "vault.db", "new.pdf", "blobs/x.pdf"])
def test_anything_inside_a_vault_is_refused(made_vault: tuple[Path, str], name: str) -> None:
    vault, _ = made_vault
    with pytest.raises(LogbookError, match="inside the vault folder"):
        check_output_path(vault / name, "the PDF")


def test_a_symlink_into_a_vault_is_followed(made_vault: tuple[Path, str], tmp_path: Path) -> None:
    vault, _ = made_vault
    (tmp_path / "innocent").symlink_to(vault)
    (tmp_path / "report.pdf").symlink_to(vault / "vault.header")
    for path in (tmp_path / "innocent" / "out.pdf", tmp_path / "report.pdf"):
        with pytest.raises(LogbookError, match="inside the vault folder"):
            check_output_path(path, "the PDF")
    assert vault_holding(tmp_path / "innocent") == vault.resolve()


def test_a_folder_a_pipe_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for path, reason in (
        (tmp_path, "it is a folder"),
        (pipe, "not a regular file"),
        (tmp_path / "missing" / "out.pdf", "the folder does not exist"),
    ):
        with pytest.raises(LogbookError, match=reason):
            check_output_path(path, "the PDF")


def test_a_device_is_refused_without_touching_it() -> None:
    with pytest.raises(LogbookError, match="not a regular file"):
        check_output_path(Path("/dev/null"), "the dump")
