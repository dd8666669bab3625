"""The main window: cases, the selected case's incidents and persons, a person directory
across cases, and full-text search as you type.

It holds case data only in its widgets and models; the controller deletes the whole window
when the vault locks. The title never changes: it shows no case content.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from logbook.core.model import Case, Evidence, Incident, Person
from logbook.services.case_book import CaseBook
from logbook.services.case_overview import roles_by_person, victim_counts
from logbook.services.changes import Outcome
from logbook.services.search import SearchResult, search
from logbook.ui import columns, dialogs
from logbook.ui.deleting import confirm_and_delete
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.messages import error_text
from logbook.ui.record_list import RecordList

APP_TITLE = "Logbook"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    erase_requested = Signal()
    preferences_requested = Signal()
    passphrase_requested = Signal()
    quit_requested = Signal()

    def __init__(self, book: CaseBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(APP_TITLE)
        self._victims: dict[int, int] = {}
        self._roles: dict[int, set[str]] = {}
        self._cases: dict[int, Case] = {}
        self._stale: set[QWidget] = set()  # tabs to fill when next shown
        self._build_actions()
        self._build_body()
        self.reload_cases()

    # Building ------------------------------------------------------------------------------

    def _action(
        self, text: str, keys: QKeySequence | QKeySequence.StandardKey | str | None, slot: Any
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock now"), "Ctrl+L", self.lock_requested)
        self.erase_action = self._action(
            self.tr("&Quick erase…"), "Ctrl+Shift+Delete", self.erase_requested
        )
        self.passphrase_action = self._action(
            self.tr("Change &passphrase…"), None, self.passphrase_requested
        )
        self.preferences_action = self._action(
            self.tr("P&references…"), None, self.preferences_requested
        )
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.quit_requested)
        self.new_case_action = self._action(self.tr("New &case…"), "Ctrl+Shift+N", self.new_case)
        self.new_incident_action = self._action(
            self.tr("New &incident…"), "Ctrl+N", self.new_incident
        )
        self.new_person_action = self._action(
            self.tr("New &person…"), "Ctrl+Shift+P", self.new_person
        )
        self.export_action = self._action(
            self.tr("&Export submission…"), "Ctrl+E", self.export_case
        )
        self.find_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        # The panic keys must work over every dialog opened from here: a modal dialog
        # blocks the menus' shortcuts, so dialogs take over the window's own actions.
        self.addActions([self.lock_action, self.erase_action])
        vault = self.menuBar().addMenu(self.tr("&Vault"))
        for action in (self.lock_action, self.passphrase_action, self.preferences_action):
            vault.addAction(action)
        vault.addSeparator()
        vault.addAction(self.erase_action)
        vault.addSeparator()
        vault.addAction(self.quit_action)
        records = self.menuBar().addMenu(self.tr("&Records"))
        for action in (
            self.new_case_action,
            self.new_incident_action,
            self.new_person_action,
            self.find_action,
        ):
            records.addAction(action)
        records.addSeparator()
        records.addAction(self.export_action)

    def _build_body(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.export_action)
        search_label = QLabel(self.tr("&Search:"))
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("names, places, words in narratives…"))
        self.search_box.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_box)
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search_box)
        self.search_box.textChanged.connect(self.run_search)

        self.cases = RecordList(
            columns.case_columns(),
            add=self.new_case,
            edit=self.edit_case,
            delete=self.delete_record,
            add_text=self.tr("New &case…"),
        )
        self.cases.view.selectionModel().selectionChanged.connect(lambda *_: self.reload_case())
        self.incidents = RecordList(
            columns.incident_columns(self._victims),
            add=self.new_incident,
            edit=self.edit_incident,
            delete=self.delete_record,
            add_text=self.tr("New &incident…"),
        )
        self.persons = RecordList(
            columns.person_columns(lambda pid: self._roles.get(pid, set())),
            add=self.new_person,
            edit=self.edit_person,
            delete=self.delete_record,
            add_text=self.tr("New &person…"),
        )
        self.evidence = RecordList(
            columns.evidence_columns(),
            add=self.new_evidence,
            edit=self.edit_evidence,
            delete=self.delete_record,
            add_text=self.tr("Add &file…"),
        )
        self.directory = RecordList(
            columns.directory_columns(self._cases),
            add=self.new_person,
            edit=self.edit_person,
            delete=self.delete_record,
            add_text=self.tr("New &person…"),
        )
        self._case_titles: dict[str, str] = {}
        self.results = RecordList(
            columns.search_columns(self._case_titles),
            add=lambda: None,
            edit=self.open_result,
            delete=lambda _: None,
            add_text="",
        )
        for button in (self.results.add_button, self.results.delete_button):
            button.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.incidents, self.tr("&Incidents"))
        self.tabs.addTab(self.persons, self.tr("P&ersons"))
        self.tabs.addTab(self.evidence, self.tr("E&vidence"))
        self.tabs.addTab(self.directory, self.tr("Person &directory"))
        self.tabs.addTab(self.results, self.tr("Search &results"))
        splitter = QSplitter()
        splitter.addWidget(self.cases)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 880])
        self.setCentralWidget(splitter)
        self.tabs.currentChanged.connect(lambda _: self._fill_current_tab())
        self.setTabOrder(self.search_box, self.cases.view)
        self.setTabOrder(self.cases.view, self.tabs)

    # Reading -------------------------------------------------------------------------------

    def current_case(self) -> Case | None:
        return self.cases.selected()

    def reload_cases(self, select_id: int | None = None) -> None:
        cases = self.book.cases()
        self._cases.clear()
        self._cases.update({_stored(c.id): c for c in cases})
        self._case_titles.clear()
        self._case_titles.update({c.ref: c.title for c in cases})
        # Selecting would load the case once per signal; it is loaded once, below.
        with QSignalBlocker(self.cases.view.selectionModel()):
            self.cases.set_records(cases, select_id)
            if self.cases.selected() is None and cases:
                self.cases.select(_stored(cases[0].id))
        self.reload_case()

    def reload_case(self) -> None:
        """Show the selected case: its incidents now, the other tabs when next shown."""
        case = self.current_case()
        has_case = case is not None
        for action in (self.new_incident_action, self.new_person_action, self.export_action):
            action.setEnabled(has_case)
        for lst in (self.incidents, self.persons, self.evidence, self.directory):
            lst.add_button.setEnabled(has_case)
        self._victims.clear()
        if case is not None:
            self._victims.update(victim_counts(self.book, _stored(case.id)))
        self.incidents.set_records(
            self.book.incidents(_stored(case.id), chronological=True) if case else []
        )
        self._stale.update((self.persons, self.evidence, self.directory))
        self._fill_current_tab()

    def _fill_current_tab(self) -> None:
        """Fill the visible tab if it is out of date (thousands of persons take a while;
        a tab nobody looks at costs nothing)."""
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        case = self.current_case()
        if tab is self.persons:
            self._roles.clear()
            if case is not None:
                self._roles.update(roles_by_person(self.book, _stored(case.id)))
            self.persons.set_records(self.book.persons(case.id) if case else [])
        elif tab is self.evidence:
            self.evidence.set_records(self.book.evidence(_stored(case.id)) if case else [])
        elif tab is self.directory:
            self.directory.set_records(self.book.persons())

    def reload_directory(self) -> None:
        self._stale.add(self.directory)
        self._fill_current_tab()

    def run_search(self, text: str) -> None:
        if not text.strip():
            self.results.set_records([])
            return
        try:
            found = search(self.book, text)
        except Exception as exc:
            dialogs.error(self, self.tr("Search"), error_text(exc))
            return
        self.results.set_records(found)
        self.tabs.setCurrentWidget(self.results)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # Changing ------------------------------------------------------------------------------

    def apply(self, outcome: Outcome[Any]) -> None:
        """Refresh what the change touched (services report every record they changed)."""
        entities = {change.entity for change in outcome.changes}
        if "case" in entities:
            # The saved case, or the one selected; a deleted case falls back to the first.
            case = outcome.record if isinstance(outcome.record, Case) else self.current_case()
            self.reload_cases(case.id if case is not None else None)
        elif entities & {"incident", "involvement", "person", "evidence"}:
            self.reload_case()
        if entities & {"case", "person"}:
            self.reload_directory()
        if self.search_box.text().strip():
            self.run_search(self.search_box.text())

    def open_editor(self, editor: RecordEditor) -> RecordEditor:
        editor.saved.connect(self.apply)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def new_case(self) -> RecordEditor:
        return self.open_editor(CaseEditor(self.book, Case(title=""), self))

    def edit_case(self, case: Case) -> RecordEditor:
        return self.open_editor(CaseEditor(self.book, self.book.get(Case, _stored(case.id)), self))

    def new_incident(self) -> RecordEditor | None:
        case = self.current_case()
        if case is None:
            return None
        incident = Incident(case_id=_stored(case.id), title="")
        return self.open_editor(
            IncidentEditor(self.book, incident, self.book.persons(case.id), self)
        )

    def edit_incident(self, incident: Incident) -> RecordEditor:
        fresh = self.book.get(Incident, _stored(incident.id))
        return self.open_editor(
            IncidentEditor(self.book, fresh, self.book.persons(fresh.case_id), self)
        )

    def new_person(self) -> RecordEditor | None:
        case = self.current_case()
        if case is None:
            return None
        return self.open_editor(
            PersonEditor(self.book, Person(case_id=_stored(case.id), name=""), self)
        )

    def edit_person(self, person: Person) -> RecordEditor:
        return self.open_editor(
            PersonEditor(self.book, self.book.get(Person, _stored(person.id)), self)
        )

    def new_evidence(self) -> RecordEditor | None:
        case = self.current_case()
        chosen = dialogs.open_file(self, self.tr("Add an evidence file")) if case else ""
        if not chosen or case is None:
            return None
        path = Path(chosen)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        record = Evidence(
            case_id=_stored(case.id), filename=path.name, sha256="", media_type=media_type
        )
        return self.open_editor(EvidenceEditor(self.book, record, path, self))

    def edit_evidence(self, evidence: Evidence) -> RecordEditor:
        return self.open_editor(
            EvidenceEditor(self.book, self.book.get(Evidence, _stored(evidence.id)), None, self)
        )

    def open_result(self, result: SearchResult) -> RecordEditor:
        if result.kind == "incident":
            incident = self.book.get(Incident, result.id)
            self.cases.select(incident.case_id)
            return self.edit_incident(incident)
        person = self.book.get(Person, result.id)
        self.cases.select(person.case_id)
        return self.edit_person(person)

    def export_case(self) -> QDialog | None:
        """The Export dialog for the selected case (window-modal, like the editors)."""
        case = self.current_case()
        if case is None:
            return None
        # Imported here: the export's libraries (reportlab, pypdf, QtPdf) would slow the
        # start of the app, which must be quick to get to the unlock window.
        from logbook.ui.exporting.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.book, case, parent=self, show_editor=self.open_editor, actions=self.actions()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_record(self, record: Any) -> None:
        question = {
            Case: self.tr("Delete this case with all its incidents, persons and evidence?"),
            Incident: self.tr("Delete this incident with its injuries, statements and remedies?"),
            Person: self.tr(
                "Delete this person from the case, with their injuries and statements?"
            ),
            Evidence: self.tr("Delete this evidence item and destroy its encrypted file?"),
        }[type(record)]
        outcome = confirm_and_delete(self, self.book, record, question)
        if outcome is not None:
            self.apply(outcome)

    # Locking support -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """The close button quits. The app outlives its last window (locking closes them
        all), so a merely closed window would leave the vault open with nothing shown."""
        self.quit_requested.emit()
        super().closeEvent(event)

    def view_state(self) -> dict[str, int]:
        """Where the user was, by record ids only (no case text), to restore after unlock."""
        state = {"tab": self.tabs.currentIndex()}
        for key, lst in (
            ("case", self.cases),
            ("incident", self.incidents),
            ("person", self.persons),
        ):
            record = lst.selected()
            if record is not None:
                state[key] = record.id
        return state

    def restore(self, state: dict[str, int]) -> None:
        self.tabs.setCurrentIndex(state.get("tab", 0))  # first: lists fill when shown
        if "case" in state:
            self.cases.select(state["case"])
        if "incident" in state:
            self.incidents.select(state["incident"])
        if "person" in state:
            self.persons.select(state["person"])

    def close_editors(self) -> None:
        for editor in self.findChildren(RecordEditor):
            editor.discard()


def _stored(record_id: int | None) -> int:
    """The id of a record read from the vault (only a new, unsaved record has none)."""
    assert record_id is not None
    return record_id
