"""``logbook import`` of what is not a case document file, and short error messages.

A named pipe, a device, a folder or a file over the size limit is refused before it is
read, with a message that says what it is. Messages about an invalid document stay short
however many problems it has and however long its values are, and do not echo long
values (they are more likely case text than mistyped words).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from logbook.core.errors import InterchangeError, LogbookError
from logbook.services import case_import
from logbook.services.case_book import CaseBook
from logbook.services.case_import import MAX_DOCUMENT_BYTES, import_case, read_case_file
from tests.cli.conftest import Run, example, lines, write_json
from tests.cli.test_console_script import logbook_command
from tests.conftest import PASSPHRASE

SHORT = 300  # characters: the longest message about an input that is not a document
LISTED = 5  # problems listed by name before "and N more problems"

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")


def import_(run: Run, vault: Path, document: Path) -> tuple[int, str]:
    result = run("import", vault, document, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.out == "" and "Traceback" not in result.err
    return result.code, result.err


def cases(run: Run, vault: Path) -> str:
    return run("cases", vault, "--passphrase-stdin", stdin=lines(PASSPHRASE)).out


@posix_only
def test_a_named_pipe_is_refused_at_once_not_waited_on(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    # The real command in its own process: before the fix it blocked here for ever (no
    # writer ever opens the pipe), so the timeout is the test.
    done = subprocess.run(
        [*logbook_command(), "import", str(made_vault[0]), str(fifo), "--passphrase-stdin"],
        input=lines(PASSPHRASE),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"logbook: Cannot read {fifo}: it is a named pipe (FIFO), not a file. Save the case "
        "document to a file and import that.\n"
    )


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_before_reading(
    run: Run, made_vault: tuple[Path, str], device: str
) -> None:
    code, err = import_(run, made_vault[0], Path(device))
    assert code == 1
    assert f"Cannot read {device}: it is a device, not a file." in err
    assert len(err) < SHORT


def test_a_folder_is_refused(run: Run, made_vault: tuple[Path, str], tmp_path: Path) -> None:
    code, err = import_(run, made_vault[0], tmp_path)
    assert code == 1
    assert f"Cannot read {tmp_path}: it is a folder, not a file." in err


def test_a_file_over_the_limit_is_refused_before_reading(
    run: Run, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    big = tmp_path / "huge.json"
    with open(big, "wb") as f:
        f.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: no disk, and never read
    code, err = import_(run, made_vault[0], big)
    assert code == 1
    assert err == (
        f"logbook: Cannot import {big}: it is larger than 256 MiB, the limit for a case document.\n"
    )
    assert cases(run, made_vault[0]) == "No cases yet.\n"


def test_the_limit_is_inclusive(tmp_path: Path) -> None:
    document = tmp_path / "case.json"
    document.write_bytes(b"x" * 100)
    assert read_case_file(document, limit=100) == b"x" * 100
    with pytest.raises(LogbookError, match="it is larger than 99 bytes, the limit"):
        read_case_file(document, limit=99)


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_file_longer_than_its_size_says_is_cut_off_at_the_limit() -> None:
    """/proc files say they are empty and are not: the size check passes, the bounded read
    must still stop (as for a file that grows while it is read)."""
    assert os.stat("/proc/self/status").st_size == 0
    with pytest.raises(LogbookError, match="larger than 100 bytes"):
        read_case_file(Path("/proc/self/status"), limit=100)


def test_a_missing_file_says_so_briefly(tmp_path: Path) -> None:
    missing = tmp_path.joinpath(*["a-long-folder-name"] * 20, "case.json")
    with pytest.raises(LogbookError) as caught:
        read_case_file(missing)
    message = str(caught.value)
    assert message.startswith("Cannot read …") and message.endswith(
        "case.json: No such file or directory."
    )
    assert len(message) < SHORT


def test_the_service_holds_data_from_elsewhere_to_the_same_limit(
    book: CaseBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_import, "MAX_DOCUMENT_BYTES", 100)
    with pytest.raises(InterchangeError, match="larger than the 100 bytes limit"):
        import_case(book, b" " * 101)
    assert book.cases() == []


# Short messages about invalid documents --------------------------------------------------


def listed(err: str) -> list[str]:
    """The problem lines of an invalid-document message."""
    return [line.strip() for line in err.splitlines()[1:] if line.startswith("  /")]


def test_a_document_with_thousands_of_problems_gets_a_short_message(
    run: Run, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    document = example()
    person = document["persons"][0]
    document["persons"] = [dict(person, id=f"p{i}", colour="red") for i in range(3000)]
    bad = write_json(tmp_path / "bad.json", document)

    code, err = import_(run, made_vault[0], bad)

    assert code == 2
    assert err.startswith("logbook: The case document is not valid:\n")
    assert len(listed(err)) == LISTED
    assert listed(err)[0].startswith("/persons/0/colour: unknown key 'colour'; allowed keys: id")
    assert re.search(r"\n  and [\d,]+ more problems\n$", err), err
    assert err.endswith("\n  and 2,995 more problems\n")  # counted in full, not of 50
    assert len(err) < 1000
    assert cases(run, made_vault[0]) == "No cases yet.\n"


def test_a_long_value_is_not_echoed(run: Run, made_vault: tuple[Path, str], tmp_path: Path) -> None:
    document = example()
    secret = "Айгерим was beaten at the station on Абая street; she is HIV positive. " * 40
    document["incidents"][0]["involvements"][0]["role"] = secret
    document["persons"][0]["id"] = "p" * 5000  # too long for an id
    bad = write_json(tmp_path / "bad.json", document)

    code, err = import_(run, made_vault[0], bad)

    assert code == 2
    assert "Айгерим" not in err and "HIV" not in err and "ppppp" not in err
    assert f"unknown value (a value of {len(secret):,} characters) for role; allowed:" in err
    assert "/persons/0/id: (a value of 5,000 characters) is too long" in err
    assert len(err) < 1000


def test_a_short_mistyped_value_is_still_shown(tmp_path: Path) -> None:
    error = InterchangeError([("/incidents/0/involvements/0/role", "unknown value 'victm'")])
    assert str(error).endswith("/incidents/0/involvements/0/role: unknown value 'victm'")


def test_the_count_of_the_rest_uses_the_total_when_given() -> None:
    problems = [(f"/persons/{i}/colour", "unknown key 'colour'") for i in range(50)]
    assert str(InterchangeError(problems)).endswith("\n  and 45 more problems")
    assert str(InterchangeError(problems, total=3000)).endswith("\n  and 2,995 more problems")
    assert str(InterchangeError(problems[:6])).endswith("\n  and 1 more problem")
    assert "more" not in str(InterchangeError(problems[:5]))


def test_a_long_pointer_and_reason_are_cut() -> None:
    error = InterchangeError([("/persons/0/" + "k" * 500, "unknown key; " + "x, " * 300)])
    line = str(error).splitlines()[1]
    assert len(line) <= 2 + 160 and line.endswith("…")
    assert error.problems[0][1].endswith("x, ")  # the program still gets all of it
