"""Hygiene (issue 3, item 4): after a whole working session nothing of the case is outside
the vault — not in the settings file, not in a temporary file, not in a window title — and
what the app puts on the clipboard is marked for clipboard managers."""

from __future__ import annotations

import os
import secrets
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget

from logbook.ui import dialogs
from logbook.ui.clipboard import KDE_HINT, WINDOWS_EXCLUDE
from logbook.ui.editors.incident_child_editors import InjuryEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.main_window import MainWindow
from tests.ui.conftest import unlock
from tests.ui.driving import (
    CTRL,
    CTRL_SHIFT,
    PersonInput,
    active_editor,
    add_case,
    add_incident,
    add_person,
    apply,
    click,
    enter_number,
    fill,
    press,
    save,
    select_row,
    settle,
)


def canary(stem: str) -> str:
    """A word no file can hold unless this run wrote it: a random Kazakh ending on a stem
    (only the stem is in this source file, which tools may print)."""
    return stem + "".join(secrets.choice("әғқңөұүһі") for _ in range(6))


SURNAME, VILLAGE, WITNESS, TITLE = (
    canary(stem) for stem in ("Өтепқалиева", "Жұлдызай", "кәнерейкә", "Канареечная")
)
CANARIES = (SURNAME, VILLAGE, WITNESS, TITLE)
CASE = f"Дело {TITLE}"
PERSON = PersonInput(
    f"Айша {SURNAME}",
    variants=("Aisha Otepkalieva",),
    contact=f"{VILLAGE}, тел. +7 700 123 45 67",
)
NARRATIVE = f"{SURNAME} ұсталды; свидетель — {WITNESS} из соседнего дома."
REAL_FILE_DIALOG = {name: getattr(QFileDialog, name) for name in ("getExistingDirectory",)}


class TitleRecorder(QObject):
    """Every window title any widget of the app is given while installed."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: list[tuple[str, str]] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowTitleChange and isinstance(watched, QWidget):
            self.titles.append((type(watched).__name__, watched.windowTitle()))
        return False

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)


def work_a_session(qtbot, controller, window: MainWindow, titles: list[str]) -> None:
    """What a defender does in an afternoon, with the canary words in it."""
    add_case(window, CASE)
    add_person(window, PERSON)
    add_incident(
        window, "Задержание у дома", narrative=NARRATIVE, involved=[(PERSON.name, "victim")]
    )
    select_row(window.incidents, "Задержание у дома", 1)
    click(window.incidents.edit_button)
    incident = active_editor(IncidentEditor)
    titles.append(window.windowTitle())
    fill(incident.region, f"{VILLAGE} ауылы")
    apply(incident)
    incident.tabs.setCurrentWidget(incident.injuries)
    click(incident.injuries.add_button)
    injury = active_editor(InjuryEditor)
    titles.append(window.windowTitle())
    fill(injury.description, f"{WITNESS}: гематома")
    save(injury)
    save(incident)
    fill(window.search_box, SURNAME)
    window.tabs.setCurrentWidget(window.directory)

    window.preferences_action.trigger()
    preferences = controller.preferences
    enter_number(preferences.idle, 7)
    click(preferences.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    press(window, Qt.Key.Key_L, CTRL)
    unlock(qtbot, controller)
    window = controller.window
    window.resize(900, 700)
    titles.append(window.windowTitle())
    press(window, Qt.Key.Key_Q, CTRL)  # quit: settings are written now
    settle()


def files_written_since(since: float, *roots: Path) -> Iterator[Path]:
    for root in {r.resolve() for r in roots}:
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder, name)
                try:
                    info = path.lstat()
                except OSError:
                    continue  # gone meanwhile, or not ours to read
                if stat.S_ISREG(info.st_mode) and info.st_mtime >= since:
                    yield path


def read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # removed since it was listed (another program's temporary file)
        return b""


def leaks(data: bytes) -> list[str]:
    return [
        f"{word} ({encoding})"
        for word in CANARIES
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if word.encode(encoding) in data
    ]


def test_a_whole_session_leaves_no_case_data_outside_the_vault(
    qtbot, controller, window, settings_file: Path, tmp_path: Path, vault_path: Path, quits
) -> None:
    started = time.time() - 1
    recorder = TitleRecorder()
    main_titles: list[str] = []
    try:
        work_a_session(qtbot, controller, window, main_titles)
    finally:
        recorder.remove()
    assert quits == [True]

    # Window titles: the main window always "Logbook", no title ever holds case text.
    assert main_titles == ["Logbook"] * 3
    assert all(title == "Logbook" for kind, title in recorder.titles if kind == "MainWindow")
    assert not [t for _, t in recorder.titles for word in CANARIES if word in t]

    # The settings file: UI preferences only, no case text and no path.
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    preferences = {"ui/language", "ui/idle_minutes", "ui/geometry", "backup/reminder_days"}
    assert set(store.allKeys()) <= preferences
    assert store.value("backup/reminder_days") in (7, "7")  # a number of days, no date
    assert store.value("ui/idle_minutes") in (7, "7")
    text = settings_file.read_bytes()
    assert leaks(text) == []
    for path in (vault_path, tmp_path, Path.home()):
        assert str(path).encode() not in text

    # Temporary files, and the test's own folder with the vault in it (encrypted).
    written = list(files_written_since(started, Path(tempfile.gettempdir()), tmp_path))
    assert any(p.name == "vault.db" for p in written)  # the scan does see the session
    assert {str(path): found for path in written if (found := leaks(read(path)))} == {}


def test_the_title_stays_logbook_with_an_editor_open(qtbot, controller, window) -> None:
    add_case(window, CASE)
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill(editor.name, PERSON.name)

    assert window.windowTitle() == "Logbook"
    assert editor.windowTitle() == "New person"
    save(editor)
    window.tabs.setCurrentWidget(window.persons)
    select_row(window.persons, PERSON.name)
    click(window.persons.edit_button)
    editor = active_editor(PersonEditor)
    assert editor.windowTitle() == "Edit person"
    assert window.windowTitle() == "Logbook"


# The clipboard -------------------------------------------------------------------------------


def assert_marked_sensitive(text: str) -> None:
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == text
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    assert mime.hasFormat(WINDOWS_EXCLUDE)


def test_text_the_app_copies_is_marked_sensitive(qtbot, controller, window) -> None:
    controller.clipboard.copy(SURNAME)
    assert_marked_sensitive(SURNAME)


def test_text_copied_from_a_field_is_marked_sensitive(qtbot, controller, window) -> None:
    add_case(window, CASE)
    press(window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill(editor.name, PERSON.name)
    editor.name.selectAll()

    press(editor.name, Qt.Key.Key_C, CTRL)

    assert_marked_sensitive(PERSON.name)


def test_text_copied_from_a_narrative_is_marked_sensitive(qtbot, controller, window) -> None:
    add_case(window, CASE)
    press(window, Qt.Key.Key_N, CTRL)
    editor = active_editor(IncidentEditor)
    fill(editor.narrative, NARRATIVE)
    editor.narrative.selectAll()

    press(editor.narrative, Qt.Key.Key_C, CTRL)

    assert_marked_sensitive(NARRATIVE)


# Qt's own file dialog ------------------------------------------------------------------------


@pytest.fixture
def qt_user_settings(tmp_path: Path) -> Iterator[Path]:
    """Qt's per-user settings (where its file dialog keeps its history) in a test folder."""
    folder = tmp_path / "config"
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(native, user, str(folder))
    yield folder
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(native, user, default)


def test_choosing_a_folder_leaves_no_history(
    qtbot, monkeypatch: pytest.MonkeyPatch, qt_user_settings: Path, tmp_path: Path
) -> None:
    hidden = tmp_path / TITLE
    hidden.mkdir()
    for name, real in REAL_FILE_DIALOG.items():
        monkeypatch.setattr(QFileDialog, name, real)

    def accept_the_open_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.setDirectory(str(hidden))
                widget.accept()

    QTimer.singleShot(0, accept_the_open_dialog)
    chosen = dialogs.choose_directory(None, "Choose a vault folder", str(tmp_path))

    assert Path(chosen) == hidden
    written = b"".join(p.read_bytes() for p in qt_user_settings.rglob("*") if p.is_file())
    assert b"[FileDialog]" in written  # Qt did save its dialog settings here
    assert str(tmp_path).encode() not in written
    assert leaks(written) == []
