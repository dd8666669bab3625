"""A new passphrase typed twice, with a live strength meter (zxcvbn, as the vault checks)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from logbook.ui.signals import emit
from logbook.vault.passphrase_policy import MIN_SCORE, estimate


def secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewPassphraseFields(QWidget):
    """Emits :attr:`changed` with whether the passphrase is strong enough and confirmed."""

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = secret_field()
        self.confirmation = secret_field()
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.verdict = QLabel()
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet("color: #b00020;")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("New &passphrase"), self.passphrase),
            (self.tr("&Repeat it"), self.confirmation),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            layout.addRow(caption, widget)
        layout.addRow(self.tr("Strength"), self.meter)
        layout.addRow("", self.verdict)
        layout.addRow("", self.mismatch)
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self._update()

    def _verdicts(self) -> list[str]:
        return [
            self.tr("very weak"),
            self.tr("weak"),
            self.tr("fair: add another unusual word"),
            self.tr("strong"),
            self.tr("very strong"),
        ]

    def _update(self) -> None:
        strength = estimate(self.passphrase.text())
        self.meter.setValue(strength.score)
        self.verdict.setText(self._verdicts()[strength.score])
        matches = self.passphrase.text() == self.confirmation.text()
        self.mismatch.setText(
            "" if matches or not self.confirmation.text() else self.tr("The two do not match.")
        )
        emit(self.changed, self.acceptable())

    def acceptable(self) -> bool:
        text = self.passphrase.text()
        return estimate(text).score >= MIN_SCORE and text == self.confirmation.text()

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
