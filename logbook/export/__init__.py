"""Redacted PDF submissions to the UN Special Procedures (DESIGN.md §5 and §6).

No Qt here: the command line, the tests and the desktop app use the same pipeline
(:mod:`logbook.export.pipeline`):

    prepared = prepare_export(load_snapshot(book, "case-1"), ExportOptions("ohchr"), now)
    prepared.findings                    # review: likely personal data no rule covers
    verified = produce_pdf(prepared, accepted={f.key for f in reviewed})
    save_pdf(verified, Path("submission.pdf"))

or :func:`~logbook.export.pipeline.export_case` for all of it at once.
"""

from logbook.export.pipeline import (
    ExportOptions,
    ExportOutcome,
    PreparedExport,
    UnresolvedFindings,
    VerifiedPdf,
    export_case,
    prepare_export,
    produce_pdf,
    save_pdf,
)
from logbook.export.snapshot import CaseSnapshot, load_snapshot
from logbook.export.verification import LeakDetected

__all__ = [
    "CaseSnapshot",
    "ExportOptions",
    "ExportOutcome",
    "LeakDetected",
    "PreparedExport",
    "UnresolvedFindings",
    "VerifiedPdf",
    "export_case",
    "load_snapshot",
    "prepare_export",
    "produce_pdf",
    "save_pdf",
]
