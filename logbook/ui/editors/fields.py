"""Small input widgets that read and write the model's optional values directly."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QWidget,
)

from logbook.ui.editors.redact_action import add_redact_action, show_menu_with
from logbook.ui.labels import label
from logbook.ui.marked_text import MarkedHighlighter


def optional(text: str) -> str | None:
    """Empty or blank input means "not recorded"."""
    text = text.strip()
    return text or None


class LineField(QLineEdit):
    """One line of text; "Redact in exports" marks the selection (Ctrl+R, context menu)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.redact_action = add_redact_action(self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_menu_with(self, self.redact_action, event)

    def value(self) -> str | None:
        return optional(self.text())

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class TextField(QPlainTextEdit):
    """Multi-line text; Tab moves focus on (keyboard use), it is never typed. "Redact in
    exports" marks the selection (Ctrl+R, context menu)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.redact_action = add_redact_action(self)
        self.highlighter = MarkedHighlighter(self.document())  # marked passages stand out

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        show_menu_with(self, self.redact_action, event)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class ChoiceField(QComboBox):
    """One value of a closed vocabulary, shown by its translated label."""

    def __init__(
        self, values: Sequence[str], *, allow_none: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if allow_none:
            self.addItem("—", None)
        for value in values:
            self.addItem(label(value), value)

    def value(self) -> str | None:
        chosen: str | None = self.currentData()
        return chosen

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class ReferenceField(QComboBox):
    """A record of the same case (a person), by vault id."""

    def set_choices(self, choices: Sequence[tuple[int | None, str]]) -> None:
        self.clear()
        for record_id, text in choices:
            self.addItem(text, record_id)

    def value(self) -> int | None:
        chosen: int | None = self.currentData()
        return chosen

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


class CheckListField(QListWidget):
    """Several values of a closed vocabulary, ticked in a list (Space toggles)."""

    def __init__(self, values: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in values:
            item = QListWidgetItem(label(value), self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def sizeHint(self) -> QSize:
        """Wide enough for the longest value (a mandate's name) and its check box, so a
        dialog laid out around the list never cuts one off."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.needed_width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.needed_width()), hint.height())

    def needed_width(self) -> int:
        """The width that shows every value whole: text, check box, frame, scroll bar."""
        metrics, style = self.fontMetrics(), self.style()
        widest = max((metrics.horizontalAdvance(i.text()) for i in self._items()), default=0)
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return widest + indicator + scroll_bar + 2 * self.frameWidth() + 16

    def value(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, values: Sequence[str]) -> None:
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class OptionalNumberField(QSpinBox):
    """A whole number or nothing: the lowest position of the spin box shows "—"."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self._low = low

    def value_or_none(self) -> int | None:
        value = self.value()
        return None if value < self._low else value

    def set_value(self, value: int | None) -> None:
        self.setValue(self._low - 1 if value is None else value)


class RecordChecksField(QListWidget):
    """Records of the same case ticked in a list (evidence of an incident, persons an
    evidence file shows), by vault id."""

    def set_choices(self, choices: Sequence[tuple[int | None, str]]) -> None:
        self.clear()
        for record_id, text in choices:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMaximumHeight(24 * max(2, min(self.count(), 5)) + 8)

    def value(self) -> list[int]:
        items = (self.item(i) for i in range(self.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, ids: Sequence[int]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
