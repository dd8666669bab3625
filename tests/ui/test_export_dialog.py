"""The Export dialog end to end (issue 4, items 6 and 7): options, the findings review that
jumps to the field, "Redact in exports", the preview read back with QtPdf, saving, the
verification result and the leak check's hits (a false alarm ticked, a true leak that
cannot be saved), and what locking does to it all. Real vaults, real PDFs."""

from __future__ import annotations

import copy
import json
import logging
import multiprocessing
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit

from logbook.core.model import Case, Incident
from logbook.export import pipeline
from logbook.export.document import Text
from logbook.export.redaction import Redacted, Redactor
from logbook.export.rules import CATEGORIES
from logbook.services.case_import import import_case
from logbook.ui import dialogs
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_child_editors import InjuryEditor, RemedyEditor, StatementEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.exporting import finding_text
from logbook.ui.exporting.export_dialog import ExportDialog
from logbook.ui.exporting.field_opener import locate
from logbook.ui.exporting.pdf_preview import PdfPreview
from logbook.ui.main_window import MainWindow
from logbook.ui.quick_erase import SECONDS, QuickEraseOverlay
from tests.conftest import EXAMPLE_CASE
from tests.pdf_text import extract_text
from tests.ui.conftest import book_of, drain
from tests.ui.driving import CTRL, CTRL_SHIFT, active_editor, choose, click, press, save, settle
from tests.ui.test_hygiene import files_written_since, read

PHONE = "+7 701 234 56 78"
TITLE = "Meeting disrupted; organiser detained"
PROTECTED = "Daniyar Witness"  # the witness: a pseudonym in both profiles
VICTIM = "Aigerim Example"  # named to the UN (she consented), a pseudonym in public


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


def imported(window: MainWindow, doc: dict[str, Any]) -> MainWindow:
    book_of(window).run(lambda b: import_case(b, json.dumps(doc, ensure_ascii=False)))
    window.reload_cases()
    return window


@pytest.fixture
def case_window(window: MainWindow) -> MainWindow:
    """The main window with the example case, which has no findings."""
    return imported(window, example())


@pytest.fixture
def phone_window(window: MainWindow) -> MainWindow:
    """The example case with a phone number in the narrative: one finding."""
    doc = example()
    doc["incidents"][0]["narrative"] += f" Call the organiser at {PHONE} for details."
    return imported(window, doc)


def open_dialog(qtbot, window: MainWindow) -> ExportDialog:
    """Ctrl+E, as the user opens it; returns once the first run is done."""
    press(window, Qt.Key.Key_E, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExportDialog)
    wait(qtbot, dialog)
    return dialog


def wait(qtbot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    QApplication.processEvents()


def preview_text(qtbot, dialog: ExportDialog) -> str:
    """All pages as QtPdf reads them from the preview: a third, independent reader."""
    document = dialog.preview.document
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready, timeout=10_000)
    return "\n".join(dialog.preview.page_text(page) for page in range(document.pageCount()))


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


# The whole way: a finding, fixed in its field, then the verified PDF saved ------------------


def test_a_finding_is_fixed_in_its_field_then_the_verified_pdf_is_saved(
    qtbot, phone_window: MainWindow, tmp_path: Path
) -> None:
    window = phone_window
    dialog = open_dialog(qtbot, window)

    # The review: one phone number in the incident's narrative; nothing to save yet.
    tree = dialog.findings.tree
    assert tree.topLevelItemCount() == 1
    row = [tree.topLevelItem(0).text(column) for column in range(3)]
    assert row == ["Phone number", f"Incident «{TITLE}» — narrative", PHONE]
    assert not dialog.save_button.isEnabled()
    assert dialog.preview.page_count() == 0
    assert "Possible personal data to review: 1" in dialog.status.text()

    # Go to the field: the incident opens with the number selected in the narrative.
    click(dialog.findings.open_button)
    editor = active_editor(IncidentEditor)
    assert QApplication.focusWidget() is editor.narrative
    assert editor.narrative.textCursor().selectedText() == PHONE

    # "Redact in exports" (Ctrl+R) wraps it in the markup; saving prepares the export again.
    press(editor.narrative, Qt.Key.Key_R, CTRL)
    assert f"[[redact:{PHONE}]]" in editor.narrative.toPlainText()
    save(editor)
    wait(qtbot, dialog)
    stored = book_of(window).get(Incident, editor.record.id)
    assert f"[[redact:{PHONE}]]" in stored.narrative

    assert dialog.findings.tree.topLevelItemCount() == 0
    assert dialog.save_button.isEnabled()
    assert dialog.status.text().startswith("Verified: none of the ")
    text = preview_text(qtbot, dialog)
    assert "[redacted]" in text and PHONE not in text
    assert "CONFIDENTIAL" in text and "Alleged victims" in text
    assert PROTECTED.casefold() not in folded(text)
    assert "passed" in dialog.report.toPlainText()

    # Save: the save dialog, then the file is the verified PDF and the export is audited.
    out = tmp_path / "submission"  # no suffix: the dialog adds ".pdf"
    dialogs.answer_next(str(out), None)
    saved = dialog.save()
    drain()  # written on the vault's worker, which records the export
    assert saved == tmp_path / "submission.pdf"
    assert saved.read_bytes() == dialog._verified.data
    assert PHONE not in extract_text(saved.read_bytes())
    assert [kind for kind, _ in dialogs.shown] == ["save", "info"]
    assert "Verification passed" in dialogs.shown[-1][1]
    entries = book_of(window).run(lambda b: b.session.audit.entries())
    assert (entries[-1].action, entries[-1].entity) == ("export", "case")


def test_ticking_a_finding_leaves_it_in_and_the_report_says_so(
    qtbot, phone_window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, phone_window)
    item = dialog.findings.tree.topLevelItem(0)
    item.setCheckState(0, Qt.CheckState.Checked)
    wait(qtbot, dialog)

    assert dialog.save_button.isEnabled()
    assert PHONE in preview_text(qtbot, dialog)
    report = dialog.report.toPlainText()
    assert "Possible personal data you accepted" in report
    assert PHONE not in report  # the report names the place, never the text
    # The tick survives the new run.
    assert dialog.findings.tree.topLevelItem(0).checkState(0) == Qt.CheckState.Checked


def test_leave_all_in(qtbot, window: MainWindow) -> None:
    doc = example()
    doc["case"]["summary"] = f"Contacts: {PHONE}, team@example.org."
    dialog = open_dialog(qtbot, imported(window, doc))
    assert dialog.findings.tree.topLevelItemCount() == 2
    click(dialog.findings.accept_all_button)
    wait(qtbot, dialog)
    assert dialog.save_button.isEnabled()


# Options ------------------------------------------------------------------------------------


def test_the_public_profile_is_stricter_and_marked_public(qtbot, case_window: MainWindow) -> None:
    dialog = open_dialog(qtbot, case_window)
    ohchr = preview_text(qtbot, dialog)
    assert "CONFIDENTIAL" in ohchr and "Example Collective" in ohchr  # the source page

    choose(dialog.profile, "public")
    wait(qtbot, dialog)
    public = preview_text(qtbot, dialog)
    assert VICTIM in ohchr and "PUBLIC" in public
    assert "Example Collective" not in public  # the source is never public
    assert VICTIM.casefold() not in folded(public)
    assert PROTECTED.casefold() not in folded(public)
    assert "locality" in dialog.profile_note.text()


def test_mandates_and_type_are_chosen_for_this_export_only(qtbot, case_window: MainWindow) -> None:
    dialog = open_dialog(qtbot, case_window)
    assert set(dialog.mandates.value()) == {"SR_HRD", "SR_ASSEMBLY", "IE_SOGI"}  # the case's
    assert dialog.kind.value() == "auto"

    for row in range(dialog.mandates.count()):
        item = dialog.mandates.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) == "WGAD"
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    choose(dialog.kind, "urgent_appeal")
    wait(qtbot, dialog)

    cover = folded(preview_text(qtbot, dialog)).split("document id")[0]
    assert "working group on arbitrary detention" in cover
    assert "human rights defenders" not in cover
    assert "communication type: urgent appeal" in cover
    case = book_of(case_window).case_by_ref("case-1")
    assert set(case.mandates) == {"SR_HRD", "SR_ASSEMBLY", "IE_SOGI"}  # unchanged


def test_changes_in_quick_succession_start_one_run_and_nothing_stale_can_be_saved(
    qtbot, case_window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, case_window)
    runs = dialog._generation
    for value in ("WGAD", "SR_TORTURE", "SR_PRIVACY"):
        row = next(
            r
            for r in range(dialog.mandates.count())
            if dialog.mandates.item(r).data(Qt.ItemDataRole.UserRole) == value
        )
        dialog.mandates.item(row).setCheckState(Qt.CheckState.Checked)
        assert not dialog.save_button.isEnabled()  # the shown PDF is out of date at once
        assert dialog.preview.page_count() == 0
    wait(qtbot, dialog)
    assert dialog._generation == runs + 1
    cover = folded(preview_text(qtbot, dialog)).split("document id")[0]
    assert "right to privacy" in cover and "torture" in cover


def test_another_case_can_be_chosen(qtbot, window: MainWindow) -> None:
    second = example()
    second["case"]["id"] = "case-2"
    second["case"]["title"] = "Second case"
    second["case"]["mandates"] = ["SR_TORTURE"]
    imported(imported(window, example()), second)
    dialog = open_dialog(qtbot, window)
    choose(dialog.case_field, book_of(window).case_by_ref("case-2").id)
    wait(qtbot, dialog)
    assert dialog.mandates.value() == ["SR_TORTURE"]
    assert "Second case" in preview_text(qtbot, dialog)


# Jumping to every kind of field --------------------------------------------------------------

PLACES = [
    # (where the number goes in the case document, editor, field widget attribute)
    (("case", "summary"), CaseEditor, "summary"),
    (("source", "relationship"), CaseEditor, "source_relationship"),
    (("persons", 0, "hrd_work"), PersonEditor, "hrd_work"),
    (("incidents", 0, "title"), IncidentEditor, "title_field"),
    (("incidents", 0, "location", "place"), IncidentEditor, "place"),
    (("incidents", 0, "injuries", 0, "body_location"), InjuryEditor, "body_location"),
    (("incidents", 0, "statements", 0, "text"), StatementEditor, "text"),
    (("incidents", 0, "remedies", 0, "outcome"), RemedyEditor, "outcome"),
    (("evidence", 0, "description"), EvidenceEditor, "description"),
]


def put(doc: dict[str, Any], path: tuple, text: str) -> None:
    *parents, last = path
    target = doc
    for step in parents:
        target = target[step]
    target[last] = f"{target.get(last) or 'x'} — тел. {text}, ещё текст"


@pytest.mark.parametrize("path, editor_cls, attribute", PLACES, ids=lambda p: str(p))
def test_go_to_the_field_opens_the_right_editor_with_the_number_selected(
    qtbot, window: MainWindow, path: tuple, editor_cls: type[RecordEditor], attribute: str
) -> None:
    doc = example()
    doc["incidents"][0]["injuries"][0]["medically_confidential"] = False  # shown, so checked
    put(doc, path, PHONE)
    dialog = open_dialog(qtbot, imported(window, copy.deepcopy(doc)))
    phones = [f for f in dialog.findings.findings if f.kind == "phone"]
    assert len(phones) == 1

    dialog.open_finding(phones[0])
    editor = active_editor(editor_cls)
    field = getattr(editor, attribute)
    assert QApplication.focusWidget() is field
    if isinstance(field, QLineEdit):
        assert field.selectedText() == PHONE
    else:
        assert isinstance(field, QPlainTextEdit)
        assert field.textCursor().selectedText() == PHONE
    editor.discard()


# Verification failing, saving failing ---------------------------------------------------------


def test_a_leak_found_by_verification_stops_the_export(
    qtbot, case_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A renderer that let a protected name through (simulated: the boundary here is the
    PDF library) must not produce anything the user can save."""
    real = pipeline.render_pdf

    def leaky(document, **kwargs):
        document.sections[1].paragraph(Text(PROTECTED))
        return real(document, **kwargs)

    monkeypatch.setattr(pipeline, "render_pdf", leaky)
    dialog = open_dialog(qtbot, case_window)
    assert not dialog.save_button.isEnabled()
    assert dialog.preview.page_count() == 0
    status = dialog.status.text()
    assert status.startswith("Export stopped: the independent check found protected text")
    assert PROTECTED not in status and "Daniyar" not in status
    assert "FAILED" in dialog.report.toPlainText()
    # Listed as found in the PDF's text, in no field: nothing to go to.
    hits = dialog.findings.hits_tree
    assert hits.topLevelItemCount() == 1
    row = [hits.topLevelItem(0).text(column) for column in range(3)]
    assert row == [
        "Name of a person shown by pseudonym",
        "The PDF's text (not in any one field)",
        "",
    ]
    assert not dialog.findings.open_button.isEnabled()


# The leak check's hits -------------------------------------------------------------------------

FALSE_ALARM = "Даниярбек"  # an unrelated man: the witness's name "Данияр" is in his
NARRATIVE = f"{PROTECTED} видел, как {FALSE_ALARM} Султанов вышел из кафе."


@pytest.fixture
def false_alarm_window(window: MainWindow) -> MainWindow:
    """The example case whose narrative names the witness (replaced by "Witness 1") and
    Даниярбек, which the leak check cannot tell from the witness's name."""
    doc = example()
    doc["incidents"][0]["narrative"] = NARRATIVE
    return imported(window, doc)


def include_originals(qtbot, dialog: ExportDialog) -> None:
    """Tick the findings that a field is not translated (the Russian narrative): the user
    accepts to include it as written, and the leak check runs on it."""
    tree = dialog.findings.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0).startswith(("Not translated", "Нет перевода")):
            item.setCheckState(0, Qt.CheckState.Checked)
    wait(qtbot, dialog)


def open_hits_dialog(qtbot, window: MainWindow) -> ExportDialog:
    """The Export dialog, the original narrative accepted as it is: at the leak check."""
    dialog = open_dialog(qtbot, window)
    include_originals(qtbot, dialog)
    return dialog


def hit_row(dialog: ExportDialog, index: int = 0) -> list[str]:
    item = dialog.findings.hits_tree.topLevelItem(index)
    return [item.text(column) for column in range(3)]


def tick_hit(qtbot, dialog: ExportDialog, ticked: bool = True, index: int = 0) -> None:
    item = dialog.findings.hits_tree.topLevelItem(index)
    item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    wait(qtbot, dialog)


def test_a_false_alarm_is_listed_ticked_as_not_a_leak_and_then_saved(
    qtbot, false_alarm_window: MainWindow, tmp_path: Path
) -> None:
    window = false_alarm_window
    dialog = open_hits_dialog(qtbot, window)

    # Listed like a finding: what, where, the words; nothing to save.
    hits = dialog.findings.hits_tree
    assert hits.isVisibleTo(dialog) and dialog.findings.tree.topLevelItemCount() == 1
    assert hits.topLevelItemCount() == 1  # the name and its Cyrillic variant: one place
    assert hit_row(dialog) == [
        "Name of a person shown by pseudonym",
        f"Incident «{TITLE}» — narrative",
        FALSE_ALARM,
    ]
    assert hits.headerItem().text(0) == "Not a leak: leave in"
    assert hits.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked
    assert not dialog.save_button.isEnabled() and dialog.preview.page_count() == 0
    status = dialog.status.text()
    assert status.startswith(
        "Export stopped: the independent check found protected text that the redaction left, "
        "in 1 place(s). Nothing was written."
    )
    assert "Данияр" not in status and "Daniyar" not in status
    # Hits are never accepted all at once: "Accept all" ticks the findings only.
    dialog.findings.accept_all()
    wait(qtbot, dialog)
    assert hits.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked

    # Go to the field: the stored narrative (which still has the witness's name where the
    # export has "Witness 1") opens with the matched letters selected.
    assert dialog.findings.open_button.isEnabled()
    click(dialog.findings.open_button)
    editor = active_editor(IncidentEditor)
    assert QApplication.focusWidget() is editor.narrative
    cursor = editor.narrative.textCursor()
    assert cursor.selectedText() == "Данияр"
    assert cursor.selectionStart() == NARRATIVE.index(FALSE_ALARM)
    editor.discard()

    # Not a leak: the export runs again with the hit accepted, and can be saved.
    tick_hit(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    assert dialog.status.text().startswith("Verified: none of the ")
    assert "ticked as not a leak" in dialog.status.text()
    assert hits.topLevelItemCount() == 1  # still listed, ticked: it can be unticked
    assert hits.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    accepted = dialog._verified.report.accepted_hits
    assert len(accepted) == 2 and all(number.startswith("VH-") for number in accepted)
    assert FALSE_ALARM in preview_text(qtbot, dialog)

    dialogs.answer_next(str(tmp_path / "submission.pdf"), None)
    saved = dialog.save()
    drain()  # written on the vault's worker, which records the export
    assert saved is not None and saved.read_bytes() == dialog._verified.data
    assert FALSE_ALARM in extract_text(saved.read_bytes())
    report = dialog.report.toPlainText()
    assert "Leak-check hits you judged false alarms (left in the document):" in report
    assert all(f"  {number}" in report for number in accepted)
    dialogs.answer_next(str(tmp_path / "report.txt"))
    written = dialog.save_report().read_text(encoding="utf-8")
    assert all(f"  {number}" in written for number in accepted)
    assert "Данияр" not in written

    # Unticked, it stops the export again.
    tick_hit(qtbot, dialog, ticked=False)
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text().startswith("Export stopped: the independent check")


def test_a_tick_does_not_carry_over_to_other_letters_under_the_same_id(
    qtbot, false_alarm_window: MainWindow
) -> None:
    """A hit's id names the field and the term's occurrence in it: once another word
    with the name's letters stands before Даниярбек, the ticked id means that word,
    which the user never judged. The tick is dropped."""
    dialog = open_hits_dialog(qtbot, false_alarm_window)
    tick_hit(qtbot, dialog)
    assert dialog.save_button.isEnabled()

    dialog.findings.hits_tree.setCurrentItem(dialog.findings.hits_tree.topLevelItem(0))
    click(dialog.findings.open_button)
    editor = active_editor(IncidentEditor)
    editor.narrative.setPlainText(f"Даниярхан ушёл. {NARRATIVE}")
    save(editor)
    wait(qtbot, dialog)
    include_originals(qtbot, dialog)  # a new narrative: not translated either

    assert not dialog.save_button.isEnabled()
    rows = [hit_row(dialog, i) for i in range(dialog.findings.hits_tree.topLevelItemCount())]
    assert [row[2] for row in rows] == ["Даниярхан", FALSE_ALARM]
    ticks = [dialog.findings.hits_tree.topLevelItem(i).checkState(0) for i in range(2)]
    assert ticks == [Qt.CheckState.Unchecked, Qt.CheckState.Unchecked]
    assert "in 2 place(s)" in dialog.status.text()


def test_a_true_leak_is_listed_and_cannot_be_saved(
    qtbot, false_alarm_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redaction that failed (simulated: it leaves every text as it is) is caught by the
    independent check; the notice says so without the name."""
    monkeypatch.setattr(Redactor, "redact", lambda self, text, markup=None: Redacted(text or ""))
    dialog = open_hits_dialog(qtbot, false_alarm_window)
    rows = [hit_row(dialog, i) for i in range(dialog.findings.hits_tree.topLevelItemCount())]
    where = f"Incident «{TITLE}» — narrative"
    assert ["Name of a person shown by pseudonym", where, "Daniyar"] in rows
    assert not dialog.save_button.isEnabled() and dialog.preview.page_count() == 0
    status = dialog.status.text()
    assert status.startswith("Export stopped: the independent check found protected text")
    for term in ("Daniyar", "Witness", "Данияр"):
        assert term not in status
    report = dialog.report.toPlainText()
    assert "FAILED" in report and "Daniyar" not in report

    # Go to the field selects the name in the narrative.
    first = next(i for i, row in enumerate(rows) if row[2] == "Daniyar")
    dialog.findings.hits_tree.setCurrentItem(dialog.findings.hits_tree.topLevelItem(first))
    click(dialog.findings.open_button)
    editor = active_editor(IncidentEditor)
    assert editor.narrative.textCursor().selectedText() == "Daniyar"
    editor.discard()


def test_no_case_text_of_a_hit_goes_to_logs_or_output(
    qtbot, false_alarm_window: MainWindow, caplog, capfd, qtlog
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = open_hits_dialog(qtbot, false_alarm_window)
    tick_hit(qtbot, dialog)
    tick_hit(qtbot, dialog, ticked=False)
    click(dialog.findings.open_button)
    active_editor(IncidentEditor).discard()
    captured = capfd.readouterr()
    qt_messages = " ".join(record.message for record in qtlog.records)
    for text in (caplog.text, captured.out, captured.err, qt_messages):
        for term in ("Данияр", "Daniyar", "Султанов"):
            assert term not in text


def test_hit_categories_are_the_rules_categories_translated() -> None:
    assert finding_text.CATEGORIES == CATEGORIES
    assert finding_text.category_label("name") == "Name of a person shown by pseudonym"


@pytest.mark.parametrize(
    "stored, exported, passage, expected",
    [
        # the same letters at another offset: pseudonyms are shorter than names
        ("Daniyar Witness: Даниярбек", "Witness 1: Даниярбек", "Данияр", 17),
        # of two, the one the surroundings agree on
        ("Данияр. Daniyar Witness, Данияр!", "Данияр. Witness 1, Данияр!", "Данияр!", 25),
        ("nothing here", "Witness 1: Даниярбек", "Данияр", None),
    ],
)
def test_a_hits_letters_are_found_in_the_stored_text(
    stored: str, exported: str, passage: str, expected: int | None
) -> None:
    start = exported.index(passage)
    span = locate(stored, exported, start, start + len("Данияр"))
    if expected is None:
        assert span is None
    else:
        assert span == (expected, expected + len("Данияр"))
        assert stored[span[0] : span[1]] == "Данияр"


def test_saving_into_a_folder_fails_clearly_and_writes_nothing(
    qtbot, case_window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, case_window)
    folder = tmp_path / "looks-like-a-file.pdf"
    folder.mkdir()
    dialogs.answer_next(str(folder), None)
    dialog.save()
    drain()
    assert dialogs.shown[-1][0] == "error" and "folder" in dialogs.shown[-1][1]
    assert list(folder.iterdir()) == []
    assert [e.action for e in book_of(case_window).run(lambda b: b.session.audit.entries())].count(
        "export"
    ) == 0


def test_cancelling_the_save_dialog_writes_nothing(qtbot, case_window: MainWindow) -> None:
    dialog = open_dialog(qtbot, case_window)
    dialogs.answer_next("")
    assert dialog.save() is None
    assert dialog.save_button.isEnabled()


def test_the_report_can_be_saved(qtbot, case_window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, case_window)
    dialogs.answer_next(str(tmp_path / "report.txt"))
    saved = dialog.save_report()
    assert saved is not None
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("Redaction report — document LB-")
    assert PROTECTED not in text


# Hygiene and locking --------------------------------------------------------------------------


def test_the_preview_writes_no_file(qtbot, case_window: MainWindow, tmp_path: Path) -> None:
    started = time.time() - 1
    dialog = open_dialog(qtbot, case_window)
    choose(dialog.profile, "public")
    wait(qtbot, dialog)
    assert "Disruption of a community meeting" in " ".join(preview_text(qtbot, dialog).split())
    written = files_written_since(started, Path(tempfile.gettempdir()), tmp_path)
    title = "Disruption of a community meeting"  # in the preview, so in the PDF's bytes
    markers = [title.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    # A PDF's text is compressed: look for any PDF at all, and for the title in clear.
    leaked = [
        p for p in written if read(p).startswith(b"%PDF") or any(m in read(p) for m in markers)
    ]
    assert leaked == []


def test_locking_closes_the_dialog_and_its_preview(
    qtbot, controller, case_window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, case_window)
    dialog.refresh()  # a run still going on when the vault locks
    press(dialog, Qt.Key.Key_L, CTRL)
    settle()
    assert controller.window is None
    assert not [w for w in QApplication.allWidgets() if isinstance(w, ExportDialog | PdfPreview)]
    qtbot.wait(200)  # the run finishing later reports to nobody, and nothing breaks
    assert multiprocessing.active_children() == []  # and starts no worker again


def test_locking_and_erasing_stop_the_leak_checks_workers(
    qtbot, controller, case_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers hold the last export's protected terms: they go when the vault locks."""
    monkeypatch.setenv("LOGBOOK_CHECK_WORKERS", "2")
    dialog = open_dialog(qtbot, case_window)
    assert multiprocessing.active_children()  # the check ran in workers
    press(dialog, Qt.Key.Key_L, CTRL)
    settle()
    assert multiprocessing.active_children() == []


def test_quick_erase_from_the_export_dialog_erases_while_a_run_goes_on(
    qtbot, controller, case_window: MainWindow, vault_path: Path, quits
) -> None:
    dialog = open_dialog(qtbot, case_window)
    dialog.refresh()  # rendering when the raid starts: the erase does not wait for it
    press(dialog, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert isinstance(controller.overlay, QuickEraseOverlay)
    for _ in range(SECONDS):
        controller.overlay.tick()
    settle()
    assert not vault_path.exists() and quits == [True]
    assert not [w for w in QApplication.allWidgets() if isinstance(w, ExportDialog)]
    assert multiprocessing.active_children() == []  # no worker holds the case's terms
    qtbot.wait(200)


def test_export_is_offered_only_with_a_case(window: MainWindow) -> None:
    assert not window.export_action.isEnabled()
    assert window.export_case() is None


def test_the_case_record_is_not_changed_by_exporting(qtbot, case_window: MainWindow) -> None:
    before = book_of(case_window).case_by_ref("case-1")
    dialog = open_dialog(qtbot, case_window)
    choose(dialog.kind, "other_letter")
    wait(qtbot, dialog)
    assert book_of(case_window).get(Case, before.id) == before


# Keyboard and languages -----------------------------------------------------------------------


def mnemonics(dialog: ExportDialog) -> list[str]:
    """The Alt letters of everything visible in the dialog: labels, buttons, tabs."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    tabs = dialog.views.tabBar()
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t[t.index("&") + 1].casefold() for t in texts if "&" in t.replace("&&", "")]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_options_are_labelled_with_unique_alt_letters_in_every_language(
    qtbot, controller, window: MainWindow, language: str
) -> None:
    controller.translations.use(language)
    try:
        doc = example()
        doc["case"]["summary"] = f"Tel. {PHONE}"  # a finding, so its buttons show
        dialog = open_dialog(qtbot, imported(window, doc))
        bound = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
        options = [dialog.case_field, dialog.profile, dialog.kind, dialog.mandates]
        assert all(field in bound for field in options)
        letters = mnemonics(dialog)
        assert len(letters) >= 10
        assert len(letters) == len(set(letters)), letters
        if language != "en":
            assert dialog.windowTitle() != "Export a submission"
            assert dialog.findings.open_button.text() != "&Go to the field"
    finally:
        controller.translations.use("en")


def test_hits_are_listed_in_the_users_language(
    qtbot, controller, false_alarm_window: MainWindow
) -> None:
    controller.translations.use("ru")
    try:
        dialog = open_hits_dialog(qtbot, false_alarm_window)
        hits = dialog.findings.hits_tree
        assert hits.headerItem().text(0) == "Не утечка: оставить"
        assert hit_row(dialog)[0] == "Имя лица, указанного под псевдонимом"
        assert hit_row(dialog)[1].startswith("Инцидент «") and hit_row(dialog)[2] == FALSE_ALARM
        assert dialog.status.text().startswith("Экспорт остановлен: независимая проверка")
    finally:
        controller.translations.use("en")
