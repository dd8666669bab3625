"""A preview of the exported PDF, read from memory (QtPdf): no temporary file is written.

The bytes live in a QBuffer owned by this widget, which QPdfDocument reads from for as
long as the document is shown; both go when the widget does (locking deletes the dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.placeholder = QLabel(self.tr("The preview appears once the document is verified."))
        self.placeholder.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.view)
        self._buffer: QBuffer | None = None

    def show_pdf(self, data: bytes) -> None:
        """Show ``data`` (a verified PDF) in place of whatever was shown."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self._stack.setCurrentWidget(self.view)

    def clear(self) -> None:
        """Show nothing, and let go of the bytes."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._stack.setCurrentWidget(self.placeholder)

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_text(self, page: int) -> str:
        """The text QtPdf reads on ``page`` (what the user sees; for tests)."""
        return self.document.getAllText(page).text()
