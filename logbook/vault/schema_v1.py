"""Schema version 1. Never edit once released: later changes are new migrations.

Nested values (dates, locations, consent, the source, lists of vocabulary terms) are
JSON text inside the encrypted database; relations are real foreign keys with cascades.
"""

from __future__ import annotations

from sqlcipher3 import dbapi2 as sqlcipher

from logbook.vault.database import Connection

_DDL = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    country TEXT,
    summary TEXT NOT NULL,
    mandates TEXT NOT NULL,
    communication_type TEXT NOT NULL,
    concerns TEXT NOT NULL,
    requested_action TEXT NOT NULL,
    source TEXT
);
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    name_variants TEXT NOT NULL,
    pseudonym TEXT,
    gender_identity TEXT,
    sexual_orientation TEXT,
    pronouns TEXT,
    birth_year INTEGER,
    age INTEGER,
    is_minor INTEGER NOT NULL,
    nationality TEXT,
    occupation TEXT,
    affiliation TEXT,
    is_hrd INTEGER NOT NULL,
    hrd_work TEXT,
    contact TEXT,
    private_notes TEXT,
    consent TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (case_id, ref)
);
CREATE INDEX persons_in_order ON persons (case_id, position);
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    date_sort TEXT NOT NULL,
    location TEXT NOT NULL,
    narrative TEXT NOT NULL,
    violations TEXT NOT NULL,
    ongoing INTEGER NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (case_id, ref)
);
CREATE INDEX incidents_by_date ON incidents (case_id, date_sort);
CREATE INDEX incidents_in_order ON incidents (case_id, position);
CREATE TABLE involvements (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    perpetrator_type TEXT,
    state_actor INTEGER
);
CREATE INDEX involvements_by_incident ON involvements (incident_id);
CREATE INDEX involvements_by_person ON involvements (person_id);
CREATE TABLE injuries (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    type TEXT NOT NULL,
    body_location TEXT,
    description TEXT,
    observed_on TEXT,
    examined_by TEXT,
    facility TEXT,
    consistency TEXT NOT NULL,
    medically_confidential INTEGER NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (incident_id, ref)
);
CREATE INDEX injuries_by_person ON injuries (person_id);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    text TEXT NOT NULL,
    taken_on TEXT,
    language TEXT,
    confidential INTEGER NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (incident_id, ref)
);
CREATE INDEX statements_by_person ON statements (person_id);
CREATE TABLE remedies (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    type TEXT NOT NULL,
    authority TEXT,
    date TEXT,
    reference TEXT,
    outcome TEXT,
    status TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (incident_id, ref)
);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    media_type TEXT NOT NULL,
    description TEXT,
    captured_on TEXT,
    confidential INTEGER NOT NULL,
    blob_id TEXT,
    size INTEGER,
    position INTEGER NOT NULL,
    UNIQUE (case_id, ref)
);
CREATE INDEX evidence_in_order ON evidence (case_id, position);
CREATE TABLE incident_evidence (
    owner_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    UNIQUE (owner_id, target_id)
);
CREATE INDEX incident_evidence_by_target ON incident_evidence (target_id);
CREATE TABLE injury_evidence (
    owner_id INTEGER NOT NULL REFERENCES injuries(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    UNIQUE (owner_id, target_id)
);
CREATE INDEX injury_evidence_by_target ON injury_evidence (target_id);
CREATE TABLE evidence_depicts (
    owner_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    UNIQUE (owner_id, target_id)
);
CREATE INDEX evidence_depicts_by_target ON evidence_depicts (target_id);
CREATE VIRTUAL TABLE search_index USING fts5 (
    body, content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE TRIGGER incidents_unindex AFTER DELETE ON incidents BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER persons_unindex AFTER DELETE ON persons BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER statements_unindex AFTER DELETE ON statements BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    mac TEXT NOT NULL
);
"""


def run_script(conn: Connection, script: str) -> None:
    """Run SQL statements one by one inside the caller's transaction.

    (``executescript`` would commit first, breaking the migration's atomicity.)
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""


def create_schema_v1(conn: Connection) -> None:
    run_script(conn, _DDL)
