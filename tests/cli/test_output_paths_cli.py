"""``export --out`` and ``dump --out`` never write into a vault or onto a device (issue
16, point 1): refused with a clear message before the unlock, and the vault is intact."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import Run, lines
from tests.conftest import PASSPHRASE

Opens = Callable[..., bool]


@pytest.mark.parametrize("name", ["vault.header", "vault.db"])
@pytest.mark.parametrize("command", ["export", "dump"])
def test_an_output_onto_a_vault_file_is_refused_and_the_vault_stays(
    run: Run, opens: Opens, imported_vault: tuple[Path, str], command: str, name: str
) -> None:
    path, _ = imported_vault
    target = path / name
    before = target.read_bytes()
    extra = ["--profile", "ohchr"] if command == "export" else []
    result = run(
        command, path, "--case", "case-1", *extra, "--out", target,
        "--passphrase-stdin", stdin=lines(PASSPHRASE),
    )  # fmt: skip
    assert result.code == 1
    assert "inside the vault folder" in result.err
    assert target.read_bytes() == before
    assert opens(path, PASSPHRASE)


def test_a_pipe_as_output_is_refused(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = imported_vault
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    result = run(
        "dump", path, "--case", "case-1", "--out", pipe, "--passphrase-stdin",
        stdin=lines(PASSPHRASE),
    )  # fmt: skip
    assert result.code == 1 and "not a regular file" in result.err
    assert pipe.exists() and not pipe.is_file()
