"""First run: the main window opens over most of the screen (later, as the user left it);
the incidents list keeps Date, Title and Ongoing in view (a long place is cut with "…");
lists show marked passages as «passage», not as their markup."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from logbook.ui.main_window import FIRST_RUN_SHARE, MainWindow
from logbook.ui.marked_text import shown
from logbook.ui.record_list import ELIDED_WIDTH
from logbook.ui.record_model import MARKED_BACKGROUND
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.driving import add_case, add_incident, column_texts

LONG_PLACE = "площадь Республики у здания акимата, напротив монумента Независимости"
MARKED_TITLE = "Задержание [[redact: Айгерім Нурланова]] у акимата"


def test_the_first_window_takes_most_of_the_screen(qtbot, controller, window) -> None:
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()

    assert window.width() >= int(area.width() * FIRST_RUN_SHARE) - 1
    assert window.height() >= int(area.height() * FIRST_RUN_SHARE) - 1
    assert area.contains(window.frameGeometry().center())


def test_later_the_window_comes_back_at_the_size_it_was_left(qtbot, controller, window) -> None:
    window.resize(QSize(700, 450))
    controller.lock()
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)

    assert controller.window.size() == QSize(700, 450)


def test_date_title_and_ongoing_stay_in_view(qtbot, controller, window: MainWindow) -> None:
    window.resize(1024, 700)
    add_case(window, "Разгон акции")
    add_incident(window, "Задержание", date=("day", "2025-11-22"), locality=LONG_PLACE * 2)
    incidents = window.incidents
    headers = [c.header for c in incidents.model.columns]
    header = incidents.view.horizontalHeader()
    place = headers.index("Place")

    assert column_texts(incidents, place) == [LONG_PLACE * 2]  # all of it, cut when drawn
    assert header.sectionSize(place) <= ELIDED_WIDTH <= 200
    assert incidents.view.textElideMode() == Qt.TextElideMode.ElideRight
    width = incidents.view.viewport().width()
    for name in ("Date", "Title", "Ongoing"):
        column = headers.index(name)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= width, name
    tip = incidents.model.index(0, place).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == LONG_PLACE * 2


def test_a_marked_passage_is_listed_as_its_text(qtbot, controller, window: MainWindow) -> None:
    add_case(window, "Разгон акции")
    add_incident(window, MARKED_TITLE)

    title = window.incidents.model.index(0, 1)
    assert title.data() == "Задержание «Айгерім Нурланова» у акимата"
    assert title.data(Qt.ItemDataRole.BackgroundRole).color().name() == MARKED_BACKGROUND
    date = window.incidents.model.index(0, 0)
    assert date.data(Qt.ItemDataRole.BackgroundRole) is None


def test_markup_is_shown_as_quoted_passages() -> None:
    assert shown("no markup [sic]") == "no markup [sic]"
    assert shown("a [[redact: b]] c [[REDACT:d]]") == "a «b» c «d»"
    assert shown("typo [redact: x] end") == "typo «x» end"
    assert shown("open [[redact: to the end") == "open «to the end»"
