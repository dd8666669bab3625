"""Entering a date as precisely as it is known: exact day, month, year or unknown; "about";
an optional time (exact days only) and an optional end."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from logbook.core.fuzzy_date import FuzzyDate
from logbook.core.vocabularies import DATE_PRECISIONS
from logbook.ui.editors.fields import ChoiceField, LineField


class FuzzyDateField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precision = ChoiceField(DATE_PRECISIONS)
        self.value_field = LineField()
        self.time = LineField()
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setMaxLength(5)
        self.approximate = QCheckBox(self.tr("a&bout (approximate)"))
        self.end = LineField()
        self.end.setPlaceholderText(self.tr("end, if it lasted (YYYY-MM-DD)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        labels = (
            (self.tr("Preci&sion"), self.precision),
            (self.tr("&Date"), self.value_field),
            (self.tr("Ti&me"), self.time),
            (self.tr("&End"), self.end),
        )
        for column, (text, widget) in enumerate(labels):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.approximate, 1, len(labels))
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.setFocusProxy(self.precision)
        self._precision_changed()

    def _placeholders(self) -> dict[str, str]:
        return {
            "day": self.tr("YYYY-MM-DD"),
            "month": self.tr("YYYY-MM"),
            "year": self.tr("YYYY"),
            "unknown": "",
        }

    def _precision_changed(self) -> None:
        precision = self.precision.value() or "unknown"
        self.value_field.setPlaceholderText(self._placeholders()[precision])
        self.value_field.setEnabled(precision != "unknown")
        self.time.setEnabled(precision == "day")

    def value(self) -> FuzzyDate:
        precision = self.precision.value() or "unknown"
        known = precision != "unknown"
        return FuzzyDate(
            value=self.value_field.value() if known else None,
            precision=precision,
            time=self.time.value() if precision == "day" else None,
            approximate=self.approximate.isChecked(),
            end=self.end.value(),
        )

    def set_value(self, date: FuzzyDate) -> None:
        self.precision.set_value(date.precision)
        self.value_field.set_value(date.value)
        self.time.set_value(date.time)
        self.approximate.setChecked(date.approximate)
        self.end.set_value(date.end)
        self._precision_changed()
