"""Driving the ``logbook`` command in-process.

``run(*argv, stdin=...)`` calls :func:`logbook.cli.main` with a fake standard input and
returns its exit code and what it printed. Standard input is a plain ``StringIO`` (not a
terminal) unless ``tty=True``, which makes it claim to be one so the interactive paths
(hidden prompts, "type ERASE") can be driven too.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pytest

from logbook.cli import main
from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.vault.lifecycle import Secret, open_vault
from tests.conftest import EXAMPLE_CASE, PASSPHRASE, FixedClock

NEW_PASSPHRASE = "vermilion otter kettle quasar drum"
WEAK_PASSPHRASE = "password1"
RECOVERY_CODE_RE = re.compile(r"\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){5}\b")
EVIDENCE = b"\xff\xd8\xff\xe0 not really a JPEG \x00\x01\x02"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def both(self) -> str:
        return self.out + self.err


class Run(Protocol):
    def __call__(self, *argv: str | Path, stdin: str = "", tty: bool = False) -> Result: ...


class FakeTerminal(io.StringIO):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def lines(*secrets: str) -> str:
    """Standard input for ``--passphrase-stdin``: one secret per line."""
    return "".join(f"{s}\n" for s in secrets)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.delenv("LOGBOOK_DEBUG", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):  # reports in English
        monkeypatch.delenv(name, raising=False)

    def run(*argv: str | Path, stdin: str = "", tty: bool = False) -> Result:
        capsys.readouterr()  # drop anything printed before this command
        monkeypatch.setattr("sys.stdin", (FakeTerminal if tty else io.StringIO)(stdin))
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def opens(run: Run) -> Callable[..., bool]:
    """``opens(path, secret, recovery=False)``: does ``logbook cases`` unlock with it?"""

    def opens(path: Path, secret: str, *, recovery: bool = False) -> bool:
        flags = ["--recovery-code"] if recovery else []
        result = run("cases", path, "--passphrase-stdin", *flags, stdin=lines(secret))
        assert result.code in (0, 3), result
        return result.code == 0

    return opens


@pytest.fixture
def imported_vault(made_vault: tuple[Path, str], clock: FixedClock) -> tuple[Path, str]:
    """``made_vault`` holding docs/example-case.json (imported through the service)."""
    path, code = made_vault
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        import_case(CaseBook(session), EXAMPLE_CASE.read_bytes())
    return path, code


@pytest.fixture
def vault_with_file(made_vault: tuple[Path, str], clock: FixedClock) -> Path:
    """``made_vault`` holding the example case with ``EVIDENCE`` as its evidence file."""
    path, _ = made_vault
    document = example()
    document["evidence"][0]["content_base64"] = base64.b64encode(EVIDENCE).decode()
    document["evidence"][0]["sha256"] = hashlib.sha256(EVIDENCE).hexdigest()
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        import_case(CaseBook(session), json.dumps(document))
    return path


@pytest.fixture
def vault_with_phone(made_vault: tuple[Path, str], clock: FixedClock) -> Path:
    """The example case with a phone number in the narrative that no rule covers."""
    path, _ = made_vault
    document = example()
    document["incidents"][0]["narrative"] = "Данияр called the lawyer on +7 701 987 65 43."
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        import_case(CaseBook(session), json.dumps(document, ensure_ascii=False))
    return path


def example() -> dict[str, Any]:
    """A fresh, editable copy of docs/example-case.json."""
    return json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


def write_json(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def audit_entries(verify_output: str) -> int:
    """The entry count from ``logbook verify`` output on an intact vault."""
    match = re.search(r"audit log: ok \((\d+) entries", verify_output)
    assert match, verify_output
    return int(match.group(1))
