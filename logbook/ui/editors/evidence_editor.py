"""Evidence: a file taken into the vault (encrypted, hashed at intake) and what it shows.

A new item starts from a file the user chose; the file is read straight into the encrypted
blob store when the editor is saved, never copied anywhere in the clear. Its revealing
metadata (where, by whom, with what it was made) is said above the description. A stored
item's file is shown, or saved as a copy, from "View the file…" (:mod:`..evidence_viewer`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QPushButton, QWidget

from logbook.core.model import Evidence
from logbook.core.progress import Progress
from logbook.services.case_book import CaseBook
from logbook.services.changes import Outcome
from logbook.ui.editors.fields import LineField, RecordChecksField, TextField
from logbook.ui.editors.metadata_notice import MetadataNotice
from logbook.ui.editors.record_editor import Context, RecordEditor
from logbook.ui.operations import Job, Operations
from logbook.ui.progress_view import follow

if TYPE_CHECKING:
    from logbook.ui.evidence_viewer import EvidenceViewer


class EvidenceEditor(RecordEditor):
    record: Evidence

    def __init__(
        self,
        ops: Operations,
        record: Evidence,
        context: Context | None = None,
        parent: QWidget | None = None,
        source: Path | None = None,
    ) -> None:
        self.source = source  # the file to take in, for a new item
        super().__init__(ops, record, context, parent)

    @classmethod
    def gather(cls, book: CaseBook, record: Evidence) -> Context:
        return {"persons": book.persons(record.case_id)}

    def title(self) -> str:
        return self.tr("New evidence") if self.record.id is None else self.tr("Edit evidence")

    def build(self) -> QWidget:
        form = self.new_form()
        self.filename = form.add("filename", self.tr("&File name"), LineField())
        self.hash = form.add("sha256", self.tr("SHA-256"), QLabel())
        self.hash.setWordWrap(True)
        # What a new file reveals (GPS position, camera, author), read off the GUI thread.
        self.metadata_notice = MetadataNotice()
        form.add_widget(self.metadata_notice)
        if self.source is not None:
            self.metadata_notice.read(self.source)
        self.description = form.add("description", self.tr("&Description"), TextField())
        self.captured_on = form.add("captured_on", self.tr("&Captured on"), LineField())
        self.captured_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.depicts = form.add("depicts", self.tr("S&hows"), RecordChecksField())
        self.depicts.set_choices([(p.id, p.name) for p in self.context.get("persons", [])])
        self.confidential = form.add(
            "confidential",
            self.tr("C&onfidential"),
            QCheckBox(self.tr("listed by description and hash only, never shown")),
        )
        self.view_button = QPushButton(self.tr("&View the file…"))
        self.view_button.clicked.connect(self.view_file)
        self.buttons.addButton(self.view_button, QDialogButtonBox.ButtonRole.ActionRole)
        return form

    def load(self, evidence: Evidence) -> None:
        self.filename.setText(evidence.filename)
        self.hash.setText(evidence.sha256 or self.tr("computed when the file is saved"))
        self.description.set_value(evidence.description)
        self.captured_on.set_value(evidence.captured_on)
        self.confidential.setChecked(evidence.confidential)
        self.depicts.set_value(evidence.depicts)
        # Only a stored file can be viewed: a new item's is taken in when saved.
        self.view_button.setVisible(evidence.id is not None and evidence.blob_id is not None)

    def collect(self) -> Evidence:
        return replace(
            self.record,
            filename=self.filename.text().strip(),
            description=self.description.value() or None,
            captured_on=self.captured_on.value(),
            confidential=self.confidential.isChecked(),
            depicts=self.depicts.value(),
        )

    def submit(
        self,
        record: Evidence,
        on_done: Callable[[Outcome[Any]], None],
        on_failed: Callable[[BaseException], None],
    ) -> Job:
        """A new item's file is taken in on the worker, with a progress bar and Cancel
        once it takes more than a second (a video of a gigabyte takes a while)."""
        source = self.source
        if record.id is not None or source is None:
            return super().submit(record, on_done, on_failed)

        def intake(book: CaseBook, progress: Progress) -> Outcome[Evidence]:
            with source.open("rb") as content:
                return book.add_evidence_file(record, content, progress)

        def taken_in(outcome: Outcome[Any]) -> None:
            self.source = None
            on_done(outcome)

        job = self.ops.run_long(intake, taken_in, on_failed=on_failed, owner=self)
        follow(self.ops, job, self.tr("Encrypting the file into the vault…"), self)
        return job

    def view_file(self) -> EvidenceViewer:
        """Show the stored file (read and checked on the worker), window-modal over this
        editor and gone with it."""
        # Imported here, as the Export dialog is: PDFium loads only once a file is viewed.
        from logbook.ui.evidence_viewer import EvidenceViewer

        viewer = EvidenceViewer(self.ops, self.record, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer
