"""Redacted PDF submissions to the UN Special Procedures (DESIGN.md §5 and §6).

No Qt and no vault here: the command line, the tests and the desktop app use the same
pipeline (:mod:`logbook.export.pipeline`), with the case read and the export recorded by
:mod:`logbook.services.exporting`:

    prepared = prepare_export(load_snapshot(book, "case-1"), ExportOptions("ohchr"), now)
    prepared.findings                    # review: likely personal data no rule covers
    verified = produce_pdf(prepared, accepted={f.key for f in reviewed})
    with audited_export(book, prepared.policy.snapshot.case):
        save_pdf(verified, Path("submission.pdf"))

or :func:`logbook.services.exporting.export_case` for all of it at once.

The names below load on first use (PEP 562): the desktop app imports small modules of this
package at start (``markup``), and the PDF libraries behind the pipeline take a third of a
second to load.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from logbook.export.leakcheck import LeakDetected
    from logbook.export.pipeline import (
        ExportOptions,
        PreparedExport,
        UnresolvedFindings,
        VerifiedPdf,
        prepare_export,
        produce_pdf,
        save_pdf,
    )
    from logbook.export.snapshot import CaseSnapshot

_HOMES = {
    "CaseSnapshot": "snapshot",
    "LeakDetected": "leakcheck",
    **dict.fromkeys(
        (
            "ExportOptions",
            "PreparedExport",
            "UnresolvedFindings",
            "VerifiedPdf",
            "prepare_export",
            "produce_pdf",
            "save_pdf",
        ),
        "pipeline",
    ),
}

__all__ = [
    "CaseSnapshot",
    "ExportOptions",
    "LeakDetected",
    "PreparedExport",
    "UnresolvedFindings",
    "VerifiedPdf",
    "prepare_export",
    "produce_pdf",
    "save_pdf",
    "stop_check_workers",
]


def stop_check_workers() -> None:
    """Stop the leak check's worker processes, which hold the last export's protected
    terms, if an export started them (lock, erase). Loads nothing if none did."""
    workers = sys.modules.get("logbook.export.leakcheck.workers")
    if workers is not None:
        workers.shutdown()


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
