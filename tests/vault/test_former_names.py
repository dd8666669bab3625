"""``persons.former_names`` (schema version 2) in real SQLCipher vaults.

- a vault of schema version 1 upgrades: every person it holds gets an empty list, and a
  former name saved afterwards survives closing and reopening;
- a new vault stores former names (Cyrillic and Kazakh included) and gives them back;
- search finds a person by a former name (the index is inside the encrypted vault).
"""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

from logbook.core.model import Case, Person
from logbook.services.case_book import CaseBook
from logbook.vault.database import Connection, connect
from logbook.vault.lifecycle import Secret, open_vault
from logbook.vault.migrations import MIGRATIONS, add_former_names, migrate, schema_version
from logbook.vault.schema_v1 import create_schema_v1
from logbook.vault.session import VaultSession
from tests.conftest import PASSPHRASE

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "vault-schema-1"
FORMER = ["Айдар Сеитов", "Aidar Seitov", "Айдар Сейітұлы"]


def person_columns(conn: Connection) -> list[str]:
    return [row[1] for row in conn.execute("PRAGMA table_info(persons)")]


def test_former_names_is_schema_version_2() -> None:
    assert MIGRATIONS.index(add_former_names) + 1 == 2


def test_the_step_gives_stored_persons_an_empty_list(tmp_path: Path) -> None:
    conn = connect(tmp_path / "v1.db", secrets.token_bytes(32), create=True)
    try:
        migrate(conn, [create_schema_v1])
        conn.execute(
            "INSERT INTO cases (ref, title, summary, mandates, communication_type, "
            "concerns, requested_action) VALUES ('c', 't', '', '[]', 'auto', '', '')"
        )
        conn.execute(
            "INSERT INTO persons (case_id, ref, kind, name, name_variants, is_minor, is_hrd, "
            "consent, position) VALUES (1, 'p', 'individual', 'N', '[]', 0, 0, '{}', 0)"
        )
        assert "former_names" not in person_columns(conn)
        assert migrate(conn, [create_schema_v1, add_former_names]) == 1
        assert schema_version(conn) == 2
        assert conn.execute("SELECT former_names FROM persons").fetchall() == [("[]",)]
    finally:
        conn.close()


def test_a_schema_1_vault_upgrades_and_then_keeps_former_names(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(FIXTURE_V1, vault)
    (vault / "blobs").mkdir(exist_ok=True)
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        assert schema_version(session.conn) == len(MIGRATIONS)
        book = CaseBook(session)
        persons = book.persons(book.case_by_ref("case-1").id)
        assert persons and all(p.former_names == [] for p in persons)
        first = persons[0]
        first.former_names = list(FORMER)
        book.save(first)
    with open_vault(vault, Secret(PASSPHRASE)) as session:
        book = CaseBook(session)
        assert book.get(Person, first.id).former_names == FORMER
        hits = session.search.search("Сейітұлы")
        assert [(h.kind, h.id) for h in hits] == [("person", first.id)]


def test_former_names_round_trip_through_a_vault(
    session: VaultSession, book: CaseBook, vault_path: Path
) -> None:
    case = book.save(Case(title="Задержание")).record
    saved = book.save(
        Person(case_id=case.id, name="Алия Сеитова", name_variants=["Aliya"], former_names=FORMER)
    ).record
    other = book.save(Person(case_id=case.id, name="Данияр")).record
    session.close()
    with open_vault(vault_path, Secret(PASSPHRASE)) as reopened:
        again = CaseBook(reopened)
        assert again.get(Person, saved.id) == saved
        assert again.get(Person, other.id).former_names == []
        # Found by a former name, in either script, by the start of a word.
        for query in ("айдар", "Seitov", "Сейіт"):
            assert [h.id for h in reopened.search.search(query)] == [saved.id], query
        # Replaced on update: a removed former name no longer finds the person.
        saved.former_names = ["Aidar Seitov"]
        again.save(saved)
        assert reopened.search.search("Айдар") == []
        assert again.get(Person, saved.id).former_names == ["Aidar Seitov"]
