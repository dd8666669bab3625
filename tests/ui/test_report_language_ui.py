"""The Export dialog shows and saves the redaction report in the UI language (issue 12,
part 6): with the app in Russian (or Kazakh) the report tab is in Russian (Kazakh)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from logbook.export.report_text import catalogue
from logbook.ui import dialogs
from logbook.ui.controller import AppController
from logbook.ui.exporting import finding_text
from logbook.ui.main_window import MainWindow
from tests.ui.test_export_dialog import PROTECTED, VICTIM, example, imported, open_dialog


@pytest.fixture
def case_window(window: MainWindow) -> MainWindow:
    return imported(window, example())


@pytest.fixture
def ui_language(controller: AppController) -> Iterator[object]:
    """``ui_language(code)`` switches the app's language as the preferences do;
    English again afterwards (translators and QLocale's default outlive the test)."""

    def use(language: str) -> None:
        controller.translations.use(language)
        assert finding_text.ui_language() == language

    yield use
    controller.translations.use("en")


def test_with_the_ui_in_russian_the_report_is_in_russian(
    qtbot, case_window: MainWindow, ui_language, tmp_path: Path
) -> None:
    ui_language("ru")
    dialog = open_dialog(qtbot, case_window)
    shown = dialog.report.toPlainText()
    assert shown.startswith("Отчёт о скрытых данных — документ ")
    assert "Проверка: пройдена" in shown
    assert "Как указаны лица:" in shown
    assert "лицо 3 (свидетель): указано как Witness 1" in shown
    assert "Правила, применённые в этом документе:" in shown
    for english in ("Redaction report", "Verification", "How persons appear", "Rules applied"):
        assert english not in shown
    for name in (PROTECTED, VICTIM, "Daniyar", "Данияр"):  # the report names no one
        assert name not in shown

    dialogs.answer_next(str(tmp_path / "report.txt"))
    saved = dialog.save_report()
    assert saved is not None
    written = saved.read_text(encoding="utf-8")
    assert written.startswith("Отчёт о скрытых данных — документ ")
    assert written.rstrip("\n") == shown.rstrip("\n")


def test_with_the_ui_in_kazakh_the_report_is_in_kazakh(
    qtbot, case_window: MainWindow, ui_language
) -> None:
    ui_language("kk")
    dialog = open_dialog(qtbot, case_window)
    shown = dialog.report.toPlainText()
    assert shown.startswith("Жасыру есебі — ")
    assert "Тексеру: сәтті өтті" in shown
    assert "3-тұлға (куәгер): Witness 1 ретінде көрсетіледі" in shown
    assert "Verification" not in shown


def test_in_english_the_report_is_as_before(qtbot, case_window: MainWindow, ui_language) -> None:
    ui_language("ru")
    ui_language("en")
    dialog = open_dialog(qtbot, case_window)
    shown = dialog.report.toPlainText()
    assert shown.startswith("Redaction report — document ")
    assert "Verification: passed" in shown


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_hit_categories_follow_the_ui_language(
    controller: AppController, ui_language, language: str
) -> None:
    ui_language(language)
    words = catalogue(language).text("category.name")
    assert finding_text.category_label("name") == words[:1].upper() + words[1:]
    assert finding_text.category_label("name") != "Name of a person shown by pseudonym"
