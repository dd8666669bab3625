from __future__ import annotations

from logbook.core.model import Case


def test_unlock_shows_main_window_with_cases(qtbot, controller, window) -> None:
    assert window.windowTitle() == "Logbook"
    editor = window.new_case()
    editor.title_field.setText("Raid")
    editor.save_and_close()
    assert [c.title for c in window.book.cases()] == ["Raid"]
    assert window.cases.model.rowCount() == 1
    assert isinstance(window.current_case(), Case)
