"""Qt's own dialogs speak the UI language, and file dialogs open in the user's folders.

The file dialog is Qt's own (``DontUseNativeDialog``, see ``logbook.ui.dialogs``): its
labels come from Qt's catalogue (``qtbase_<lang>``) and, where that lacks the current
wording, from ours. File dialogs never open in the current directory, which is often the
program's folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from logbook.ui import dialogs
from logbook.ui.i18n import Translations

ENGLISH = {"&Look in:", "File &name:", "Files of &type:"}
EXPECTED = {
    "ru": {"&Перейти к:", "&Имя файла:", "&Типы файлов:"},
    "kk": {"Қайда қ&арау:", "Файл &аты:", "Файлдар &түрі:"},
}


@pytest.fixture
def translations(qapp: QApplication):  # type: ignore[no-untyped-def]
    made = Translations(qapp)
    yield made
    made.use("en")


def file_dialog_texts() -> tuple[set[str], set[str]]:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
        buttons = {b.text() for b in dialog.findChildren(QPushButton) if b.text()}
        return labels, buttons
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_qt_file_dialog_labels_are_translated(translations: Translations, language: str) -> None:
    assert translations.use(language)
    labels, buttons = file_dialog_texts()

    assert EXPECTED[language] <= labels
    assert not labels & ENGLISH
    assert not buttons & {"&Open", "Cancel", "&Save"}


def test_english_is_english(translations: Translations) -> None:
    translations.use("ru")
    translations.use("en")
    labels, _ = file_dialog_texts()
    assert labels >= ENGLISH


def test_qt_ships_the_catalogues_we_load() -> None:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in ("ru", "kk"):
        assert (folder / f"qtbase_{language}.qm").is_file()


# Where file dialogs start ---------------------------------------------------------------


def test_the_start_folder_is_documents_when_it_exists(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(documents))
    assert dialogs.start_folder() == str(documents)


def test_the_start_folder_is_home_without_documents(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "no"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert dialogs.start_folder() == str(tmp_path)


def test_the_start_folder_is_never_the_current_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: "")
    monkeypatch.setenv("HOME", str(tmp_path))

    assert dialogs.start_folder() == str(tmp_path)
    assert dialogs._start("") == str(tmp_path)
    assert dialogs._start(".") == str(tmp_path)
    assert dialogs._start("report.docx") == str(tmp_path / "report.docx")
    assert dialogs._start(str(program)) == str(program)  # a folder given is used


class Shown(Exception):
    """Raised by the stand-in dialog to report where it was asked to open."""


@pytest.mark.parametrize("call", ["open", "save", "directory"])
def test_the_real_dialogs_open_in_the_start_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, call: str
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(documents))
    monkeypatch.chdir(tmp_path)
    seen: list[str] = []

    def record(_parent: object, _title: str, start: str, *_args: object, **_kw: object) -> str:
        dialog = QFileDialog(None, "x", start)  # what Qt builds from these arguments
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        seen.append(dialog.directory().absolutePath())
        dialog.deleteLater()
        return str(start)

    def record_pair(*args: object, **kwargs: object) -> tuple[str, str]:
        return record(*args, **kwargs), ""  # type: ignore[arg-type]

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", record)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", record_pair)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", record_pair)
    if call == "open":
        dialogs.open_file(None, "Add an evidence file")
    elif call == "save":
        dialogs.save_file(None, "Save the report", "report.docx", "")
    else:
        dialogs.choose_directory(None, "Back up", "")

    assert seen == [str(documents)]
