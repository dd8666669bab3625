"""``logbook verify``: the database, the audit chain, the records and the evidence files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from logbook.vault.lifecycle import Secret, open_vault
from tests.cli.conftest import Result, Run, audit_entries, lines
from tests.conftest import PASSPHRASE


def tamper_audit(path: Path, seq: int) -> None:
    """Edit one audit entry behind Logbook's back, as someone with the key could."""
    with open_vault(path, Secret(PASSPHRASE)) as session:
        cursor = session.conn.execute("UPDATE audit_log SET action='x' WHERE seq=?", (seq,))
        assert cursor.rowcount == 1


def verify(run: Run, path: Path) -> Result:
    return run("verify", path, "--passphrase-stdin", stdin=lines(PASSPHRASE))


def test_verify_reports_an_intact_vault(run: Run, imported_vault: tuple[Path, str]) -> None:
    path, _ = imported_vault
    result = verify(run, path)
    assert result.code == 0, result
    assert "intact" in result.out
    assert "database: ok" in result.out
    assert audit_entries(result.out) >= 10  # one per record imported
    assert result.out.rstrip().endswith("Vault verified: everything is intact.")
    assert result.err == ""


def test_verify_of_a_new_empty_vault(run: Run, made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    result = verify(run, path)
    assert result.code == 0
    assert "intact" in result.out


@pytest.mark.parametrize("seq", [1, 5])
def test_verify_names_a_tampered_audit_entry(
    run: Run, imported_vault: tuple[Path, str], seq: int
) -> None:
    path, _ = imported_vault
    tamper_audit(path, seq)

    result = verify(run, path)

    assert result.code != 0
    assert f"BROKEN at entry {seq} " in result.out
    assert "FAILED" in result.out
    assert "intact." not in result.out


def test_verify_gives_the_true_size_of_a_broken_audit_log(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    total = audit_entries(verify(run, path).out)
    tamper_audit(path, 1)

    result = verify(run, path)

    assert re.search(r"BROKEN at entry 1 of (\d+)", result.out)
    assert f"BROKEN at entry 1 of {total} " in result.out


def test_verify_checks_evidence_files(run: Run, vault_with_file: Path) -> None:
    result = verify(run, vault_with_file)
    assert result.code == 0
    assert "evidence files: 1 checked, no problems" in result.out


def test_verify_names_a_damaged_evidence_file(run: Run, vault_with_file: Path) -> None:
    (blob,) = (vault_with_file / "blobs").glob("*.blob")
    data = bytearray(blob.read_bytes())
    data[-5] ^= 0xFF
    blob.write_bytes(bytes(data))

    result = verify(run, vault_with_file)

    assert result.code != 0
    assert "evidence e1" in result.out
    assert "FAILED" in result.out


def test_verify_fails_on_a_record_edited_outside_logbook(
    run: Run, imported_vault: tuple[Path, str]
) -> None:
    path, _ = imported_vault
    assert verify(run, path).code == 0
    with open_vault(path, Secret(PASSPHRASE)) as session:  # as a SQLCipher tool could
        (incident_id,) = session.conn.execute("SELECT min(id) FROM incidents").fetchone()
        session.conn.execute("UPDATE incidents SET narrative = 'x' WHERE id = ?", (incident_id,))

    result = verify(run, path)

    assert result.code != 0
    assert f"record incident {incident_id} was changed outside Logbook" in result.out
    assert "audit log: ok" in result.out  # the log is intact: the record is not
    assert "FAILED" in result.out
