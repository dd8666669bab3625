"""A labelled form whose rows know their model field, so validation messages appear at the
field they concern (DESIGN: "validation messages at the field")."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)
_ERROR_STYLE = "color: #b00020;"


class Form(QWidget):
    """Rows of label → widget, each with a hidden message line under the widget.

    Field paths are the core's (``date/time``, ``consent/obtained_on``); a problem goes to
    the row whose field is the longest prefix of its path. A row may hold more inputs side
    by side, each under its own path (:meth:`pair`: a field's translations).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._captions: dict[str, QLabel] = {}
        self._lines: dict[str, QHBoxLayout] = {}

    def add(self, field: str, text: str, widget: W) -> W:
        """Add a row; ``text`` is the translated label, bound to the widget (Alt+letter)."""
        caption = QLabel(text)
        caption.setBuddy(widget)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        column.addLayout(line)
        message = QLabel()
        message.setStyleSheet(_ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        self._layout.addRow(caption, cell)
        self._errors[field] = message
        self._widgets[field] = widget
        self._captions[field] = caption
        self._lines[field] = line
        return widget

    def pair(self, field: str, path: str, widget: W) -> W:
        """Put ``widget`` beside the input of the row ``field``, under its own ``path``
        (problems at ``path`` show in the row's message line)."""
        self._lines[field].addWidget(widget, 1)
        self._errors[path] = self._errors[field]
        self._widgets[path] = widget
        return widget

    def caption_of(self, field: str) -> QLabel:
        """The label of the row ``field`` (its Alt+letter goes to its buddy)."""
        return self._captions[field]

    def has_field(self, field: str) -> bool:
        """Whether a row (or a paired input) is registered under exactly ``field``."""
        return field in self._widgets

    def first_field(self) -> QWidget | None:
        """The widget of the first row, where typing starts."""
        return next(iter(self._widgets.values()), None)

    def add_widget(self, widget: QWidget) -> None:
        """A full-width row with no field of its own (a note, a group box)."""
        self._layout.addRow(widget)

    def owner_of(self, path: str) -> str | None:
        matches = [f for f in self._errors if path == f or path.startswith(f + "/")]
        return max(matches, key=len) if matches else None

    def widget_of(self, path: str) -> QWidget | None:
        """The input of the row owning ``path`` (``None`` if no row here owns it)."""
        field = self.owner_of(path)
        return self._widgets[field] if field is not None else None

    def show_problem(self, path: str, text: str) -> QWidget | None:
        """Show ``text`` at the field owning ``path``; its widget, or ``None`` if no row
        here owns it."""
        field = self.owner_of(path)
        if field is None:
            return None
        message = self._errors[field]
        message.setText("\n".join(filter(None, [message.text(), text])))
        message.show()
        return self._widgets[field]

    def clear_problems(self) -> None:
        for message in self._errors.values():
            message.clear()
            message.hide()

    def message_of(self, field: str) -> str:
        """The message shown at ``field`` ("" when none): what a test reads."""
        message = self._errors[field]
        return message.text() if not message.isHidden() else ""
