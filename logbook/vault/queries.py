"""The few questions the services ask the database directly, beyond the generic
:class:`~logbook.vault.store.Store`: counts, case membership and links, answered by SQL
so that no record has to be built for them. Raw SQL stays inside the vault.

Like the store, these run on the thread that owns the connection; the writing one
(:func:`set_pseudonym`) inside a transaction opened by the session.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from logbook.vault.database import Connection


def case_of(conn: Connection, table: str, record_id: int) -> int | None:
    """The stored ``case_id`` of a record of ``table`` (``None``: no such record)."""
    row = conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return None if row is None else int(row[0])


def count_in_case(conn: Connection, table: str, ids: set[int], case_id: int) -> int:
    """How many of ``ids`` are records of ``table`` belonging to case ``case_id``."""
    marks = ", ".join("?" for _ in ids)
    found: int = conn.execute(
        f"SELECT count(*) FROM {table} WHERE case_id = ? AND id IN ({marks})", (case_id, *ids)
    ).fetchone()[0]
    return found


def pseudonym_taken(conn: Connection, case_id: int, pseudonym: str, person_id: int | None) -> bool:
    """Whether a person of the case other than ``person_id`` has this pseudonym."""
    clash = conn.execute(
        "SELECT 1 FROM persons WHERE case_id = ? AND pseudonym = ? AND id IS NOT ?",
        (case_id, pseudonym, person_id),
    ).fetchone()
    return clash is not None


def set_pseudonym(conn: Connection, person_id: int, pseudonym: str | None) -> None:
    """Store a person's pseudonym (``None``: none) as it is, without validation."""
    conn.execute("UPDATE persons SET pseudonym = ? WHERE id = ?", (pseudonym, person_id))


def roles_without_pseudonym(conn: Connection, case_id: int) -> list[tuple[int, str]]:
    """(person id, role) of every involvement of a person of the case who has no
    pseudonym, by person id."""
    rows = conn.execute(
        "SELECT p.id, v.role FROM persons p JOIN involvements v ON v.person_id = p.id "
        "WHERE p.case_id = ? AND p.pseudonym IS NULL ORDER BY p.id",
        (case_id,),
    )
    return [(person_id, role) for person_id, role in rows]


def pseudonyms_in_case(conn: Connection, case_id: int) -> list[str]:
    rows = conn.execute(
        "SELECT pseudonym FROM persons WHERE case_id = ? AND pseudonym IS NOT NULL", (case_id,)
    )
    return [row[0] for row in rows]


def owners_linking_to(conn: Connection, link_table: str, target_ids: Iterable[int]) -> list[int]:
    """The owners in ``link_table`` that link to any of ``target_ids``, in id order."""
    rows = conn.execute(
        f"SELECT DISTINCT owner_id FROM {link_table} "
        "WHERE target_id IN (SELECT value FROM json_each(?)) ORDER BY owner_id",
        (json.dumps(list(target_ids)),),  # one parameter, however many ids
    )
    return [owner_id for (owner_id,) in rows]


def evidence_blobs(conn: Connection) -> list[tuple[int, str]]:
    """(evidence id, blob id) of every evidence item that has a file."""
    rows = conn.execute("SELECT id, blob_id FROM evidence WHERE blob_id IS NOT NULL")
    return [(evidence_id, blob_id) for evidence_id, blob_id in rows]


def victim_counts(conn: Connection, case_id: int) -> dict[int, int]:
    """Incident id → number of distinct victims, for the incidents of a case."""
    rows = conn.execute(
        "SELECT v.incident_id, count(DISTINCT v.person_id) FROM involvements v "
        "JOIN incidents i ON i.id = v.incident_id "
        "WHERE i.case_id = ? AND v.role = 'victim' GROUP BY v.incident_id",
        (case_id,),
    )
    return {incident_id: count for incident_id, count in rows}


def person_roles(conn: Connection, case_id: int) -> list[tuple[int, str]]:
    """Every distinct (person id, role) of the involvements in the case's incidents."""
    rows = conn.execute(
        "SELECT DISTINCT v.person_id, v.role FROM involvements v "
        "JOIN incidents i ON i.id = v.incident_id WHERE i.case_id = ?",
        (case_id,),
    )
    return [(person_id, role) for person_id, role in rows]
