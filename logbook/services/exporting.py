"""Exporting a case from the vault: what the export engine (:mod:`logbook.export`) must not
do itself — read the case from the vault, and record the export in its audit log.

Threading: everything here uses the vault session, on the thread that owns it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from logbook.core.errors import LogbookError, StorageFull
from logbook.core.model import Case, Incident
from logbook.core.record_kinds import all_kinds
from logbook.export import pipeline
from logbook.export.pipeline import ExportOptions, VerifiedPdf
from logbook.export.report import RedactionReport
from logbook.export.snapshot import CaseSnapshot
from logbook.services.case_book import CaseBook

# The audit actions of one export, in order: the first is committed before the file can
# appear, so a crash between the two leaves a log that knows an export was attempted.
EXPORT_STARTED = "export started"
EXPORT_DONE = "export"
EXPORT_FAILED = "export failed"


def load_snapshot(book: CaseBook, case_ref: str) -> CaseSnapshot:
    """Read a case (by its document id) and everything in it. Raises NotFound."""
    case = book.case_by_ref(case_ref)
    assert case.id is not None
    return CaseSnapshot(
        case,
        {
            kind.cls: book.of_case(kind.cls, case.id)
            for kind in all_kinds()
            if kind.parent_kind is not None and kind.cls is not Incident
        },
        # Chronological, and of the same date in the order they were recorded (by id).
        incidents=book.incidents(case.id, chronological=True),
    )


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    verified: VerifiedPdf

    @property
    def report(self) -> RedactionReport:
        return self.verified.report


def export_case(
    book: CaseBook,
    case_ref: str,
    out: Path,
    options: ExportOptions,
    *,
    accept_findings: bool = False,
    accept_kinds: Collection[str] = (),
    accepted_hits: Collection[str] = (),
) -> ExportOutcome:
    """All three steps; the file is written inside :func:`audited_export`. Must not be
    called inside a vault transaction (see there). ``accept_findings`` accepts every
    finding; ``accept_kinds`` those of these kinds (``not_translated``)."""
    snapshot = load_snapshot(book, case_ref)
    prepared = pipeline.prepare_export(snapshot, options, book.session.clock())
    accepted = [f.key for f in prepared.findings if f.kind in accept_kinds]
    verified = pipeline.produce_pdf(
        prepared, accepted, accept_all=accept_findings, accepted_hits=accepted_hits
    )
    with audited_export(book, snapshot.case):
        pipeline.save_pdf(verified, out)
    return ExportOutcome(out, verified)


@contextlib.contextmanager
def audited_export(book: CaseBook, case: Case) -> Iterator[None]:
    """Record the saving of an export in the audit log around the block that writes it.

    Before the block, ``export started`` is appended and committed in a transaction of its
    own, so it is on disk (``synchronous = FULL``) before the file can appear; after the
    block, ``export``. If the block fails, ``export failed`` is appended (best effort).
    A crash inside the block leaves ``export started`` alone: an export was attempted,
    and a file may exist. Entries name the case and the time, never a path or content.

    Raises ``RuntimeError`` inside an open transaction: the first entry would then only be
    committed with it, after the file had appeared.
    """
    if book.session.conn.in_transaction:
        raise RuntimeError("an export must be recorded outside any vault transaction")
    _record(book, EXPORT_STARTED, case)
    try:
        yield
    except BaseException:
        # The block's error is what the user must see; failing to record the failure
        # (a full disk, say) must not replace it, and "export started" is already there.
        with contextlib.suppress(Exception):
            _record(book, EXPORT_FAILED, case)
        raise
    try:
        _record(book, EXPORT_DONE, case)
    except StorageFull:
        # The file is written (elsewhere): "nothing was changed" would be untrue.
        raise LogbookError(
            "The export was written, but the vault's disk is full: its completion could "
            "not be recorded in the vault's audit log (its start is there). Free some "
            "space on that disk."
        ) from None


def _record(book: CaseBook, action: str, case: Case) -> None:
    with book.session.transaction():
        book.session.audit.append(action, "case", case.id)
