"""An evidence file back out of the vault: shown from memory, or saved as a copy on request.

The content comes only from :meth:`CaseBook.evidence_content`, which checks it against the
SHA-256 taken at intake, so a file swapped or altered in ``blobs/`` is never shown as this
record's: it fails with :class:`VaultDamaged` naming the record, and the dialog says so.

Threading: reading, hashing and decoding (a picture, or a PDF's pages rendered by PDFium)
run on the vault's worker through :meth:`Operations.run`; they make ``QImage`` s, which may
be made off the GUI thread, never widgets or pixmaps. So does writing a copy.

Nothing is written but the copy the user asks for, where :func:`check_output_path` allows
it, atomically: no temporary file ever holds the plaintext. The bytes and pictures live in
this dialog only; closing it (locking closes it with the editor) lets go of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from logbook.core.errors import VaultDamaged
from logbook.core.model import Evidence
from logbook.export.leakcheck.reading import PDFIUM_LOCK
from logbook.services.case_book import CaseBook
from logbook.ui import dialogs
from logbook.ui.operations import Operations
from logbook.vault.atomic import write_atomic
from logbook.vault.output_paths import check_output_path

SHOWN_WIDTH = 900  # pixels: pictures wider than this are shown scaled down
MAX_PAGES = 40  # a PDF's first pages shown; the rest are in a saved copy
_PDF = b"%PDF-"


@dataclass
class Preview:
    """A checked evidence file and what can be shown of it. ``pages``: a PDF's page
    count (0 for anything else); ``images``: the picture, or the first pages."""

    content: bytes
    images: list[QImage] = field(default_factory=list)
    pages: int = 0


def preview(content: bytes) -> Preview:
    """Decode ``content`` for showing (on the worker). A file that is neither a picture Qt
    reads nor a PDF PDFium opens gets no images: it is still there to be saved."""
    if content.startswith(_PDF):
        return _pdf_preview(content)
    image = QImage.fromData(content)
    if image.isNull():
        return Preview(content)
    if image.width() > SHOWN_WIDTH:
        image = image.scaledToWidth(SHOWN_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return Preview(content, [image])


def _pdf_preview(content: bytes) -> Preview:
    # PDFium is not thread-safe: the export's leak check may be reading on its own thread.
    with PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(content)
        except pypdfium2.PdfiumError:
            return Preview(content)
        try:
            count = len(document)
            images = [_render(document[i]) for i in range(min(count, MAX_PAGES))]
        except pypdfium2.PdfiumError:  # a damaged page: no preview, still there to save
            return Preview(content)
        finally:
            document.close()
    return Preview(content, images, count)


def _render(page: pypdfium2.PdfPage) -> QImage:
    """One page as a picture SHOWN_WIDTH wide (copied out: PDFium's buffer goes)."""
    width, height = page.get_size()
    # At most 4 times the page's own size, and never taller than 20 widths: a page a
    # point wide (a hostile or broken file) must not become a gigabyte bitmap.
    scale = min(SHOWN_WIDTH / max(width, 1.0), 4.0, 20 * SHOWN_WIDTH / max(height, 1.0))
    bitmap = page.render(scale=scale, rev_byteorder=True)
    try:
        rgb = bitmap.n_channels == 3
        shape = QImage.Format.Format_RGB888 if rgb else QImage.Format.Format_RGBA8888
        pixels = bytes(bitmap.buffer)
        return QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, shape).copy()
    finally:
        bitmap.close()
        page.close()


class EvidenceViewer(QDialog):
    """One evidence item's file, read when the dialog opens; window-modal over its editor."""

    def __init__(self, ops: Operations, evidence: Evidence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            self.addActions(parent.window().actions())  # Ctrl+L locks from here too
        self.ops = ops
        self.evidence = evidence
        self.shown: Preview | None = None
        self._busy = False
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Evidence file"))
        self.resize(SHOWN_WIDTH + 60, 700)
        self.status = QLabel(self.tr("Reading and checking the file…"))
        self.status.setWordWrap(True)
        self.pictures = QWidget()
        self._pictures = QVBoxLayout(self.pictures)
        scroll = QScrollArea()
        scroll.setWidget(self.pictures)
        scroll.setWidgetResizable(True)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.finished.connect(self._let_go)
        self._read()

    @property
    def busy(self) -> bool:
        """Reading or saving is under way."""
        return self._busy

    def _read(self) -> None:
        evidence_id = self.evidence.id
        assert evidence_id is not None  # only stored items are viewed

        def reading(book: CaseBook) -> Preview:
            return preview(book.evidence_content(evidence_id))

        self._busy = True
        self.ops.run(reading, self._show, on_failed=self._not_read, owner=self)

    def _show(self, shown: Preview) -> None:
        self._busy = False
        self.shown = shown
        self.save_button.setEnabled(True)
        for image in shown.images:
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image))
            picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._pictures.addWidget(picture)
        self._pictures.addStretch(1)
        self.status.setText(self._describe(shown))

    def _describe(self, shown: Preview) -> str:
        if not shown.images:
            return self.tr("No preview is available for this kind of file. Save a copy to open it.")
        if shown.pages > len(shown.images):
            return (
                self.tr("Showing the first %1 of %2 pages. Save a copy to see them all.")
                .replace("%1", str(len(shown.images)))
                .replace("%2", str(shown.pages))
            )
        return self.tr("The file matches the SHA-256 taken when it was added.")

    def _not_read(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, VaultDamaged) and exc.part == "evidence store":
            # The messages' general sentence speaks of the whole vault; here the user
            # must learn that this one file is not the one that was taken in.
            self.status.setText(
                self.tr(
                    "This file is damaged or is not the file taken in for this record: it "
                    "does not match its SHA-256, so it is not shown. Check the vault with "
                    "“logbook verify”, or restore the file from a backup."
                )
            )
        else:
            self.status.setText(self.tr("The file could not be shown."))
        self.ops.show_error(exc, self, self.tr("Evidence file not shown"))

    def save_copy(self) -> None:
        """Ask where, then write the checked content there (on the worker)."""
        shown = self.shown
        if shown is None:
            return
        chosen = dialogs.save_file(
            self, self.tr("Save a copy of the evidence file"), Path(self.evidence.filename).name, ""
        )
        if not chosen:
            return
        target = Path(chosen)

        def writing(_: CaseBook) -> Path:
            check_output_path(target, "the copy")
            write_atomic(target, shown.content, "the copy")
            return target

        self._busy = True
        self.save_button.setEnabled(False)
        self.ops.run(writing, self._saved, on_failed=self._not_saved, owner=self)

    def _saved(self, _: Path) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        dialogs.info(
            self,
            self.tr("Copy saved"),
            self.tr("The copy is NOT encrypted: keep it safe, or delete it when done."),
        )

    def _not_saved(self, exc: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.ops.show_error(exc, self, self.tr("Copy not saved"))

    def _let_go(self, _result: int = 0) -> None:
        """Closed: the content and its pictures go (the dialog itself is deleted later)."""
        self.shown = None
        for picture in self.pictures.findChildren(QLabel):
            picture.clear()
