"""``logbook verify``: is the vault whole and its history untampered?

Checks that the database has every change the vault's header recorded (not an older
copy, no lost write-ahead log), SQLCipher's per-page MACs and SQLite's structure, the
audit log's hash chain, that
every record is as its last audit entry's content MAC says (so a row edited, inserted or
deleted with SQL by someone holding the key shows), and that every stored evidence file
decrypts and still has the SHA-256 recorded at intake.

Threading: runs on the thread that owns the book's session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from logbook.core.errors import VaultDamaged
from logbook.core.model import Evidence
from logbook.services.case_book import CaseBook
from logbook.vault import header as header_file
from logbook.vault.audit import ChainReport, RecordsReport
from logbook.vault.database import integrity_problems
from logbook.vault.kdf import describe
from logbook.vault.lifecycle import HEADER


@dataclass
class VerifyReport:
    database_problems: list[str]
    audit: ChainReport | None  # None: not checked (the database is damaged)
    evidence_checked: int
    evidence_problems: list[str] = field(default_factory=list)
    unreferenced_files: int = 0
    records: RecordsReport | None = None  # None: not checked (the database is damaged)
    missing_changes: list[str] = field(default_factory=list)  # from opening the vault
    key_slots: list[str] = field(default_factory=list)  # "kind: Argon2id, …" per slot

    @property
    def ok(self) -> bool:
        audit_ok = self.audit is not None and self.audit.intact
        records_ok = self.records is not None and self.records.intact
        return (
            not self.database_problems
            and not self.missing_changes
            and audit_ok
            and records_ok
            and not self.evidence_problems
        )

    def lines(self) -> list[str]:
        db = "; ".join(self.database_problems)
        lines = [f"key slot {slot}" for slot in self.key_slots]
        lines.append(f"database: {'DAMAGED: ' + db if db else 'ok (every page authenticated)'}")
        lines += [f"database: CHANGES MISSING: {problem}" for problem in self.missing_changes]
        if self.audit is None:
            return [
                *lines,
                "audit log, records and evidence files: not checked (the database is damaged)",
            ]
        if self.audit.intact:
            lines.append(f"audit log: ok ({self.audit.entries} entries, chain intact)")
        else:
            lines.append(
                f"audit log: BROKEN at entry {self.audit.first_broken} "
                f"of {self.audit.entries} (edited, removed or reordered)"
            )
        lines += self._record_lines()
        lines.append(
            f"evidence files: {self.evidence_checked} checked, "
            f"{len(self.evidence_problems) or 'no'} problems"
        )
        lines += [f"  {problem}" for problem in self.evidence_problems]
        if self.unreferenced_files:
            lines.append(f"note: {self.unreferenced_files} encrypted file(s) belong to no record")
        return lines

    def _record_lines(self) -> list[str]:
        """Ids and kinds only: a verify report may be shown or pasted anywhere."""
        if self.records is None:
            return []
        problems = self.records.problems
        lines = [
            f"records: {self.records.checked} checked against the audit log, "
            f"{len(problems) or 'none'} changed outside Logbook"
        ]
        return lines + [
            f"  record {p.entity} {p.record_id} was changed outside Logbook ({p.reason})"
            for p in problems
        ]


def verify(book: CaseBook) -> VerifyReport:
    session = book.session
    database = integrity_problems(session.conn)
    slots = [
        f"{slot.kind}: {describe(slot.kdf)}"
        for slot in header_file.read(session.directory / HEADER).slots
    ]
    if database:  # other checks would only read damaged pages again
        return VerifyReport(database, None, 0, key_slots=slots)
    report = VerifyReport(database, session.audit.verify(), 0, key_slots=slots)
    report.missing_changes = list(session.warnings)
    report.records = session.audit.check_records()
    referenced = set()
    for evidence in session.store.select(Evidence, "blob_id IS NOT NULL"):
        assert evidence.blob_id is not None  # selected so
        referenced.add(evidence.blob_id)
        report.evidence_checked += 1
        try:
            actual = session.blobs.sha256(evidence.blob_id)
        except VaultDamaged as exc:
            report.evidence_problems.append(f"evidence {evidence.ref}: {exc.detail}")
            continue
        if actual != evidence.sha256:
            report.evidence_problems.append(
                f"evidence {evidence.ref}: the file no longer matches its recorded SHA-256"
            )
    report.unreferenced_files = len(session.blobs.blob_ids() - referenced)
    return report
