"""``dump --include-files`` and ``verify`` with evidence files swapped in ``blobs/`` (issue
16, point 5): the dump fails with exit 5 naming the record and writes nothing; an intact
vault still dumps every file."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from logbook.core.model import Evidence
from logbook.services.case_book import CaseBook
from logbook.vault.lifecycle import Secret, open_vault
from tests.cli.conftest import EVIDENCE, Result, Run, lines
from tests.conftest import PASSPHRASE, FixedClock
from tests.swapped_blobs import swap_files

SECOND = b"%PDF-1.4 the second file"


def with_second_file(path: Path, clock: FixedClock) -> tuple[Path, Path]:
    """Add a second evidence file (``e-second``) to case-1; the blob files of e1 and it."""
    with open_vault(path, Secret(PASSPHRASE), clock) as session:
        book = CaseBook(session)
        case = book.case_by_ref("case-1")
        assert case.id is not None
        book.add_evidence_file(
            Evidence(case.id, "second.pdf", "", ref="e-second"), io.BytesIO(SECOND)
        )
        blobs = {e.ref: session.blobs.path(e.blob_id or "") for e in book.evidence(case.id)}
    return blobs["e1"], blobs["e-second"]


def dump_files(run: Run, path: Path, *extra: str | Path) -> Result:
    argv = ("dump", path, "--case", "case-1", "--include-files", "--passphrase-stdin", *extra)
    return run(*argv, stdin=lines(PASSPHRASE))


def test_intact_files_are_dumped(run: Run, vault_with_file: Path, clock: FixedClock) -> None:
    with_second_file(vault_with_file, clock)
    result = dump_files(run, vault_with_file)
    assert result.code == 0, result
    contents = {e["id"]: e["content_base64"] for e in json.loads(result.out)["evidence"]}
    assert base64.b64decode(contents["e1"]) == EVIDENCE
    assert base64.b64decode(contents["e-second"]) == SECOND


def test_swapped_files_fail_the_dump_naming_the_record(
    run: Run, vault_with_file: Path, clock: FixedClock, tmp_path: Path
) -> None:
    swap_files(*with_second_file(vault_with_file, clock))
    target = tmp_path / "dump.json"

    result = dump_files(run, vault_with_file, "--out", target)

    assert result.code == 5, result
    assert "evidence e1 of case case-1" in result.err
    assert "fails authentication" in result.err
    assert "second.pdf" not in result.err
    assert result.out == ""
    assert not target.exists()
    assert list(tmp_path.glob("*dump.json*")) == []  # no partial file either


def test_swapped_files_fail_the_dump_to_standard_output(
    run: Run, vault_with_file: Path, clock: FixedClock
) -> None:
    swap_files(*with_second_file(vault_with_file, clock))
    result = dump_files(run, vault_with_file)
    assert result.code == 5, result
    assert result.out == ""
    assert "evidence e1 of case case-1" in result.err


def test_verify_names_both_swapped_files(
    run: Run, vault_with_file: Path, clock: FixedClock
) -> None:
    swap_files(*with_second_file(vault_with_file, clock))
    result = run("verify", vault_with_file, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code != 0
    assert "evidence e1: blob" in result.out and "evidence e-second: blob" in result.out
    assert result.out.count("fails authentication") == 2
    assert "FAILED" in result.out
