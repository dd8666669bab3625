"""The Export dialog: choose case, profile, mandates and communication type; review the
possible personal data no rule covers and what the independent leak check found; see the
verified PDF; save it.

Every change of the options (and every save in an editor opened from a finding or a hit,
every tick) prepares the export again. Nothing is written until the user saves, and only a
PDF that passed verification can be saved: the bytes shown in the preview are the bytes
written. A hit of the leak check is left in only when the user ticks it as a false alarm,
and only while its words are those the user ticked: a hit's id names the field and which
occurrence of the term it is, so after an edit the same id may stand for other letters,
and then its tick is dropped.

The leak check's hits hold case text for the user's own screen: the dialog shows them in
the list and never puts them in its notices (nor anywhere else).

Threading: the case is read from the vault by an operation on the vault's worker
(:mod:`logbook.ui.operations`); building, rendering and verifying run on the global thread
pool (:mod:`logbook.ui.tasks`), touching no widget and no vault. Results of an earlier run
that a newer one replaced are dropped. If the vault locks meanwhile, this dialog is
deleted and the result goes nowhere. Any change to the vault (an editor opened from a
finding saved, say) prepares the export again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.core import vocabularies as v
from logbook.core.errors import LogbookError
from logbook.core.model import Case
from logbook.core.profiles import PROFILES, profile
from logbook.core.progress import Progress, no_progress
from logbook.export.detector import Finding
from logbook.export.leak_terms import leak_terms
from logbook.export.leakcheck import Hit, LeakCheck, LeakDetected
from logbook.export.pipeline import (
    ExportOptions,
    PreparedExport,
    VerifiedPdf,
    prepare_export,
    produce_pdf,
    save_pdf,
)
from logbook.export.snapshot import CaseSnapshot
from logbook.export.wording import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES
from logbook.services.case_book import CaseBook
from logbook.services.exporting import audited_export, load_snapshot
from logbook.ui import dialogs
from logbook.ui.editors.fields import CheckListField, ChoiceField
from logbook.ui.editors.opening import ShowEditor
from logbook.ui.exporting.field_opener import open_field, open_passage
from logbook.ui.exporting.finding_text import hit_words, ui_language
from logbook.ui.exporting.findings_list import FindingsList
from logbook.ui.exporting.pdf_preview import PdfPreview
from logbook.ui.exporting.run_progress import RunProgress
from logbook.ui.i18n import QT_TRANSLATE_NOOP
from logbook.ui.messages import error_text
from logbook.ui.operations import Job, Operations
from logbook.ui.tasks import TaskRunner
from logbook.vault.atomic import write_atomic
from logbook.vault.output_paths import check_output_path

# The profiles' titles and notes (logbook.core.profiles), for the translators.
_WORDING = (
    QT_TRANSLATE_NOOP("ExportDialog", "OHCHR: confidential submission to the UN"),
    QT_TRANSLATE_NOOP("ExportDialog", "Public: for publication"),
    QT_TRANSLATE_NOOP(
        "ExportDialog",
        "For the UN only: persons appear as they consented to; the source is on a "
        "confidential page.",
    ),
    QT_TRANSLATE_NOOP(
        "ExportDialog",
        "For anyone to read: stricter. Places are cut to the locality, private persons "
        "among the alleged perpetrators and the source are withheld.",
    ),
)
_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"
_SETTLE_MS = 400


@dataclass(frozen=True)
class Attempt:
    """One run of the export up to the verified PDF: ``verified`` is ``None`` while
    findings are unresolved, or when verification found a protected term (``leak``).
    ``hits``: the leak check's hits to list, those left in as false alarms too;
    ``accepted_hits``: of them, the ones left in, by id. ``checked``: whether the leak
    check ran (not while findings are unresolved)."""

    prepared: PreparedExport
    verified: VerifiedPdf | None = None
    leak: LeakDetected | None = None
    hits: list[Hit] = dataclasses.field(default_factory=list)
    accepted_hits: dict[str, Hit] = dataclasses.field(default_factory=dict)
    checked: bool = False


def attempt(
    snapshot: CaseSnapshot,
    options: ExportOptions,
    now: datetime,
    accepted: Collection[str],
    accepted_hits: Mapping[str, Hit] | None = None,
    progress: Progress = no_progress,
) -> Attempt:
    """Prepare, and render and verify if nothing is left to review (any thread).
    ``accepted_hits``: the hits the user ticked as false alarms, as they were shown; one
    whose words are no longer those is not left in. ``progress`` hears of each page and
    may stop the run by raising."""
    prepared = prepare_export(snapshot, options, now)
    progress(0, 0)
    if prepared.unresolved(accepted):
        return Attempt(prepared)
    listed: list[Hit] = []
    kept: dict[str, Hit] = {}
    if accepted_hits:
        listed = LeakCheck(*leak_terms(prepared.policy)).check_document(prepared.document)
        current = {hit.id: hit for hit in listed}
        for number, ticked in accepted_hits.items():
            now_there = current.get(number)
            if ticked.where is None:  # in the PDF's text only: nothing to compare
                kept[number] = ticked
            elif now_there is not None and hit_words(now_there) == hit_words(ticked):
                kept[number] = now_there
    try:
        verified = produce_pdf(prepared, accepted, accepted_hits=kept, progress=progress)
        leak = None
    except LeakDetected as stopped:
        verified, leak = None, stopped
    else:  # of the PDF's text's, only those it still has
        assert verified is not None
        kept = {k: hit for k, hit in kept.items() if k in verified.report.accepted_hits}
    raised = leak.hits if leak is not None else []
    shown = {hit.id for hit in raised} | set(kept)
    hits = [hit for hit in listed if hit.id in shown]  # in the document's order
    seen = {hit.id for hit in hits}
    for hit in (*raised, *kept.values()):  # the PDF's text's, the check's own order
        if hit.id not in seen or hit.where is None:
            hits.append(hit)
            seen.add(hit.id)
    return Attempt(prepared, verified, leak, hits, kept, checked=True)


class ExportDialog(QDialog):
    """The Export dialog. It takes what it needs, not the main window: the operations,
    the window to sit on, how to show an editor (``show_editor``, as the main window does),
    and the window's actions, so that lock and quick erase work here too (this dialog is
    modal, see RecordEditor)."""

    def __init__(
        self,
        ops: Operations,
        case: Case,
        *,
        parent: QWidget,
        show_editor: ShowEditor,
        actions: list[QAction],
    ) -> None:
        super().__init__(parent)
        self.addActions(actions)
        self.show_editor = show_editor
        self.ops = ops
        self.runner = TaskRunner(self, QThreadPool.globalInstance())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Export a submission"))
        self._generation = 0
        self._accepted: set[str] = set()
        self._accepted_hits: dict[str, Hit] = {}
        self._snapshot: CaseSnapshot | None = None
        self._verified: VerifiedPdf | None = None
        self._loading: Job | None = None  # the case being read on the vault's worker
        self._take_case_settings = True  # the case's mandates and type, once it is read
        self._build(case)
        ops.changed.connect(lambda _: self._changed())
        self.refresh()

    # Building ------------------------------------------------------------------------------

    def _build(self, case: Case) -> None:
        self.case_field = QComboBox()
        self.case_field.addItem(case.title, case.id)  # the others once read
        self.ops.run(lambda book: book.cases(), self._show_cases, owner=self)
        self.profile = QComboBox()
        for each in PROFILES.values():
            self.profile.addItem(QCoreApplication.translate("ExportDialog", each.title), each.name)
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        self.language = QComboBox()  # the document's own words; the user's text as entered
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(DEFAULT_LANGUAGE))
        self.kind = ChoiceField(v.COMMUNICATION_TYPES)
        self.mandates = CheckListField(v.MANDATES)
        # OHCHR does not act on anonymous submissions: the source's contact details go on
        # its confidential page unless the user leaves them out.
        self.source_contact = QCheckBox(self.tr("Source's co&ntact on the confidential page"))
        self.source_contact.setChecked(True)
        # A named victim's name as recorded (Cyrillic), in brackets after the Latin one:
        # the profile's default, shown when the profile is chosen.
        self.original_names = QCheckBox(self.tr("Victims' names as recorded, in &brackets"))
        first = next(iter(PROFILES.values()))  # the profile chosen at first
        self.original_names.setChecked(first.original_script_names)
        options = QFormLayout()
        for text, field in (
            (self.tr("&Case"), self.case_field),
            (self.tr("&Profile"), self.profile),
            (self.tr("Document &language"), self.language),
            (self.tr("Communication &type"), self.kind),
            (self.tr("&Mandates addressed"), self.mandates),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            options.addRow(caption, field)
        options.addRow(self.source_contact)
        options.addRow(self.original_names)
        options.addRow(self.profile_note)
        self.findings = FindingsList()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(options)
        column.addWidget(self.findings, 1)

        self.preview = PdfPreview()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.views = QTabWidget()
        self.views.addTab(self.preview, self.tr("Pre&view"))
        self.views.addTab(self.report, self.tr("Redaction &report"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 2)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_report_button = QPushButton(self.tr("Save r&eport…"))
        for button in (self.save_button, self.save_report_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.save_report_button.clicked.connect(self.save_report)
        self.buttons.rejected.connect(self.reject)
        self.progress = RunProgress()
        self.progress.stopped.connect(self._stopped)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1100, 720)

        self.case_field.currentIndexChanged.connect(lambda _: self._case_changed())
        # A run of a large case takes seconds: changes made in quick succession (ticking
        # three mandates) start one run, once they pause.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self.profile.currentIndexChanged.connect(lambda _: self._profile_changed())
        self.language.currentIndexChanged.connect(lambda _: self._changed())
        self.source_contact.toggled.connect(lambda _: self._changed())
        self.original_names.toggled.connect(lambda _: self._changed())
        self.kind.currentIndexChanged.connect(lambda _: self._changed())
        self.mandates.itemChanged.connect(lambda _: self._changed())
        self.findings.accepted_changed.connect(self._accepted_changed)
        self.findings.open_requested.connect(self.open_finding)
        self.findings.open_hit_requested.connect(self.open_hit)

    def _show_cases(self, cases: list[Case]) -> None:
        chosen = self.case_field.currentData()
        with QSignalBlocker(self.case_field):
            self.case_field.clear()
            for each in cases:
                self.case_field.addItem(each.title, each.id)
            self.case_field.setCurrentIndex(max(self.case_field.findData(chosen), 0))

    def _use_case_settings(self, case: Case) -> None:
        """Mandates and communication type as the case has them (the user may change them
        for this export; the case keeps its own)."""
        with QSignalBlocker(self.kind), QSignalBlocker(self.mandates):
            self.kind.set_value(case.communication_type or "auto")
            self.mandates.set_value(case.mandates)

    def _profile_changed(self) -> None:
        """A profile brings its own default for the names in brackets; the user may
        change it for this export."""
        chosen = profile(self.profile.currentData())
        with QSignalBlocker(self.original_names):  # the change below re-runs anyway
            self.original_names.setChecked(chosen.original_script_names)
        self._changed()

    def _case_changed(self) -> None:
        self._accepted.clear()
        self._accepted_hits.clear()
        self._take_case_settings = True
        self._changed()

    # Preparing -----------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        return ExportOptions(
            self.profile.currentData(),
            self.kind.value(),
            mandates=tuple(self.mandates.value()),
            language=self.language.currentData(),
            source_contact=self.source_contact.isChecked(),
            original_names=self.original_names.isChecked(),
        )

    def _changed(self) -> None:
        """The shown PDF no longer matches the options: nothing may be saved until the
        run the change starts (once changes pause) is done; a run still going on reports
        to nobody (:meth:`_current`)."""
        self._withdraw()
        self._settle.start()

    def _withdraw(self) -> None:
        self._set_verified(None)
        self._say(self.tr("Preparing and checking the document…"), "")

    def refresh(self) -> None:
        """Read the case again (on the vault's worker) and start a new run with the
        current options once it is read."""
        self._settle.stop()
        self._show_profile_note()
        self._withdraw()
        self.progress.supersede()
        self._generation += 1
        case_id, generation = self.case_field.currentData(), self._generation
        self._loading = self.ops.run(
            lambda book: _read_case(book, case_id),
            lambda read: self._start(generation, *read),
            on_failed=lambda exc: self._failed(generation, exc),
            owner=self,
            key="export-snapshot",
        )

    def _start(self, generation: int, snapshot: CaseSnapshot, now: datetime) -> None:
        """The case is read: render and check it off the GUI thread."""
        if not self._current(generation):
            return  # a newer run is on its way (its reading is still under way)
        self._loading = None
        if self._take_case_settings:
            self._take_case_settings = False
            self._use_case_settings(snapshot.case)
        self._snapshot = snapshot
        options, accepted = self.options(), set(self._accepted)
        accepted_hits = dict(self._accepted_hits)
        progress = self.progress.reporter()
        self.runner.run(
            lambda: attempt(snapshot, options, now, accepted, accepted_hits, progress),
            lambda result: self._attempted(generation, snapshot, result),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    @property
    def busy(self) -> bool:
        """A run is going on or about to start."""
        return self.runner.busy or self._settle.isActive() or self._loading is not None

    def _current(self, generation: int) -> bool:
        """Whether the run ``generation`` is the latest and nothing changed since."""
        return generation == self._generation and not self._settle.isActive()

    def _attempted(self, generation: int, snapshot: CaseSnapshot, result: Attempt) -> None:
        if not self._current(generation):
            return  # a newer run is on its way
        self.progress.finish()
        prepared = result.prepared
        if result.checked:  # without the ticks that no longer hold
            self._accepted_hits = dict(result.accepted_hits)
        self.findings.set_findings(prepared.findings, snapshot, self._accepted)
        self.findings.set_hits(result.hits, snapshot, self._accepted_hits)
        self.report.setPlainText(prepared.report.text(ui_language()))
        if result.verified is not None:
            self._set_verified(result.verified)
            terms = str(result.verified.verification.terms_checked)
            if result.verified.report.accepted_hits:
                text = self.tr(
                    "Verified: none of the %1 protected terms is in the PDF, apart from the "
                    "places you ticked as not a leak. Read the preview, then save."
                )
            else:
                text = self.tr(
                    "Verified: none of the %1 protected terms is in the PDF. Read the "
                    "preview, then save."
                )
            self._say(text.replace("%1", terms), _OK_STYLE)
        elif result.leak is not None:
            # Never the leak's message nor a hit's text here: the list shows those.
            places = str(self.findings.unaccepted_hit_rows())
            self._say(
                self.tr(
                    "Export stopped: the independent check found protected text that the "
                    "redaction left, in %1 place(s). Nothing was written. Correct each in "
                    "its field, or tick it as not a leak if it is a false alarm."
                ).replace("%1", places),
                _ERROR_STYLE,
            )
        else:
            count = str(len(prepared.unresolved(self._accepted)))
            self._say(
                self.tr(
                    "Possible personal data to review: %1. Mark or remove each one in its "
                    "field, or tick it to leave it in."
                ).replace("%1", count),
                _ERROR_STYLE,
            )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if self._current(generation):  # else a newer run's reading may still be going on
            self._loading = None
            self.progress.finish()
            self._say(error_text(exc), _ERROR_STYLE)

    def _stopped(self) -> None:
        """Stop pressed: the run ends at its next page; nothing may be saved."""
        self._generation += 1  # what the stopped run still reports goes nowhere
        self._say(
            self.tr("Stopped. Change an option or edit the case to prepare it again."),
            _ERROR_STYLE,
        )

    def _accepted_changed(self) -> None:
        self._accepted = self.findings.accepted()
        if self.findings.rows:  # else the hits are not shown now: their ticks stay
            self._accepted_hits = self.findings.accepted_hits()
        self._changed()

    def _set_verified(self, verified: VerifiedPdf | None) -> None:
        self._verified = verified
        if verified is None:
            self.preview.clear()
        else:
            self.preview.show_pdf(verified.data)
        self.save_button.setEnabled(verified is not None)
        self.save_report_button.setEnabled(verified is not None)
        self.save_button.setDefault(verified is not None)

    def _show_profile_note(self) -> None:
        chosen = profile(self.profile.currentData())
        self.source_contact.setEnabled(chosen.source == "confidential_page")
        text = QCoreApplication.translate("ExportDialog", chosen.note)
        self.profile_note.setText(text)

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    # Acting --------------------------------------------------------------------------------

    def open_finding(self, finding: Finding) -> None:
        """Open the field of ``finding`` with the passage selected (its save prepares the
        export again, as every change does)."""
        open_field(self.ops, self.show_editor, finding.origin, self, finding.start, finding.end)

    def open_hit(self, hit: Hit) -> None:
        """Open the field a leak-check hit is in, with its letters selected where they
        stand in the stored text (it differs from the exported one)."""
        if hit.where is not None:
            open_passage(self.ops, self.show_editor, hit.where, self, hit.text, hit.start, hit.end)

    def save(self) -> Path | None:
        """Ask where, write the verified PDF, record the export. The path, or ``None``."""
        verified, snapshot = self._verified, self._snapshot
        if verified is None or snapshot is None:
            return None

        path = self._save_as(
            self.tr("Save the submission"),
            f"{verified.report.document_id}-{verified.report.profile}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        case = snapshot.case

        def write(book: CaseBook) -> None:
            # The audit log learns of the export before the file can appear.
            with audited_export(book, case):
                save_pdf(verified, path)

        self.ops.run(
            write,
            lambda _: self._saved(verified),
            on_failed=lambda exc: self.ops.show_error(exc, self, self.tr("Not saved")),
            owner=self,
        )
        return path

    def _saved(self, verified: VerifiedPdf) -> None:
        terms = str(verified.verification.terms_checked)
        text = self.tr(
            "Saved. Verification passed: none of the %1 protected terms is in the PDF."
        ).replace("%1", terms)
        self._say(text, _OK_STYLE)
        dialogs.info(self, self.tr("Export"), text)

    def save_report(self) -> Path | None:
        """The redaction report as a text file (it holds no protected content)."""
        verified = self._verified
        if verified is None:
            return None
        data = verified.report.text(ui_language()).encode("utf-8")
        path = self._save_as(
            self.tr("Save the redaction report"),
            f"{verified.report.document_id}-{verified.report.profile}-report.txt",
            self.tr("Text (*.txt)"),
        )
        if path is None:
            return None
        try:
            write_atomic(path, data, "the report")
        except Exception as exc:
            self.ops.show_error(exc, self, self.tr("Not saved"))
            return None
        return path

    def _save_as(self, title: str, suggested: str, filter_: str) -> Path | None:
        """Ask for a path (the suggested name's suffix added if missing)."""
        chosen = dialogs.save_file(self, title, suggested, filter_)
        if not chosen:
            return None
        path = Path(chosen)
        suffix = Path(suggested).suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            check_output_path(path, "the file")  # never into a vault, a device or a pipe
        except LogbookError as exc:
            self.ops.show_error(exc, self, self.tr("Not saved"))
            return None
        return path


def _read_case(book: CaseBook, case_id: int) -> tuple[CaseSnapshot, datetime]:
    """What a run needs from the vault (on its worker): the case and the vault's time."""
    case = book.get(Case, case_id)
    return load_snapshot(book, case.ref), book.session.clock()
