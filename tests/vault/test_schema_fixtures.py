"""Vaults made by every released schema still open, upgrade and read back intact.

``tests/fixtures/vault-schema-N`` are frozen vaults (see make_vault_fixture.py). Each is
copied before use: the fixture itself must never change.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from logbook.core.interchange import load
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.verification import verify
from logbook.vault.lifecycle import Secret, open_vault
from logbook.vault.migrations import MIGRATIONS, schema_version
from tests.conftest import EXAMPLE_CASE, PASSPHRASE
from tests.fixtures.make_vault_fixture import EVIDENCE_CONTENT

FIXTURES = Path(__file__).parent.parent / "fixtures"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("vault-schema-*[0-9]"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert FIXTURES / f"vault-schema-{len(MIGRATIONS)}" in SCHEMA_FIXTURES


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.name)
def test_old_vault_opens_upgrades_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    vault = tmp_path / fixture.name
    shutil.copytree(fixture, vault)
    (vault / "blobs").mkdir(exist_ok=True)
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        assert schema_version(session.conn) == len(MIGRATIONS)
        book = CaseBook(session)
        report = verify(book)
        assert report.ok, report.lines()
        assert report.evidence_checked == 1
        dumped = dump_case(book, "case-1")
        stored = next(e for e in book.evidence(book.case_by_ref("case-1").id) if e.blob_id)
        assert book.evidence_content(stored.id) == EVIDENCE_CONTENT
    expected = load(EXAMPLE_CASE.read_bytes())
    dumped["evidence"] = [e for e in dumped["evidence"] if e["id"] != "e-fixture"]
    for person in dumped["persons"] + expected["persons"]:
        person["pseudonym"] = None
    assert json.loads(json.dumps(dumped)) == expected


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.name)
def test_old_vault_opens_with_its_recovery_code(fixture: Path, tmp_path: Path) -> None:
    vault = tmp_path / fixture.name
    shutil.copytree(fixture, vault)
    code = (FIXTURES / f"{fixture.name}.recovery-code.txt").read_text().strip()
    with open_vault(vault, Secret(code, "recovery")) as session:
        assert CaseBook(session).case_by_ref("case-1").title
