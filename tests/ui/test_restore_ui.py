"""Restore from backup… in the unlock window and the new-vault window (issue 13, point 4):
a new vault that opens and holds the case, damaged parts named, never over a folder that
holds something."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from logbook.core.errors import WrongSecret
from logbook.core.model import Case, Evidence
from logbook.services import backup
from logbook.services.case_book import CaseBook
from logbook.ui import dialogs, restore_dialog
from logbook.ui.create_vault_dialog import CreateVaultDialog
from logbook.ui.messages import error_text
from logbook.ui.restore_dialog import RestoreDialog
from logbook.ui.unlock_dialog import UnlockDialog
from logbook.vault.backup.layout import OBJECTS, BackupKeys
from logbook.vault.lifecycle import create_vault, is_vault
from tests.conftest import FAST_KDF, PASSPHRASE, FixedClock
from tests.ui.conftest import book_of, drain, unlock
from tests.ui.driving import click, settle


def made_backup(tmp_path: Path, files: int = 0) -> tuple[Path, str, list[Evidence], Path]:
    """A vault elsewhere (another computer) with one case, backed up; returns the backup
    folder, the recovery code, the evidence and the object of the first evidence file."""
    session, code = create_vault(
        tmp_path / "old computer" / "vault", PASSPHRASE, kdf=FAST_KDF, clock=FixedClock()
    )
    book = CaseBook(session)
    case = book.save(Case(title="Case from the stick", summary="")).record
    evidence = [
        book.add_evidence_file(
            Evidence(case_id=case.id, filename="photo.jpg", sha256=""),
            io.BytesIO(os.urandom(50_000)),
        ).record
        for _ in range(files)
    ]
    folder = tmp_path / "stick" / "logbook-backup"
    backup.backup_vault(session, folder)
    keys = BackupKeys.from_blob_key(session.blobs._key)
    first = folder / OBJECTS / keys.blob_object(evidence[0].blob_id) if evidence else folder
    session.close()
    return folder, code, evidence, first


def open_restore(controller) -> RestoreDialog:
    click(controller.gate.restore_button)
    dialog = controller.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    return dialog


def restore(qtbot, dialog: RestoreDialog, folder: Path, secret: str, target: Path) -> None:
    dialog.folder.setText(str(folder))
    dialog.secret.setText(secret)
    dialog.target.setText(str(target))
    click(dialog.restore_button)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    drain()


def test_restore_from_the_unlock_window_opens_the_new_vault(
    qtbot, controller, made_vault, tmp_path: Path
) -> None:
    folder, _, _, _ = made_backup(tmp_path)
    controller.start()
    assert isinstance(controller.gate, UnlockDialog)
    dialog = open_restore(controller)
    target = tmp_path / "restored"
    dialogs.answer_next(None)  # what was restored

    restore(qtbot, dialog, folder, PASSPHRASE, target)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    drain()

    kind, text = dialogs.shown[-1]
    assert kind == "info" and text.startswith("Backup 1 (")
    assert "Case from the stick" not in text
    assert controller.vault_path == target and is_vault(target)
    assert [c.title for c in book_of(controller.window).cases()] == ["Case from the stick"]
    # Later it opens with the passphrase, as any vault.
    controller.lock()
    settle()
    assert controller.gate.path == target
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    assert [c.title for c in book_of(controller.window).cases()] == ["Case from the stick"]


def test_restoring_onto_a_folder_that_holds_something_is_refused(
    qtbot, controller, made_vault, tmp_path: Path
) -> None:
    folder, _, _, _ = made_backup(tmp_path)
    controller.start()
    dialog = open_restore(controller)
    target = tmp_path / "documents"
    target.mkdir()
    (target / "letter.txt").write_text("keep me")

    restore(qtbot, dialog, folder, PASSPHRASE, target)

    assert "This folder is not empty" in dialog.error.text()
    assert sorted(p.name for p in target.iterdir()) == ["letter.txt"]
    assert dialog.isVisible() and controller.window is None
    assert dialog.secret.text() == PASSPHRASE  # nothing was tried: the secret stays typed

    restore(qtbot, dialog, folder, PASSPHRASE, made_vault[0])  # an existing vault
    assert "This folder is not empty" in dialog.error.text()
    assert controller.window is None


def test_a_wrong_passphrase_is_said_and_nothing_is_made(
    qtbot, controller, made_vault, tmp_path: Path
) -> None:
    folder, _, _, _ = made_backup(tmp_path)
    controller.start()
    dialog = open_restore(controller)
    target = tmp_path / "restored"

    restore(qtbot, dialog, folder, "not the passphrase at all", target)

    assert dialog.error.text().startswith("Wrong passphrase. A backup opens with the passphrase")
    assert not target.exists() and controller.window is None


def test_on_a_new_computer_restore_with_the_recovery_code_names_damaged_evidence(
    qtbot, controller, vault_path: Path, tmp_path: Path
) -> None:
    """No vault yet: the new-vault window offers the restore, into the app's own vault
    location; a damaged evidence file is named by its refs and the rest restored."""
    folder, code, evidence, first = made_backup(tmp_path, files=2)
    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0x01
    first.write_bytes(bytes(data))
    controller.start()
    assert isinstance(controller.gate, CreateVaultDialog)
    dialog = open_restore(controller)
    assert dialog.target.text() == str(vault_path)  # the default location is free
    dialog.use_recovery.setChecked(True)
    assert dialog.secret_label.text() == "&Recovery code"
    dialogs.answer_next(None)

    restore(qtbot, dialog, folder, code, Path(dialog.target.text()))
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    drain()

    text = dialogs.shown[-1][1]
    assert "the database and 1 evidence file(s)" in text
    case_ref = book_of(controller.window).cases()[0].ref
    assert f"Not restored:\n  evidence {case_ref}/{evidence[0].ref}:" in text
    assert "photo.jpg" not in text
    assert controller.vault_path == vault_path
    restored = book_of(controller.window)
    assert [e.ref for e in restored.evidence(restored.cases()[0].id)] == [
        e.ref for e in evidence
    ]  # the record stays; its file is the one missing


def test_cancel_closes_the_dialog_and_keeps_the_unlock_window(
    qtbot, controller, made_vault
) -> None:
    controller.start()
    dialog = open_restore(controller)

    click(dialog.cancel_button)

    assert not dialog.isVisible()
    assert isinstance(controller.gate, UnlockDialog) and controller.gate.isVisible()


def mnemonics(dialog: QWidget) -> list[str]:
    """The Alt letters of the dialog's labels and visible buttons."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    return [t[t.index("&") + 1].casefold() for t in texts if "&" in t.replace("&&", "")]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_alt_letters_are_unique_in_every_language(
    qtbot, controller, made_vault, language: str
) -> None:
    controller.translations.use(language)
    try:
        controller.start()
        unlock_window = controller.gate
        letters = mnemonics(unlock_window)
        assert len(letters) == len(set(letters)) >= 7, letters
        dialog = open_restore(controller)
        for recovery in (False, True):
            dialog.use_recovery.setChecked(recovery)
            letters = mnemonics(dialog)
            assert len(letters) == len(set(letters)) >= 7, letters
        bound = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
        assert {dialog.folder, dialog.secret, dialog.target} <= bound
        click(dialog.cancel_button)
        click(unlock_window.new_button)
        letters = mnemonics(controller.gate)
        assert len(letters) == len(set(letters)) >= 6, letters
        if language != "en":
            assert dialog.restore_button.text() != "Re&store"
    finally:
        controller.translations.use("en")


def test_cancel_stops_a_restore_under_way_and_leaves_no_vault(
    qtbot, controller, made_vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _, _, _ = made_backup(tmp_path, files=1)
    entered, release = threading.Event(), threading.Event()
    real = restore_dialog.restore_backup

    def gated(opened, target, progress):
        def slow(done: int, total: int) -> None:
            entered.set()
            release.wait(30)
            progress(done, total)

        return real(opened, target, slow)

    monkeypatch.setattr(restore_dialog, "restore_backup", gated)
    controller.start()
    dialog = open_restore(controller)
    target = tmp_path / "restored"
    dialog.folder.setText(str(folder))
    dialog.secret.setText(PASSPHRASE)
    dialog.target.setText(str(target))
    click(dialog.restore_button)
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert dialog.running and not dialog.restore_button.isEnabled()

    click(dialog.cancel_button)
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    drain()

    assert dialog.error.text() == "Restore stopped; no vault was made."
    assert dialog.isVisible() and controller.window is None
    assert not target.exists()


def test_a_wrong_secret_is_named_as_what_was_typed() -> None:
    """The app's message names what the user typed, whatever the core's sentence says."""
    backup = "Wrong passphrase for this backup (… or with the recovery code)."
    assert error_text(WrongSecret(backup, "passphrase")) == "Wrong passphrase."
    assert error_text(WrongSecret("Wrong recovery code.", "recovery")) == "Wrong recovery code."
