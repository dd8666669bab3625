"""Viewing a stored evidence file (issue 16, point 5): the editor's "View the file…" shows a
picture or a PDF's pages from memory and saves a copy where asked; a file swapped in
``blobs/`` is refused with an error, never shown as this record's; nothing in the clear is
left in the temporary folder."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from reportlab.pdfgen import canvas

from logbook.core.model import Evidence
from logbook.ui import dialogs
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.evidence_viewer import EvidenceViewer
from logbook.ui.main_window import MainWindow
from logbook.ui.messages import EVIDENCE_DAMAGED
from tests.conftest import vault_bytes
from tests.swapped_blobs import swap_files
from tests.ui.conftest import book_of
from tests.ui.driving import active_editor, add_case, click, closed, settle


def png(width: int, height: int, colour: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def pdf(pages: int) -> bytes:
    out = io.BytesIO()
    document = canvas.Canvas(out)
    for page in range(pages):
        document.drawString(72, 720, f"page {page + 1}")
        document.showPage()
    document.save()
    return out.getvalue()


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder Python and Qt use, empty, to see what viewing leaves there."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def store(window: MainWindow, name: str, content: bytes) -> Evidence:
    case = window.current_case()
    assert case is not None and case.id is not None
    outcome = book_of(window).add_evidence_file(Evidence(case.id, name, ""), io.BytesIO(content))
    assert outcome.record is not None
    return outcome.record


def view(qtbot, window: MainWindow, evidence: Evidence) -> tuple[EvidenceEditor, EvidenceViewer]:
    window.edit_evidence(evidence)
    editor = active_editor(EvidenceEditor)
    assert editor.view_button.isVisible()
    click(editor.view_button)
    viewer = editor.findChild(EvidenceViewer)
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: not viewer.busy, timeout=20_000)
    return editor, viewer


def pictures(viewer: EvidenceViewer) -> list[QLabel]:
    return [label for label in viewer.pictures.findChildren(QLabel) if not label.pixmap().isNull()]


def test_a_new_item_has_nothing_to_view(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_case(window, "Дело")
    source = tmp_path / "photo.png"
    source.write_bytes(png(4, 4, "red"))
    dialogs.answer_next(str(source))
    window.tabs.setCurrentWidget(window.evidence)
    click(window.evidence.add_button)
    editor = active_editor(EvidenceEditor)
    assert not editor.view_button.isVisible()
    editor.discard()


def test_a_photo_is_shown_and_a_copy_saved(
    qtbot, window: MainWindow, tmp_path: Path, temp_folder: Path, vault_path: Path
) -> None:
    add_case(window, "Дело")
    photo = png(40, 30, "green")
    evidence = store(window, "синяк.png", photo)
    editor, viewer = view(qtbot, window, evidence)

    (shown,) = pictures(viewer)
    assert (shown.pixmap().width(), shown.pixmap().height()) == (40, 30)
    assert shown.pixmap().toImage().pixelColor(20, 15) == QColor("green")
    assert "matches the SHA-256" in viewer.status.text()

    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    dialogs.answer_next(str(target), None)  # where to save; then the notice
    click(viewer.save_button)
    qtbot.waitUntil(lambda: not viewer.busy, timeout=20_000)
    settle()
    assert target.read_bytes() == photo
    assert list(target.parent.iterdir()) == [target]
    assert dialogs.shown[-2:] == [
        ("save", "Save a copy of the evidence file"),
        ("info", "The copy is NOT encrypted: keep it safe, or delete it when done."),
    ]
    viewer.reject()
    editor.discard()
    settle()
    assert list(temp_folder.rglob("*")) == []
    assert photo not in vault_bytes(vault_path)


def test_a_copy_is_not_written_into_the_vault(qtbot, window: MainWindow, vault_path: Path) -> None:
    add_case(window, "Дело")
    photo = png(8, 8, "blue")
    evidence = store(window, "photo.png", photo)
    _, viewer = view(qtbot, window, evidence)
    dialogs.answer_next(str(vault_path / "copy.png"), None)  # then the error
    click(viewer.save_button)
    qtbot.waitUntil(lambda: not viewer.busy, timeout=20_000)
    assert [kind for kind, _ in dialogs.shown] == ["save", "error"]
    assert not (vault_path / "copy.png").exists()
    assert viewer.save_button.isEnabled()


def test_a_pdf_is_shown_page_by_page(qtbot, window: MainWindow) -> None:
    add_case(window, "Дело")
    evidence = store(window, "report.pdf", pdf(3))
    _, viewer = view(qtbot, window, evidence)
    pages = pictures(viewer)
    assert len(pages) == 3
    assert all(page.pixmap().width() == 900 for page in pages)


def test_other_files_say_there_is_no_preview(qtbot, window: MainWindow) -> None:
    add_case(window, "Дело")
    evidence = store(window, "call.m4a", b"\x00\x00\x00\x18ftypM4A  not really audio")
    _, viewer = view(qtbot, window, evidence)
    assert pictures(viewer) == []
    assert "No preview is available" in viewer.status.text()
    assert viewer.save_button.isEnabled()


def test_a_swapped_file_is_refused(
    qtbot, window: MainWindow, vault_path: Path, temp_folder: Path
) -> None:
    add_case(window, "Дело")
    photo, other = png(40, 30, "green"), png(40, 30, "red")
    evidence = store(window, "photo.png", photo)
    second = store(window, "other.png", other)
    blobs = vault_path / "blobs"
    swap_files(blobs / f"{evidence.blob_id}.blob", blobs / f"{second.blob_id}.blob")

    dialogs.answer_next(None)  # the error
    _, viewer = view(qtbot, window, evidence)

    assert dialogs.shown == [("error", EVIDENCE_DAMAGED)]
    assert pictures(viewer) == []
    assert not viewer.save_button.isEnabled()
    assert "does not match its SHA-256" in viewer.status.text()
    assert viewer.shown is None
    assert list(temp_folder.rglob("*")) == []


def test_locking_closes_the_viewer(qtbot, window: MainWindow, controller) -> None:
    add_case(window, "Дело")
    evidence = store(window, "photo.png", png(8, 8, "blue"))
    _, viewer = view(qtbot, window, evidence)
    controller.lock()
    settle()
    assert closed(viewer)


def test_the_viewer_is_window_modal(qtbot, window: MainWindow) -> None:
    add_case(window, "Дело")
    evidence = store(window, "photo.png", png(8, 8, "blue"))
    _, viewer = view(qtbot, window, evidence)
    assert viewer.windowModality() == Qt.WindowModality.WindowModal
