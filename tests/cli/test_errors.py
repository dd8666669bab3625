"""Unexpected errors never print their message: it could quote case data."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import pytest

from logbook.cli import EXIT_INTERNAL, EXIT_INTERRUPTED
from tests.cli.conftest import Run, lines
from tests.conftest import EXAMPLE_CASE, PASSPHRASE

CANARY = "SECRET-CANARY"


def explode(*args: object, **kwargs: object) -> NoReturn:
    raise RuntimeError(f"{CANARY}: Aigerim Example, bruise on the left forearm")


def interrupt(*args: object, **kwargs: object) -> NoReturn:
    raise KeyboardInterrupt


def test_internal_error_withholds_its_message(
    run: Run, imported_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = imported_vault
    monkeypatch.setattr("logbook.cli.search", explode)

    result = run("search", path, "disrupted", "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == EXIT_INTERNAL == 70
    assert CANARY not in result.both
    assert "Aigerim" not in result.both
    assert "Traceback" not in result.both
    assert "internal error (RuntimeError)" in result.err
    assert "LOGBOOK_DEBUG=1" in result.err


def test_internal_error_in_import_withholds_its_message_and_writes_nothing(
    run: Run, made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = made_vault
    with monkeypatch.context() as patch:  # fails after every record is written
        patch.setattr("logbook.services.case_book.CaseBook.assign_pseudonyms", explode)
        result = run("import", path, EXAMPLE_CASE, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 70
    assert CANARY not in result.both
    cases = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert cases.out == "No cases yet.\n"


def test_debug_mode_lets_the_error_through(
    run: Run, imported_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = imported_vault
    monkeypatch.setattr("logbook.cli.search", explode)
    monkeypatch.setenv("LOGBOOK_DEBUG", "1")

    with pytest.raises(RuntimeError, match=CANARY):
        run("search", path, "disrupted", "--passphrase-stdin", stdin=lines(PASSPHRASE))


def test_interrupt_exits_130(
    run: Run, imported_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = imported_vault
    monkeypatch.setattr("logbook.cli.search", interrupt)

    result = run("search", path, "disrupted", "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == EXIT_INTERRUPTED == 130
    assert "interrupted" in result.err
    assert "Traceback" not in result.err
