"""Drafts (issue 13, point 1): what is typed in an open editor is kept, encrypted in the
vault, a few seconds after each change and at every lock; unlocking reopens the editor with
it and says so; Save stores it, Discard removes it. Quitting keeps drafts; quick erase
destroys them with the vault; nothing of a draft is written anywhere else.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from logbook.core.model import Involvement, Person
from logbook.services.case_book import CaseBook
from logbook.services.drafts import Draft, Typed, drafts, save_draft
from logbook.ui import dialogs
from logbook.ui.drafts_keeping import KEEP_EVERY_MS
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.main_window import MainWindow
from logbook.vault.lifecycle import Secret, open_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import book_of, drain, unlock
from tests.ui.driving import (
    CTRL,
    CTRL_SHIFT,
    PersonInput,
    active_editor,
    add_case,
    add_incident,
    add_person,
    click,
    closed,
    fill,
    press,
    save,
    select_row,
    settle,
)
from tests.ui.test_hygiene import files_written_since, read

ROOT = Path(__file__).resolve().parents[2]
INCIDENT = "Задержание у дома"


def canary(stem: str) -> str:
    """A word no file holds unless this run wrote it (only the stem is in this file)."""
    return stem + "".join(secrets.choice("әғқңөұүһі") for _ in range(6))


def in_vault(window: MainWindow) -> list[Draft]:
    """The drafts in the vault, read on the worker."""
    return list(book_of(window).run(drafts))


def closed_vault_drafts(vault_path: Path) -> list[Draft]:
    """The drafts of a locked (closed) vault, read by opening it as the CLI does."""
    with open_vault(vault_path, Secret(PASSPHRASE)) as session:
        return drafts(CaseBook(session))


@pytest.fixture
def documented(window: MainWindow) -> MainWindow:
    add_case(window, "Дело о задержании")
    add_person(window, PersonInput("Айша Өтепова"))
    add_incident(window, INCIDENT, narrative="Сохранённый текст.")
    return window


def edit_incident(window: MainWindow) -> IncidentEditor:
    select_row(window.incidents, INCIDENT, 1)
    click(window.incidents.edit_button)
    return active_editor(IncidentEditor)


def test_typing_is_kept_as_a_draft_within_seconds(qtbot, controller, documented) -> None:
    editor = edit_incident(documented)
    assert editor.keeper.timer.isActive() and KEEP_EVERY_MS <= 5_000
    assert in_vault(documented) == []
    word = canary("Жаңа")
    fill(editor.narrative, f"Дописано: {word}")
    qtbot.waitUntil(lambda: bool(in_vault(documented)), timeout=KEEP_EVERY_MS + 3_000)
    [draft] = in_vault(documented)
    assert draft.entity == "incident" and draft.record_id == editor.record.id
    assert draft.record.narrative == f"Дописано: {word}"
    # Typed back to what is stored: no unsaved changes, so no draft either.
    fill(editor.narrative, "Сохранённый текст.")
    editor.keeper.check()
    drain()
    assert in_vault(documented) == []


def test_translations_typed_are_kept_too(qtbot, controller, documented) -> None:
    editor = edit_incident(documented)
    editor.translating.show_language("en")
    fill(editor.translating.fields[0].inputs["en"], "Typed translation")
    editor.keeper.check()
    drain()
    [draft] = in_vault(documented)
    assert "Typed translation" in str(draft.record.translations["en"])


def test_the_people_involved_table_is_kept_too(qtbot, controller, documented) -> None:
    """An incident's draft holds its People involved table as typed, and unlocking
    shows it again."""
    editor = edit_incident(documented)
    [person] = book_of(documented).persons(editor.record.case_id)
    editor.involvements.set_value([Involvement(editor.record.id or 0, person.id or 0, "witness")])
    press(editor.narrative, Qt.Key.Key_L, CTRL)
    unlock(qtbot, controller)
    editor = active_editor(IncidentEditor)
    [row] = editor.involvements.value(editor.record.id)
    assert (row.person_id, row.role) == (person.id, "witness")
    save(editor)
    stored = book_of(controller.window).of_incident(Involvement, editor.record.id)
    assert [(i.person_id, i.role) for i in stored] == [(person.id, "witness")]


def test_lock_keeps_the_draft_and_unlock_reopens_it(
    qtbot, controller, documented, vault_path: Path, settings_file: Path, tmp_path: Path
) -> None:
    started = time.time() - 1
    word = canary("Черновик")
    editor = edit_incident(documented)
    fill(editor.narrative, f"Не сохранено: {word}")

    # The worker is busy (a long read, say): the drafts wait in the queue behind it, and
    # locking cancels what is queued, but not them.
    controller.ops.run(lambda book: time.sleep(0.3))
    editor.narrative.setFocus()
    QTest.keyClick(editor.narrative, Qt.Key.Key_L, CTRL)  # at once: the keeper never ran
    assert controller.state == "locked"
    settle()
    assert controller.state == "locked" and not shiboken6.isValid(editor)
    [draft] = closed_vault_drafts(vault_path)
    assert draft.record.narrative == f"Не сохранено: {word}"
    # Nowhere but in the vault: not in the settings, not in a temporary file.
    written = list(files_written_since(started, Path(tempfile.gettempdir()), tmp_path))
    assert any(p.name == "vault.db" for p in written)
    leaked = [p for p in written if word.encode() in read(p) or word.encode("utf-16-le") in read(p)]
    assert leaked == []
    assert not settings_file.exists() or word.encode() not in settings_file.read_bytes()

    unlock(qtbot, controller)
    editor = active_editor(IncidentEditor)
    assert editor.narrative.value() == f"Не сохранено: {word}"
    assert editor.draft_banner.isVisible()
    assert "Restored unsaved draft" in editor.draft_banner.text.text()
    assert editor.is_dirty()
    [incident] = book_of(controller.window).incidents(editor.record.case_id)
    assert incident.narrative == "Сохранённый текст."  # a draft, not yet saved

    save(editor)
    [incident] = book_of(controller.window).incidents(incident.case_id)
    assert incident.narrative == f"Не сохранено: {word}"
    assert in_vault(controller.window) == []


def test_discarding_a_restored_draft_asks_and_removes_it(qtbot, controller, documented) -> None:
    editor = edit_incident(documented)
    fill(editor.narrative, "Лишнее")
    press(editor.narrative, Qt.Key.Key_L, CTRL)
    unlock(qtbot, controller)
    editor = active_editor(IncidentEditor)

    dialogs.answer_next(False)  # "Discard this draft?" No: it stays
    click(editor.draft_banner.discard_button)
    assert editor.isVisible() and len(in_vault(controller.window)) == 1
    dialogs.answer_next(True)
    click(editor.draft_banner.discard_button)
    assert closed(editor)
    assert in_vault(controller.window) == []
    [incident] = book_of(controller.window).incidents(editor.record.case_id)
    assert incident.narrative == "Сохранённый текст."
    assert [kind for kind, _ in dialogs.shown] == ["confirm", "confirm"]


def test_cancel_with_discarding_removes_the_draft(qtbot, controller, documented) -> None:
    editor = edit_incident(documented)
    fill(editor.narrative, "Передумала")
    editor.keeper.check()
    drain()
    assert len(in_vault(documented)) == 1
    dialogs.answer_next(True)  # "Discard the changes you made?"
    press(editor.narrative, Qt.Key.Key_Escape)
    assert closed(editor)
    assert in_vault(documented) == []


def test_a_new_record_reopens_as_new_and_saves(qtbot, controller, documented) -> None:
    press(documented, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    fill(editor.name, "Новая Персона")
    press(editor.name, Qt.Key.Key_L, CTRL)
    unlock(qtbot, controller)
    editor = active_editor(PersonEditor)
    assert editor.record.id is None and editor.name.text() == "Новая Персона"
    save(editor)
    names = [p.name for p in book_of(controller.window).persons()]
    assert sorted(names) == ["Айша Өтепова", "Новая Персона"]
    assert in_vault(controller.window) == []


def test_a_draft_whose_record_was_deleted_can_be_kept_as_new(qtbot, controller, documented) -> None:
    reader = book_of(documented)
    [person] = reader.persons()
    edited = Person(case_id=person.case_id, name="Айша Исправленная", id=person.id)
    reader.run(lambda book: save_draft(book, Typed("k", edited)))
    reader.run(lambda book: book.delete(Person, person.id))
    press(documented, Qt.Key.Key_L, CTRL)

    dialogs.answer_next(True)  # "deleted meanwhile. Keep … as a new record?"
    unlock(qtbot, controller)
    editor = active_editor(PersonEditor)
    assert "deleted" in dialogs.shown[0][1]
    assert editor.record.id is None and editor.name.text() == "Айша Исправленная"
    save(editor)
    assert [p.name for p in book_of(controller.window).persons()] == ["Айша Исправленная"]
    assert in_vault(controller.window) == []


def test_a_draft_whose_record_was_deleted_can_be_discarded(qtbot, controller, documented) -> None:
    reader = book_of(documented)
    [person] = reader.persons()
    reader.run(lambda book: save_draft(book, Typed("k", person)))
    reader.run(lambda book: book.delete(Person, person.id))
    press(documented, Qt.Key.Key_L, CTRL)

    dialogs.answer_next(False, True)  # not as a new record; discard it
    unlock(qtbot, controller)
    drain()
    assert QApplication.activeModalWidget() is None
    assert in_vault(controller.window) == []


def test_quitting_keeps_drafts(qtbot, controller, documented, vault_path: Path, quits) -> None:
    editor = edit_incident(documented)
    fill(editor.narrative, "До завтра")
    documented.quit_action.trigger()  # from the menu (or the window's close button)
    settle()
    assert quits == [True]
    [draft] = closed_vault_drafts(vault_path)
    assert draft.record.narrative == "До завтра"


def test_quick_erase_destroys_drafts_with_the_vault(
    qtbot, controller, documented, vault_path: Path, quits
) -> None:
    editor = edit_incident(documented)
    fill(editor.narrative, "Стереть")
    editor.keeper.check()
    drain()
    assert len(in_vault(documented)) == 1
    controller.erase_now()
    assert not vault_path.exists() and quits == [True]


# A crash: the app's process killed while an editor is open ----------------------------------

CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from logbook.services.drafts import drafts
from logbook.ui.app import build
from logbook.ui.editors.case_editor import CaseEditor
from tests.conftest import FAST_KDF, PASSPHRASE

app = QApplication([])
app.setQuitOnLastWindowClosed(False)
store = QSettings({settings!r}, QSettings.Format.IniFormat)
controller = build(app, store, vault_path=Path({vault!r}), kdf=FAST_KDF)
controller.start()
state = {{"step": "unlock"}}

def step():
    if state["step"] == "unlock" and controller.gate is not None:
        controller.gate.secret.setText(PASSPHRASE)
        controller.gate.unlock_button.click()
        state["step"] = "window"
    elif state["step"] == "window" and controller.window is not None:
        controller.window.new_case()
        state["step"] = "editor"
    elif state["step"] == "editor" and controller.window.findChildren(CaseEditor):
        editor = controller.window.findChildren(CaseEditor)[0]
        editor.title_field.setText("Дело после сбоя")
        editor.summary.setPlainText({text!r})
        state["step"] = "typed"
    elif state["step"] == "typed":
        controller.ops.run(drafts, lambda found: found and print("kept", flush=True))

timer = QTimer()
timer.timeout.connect(step)
timer.start(200)
app.exec()
"""


def test_a_draft_survives_the_app_being_killed(
    qtbot, controller, made_vault, vault_path: Path, tmp_path: Path
) -> None:
    """The real app in its own process, typing into a new case: once the draft is in the
    vault (a few seconds), the process is killed. The next unlock reopens the editor."""
    text = "Набрано до сбоя " + canary("Сбой")
    script = CHILD.format(
        root=str(ROOT), settings=str(tmp_path / "child.ini"), vault=str(vault_path), text=text
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # "kept" once the draft is in the vault
        assert line.strip() == "kept", "the child ended without keeping a draft"
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)
    assert child.returncode == -signal.SIGKILL

    controller.start()
    unlock(qtbot, controller)
    editor = active_editor(CaseEditor)
    assert editor.record.id is None
    assert editor.summary.value() == text and editor.title_field.text() == "Дело после сбоя"
    assert editor.draft_banner.isVisible()


def test_switching_the_language_reopens_the_editors_with_their_input(
    qtbot, controller, documented
) -> None:
    editor = edit_incident(documented)
    fill(editor.narrative, "Набрано до смены языка")
    controller.apply_preferences("ru", controller.settings.idle_minutes)
    settle()
    editor = active_editor(IncidentEditor)
    assert editor.narrative.value() == "Набрано до смены языка"
    assert editor.windowTitle() != "Edit incident"  # the new window's, in Russian
    controller.apply_preferences("en", controller.settings.idle_minutes)
