"""Vault → Back up… in the app (issue 13, point 3): a backup from the menu that the folder
proves by checking, the app usable while it copies, Cancel, the last backup's age in the
status bar and the reminder after the configured number of days."""

from __future__ import annotations

import io
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from logbook.core.model import Case, Evidence
from logbook.services.backup import check_backup, list_backup, open_backup_folder
from logbook.ui import backup_running, dialogs
from logbook.ui.backup_running import BackupControl
from logbook.ui.main_window import MainWindow
from logbook.vault.lifecycle import Secret
from tests.conftest import PASSPHRASE, FixedClock
from tests.ui.conftest import book_of, drain, unlock
from tests.ui.driving import add_case, click, column_texts, settle


def control_of(controller) -> BackupControl:
    assert controller.backups is not None
    return controller.backups


def wait_for_backup(qtbot, control: BackupControl) -> None:
    qtbot.waitUntil(lambda: not control.running, timeout=30_000)
    drain()


def back_up(qtbot, controller, folder: Path) -> str:
    """Vault → Back up… into ``folder``; returns the result message shown."""
    dialogs.answer_next(str(folder), None)  # the folder, then the result's notice
    controller.window.backup_action.trigger()
    wait_for_backup(qtbot, control_of(controller))
    shown = [text for kind, text in dialogs.shown if kind == "info"]
    assert shown, dialogs.shown
    return shown[-1]


def generations(folder: Path) -> list[tuple[int, bool]]:
    opened = open_backup_folder(folder, Secret(PASSPHRASE))
    return [(g.number, g.complete) for g in list_backup(opened)]


def relock(qtbot, controller) -> MainWindow:
    controller.lock()
    settle()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    drain()
    return controller.window


class Gate:
    """Holds the copy (phase 2) at its first progress report until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered, self.release = threading.Event(), threading.Event()
        real = backup_running.write_backup

        def gated(snapshot, folder, progress):
            def slow(done: int, total: int) -> None:
                self.entered.set()
                self.release.wait(30)
                progress(done, total)

            return real(snapshot, folder, slow)

        monkeypatch.setattr(backup_running, "write_backup", gated)


def test_back_up_from_the_vault_menu(qtbot, controller, window, tmp_path: Path) -> None:
    book = book_of(window)
    case = book.save(Case(title="Backed up case", summary="")).record
    book.add_evidence_file(
        Evidence(case_id=case.id, filename="photo.jpg", sha256=""), io.BytesIO(b"x" * 70_000)
    )
    status = control_of(controller).status
    assert status.last.text() == "No backup yet"
    folder = tmp_path / "stick" / "logbook-backup"

    message = back_up(qtbot, controller, folder)

    assert message.startswith("Backup 1 written: 1 new evidence file(s),")
    assert "Backed up case" not in message and "photo" not in message
    report = check_backup(open_backup_folder(folder, Secret(PASSPHRASE)))
    assert report.ok, report.lines()
    assert [(g.number, g.evidence_files) for g in report.generations] == [(1, 1)]
    assert status.last.text() == "Last backup: less than a day ago"
    assert status.message.text() == message
    assert not status.reminder.isVisibleTo(window)

    again = back_up(qtbot, controller, folder)  # the same evidence: nothing new to copy
    assert again.startswith("Backup 2 written: 0 new evidence file(s),")


def test_a_folder_of_other_files_is_refused(qtbot, controller, window, tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("not a backup")
    dialogs.answer_next(str(folder), None)

    window.backup_action.trigger()
    drain()

    kind, text = dialogs.shown[-1]
    assert kind == "error" and "holds other files and no Logbook backup" in text
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]
    assert not control_of(controller).running


def test_the_app_stays_usable_while_the_copy_runs(
    qtbot, controller, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch)
    folder = tmp_path / "backup"
    control = control_of(controller)
    dialogs.answer_next(str(folder), None)
    window.backup_action.trigger()
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    assert control.running and control.status.cancel_button.isVisibleTo(window)
    assert not window.backup_action.isEnabled()

    add_case(window, "Typed while the backup copies")  # the editor, the worker's save

    assert [c.title for c in book_of(window).cases()] == ["Typed while the backup copies"]
    assert column_texts(window.cases, 0) == ["Typed while the backup copies"]
    assert control.running and not gate.release.is_set()  # still held meanwhile
    gate.release.set()
    wait_for_backup(qtbot, control)
    assert generations(folder) == [(1, True)]
    assert window.backup_action.isEnabled()


def test_cancel_leaves_no_new_backup_and_the_earlier_one_intact(
    qtbot, controller, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backup"
    back_up(qtbot, controller, folder)
    book_of(window).save(Case(title="Changed after the first backup", summary=""))
    gate = Gate(monkeypatch)
    control = control_of(controller)
    dialogs.answer_next(str(folder))  # no notice: a cancelled backup says so in the status
    window.backup_action.trigger()
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)

    click(control.status.cancel_button)
    gate.release.set()
    wait_for_backup(qtbot, control)

    assert control.status.message.text() == (
        "Backup cancelled; the earlier backups in the folder are intact."
    )
    assert generations(folder) == [(1, True)]
    assert check_backup(open_backup_folder(folder, Secret(PASSPHRASE))).ok
    assert not list(controller.vault_path.glob(".*partial"))  # the snapshot copy is gone


def test_locking_cancels_the_copy(
    qtbot, controller, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch)
    folder = tmp_path / "backup"
    dialogs.answer_next(str(folder))
    window.backup_action.trigger()
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    controller.lock()
    gate.release.set()
    assert controller._backup_copy.wait(10)  # the copy ended (cancelled)

    assert not (folder / "generations").exists() or not any((folder / "generations").iterdir())
    window = relock(qtbot, controller)
    assert control_of(controller).status.last.text() == "No backup yet"


def test_the_reminder_comes_after_the_configured_days(
    qtbot, controller, window, clock: FixedClock, tmp_path: Path, settings_file: Path
) -> None:
    control = control_of(controller)
    assert control.status.reminder.text() == "This vault has not been backed up yet."
    assert control.status.reminder.isVisibleTo(window)
    backed_up_at = clock.now
    back_up(qtbot, controller, tmp_path / "backup")
    assert not control.status.reminder.isVisibleTo(window)

    clock.now = backed_up_at + timedelta(days=7) - timedelta(seconds=1)
    window = relock(qtbot, controller)
    status = control_of(controller).status
    assert status.last.text() == "Last backup: 6 day(s) ago"
    assert not status.reminder.isVisibleTo(window)

    clock.now = backed_up_at + timedelta(days=7)
    window = relock(qtbot, controller)
    status = control_of(controller).status
    assert status.reminder.isVisibleTo(window) and status.back_up_now.isVisibleTo(window)
    assert status.reminder.text() == "No backup for 7 day(s)."

    controller.apply_preferences("en", controller.settings.idle_minutes, 8)
    assert not status.reminder.isVisibleTo(window)
    controller.apply_preferences("en", controller.settings.idle_minutes, 0)  # never
    clock.now = backed_up_at + timedelta(days=400)
    window = relock(qtbot, controller)
    assert not control_of(controller).status.reminder.isVisibleTo(window)

    # The settings hold the number of days, nothing about the backup or the vault.
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert store.value("backup/reminder_days") in (0, "0")
    assert [k for k in store.allKeys() if k.startswith("backup")] == ["backup/reminder_days"]
    assert str(tmp_path / "backup") not in settings_file.read_text()


def test_back_up_now_in_the_reminder_starts_a_backup(
    qtbot, controller, window, tmp_path: Path
) -> None:
    status = control_of(controller).status
    folder = tmp_path / "backup"
    dialogs.answer_next(str(folder), None)

    click(status.back_up_now)
    wait_for_backup(qtbot, control_of(controller))

    assert generations(folder) == [(1, True)]
    assert not status.reminder.isVisibleTo(window)


def test_the_preferences_set_the_reminder_days(qtbot, controller, window) -> None:
    window.preferences_action.trigger()
    dialog = controller.preferences
    assert dialog.backup_days.value() == 7
    dialog.backup_days.setValue(14)
    dialog.accept()

    assert controller.settings.backup_reminder_days == 14


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_back_up_has_its_own_alt_letter_in_the_vault_menu(
    qtbot, controller, made_vault, language: str
) -> None:
    controller.translations.use(language)
    try:
        controller.start()
        unlock(qtbot, controller)
        window = controller.window
        menu = window.backup_action.associatedObjects()[-1]
        texts = [a.text() for a in menu.actions() if a.text()]
        letters = [t[t.index("&") + 1].casefold() for t in texts if "&" in t]
        mine = letters[texts.index(window.backup_action.text())]
        assert letters.count(mine) == 1, texts
        status = control_of(controller).status
        if language != "en":
            assert window.backup_action.text() != "&Back up…"
            assert status.last.text() != "No backup yet"
    finally:
        controller.translations.use("en")
