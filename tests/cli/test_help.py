"""``logbook`` with no command (the app), ``--help`` and ``--version``."""

from __future__ import annotations

import pytest

from logbook import __version__
from logbook.cli import main

COMMANDS = ("init", "passwd", "erase", "verify", "cases", "search", "import", "dump")


def test_no_arguments_starts_the_desktop_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import logbook.ui.app

    started: list[bool] = []
    monkeypatch.setattr(logbook.ui.app, "main", lambda: started.append(True) or 0)
    assert main([]) == 0
    assert started == [True]


def test_help_option_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    help_text = capsys.readouterr().out
    assert all(command in help_text for command in COMMANDS)
    assert "--passphrase-stdin" in help_text  # the epilog explains the stdin protocol


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"logbook {__version__}"


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "init"])
def test_vault_commands_offer_stdin_and_recovery_options(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    if command == "erase":
        assert "--yes" in text
    else:
        assert "--passphrase-stdin" in text
        assert "--recovery-code" in text


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["frobnicate"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
