"""The export pipeline: case → policy → redacted document → PDF → verification → file.

Three steps, so that a user interface can stop between them:

1. :func:`prepare_export` — policy, redacted document model and the personal-data
   findings. Nothing rendered yet; the UI shows the findings for review.
2. :func:`produce_pdf` — refuses while findings are unresolved
   (:class:`UnresolvedFindings`), checks the model, renders the PDF in memory, reads it
   back and checks it with the independent leak check
   (:class:`~logbook.export.leakcheck.LeakDetected`), which also checks the document
   model first so that a hit can name its field. The bytes
   exist only in memory: a preview can show them without a temporary file.
3. :func:`save_pdf` — writes the verified bytes atomically (owner-only), reads the file
   back and removes it if it differs from what was verified. Callers wrap it in
   :func:`logbook.services.exporting.audited_export`, so that no PDF exists that the audit
   log does not know about.

Nothing here touches Qt or the vault: loading the case and recording the export are the
services' (:mod:`logbook.services.exporting`, which also runs all three steps for the
command line). An import contract forbids this package to import services.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from logbook.core.errors import LogbookError
from logbook.core.model import Case, Incident
from logbook.core.progress import Progress, no_progress
from logbook.core.vocabularies import MANDATES
from logbook.export.builder import DocumentBuilder
from logbook.export.detector import Finding
from logbook.export.document import Document
from logbook.export.leak_terms import leak_terms, unsearchable
from logbook.export.leakcheck import CheckSummary, Hit, LeakCheck, LeakDetected
from logbook.export.localising import LANGUAGE_FINDINGS
from logbook.export.pdf_render import render_pdf
from logbook.export.policy import Policy, build_policy
from logbook.export.report import PersonLine, RedactionReport, Replaced
from logbook.export.snapshot import CaseSnapshot
from logbook.vault.atomic import write_atomic

EXIT_FINDINGS = 7
TYPES = ("auto", "urgent_appeal", "allegation_letter", "other_letter")


class UnresolvedFindings(LogbookError):
    """Likely personal data no rule covers is still in the text (see detector.py)."""

    exit_code = EXIT_FINDINGS

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        kinds = {f.kind for f in findings}
        parts = []
        if kinds - LANGUAGE_FINDINGS:
            parts.append(
                "possible personal data that no redaction rule covers (mark it with "
                "[[redact: …]] or accept it)"
            )
        if "not_translated" in kinds:
            parts.append("fields not translated into the document's language (translate "
                         "them, or accept to include the original, marked as such)")  # fmt: skip
        if "transliterated" in kinds:
            parts.append("names Logbook spelled in Latin letters (enter the person's own "
                         "spelling, or accept Logbook's)")  # fmt: skip
        super().__init__(
            f"Export stopped: {len(findings)} finding(s) to resolve: {'; '.join(parts)}. "
            "Nothing was written."
        )


@dataclass(frozen=True)
class ExportOptions:
    """``communication_type``: ``None`` takes the case's own setting; ``auto`` means an
    urgent appeal if any incident is ongoing, else an allegation letter. ``mandates``:
    ``None`` takes the case's own; the export dialog lets the user choose others.
    ``profile``: a name in :data:`logbook.core.profiles.PROFILES` (preparing the export
    raises ValueError for another). ``language``: the document's, one of
    :data:`logbook.export.wording.LANGUAGES` (``en``, ``fr``, ``es``; preparing the
    export raises ValueError for another): all of the document's own wording, the
    placeholders and the automatic pseudonyms are in it; the user's text stays as
    entered. ``source_contact``: the source's contact details on its confidential page
    (profiles that give it one; OHCHR needs a way back), or nowhere.
    ``original_names``: a named victim's name as recorded (Cyrillic) in brackets after
    the Latin one on the victims' page; ``None`` takes the profile's default."""

    profile: str
    communication_type: str | None = None
    deterministic: bool = False
    mandates: tuple[str, ...] | None = None
    language: str = "en"
    source_contact: bool = True
    original_names: bool | None = None


@dataclass
class PreparedExport:
    policy: Policy
    document: Document
    findings: list[Finding]
    report: RedactionReport
    date: datetime
    deterministic: bool = False

    def unresolved(
        self, accepted: Collection[str] = (), *, accept_all: bool = False
    ) -> list[Finding]:
        """Findings neither accepted one by one (by :attr:`Finding.key`) nor all at once."""
        if accept_all:
            return []
        return [f for f in self.findings if f.key not in accepted]


@dataclass(frozen=True)
class VerifiedPdf:
    data: bytes
    verification: CheckSummary
    report: RedactionReport = field(repr=False)


def record_ordinals(snapshot: CaseSnapshot) -> dict[tuple[str, int | None], str]:
    """``("person", 17)`` → ``"person 3"``: how the report names records. Ordinals follow
    the case (incidents chronologically); ids and file names, which a user may have
    written with a name in them, never appear."""
    names: dict[tuple[str, int | None], str] = {("case", snapshot.case.id): "the case"}
    names[("source", snapshot.case.id)] = "the source"
    for kind, records in snapshot.kinds():
        for n, record in enumerate(records, start=1):
            names[(kind, record.id)] = f"{kind} {n}"
    return names


def communication_type(case: Case, incidents: list[Incident], override: str | None) -> str:
    """The communication type to use: the override, else the case's; ``auto`` resolves to
    an urgent appeal when any incident is ongoing or imminent, else an allegation letter."""
    chosen = override or case.communication_type or "auto"
    if chosen not in TYPES:
        raise LogbookError(f"Unknown communication type {chosen!r}; use one of {', '.join(TYPES)}.")
    if chosen != "auto":
        return chosen
    return "urgent_appeal" if any(i.ongoing for i in incidents) else "allegation_letter"


def prepare_export(snapshot: CaseSnapshot, options: ExportOptions, now: datetime) -> PreparedExport:
    """Step 1: the redacted document and the findings to review (see the module docs)."""
    policy = build_policy(
        snapshot,
        options.profile,
        options.language,
        source_contact=options.source_contact,
        original_names=options.original_names,
    )
    kind = communication_type(snapshot.case, snapshot.incidents, options.communication_type)
    mandates = snapshot.case.mandates if options.mandates is None else options.mandates
    unknown = sorted(set(mandates) - set(MANDATES))
    if unknown:
        raise LogbookError(f"Unknown mandate(s): {', '.join(unknown)}.")
    built = DocumentBuilder(policy, kind, now.astimezone(UTC).date(), tuple(mandates)).build()
    document = built.document
    report = RedactionReport(policy.profile.name, kind, document.document_id)
    report.persons = [
        PersonLine(n, tuple(sorted(v.roles)), v.shown, "" if v.named else v.label, v.rule)
        for n, v in enumerate(policy.persons.values(), start=1)
    ]
    names = record_ordinals(snapshot)
    report.record_names = names
    report.replaced = [
        Replaced(category, rule, names.get(record, "") if record else "", count)
        for (category, rule, record), count in sorted(
            built.replaced.items(),
            key=lambda item: (item[0][0], item[0][1], str(item[0][2])),
        )
    ]
    report.rules_applied = sorted(built.withheld)
    return PreparedExport(
        policy, document, built.findings, report, now, deterministic=options.deterministic
    )


def produce_pdf(
    prepared: PreparedExport,
    accepted: Collection[str] = (),
    *,
    accept_all: bool = False,
    accepted_hits: Collection[str] = (),
    progress: Progress = no_progress,
) -> VerifiedPdf:
    """Step 2: the verified PDF in memory. Raises :class:`UnresolvedFindings` or
    :class:`LeakDetected`. ``accepted_hits``: ids of leak-check hits the user judged
    false alarms (each is listed in the report). ``progress`` hears of each page
    rendered and may stop the work by raising (between pages, and before the PDF is
    checked)."""
    unresolved = prepared.unresolved(accepted, accept_all=accept_all)
    if unresolved:
        raise UnresolvedFindings(unresolved)
    report = prepared.report
    report.accepted_findings = [f for f in prepared.findings if f not in unresolved]
    check = LeakCheck(*leak_terms(prepared.policy), parallel=True)
    report.terms_checked = check.summary.terms_checked
    report.whole_word_terms = check.summary.whole_word_terms
    report.terms_not_checkable = unsearchable(prepared.policy)
    try:
        # The model is searched (in a worker) while the PDF is rendered here.
        model_hits = check.start_document(prepared.document, accepted_hits)
        data = render_pdf(
            prepared.document,
            date=prepared.date,
            deterministic=prepared.deterministic,
            progress=progress,
        )
        _stop_on(model_hits())
        progress(0, 0)  # the PDF's own check is the other long step
        _stop_on(check.check_pdf(data, accepted_hits))
    except LeakDetected as leak:
        first = leak.hits[0]
        report.verification = "failed"
        report.failed_on = (first.term.category, first.term.rule)
        leak.report = report
        raise
    report.accepted_hits = sorted(set(accepted_hits) & check.accepted)
    report.readers = check.summary.readers
    report.verification = "passed"
    return VerifiedPdf(data, check.summary, report)


def _stop_on(hits: list[Hit]) -> None:
    if hits:
        raise LeakDetected(hits)


def save_pdf(verified: VerifiedPdf, path: Path) -> None:
    """Step 3: write the verified bytes atomically (0600), then read them back; a file
    that differs from what was verified is removed and the export fails.

    The file appears whole or not at all, and an interrupted write leaves nothing beside
    it (:mod:`logbook.vault.atomic`). Call it inside
    :func:`logbook.services.exporting.audited_export`."""
    try:
        write_atomic(path, verified.data, "the exported PDF")
        on_disk = path.read_bytes()
    except IsADirectoryError:
        raise LogbookError(f"Cannot write {path}: it is a folder.") from None
    except OSError as exc:
        raise LogbookError(f"Cannot write {path}: {exc.strerror}.") from None
    if hashlib.sha256(on_disk).digest() != hashlib.sha256(verified.data).digest():
        path.unlink(missing_ok=True)
        raise LogbookError(f"The file written to {path} did not read back intact; removed it.")
