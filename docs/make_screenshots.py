"""Make the README's screenshots from the real app: ``.venv/bin/python docs/make_screenshots.py``.

Renders offscreen (no display needed) into ``docs/screenshots/``: the unlock dialog, the
main window, the persons list, the incident editor (and translating it into English) and
the Export dialog, in English and Russian, over a throw-away vault with the fictional
Russian and Kazakh demo case (docs/demo-case-ru.json). Nothing is written outside a
temporary folder and ``docs/screenshots``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from logbook.services.case_book import CaseBook
from logbook.services.case_import import import_case
from logbook.ui.app import build
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.vault.kdf import KdfParams
from logbook.vault.lifecycle import Secret, create_vault, unlock_data_key

DOCS = Path(__file__).resolve().parent
OUT = DOCS / "screenshots"
PASSPHRASE = "screenshot vault walnut orbit lantern"
SIZE = (1200, 720)


def _clock() -> datetime:
    return datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def _snap(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def _until(ready: Callable[[], bool], timeout: float = 30.0) -> None:
    """Let the event loop run (the vault's worker answers through it) until ``ready``."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def _make_vault(path: Path) -> None:
    session, _ = create_vault(path, PASSPHRASE, kdf=KdfParams(iterations=1, lanes=1), clock=_clock)
    import_case(CaseBook(session), (DOCS / "demo-case-ru.json").read_bytes())
    session.close()


def shoot(app: QApplication, work: Path, language: str) -> None:
    store = QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", language)
    controller = build(app, store, clock=_clock, vault_path=work / "vault", quit_app=lambda: None)
    controller.start()
    gate = controller.gate
    gate.resize(520, 220)
    _snap(gate, f"unlock-{language}.png")
    controller._opened(work / "vault", unlock_data_key(work / "vault", Secret(PASSPHRASE)))
    _until(lambda: controller.window is not None)  # the vault opens on the worker
    window = controller.window
    window.resize(*SIZE)
    window.show()
    _until(lambda: window.current_case() is not None and not window.ops.busy)
    _snap(window, f"main-window-{language}.png")
    window.tabs.setCurrentWidget(window.persons)
    _until(lambda: not window.ops.busy)
    _snap(window, f"persons-{language}.png")
    window.tabs.setCurrentWidget(window.incidents)
    case_id = window.current_case().id
    incidents = window.ops.call(lambda book: book.incidents(case_id))
    incident = next(i for i in incidents if i.ref == "i1")  # the raid, with the most in it
    window.edit_incident(incident)
    _until(lambda: isinstance(QApplication.activeModalWidget(), IncidentEditor))
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, IncidentEditor)
    editor.resize(900, 720)
    _snap(editor, f"incident-editor-{language}.png")
    assert editor.translating.picker is not None
    editor.translating.picker.set_language("en")  # the original beside its translation
    _snap(editor, f"translating-{language}.png")
    editor.discard()
    _snap_export(window, language)
    controller.quit()
    controller.deleteLater()
    app.processEvents()


def _snap_export(window, language: str) -> None:
    """The Export dialog with the public profile's verified preview."""
    dialog = window.export_case()
    dialog.resize(1200, 760)
    dialog.profile.setCurrentIndex(dialog.profile.findData("public"))
    while dialog.busy or dialog.preview.document.status() != QPdfDocument.Status.Ready:
        QApplication.processEvents()
        time.sleep(0.01)
    rendered = time.monotonic() + 2  # QPdfView draws its pages on a thread of its own
    while time.monotonic() < rendered:
        QApplication.processEvents()
        time.sleep(0.02)
    _snap(dialog, f"export-{language}.png")
    dialog.done(0)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _make_vault(work / "vault")
        for language in ("en", "ru"):
            shoot(app, work, language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
