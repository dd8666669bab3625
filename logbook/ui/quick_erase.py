"""Quick erase: a full-window countdown with a large Cancel button, then crypto-erase.

The overlay only counts; the controller erases on :attr:`confirmed`. Ticks come from a
one-second timer; tests call :meth:`tick` instead of waiting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from logbook.ui.signals import emit

SECONDS = 5


class QuickEraseOverlay(QWidget):
    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # A window of its own, modal for the whole app: a child widget would sit under an
        # editor open over the main window, its Cancel button blocked by that editor.
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background-color: #7a0010; color: white;")
        self.remaining = SECONDS
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSize(28)
        big.setBold(True)
        self.message.setFont(big)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setFont(big)
        self.cancel_button.setMinimumSize(320, 120)
        self.cancel_button.setStyleSheet("background-color: white; color: black;")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._show_remaining()

    def start(self) -> None:
        parent = self.parentWidget()
        assert parent is not None  # made over the main window
        self.setGeometry(parent.geometry())  # over the main window, in screen coordinates
        self.show()
        self.raise_()
        self.activateWindow()
        self.cancel_button.setFocus()
        self._timer.start()

    def _show_remaining(self) -> None:
        self.message.setText(
            self.tr(
                "Erasing the vault in %n second(s).\nEverything in it will be unreadable.",
                "",
                self.remaining,
            )
        )

    def tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self._show_remaining()
            return
        self._timer.stop()
        emit(self.confirmed)

    def cancel(self) -> None:
        self._timer.stop()
        self.hide()
        emit(self.cancelled)
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
