"""Evidence metadata at intake (issue 14, point 7): a new file's position, camera and author
are said plainly in the editor, and nowhere else; a file without them gets no notice."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from logbook.core.file_metadata import LABELS, MetadataItem
from logbook.ui import dialogs
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.metadata_notice import MetadataNotice
from logbook.ui.main_window import MainWindow
from tests.core.test_file_metadata import AUTHOR, photo_with_exif
from tests.ui.conftest import book_of
from tests.ui.driving import active_editor, add_case, click, fill, save


def choose_file(window: MainWindow, path: Path) -> EvidenceEditor:
    dialogs.answer_next(str(path))
    window.tabs.setCurrentWidget(window.evidence)
    click(window.evidence.add_button)
    return active_editor(EvidenceEditor)


def test_a_photo_with_a_position_says_so(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_case(window, "Дело")
    editor = choose_file(window, photo_with_exif(tmp_path / "photo.jpg"))
    notice = editor.metadata_notice
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    text = notice.text()
    assert "where, by whom or with what" in text
    assert "Location: 43.2389° N, 76.8897° E" in text
    assert "Camera: Apple iPhone 13" in text
    assert f"Author: {AUTHOR}" in text
    assert "If you share the file itself" in text
    fill(editor.description, "снимок")
    save(editor)
    (evidence,) = book_of(window).evidence(window.current_case().id)
    assert evidence.filename == "photo.jpg"


def test_a_file_without_metadata_gets_no_notice(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_case(window, "Дело")
    plain = tmp_path / "plain.jpg"
    Image.new("RGB", (8, 8), "blue").save(plain, "JPEG")
    editor = choose_file(window, plain)
    notice = editor.metadata_notice
    qtbot.waitUntil(lambda: not notice.runner.busy, timeout=10_000)
    assert not notice.isVisible()
    assert notice.items == []
    editor.discard()


def test_an_existing_item_is_not_read_again(qtbot, window: MainWindow, tmp_path: Path) -> None:
    add_case(window, "Дело")
    editor = choose_file(window, photo_with_exif(tmp_path / "photo.jpg"))
    qtbot.waitUntil(editor.metadata_notice.isVisible, timeout=10_000)
    save(editor)
    (evidence,) = book_of(window).evidence(window.current_case().id)
    window.edit_evidence(evidence)
    reopened = active_editor(EvidenceEditor)
    assert not reopened.metadata_notice.runner.busy
    assert not reopened.metadata_notice.isVisible()
    reopened.discard()


def test_every_kind_of_item_has_a_name_on_screen(qtbot) -> None:
    notice = MetadataNotice()
    qtbot.addWidget(notice)
    names = [notice.label(key) for key in LABELS]
    assert all(name and name != key for name, key in zip(names, LABELS, strict=True))
    notice.show_items([MetadataItem("person", "author", "<b>Bekova</b>")])
    assert "Author: <b>Bekova</b>" in notice.text()  # the file's text, shown as it is
    assert notice.textFormat() == Qt.TextFormat.PlainText
