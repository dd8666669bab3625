"""``logbook import``, ``cases`` and ``search``.

Import is all or nothing: a document with one bad field must leave the vault exactly as
it was, and the error must point at the field (a JSON pointer) and say what is allowed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run, audit_entries, example, lines, write_json
from tests.conftest import EXAMPLE_CASE, PASSPHRASE


def state(run: Run, path: Path) -> tuple[str, int]:
    """What the vault holds (the dump of case-1) and how many audit entries it has."""
    dumped = run("dump", path, "--case", "case-1", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert dumped.code == 0, dumped
    verified = run("verify", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert verified.code == 0, verified
    return dumped.out, audit_entries(verified.out)


def test_import_prints_a_summary(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    result = run("import", path, EXAMPLE_CASE, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 0, result
    first = result.out.splitlines()[0]
    assert first.startswith("Imported case case-1: added ")
    for part in ("case ×1", "person ×3", "incident ×1", "evidence ×1", "involvement ×3"):
        assert part in first
    assert "3 pseudonym(s) assigned." in result.out
    assert result.err == ""


def test_importing_the_same_document_again_changes_nothing(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    before = state(run, path)

    result = run("import", path, EXAMPLE_CASE, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 0
    assert "no changes" in result.out
    assert "pseudonym" not in result.out  # none newly assigned
    assert state(run, path) == before


def test_importing_an_edited_document_reports_the_update(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = imported_vault
    document = example()
    document["incidents"][0]["title"] = "Meeting dispersed by police"
    edited = write_json(tmp_path / "edited.json", document)

    result = run("import", path, edited, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 0, result
    assert "updated incident ×1" in result.out
    assert "added" not in result.out
    found = run("search", path, "dispersed", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert "case-1/i1" in found.out


def test_cases_lists_the_imported_case(run: Run, imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    result = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 0
    assert result.out == ("case-1\tDisruption of a community meeting and detention of organisers\n")


@pytest.mark.parametrize(
    ("query", "kind", "ref"),
    [
        (["Айгерим"], "person", "case-1/p1"),  # a Cyrillic name variant
        (["айгерим"], "person", "case-1/p1"),
        (["АЙГЕРИМ"], "person", "case-1/p1"),
        (["Айгер"], "person", "case-1/p1"),  # the start of a word
        (["Данияр"], "person", "case-1/p3"),
        (["disrupted"], "incident", "case-1/i1"),  # a word of the incident's title
        (["Meeting", "organiser"], "incident", "case-1/i1"),
        (["statement"], "incident", "case-1/i1"),  # found in a statement: its incident
    ],
)
def test_search_finds(
    run: Run, imported_vault: tuple[Path, str], query: list[str], kind: str, ref: str
) -> None:
    path, _ = imported_vault
    result = run("search", path, *query, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 0, result
    matching = [line for line in result.out.splitlines() if ref in line]
    assert matching, result.out
    assert matching[0].split()[0] == kind
    assert result.err == ""


def test_search_shows_pseudonym_and_name_of_a_person(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    result = run("search", path, "Aigerim", "--passphrase-stdin", stdin=lines(PASSPHRASE))
    line = next(line for line in result.out.splitlines() if "case-1/p1" in line)
    assert "Aigerim Example" in line
    assert "Victim A" in line


@pytest.mark.parametrize("query", ["xyzzyplugh", "Айгеримова", "Meeting xyzzyplugh"])
def test_search_without_matches(run: Run, imported_vault: tuple[Path, str], query: str) -> None:
    path, _ = imported_vault
    result = run("search", path, *query.split(), "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 0
    assert result.out == "No matches.\n"


@pytest.mark.parametrize("query", ['"', "NEAR(", "^", "-", "*", "AND"])
def test_search_with_query_syntax_characters_is_not_an_error(
    run: Run, imported_vault: tuple[Path, str], query: str
) -> None:
    path, _ = imported_vault
    result = run("search", path, query, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code == 0, result
    assert result.err == ""


# Refused imports ------------------------------------------------------------------------


def test_malformed_document_is_refused_with_its_pointer_and_nothing_changes(
    run: Run, imported_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = imported_vault
    before = state(run, path)
    document = example()
    document["case"]["title"] = "A title that must not be saved"  # valid, before the error
    document["incidents"][0]["involvements"][0]["role"] = "victm"
    bad = write_json(tmp_path / "bad.json", document)

    result = run("import", path, bad, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 2
    assert "/incidents/0/involvements/0/role" in result.err
    assert "'victm'" in result.err
    assert "victim, witness, alleged_perpetrator" in result.err
    assert result.out == ""
    assert "Traceback" not in result.err
    assert state(run, path) == before


def test_every_problem_of_a_document_is_listed(
    run: Run, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = made_vault
    document = example()
    document["persons"][0]["kind"] = "robot"
    document["incidents"][0]["involvements"][2]["person"] = "p9"
    document["evidence"][0]["colour"] = "red"
    bad = write_json(tmp_path / "bad.json", document)

    result = run("import", path, bad, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 2
    assert "/persons/0/kind" in result.err
    assert "/evidence/0/colour" in result.err
    cases = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert cases.out == "No cases yet.\n"


def test_reference_to_a_missing_person_is_refused(
    run: Run, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = made_vault
    document = example()
    document["incidents"][0]["involvements"][2]["person"] = "p9"
    bad = write_json(tmp_path / "bad.json", document)

    result = run("import", path, bad, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 2
    assert "/incidents/0/involvements/2/person" in result.err
    assert "'p9'" in result.err


def test_import_of_a_missing_file(run: Run, made_vault: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = made_vault
    missing = tmp_path / "no-such-case.json"

    result = run("import", path, missing, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code != 0
    assert f"Cannot read {missing}" in result.err
    assert "No such file" in result.err
    assert "Traceback" not in result.err


def test_import_of_a_folder(run: Run, made_vault: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = made_vault
    result = run("import", path, tmp_path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert result.code != 0
    assert f"Cannot read {tmp_path}" in result.err


def test_import_of_invalid_json_names_line_and_column(
    run: Run, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = made_vault
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "logbook.case/1",\n "case": }\n')

    result = run("import", path, broken, "--passphrase-stdin", stdin=lines(PASSPHRASE))

    assert result.code == 2
    assert "not valid JSON" in result.err
    assert "line 2, column 10" in result.err


def test_import_with_the_wrong_passphrase_writes_nothing(
    run: Run, made_vault: tuple[Path, str]
) -> None:
    path, _ = made_vault
    result = run("import", path, EXAMPLE_CASE, "--passphrase-stdin", stdin=lines("nope nope"))
    assert result.code == 3
    cases = run("cases", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))
    assert cases.out == "No cases yet.\n"
