"""Evidence linked from the editors: the persons a file shows, the incidents and injuries
it documents; the links are stored in the vault and come back when reopened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from logbook.core.model import Evidence, Incident, Injury
from logbook.ui import dialogs
from logbook.ui.editors.evidence_editor import EvidenceEditor
from logbook.ui.editors.fields import RecordChecksField
from logbook.ui.editors.incident_child_editors import InjuryEditor
from logbook.ui.editors.incident_editor import IncidentEditor
from logbook.ui.main_window import MainWindow
from tests.ui.conftest import book_of
from tests.ui.driving import (
    PersonInput,
    active_editor,
    add_case,
    add_incident,
    add_person,
    click,
    fill,
    save,
    select_row,
)

NAME = "Әйгерім Сапарова"


def _check(field: RecordChecksField, text: str) -> None:
    for i in range(field.count()):
        if field.item(i).text() == text:
            field.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text!r} is not offered")


@pytest.fixture
def case_with_photo(window: MainWindow, tmp_path: Path) -> MainWindow:
    add_case(window, "Дело")
    add_person(window, PersonInput(NAME))
    add_incident(window, "Задержание", involved=[(NAME, "victim")])
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 bytes of a photo")
    dialogs.answer_next(str(photo))
    window.tabs.setCurrentWidget(window.evidence)
    click(window.evidence.add_button)
    editor = active_editor(EvidenceEditor)
    fill(editor.description, "снимок кровоподтёка")
    _check(editor.depicts, NAME)
    save(editor)
    return window


def test_evidence_shows_a_person(case_with_photo: MainWindow) -> None:
    book = book_of(case_with_photo)
    (evidence,) = book.evidence(case_with_photo.current_case().id)
    (person,) = book.persons(evidence.case_id)
    assert book.get(Evidence, evidence.id).depicts == [person.id]
    case_with_photo.edit_evidence(evidence)
    editor = active_editor(EvidenceEditor)
    assert editor.depicts.value() == [person.id]
    editor.discard()


def test_incident_and_injury_link_the_evidence(case_with_photo: MainWindow) -> None:
    window = case_with_photo
    book = book_of(window)
    (evidence,) = book.evidence(window.current_case().id)
    window.tabs.setCurrentWidget(window.incidents)
    select_row(window.incidents, "Задержание", column=1)
    window.edit_incident(window.incidents.selected())
    editor = active_editor(IncidentEditor)
    _check(editor.evidence, "снимок кровоподтёка")
    editor.tabs.setCurrentWidget(editor.injuries)
    click(editor.injuries.add_button)
    injury_editor = active_editor(InjuryEditor)
    _check(injury_editor.evidence, "снимок кровоподтёка")
    save(injury_editor)
    save(editor)

    (incident,) = book.incidents(window.current_case().id)
    assert book.get(Incident, incident.id).evidence_ids == [evidence.id]
    (injury,) = book.of_incident(Injury, incident.id)
    assert injury.evidence_ids == [evidence.id]


def test_deleting_evidence_destroys_its_file(case_with_photo: MainWindow, vault_path: Path) -> None:
    window = case_with_photo
    assert list((vault_path / "blobs").glob("*.blob"))
    select_row(window.evidence, "photo.jpg")
    dialogs.answer_next(True)
    click(window.evidence.delete_button)

    assert book_of(window).evidence(window.current_case().id) == []
    assert window.evidence.model.rowCount() == 0
    assert not list((vault_path / "blobs").glob("*.blob"))
    kind, question = dialogs.shown[-1]
    assert kind == "confirm" and "cannot be undone" in question
