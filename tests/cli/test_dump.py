"""``logbook dump``: a case back out as ``logbook.case/1`` JSON."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
from pathlib import Path

import pytest

from logbook.core.interchange import load
from tests.cli.conftest import EVIDENCE, Result, Run, lines, write_json
from tests.conftest import EXAMPLE_CASE, PASSPHRASE


def dump(run: Run, path: Path, *extra: str | Path) -> dict:
    result = run(
        "dump", path, "--case", "case-1", "--passphrase-stdin", *extra, stdin=lines(PASSPHRASE)
    )
    assert result.code == 0, result
    assert result.err == ""
    return json.loads(result.out)


def dump_to(run: Run, path: Path, target: Path) -> Result:
    argv = ("dump", path, "--case", "case-1", "--out", target, "--passphrase-stdin")
    return run(*argv, stdin=lines(PASSPHRASE))


def test_dump_equals_the_imported_document_with_defaults_and_pseudonyms(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    dumped = dump(run, path)

    expected = load(EXAMPLE_CASE.read_bytes())  # every default filled in
    pseudonyms = [person["pseudonym"] for person in dumped["persons"]]
    assert all(isinstance(p, str) and p for p in pseudonyms)
    assert len(set(pseudonyms)) == len(pseudonyms)
    for person, pseudonym in zip(expected["persons"], pseudonyms, strict=True):
        assert person["pseudonym"] is None  # the document left them to the vault
        assert person["name"] not in pseudonym
        person["pseudonym"] = pseudonym
    assert dumped == expected


def test_dump_keeps_non_ascii_text_readable(run: Run, imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    result = run("dump", path, "--case", "case-1", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert "Айгерим Пример" in result.out
    assert "\\u04" not in result.out


def test_a_dump_imports_back_without_changes(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = imported_vault
    document = write_json(tmp_path / "dump.json", dump(run, path))

    result = run("import", path, document, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 0
    assert "no changes" in result.out


def test_dump_to_a_file_is_owner_only_and_warns(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = imported_vault
    target = tmp_path / "case-1.json"

    result = dump_to(run, path, target)

    assert result.code == 0, result
    assert result.out == ""  # nothing of the case on the terminal
    assert "NOT encrypted" in result.err
    assert str(target) in result.err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8")) == dump(run, path)


def test_dump_replacing_a_readable_file_makes_it_owner_only(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = imported_vault
    target = tmp_path / "case-1.json"
    target.write_text("old")
    target.chmod(0o644)

    result = dump_to(run, path, target)

    assert result.code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["case"]["id"] == "case-1"


def test_dump_to_an_unwritable_path_is_a_clear_error(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = imported_vault
    target = tmp_path / "no-such-folder" / "case-1.json"

    result = dump_to(run, path, target)

    assert result.code not in (0, 70)
    assert "internal error" not in result.err
    assert str(target) in result.err


def test_include_files_returns_the_evidence_content(run: Run, vault_with_file: Path) -> None:
    evidence = dump(run, vault_with_file, "--include-files")["evidence"][0]
    assert base64.b64decode(evidence["content_base64"]) == EVIDENCE
    assert evidence["sha256"] == hashlib.sha256(EVIDENCE).hexdigest()


def test_without_include_files_the_content_is_left_out(run: Run, vault_with_file: Path) -> None:
    evidence = dump(run, vault_with_file)["evidence"][0]
    assert evidence["content_base64"] is None
    assert evidence["sha256"] == hashlib.sha256(EVIDENCE).hexdigest()


def test_dump_of_an_unknown_case(run: Run, imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    result = run("dump", path, "--case", "case-9", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code != 0
    assert result.out == ""
    assert "There is no case with id 'case-9'" in result.err


def test_dump_requires_a_case(run: Run, imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    with pytest.raises(SystemExit) as exited:
        run("dump", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert exited.value.code == 2
