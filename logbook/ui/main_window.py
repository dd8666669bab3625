"""The main window: cases, the selected case's incidents and persons, a person directory
across cases, and full-text search as you type.

It holds case data only in its widgets and models; the controller deletes the whole window
when the vault locks. The title never changes: it shows no case content.

Threading: it reads and changes the vault only through :class:`Operations`; lists fill
when the worker's answers arrive, and every change (made here, in an editor or in the
Export dialog) comes back on ``ops.changed`` to :meth:`MainWindow.apply`.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from logbook.core.model import Case, Evidence, Incident, Person
from logbook.core.record_kinds import by_entity
from logbook.services.case_book import CaseBook
from logbook.services.case_overview import roles_by_person, untranslated_counts, victim_counts
from logbook.services.changes import Outcome
from logbook.services.search import SearchResult, search
from logbook.ui import columns, dialogs
from logbook.ui.about_dialog import AboutDialog
from logbook.ui.deleting import confirm_and_delete
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.opening import open_editor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.editors.record_editor import RecordEditor
from logbook.ui.editors.registry import EDITORS
from logbook.ui.editors.translating import language_names
from logbook.ui.operations import Job, Operations
from logbook.ui.record_list import RecordList
from logbook.ui.search_box import SearchBox, SearchResults
from logbook.ui.signals import emit

APP_TITLE = "Logbook"
# The first time (no saved geometry), the window takes this share of the screen.
FIRST_RUN_SHARE = 0.85


class MainWindow(QMainWindow):
    lock_requested = Signal()
    erase_requested = Signal()
    preferences_requested = Signal()
    passphrase_requested = Signal()
    backup_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        view: dict[str, int] | None = None,
    ) -> None:
        """``view``: where the user was (:meth:`view_state`), to show again."""
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(APP_TITLE)
        self._victims: dict[int, int] = {}
        self._roles: dict[int, set[str]] = {}
        self._cases: dict[int, Case] = {}
        self._stale: set[QWidget] = set()  # tabs to fill when next shown
        self._wanted: dict[str, int] = dict(view or {})  # to select once its list arrives
        self._search: Job | None = None
        self._build_actions()
        self._build_body()
        self.tabs.setCurrentIndex(self._wanted.pop("tab", 0))  # first: lists fill when shown
        ops.changed.connect(self.apply)
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
        self.backup_action = self._action(self.tr("&Back up…"), None, self.backup_requested)
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
        self.about_action = self._action(self.tr("&About Logbook…"), None, self.show_about)
        # The panic keys must work over every dialog opened from here: a modal dialog
        # blocks the menus' shortcuts, so dialogs take over the window's own actions.
        self.addActions([self.lock_action, self.erase_action])
        vault = self.menuBar().addMenu(self.tr("&Vault"))
        actions = (self.lock_action, self.backup_action, self.passphrase_action)
        for action in (*actions, self.preferences_action):
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
        # Last, as platforms put it; on macOS Qt moves "About" to the application menu.
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def _build_body(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.export_action)
        search_label = QLabel(self.tr("&Search:"))
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(self.tr("names, places, words in narratives…"))
        self.search_box.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_box)
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search_box)
        self.search_box.textChanged.connect(self.run_search)

        # Alt letters are unique in the window: the case list's Edit and Delete leave
        # theirs to the tab's list (Enter and Delete in the case list do the same).
        self.cases = RecordList(
            columns.case_columns(),
            add=self.new_case,
            edit=self.edit_case,
            delete=self.delete_record,
            add_text=self.tr("New &case…"),
            edit_text=self.tr("Edit case…"),
            delete_text=self.tr("Delete case…"),
        )
        self.cases.view.selectionModel().selectionChanged.connect(lambda *_: self.reload_case())
        self.incidents = RecordList(
            columns.incident_columns(self._victims),
            add=self.new_incident,
            edit=self.edit_incident,
            delete=self.delete_record,
            add_text=self.tr("&New incident…"),
            edit_text=self.tr("Edi&t…"),
        )
        self.persons = RecordList(
            columns.person_columns(lambda pid: self._roles.get(pid, set())),
            add=self.new_person,
            edit=self.edit_person,
            delete=self.delete_record,
            add_text=self.tr("&New person…"),
            edit_text=self.tr("Edi&t…"),
        )
        self.evidence = RecordList(
            columns.evidence_columns(),
            add=self.new_evidence,
            edit=self.edit_evidence,
            delete=self.delete_record,
            add_text=self.tr("Add &file…"),
            edit_text=self.tr("Edi&t…"),
        )
        self.directory = RecordList(
            columns.directory_columns(self._cases),
            add=self.new_person,
            edit=self.edit_person,
            delete=self.delete_record,
            add_text=self.tr("&New person…"),
            edit_text=self.tr("Edi&t…"),
        )
        self._case_titles: dict[str, str] = {}
        self.results = RecordList(
            columns.search_columns(self._case_titles),
            add=lambda: None,
            edit=self.open_result,
            delete=lambda _: None,
            add_text="",
            edit_text=self.tr("Edi&t…"),
        )
        for button in (self.results.add_button, self.results.delete_button):
            button.hide()
        self.found = SearchResults(self.results, self.tr("Nothing found"))
        self.search_box.into_results.connect(self.enter_results)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.incidents, self.tr("&Incidents"))
        self.tabs.addTab(self.persons, self.tr("&Persons"))
        self.tabs.addTab(self.evidence, self.tr("&Evidence"))
        self.tabs.addTab(self.directory, self.tr("Pers&on directory"))
        self.tabs.addTab(self.results, self.tr("Search res&ults"))
        # How much of the selected case still lacks a translation, per language.
        self.translation_status = QLabel()
        self.translation_status.setWordWrap(True)
        self.translation_status.hide()
        case_pane = QWidget()
        pane = QVBoxLayout(case_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.translation_status)
        pane.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.cases)
        splitter.addWidget(case_pane)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 880])
        self.setCentralWidget(splitter)
        self.tabs.currentChanged.connect(lambda _: self._fill_current_tab())
        self.setTabOrder(self.search_box, self.cases.view)
        self.setTabOrder(self.cases.view, self.tabs)

    # Reading (every read is an operation; its answer fills the lists) ----------------------

    def current_case(self) -> Case | None:
        return self.cases.selected()

    def reload_cases(self, select_id: int | None = None) -> None:
        self.ops.run(
            lambda book: book.cases(),
            lambda cases: self._show_cases(cases, select_id),
            owner=self,
            key="cases",
        )

    def _show_cases(self, cases: list[Case], select_id: int | None) -> None:
        self._cases.clear()
        self._cases.update({_stored(c.id): c for c in cases})
        self._case_titles.clear()
        self._case_titles.update({c.ref: c.title for c in cases})
        if select_id is None:
            select_id = self._wanted.pop("case", None)
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
        case_id = case.id if case is not None else None

        def read(book: CaseBook) -> tuple[dict[int, int], list[Incident]]:
            if case_id is None:
                return {}, []
            return victim_counts(book, case_id), book.incidents(case_id, chronological=True)

        self.ops.run(read, self._show_case, owner=self, key="case")
        self._stale.update((self.persons, self.evidence, self.directory))
        self._fill_current_tab()
        self.reload_translation_status()

    def reload_translation_status(self) -> None:
        """Count, on the worker, the selected case's fields still lacking a translation."""
        case = self.current_case()
        case_id = case.id if case is not None else None
        self.ops.run(
            lambda book: untranslated_counts(book, case_id) if case_id is not None else None,
            self._show_translation_status,
            owner=self,
            key="translations",
        )

    def _show_translation_status(self, counts: dict[str, int] | None) -> None:
        self.translation_status.setVisible(counts is not None)
        if counts is None:
            return
        if not any(counts.values()):
            self.translation_status.setText(self.tr("Every field that needs it is translated."))
            return
        names = language_names()
        listed = " · ".join(f"{names[language]} {count}" for language, count in counts.items())
        self.translation_status.setText(self.tr("Not yet translated: %1").replace("%1", listed))

    def _show_case(self, read: tuple[dict[int, int], list[Incident]]) -> None:
        victims, incidents = read
        self._victims.clear()
        self._victims.update(victims)
        self.incidents.set_records(incidents, self._wanted.pop("incident", None))

    def _fill_current_tab(self) -> None:
        """Fill the visible tab if it is out of date (thousands of persons take a while;
        a tab nobody looks at costs nothing)."""
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        case = self.current_case()
        case_id = case.id if case is not None else None
        if tab is self.persons:
            self.ops.run(
                lambda book: _persons_with_roles(book, case_id),
                self._show_persons,
                owner=self,
                key="persons",
            )
        elif tab is self.evidence:
            self.ops.run(
                lambda book: book.evidence(case_id) if case_id is not None else [],
                self.evidence.set_records,
                owner=self,
                key="evidence",
            )
        elif tab is self.directory:
            self.ops.run(
                lambda book: book.persons(), self.directory.set_records, owner=self, key="directory"
            )

    def _show_persons(self, read: tuple[dict[int, set[str]], list[Person]]) -> None:
        roles, persons = read
        self._roles.clear()
        self._roles.update(roles)
        self.persons.set_records(persons, self._wanted.pop("person", None))

    def reload_directory(self) -> None:
        self._stale.add(self.directory)
        self._fill_current_tab()

    def run_search(self, text: str) -> None:
        """Search as you type: on the worker; a newer query supersedes (and interrupts)
        one still running, whose answer is then dropped."""
        if not text.strip():
            if self._search is not None:
                self.ops.cancel(self._search)
            self._search = None
            self.found.clear()
            return
        self._search = self.ops.run(
            lambda book: search(book, text),
            self._show_results,
            on_failed=lambda exc: self.ops.show_error(exc, self, self.tr("Search")),
            owner=self,
            key="search",
            interruptible=True,
        )

    def _show_results(self, found: list[SearchResult]) -> None:
        self._search = None
        self.tabs.setCurrentWidget(self.results)
        self.found.show(found, self.search_box.text())

    def enter_results(self) -> None:
        """Enter or Down in the search box: into the results, on their first row (when a
        search is still running, once it answers)."""
        if not self.search_box.text().strip():
            return
        self.tabs.setCurrentWidget(self.results)
        self.found.enter(pending=self._search is not None)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # Changing ------------------------------------------------------------------------------

    def apply(self, outcome: Outcome[Any]) -> None:
        """Refresh what a change touched (every change made through the operations comes
        here; services report every record they changed)."""
        entities = {change.entity for change in outcome.changes}
        if "case" in entities:
            # The saved case, or the one selected; a deleted case falls back to the first.
            case = outcome.record if isinstance(outcome.record, Case) else self.current_case()
            self.reload_cases(case.id if case is not None else None)
        elif entities & {"incident", "involvement", "person", "evidence"}:
            self.reload_case()
        elif entities:  # an incident's part: its text may lack a translation
            self.reload_translation_status()
        if entities & {"case", "person"}:
            self.reload_directory()
        if self.search_box.text().strip():
            self.run_search(self.search_box.text())

    def open_editor(self, editor: RecordEditor) -> RecordEditor:
        """Show an editor made for this window (window-modal, gone when closed)."""
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _: self.take_focus_back())
        editor.open()
        return editor

    def take_focus_back(self) -> None:
        """After an editor (or the Export dialog) closes, the window is active again: its
        keys (Ctrl+N) work at once."""
        if self.isVisible():  # not when locking closes it with its editors
            self.activateWindow()
            self.raise_()

    def fill_most_of_screen(self) -> None:
        """The first run's size: most of the screen, centred (later runs restore the
        size the user left)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width, height = int(area.width() * FIRST_RUN_SHARE), int(area.height() * FIRST_RUN_SHARE)
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    def _edit(self, cls: type[RecordEditor], load: Callable[[CaseBook], Any], **extra: Any) -> Job:
        return open_editor(self.ops, cls, load, self, self.open_editor, **extra)

    def new_case(self) -> Job:
        return self._edit(CaseEditor, lambda _: Case(title=""))

    def edit_case(self, case: Case) -> Job:
        return self._edit(CaseEditor, _fresh(Case, case.id))

    def new_incident(self) -> Job | None:
        case = self.current_case()
        if case is None:
            return None
        case_id = _stored(case.id)
        return self._edit(IncidentEditor, lambda _: Incident(case_id=case_id, title=""))

    def edit_incident(self, incident: Incident) -> Job:
        return self._edit(IncidentEditor, _fresh(Incident, incident.id))

    def new_person(self) -> Job | None:
        case = self.current_case()
        if case is None:
            return None
        case_id = _stored(case.id)
        return self._edit(PersonEditor, lambda _: Person(case_id=case_id, name=""))

    def edit_person(self, person: Person) -> Job:
        return self._edit(PersonEditor, _fresh(Person, person.id))

    def new_evidence(self) -> Job | None:
        case = self.current_case()
        chosen = dialogs.open_file(self, self.tr("Add an evidence file")) if case else ""
        if not chosen or case is None:
            return None
        path = Path(chosen)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        record = Evidence(
            case_id=_stored(case.id), filename=path.name, sha256="", media_type=media_type
        )
        return self._edit(EvidenceEditor, lambda _: record, source=path)

    def edit_evidence(self, evidence: Evidence) -> Job:
        return self._edit(EvidenceEditor, _fresh(Evidence, evidence.id))

    def open_result(self, result: SearchResult) -> Job:
        kind = by_entity(result.kind)
        for case_id, case in self._cases.items():
            if case.ref == result.case_ref:
                self.cases.select(case_id)
        return self._edit(EDITORS[kind.cls], _fresh(kind.cls, result.id))

    def export_case(self) -> QDialog | None:
        """The Export dialog for the selected case (window-modal, like the editors)."""
        case = self.current_case()
        if case is None:
            return None
        # Imported here: the export's libraries (reportlab, pypdf, QtPdf) would slow the
        # start of the app, which must be quick to get to the unlock window.
        from logbook.ui.exporting.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.ops, case, parent=self, show_editor=self.open_editor, actions=self.actions()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self.take_focus_back())
        dialog.open()
        return dialog

    def show_about(self) -> QDialog:
        """About Logbook (window-modal); locking hides it and deletes it with the window."""
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self.take_focus_back())
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
        confirm_and_delete(self, self.ops, record, question)

    # Locking support -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """The close button quits. The app outlives its last window (locking closes them
        all), so a merely closed window would leave the vault open with nothing shown."""
        emit(self.quit_requested)
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

    def close_editors(self) -> None:
        for editor in self.findChildren(RecordEditor):
            editor.discard()


def _persons_with_roles(
    book: CaseBook, case_id: int | None
) -> tuple[dict[int, set[str]], list[Person]]:
    """A case's persons and the roles each holds (the persons tab shows both)."""
    if case_id is None:
        return {}, []
    return roles_by_person(book, case_id), book.persons(case_id)


def _fresh(kind: type, record_id: int | None) -> Callable[[CaseBook], Any]:
    """Reads the record as stored now (a list's copy may be older)."""
    stored = _stored(record_id)
    return lambda book: book.get(kind, stored)


def _stored(record_id: int | None) -> int:
    """The id of a record read from the vault (only a new, unsaved record has none)."""
    assert record_id is not None
    return record_id
