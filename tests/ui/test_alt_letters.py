"""Alt letters: in every window, in every language, the letters reachable at the same time
(the menu bar's menus, the visible tabs, labels bound to a field, buttons, group boxes) are
unique; and the main window takes the keys again as soon as an editor closes.

Generalises the per-dialog checks (test_export_dialog, test_restore_ui, test_keyboard's
per-page one) to every window."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.core.model import Evidence
from logbook.ui.about_dialog import AboutDialog
from logbook.ui.controller import AppController
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.editors.person_editor import PersonEditor
from logbook.ui.exporting.export_dialog import ExportDialog
from logbook.ui.main_window import MainWindow
from tests.ui.conftest import book_of, unlock
from tests.ui.driving import (
    CTRL,
    CTRL_SHIFT,
    PersonInput,
    active_editor,
    add_case,
    add_incident,
    add_person,
    closed,
    drain,
    press,
    save,
    settle,
)
from tests.ui.test_keyboard import DIALOGS, EDITORS, INCIDENT, PERSON
from tests.ui.test_restore_ui import open_restore

LANGUAGES = ["en", "ru", "kk"]

# Clashes in windows outside this change (editors, Preferences, Change passphrase): each is
# expected to fail until its strings are fixed (strict: a fixed one must be taken off).
KNOWN_CLASHES: dict[tuple[str, str], dict[str, list[str]]] = {}


def expect_known_clash(request: pytest.FixtureRequest, language: str, kind: str) -> None:
    known = KNOWN_CLASHES.get((language, kind))
    if known is not None:
        reason = f"known clash in {kind} ({language}): {known}"
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=reason))


def mnemonic(text: str) -> str | None:
    """The Alt letter of ``text`` ("&&" is a literal ampersand), casefolded."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def reachable(window: QWidget) -> list[str]:
    """The texts whose Alt letters work now in ``window``: what it shows, not what is
    hidden on another tab page or in another window."""

    def shown(widget: QWidget) -> bool:
        return widget.window() is window and widget.isVisibleTo(window)

    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for tabs in window.findChildren(QTabWidget):
        if shown(tabs):
            texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    texts += [lb.text() for lb in window.findChildren(QLabel) if lb.buddy() and shown(lb)]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if shown(b)]
    texts += [g.title() for g in window.findChildren(QGroupBox) if shown(g)]
    return texts


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Each Alt letter used by more than one text reachable now in ``window``, on each page
    of each of its tab widgets in turn."""
    found: dict[str, list[str]] = {}
    own_tabs = [t for t in window.findChildren(QTabWidget) if t.window() is window]
    views: list[tuple[QTabWidget | None, int]] = [(None, 0)]
    views += [(tabs, i) for tabs in own_tabs for i in range(tabs.count())]
    for tabs, page in views:
        if tabs is not None:
            tabs.setCurrentIndex(page)
        by_letter: dict[str, list[str]] = {}
        for text in reachable(window):
            letter = mnemonic(text)
            if letter is not None:
                by_letter.setdefault(letter, []).append(text)
        found.update({k: v for k, v in by_letter.items() if len(v) > 1})
    return found


def lettered(window: QWidget) -> int:
    return sum(mnemonic(text) is not None for text in reachable(window))


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, controller: AppController) -> Iterator[str]:
    controller.translations.use(request.param)
    yield request.param
    controller.translations.use("en")


@pytest.fixture
def case_window(qtbot, controller: AppController, made_vault, language: str) -> MainWindow:
    """The main window, made in ``language``, over a case with a person and an incident."""
    controller.start()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    window = controller.window
    assert window is not None
    add_case(window, "Разгон акции")
    add_person(window, PersonInput(PERSON))
    add_incident(window, INCIDENT, involved=[(PERSON, "victim")])
    return window


def test_the_main_window_has_unique_alt_letters(qtbot, controller, case_window) -> None:
    case_window.search_box.setText("Задержание")
    drain()
    assert clashes(case_window) == {}
    assert lettered(case_window) >= 10


def test_alt_v_opens_the_vault_menu_in_english(qtbot, controller, case_window, language) -> None:
    if language != "en":
        pytest.skip("the letters differ")
    menus = [a.text() for a in case_window.menuBar().actions()]
    tabs = [case_window.tabs.tabText(i) for i in range(case_window.tabs.count())]
    assert mnemonic(menus[0]) == "v" and "v" not in {mnemonic(t) for t in tabs}
    assert mnemonic(menus[1]) == "r" and "r" not in {mnemonic(t) for t in tabs}


@pytest.mark.parametrize("kind", list(EDITORS))
def test_each_editor_has_unique_alt_letters(
    qtbot, request, controller, case_window, language: str, kind: str
) -> None:
    expect_known_clash(request, language, kind)
    editor = EDITORS[kind](case_window)
    assert clashes(editor) == {}
    assert lettered(editor) >= 3


def test_the_export_dialog_has_unique_alt_letters(qtbot, controller, case_window) -> None:
    press(case_window, Qt.Key.Key_E, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert clashes(dialog) == {}
    assert lettered(dialog) >= 8


@pytest.mark.parametrize("kind", list(DIALOGS))
def test_each_dialog_has_unique_alt_letters(
    qtbot, request, controller, case_window, language: str, kind: str
) -> None:
    expect_known_clash(request, language, kind)
    dialog = DIALOGS[kind](controller, case_window)
    assert clashes(dialog) == {}
    assert lettered(dialog) >= 3


def test_the_restore_dialog_has_unique_alt_letters(
    qtbot, controller, made_vault, language: str
) -> None:
    controller.start()
    dialog = open_restore(controller)
    for recovery in (False, True):
        dialog.use_recovery.setChecked(recovery)
        assert clashes(dialog) == {}
    assert lettered(dialog) >= 7


def test_the_about_dialog_has_unique_alt_letters(
    qtbot, controller, case_window, language: str
) -> None:
    """Help ▸ About Logbook…: its only lettered text is Close."""
    dialog = case_window.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert clashes(dialog) == {}
    assert lettered(dialog) >= 1


def test_a_stored_evidence_item_and_its_viewer_have_unique_alt_letters(
    qtbot, controller, case_window, language: str
) -> None:
    """A stored item's editor has "View the file…" (a new item's, tested above, has not),
    which opens the viewer: a window of its own."""
    case = case_window.current_case()
    assert case is not None and case.id is not None
    stored = book_of(case_window).add_evidence_file(
        Evidence(case.id, "photo.bin", ""), io.BytesIO(b"not a picture")
    )
    case_window.edit_evidence(stored.record)
    editor = active_editor(EvidenceEditor)
    assert editor.view_button.isVisible()
    assert clashes(editor) == {}
    viewer = editor.view_file()
    qtbot.waitUntil(lambda: not viewer.busy, timeout=20_000)
    assert clashes(viewer) == {}
    assert lettered(viewer) >= 1


def test_a_clash_is_found(qtbot) -> None:
    """The check itself: two buttons on one letter are reported."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("&Save", "&Send", "&Open", "Save && close"):
        layout.addWidget(QPushButton(text))
    assert clashes(window) == {"s": ["&Save", "&Send"]}


# Focus after an editor ---------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en"], indirect=True)
@pytest.mark.parametrize("how", ["cancel", "save"])
def test_ctrl_n_works_at_once_after_an_editor_closes(
    qtbot, controller, case_window, how: str
) -> None:
    press(case_window, Qt.Key.Key_P, CTRL_SHIFT)
    editor = active_editor(PersonEditor)
    if how == "save":
        editor.name.setText("Айгерім Нурланова")
        save(editor)
    else:
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    settle()
    assert closed(editor)

    # No help from the test: the key goes to whatever has the focus now.
    assert case_window.isActiveWindow()
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is case_window
    QTest.keyClick(focused, Qt.Key.Key_N, CTRL)
    drain()

    assert isinstance(QApplication.activeModalWidget(), IncidentEditor)
