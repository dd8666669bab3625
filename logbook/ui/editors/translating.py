"""Translating a record's free text into the UN's working languages, beside the original.

An editor shows a "Translate into" picker. Once a language is chosen, every translatable
field (:func:`logbook.core.record_kinds.translatable`) shows its translation beside it, of
the same kind of input, and the original turns read-only. Each language has its own inputs,
registered in the form under ``translations/<language>/<field>`` (a case's source:
``source/translations/…``; a field inside a nested value, ``location.place``, under
``translations/<language>/location/place``), the paths of the export's findings, so what
is typed in one language stays while another is shown, until the editor saves or closes.

Editors declare nothing but the nested parts that hold translations of their own (the
case's source); the fields come from the record kinds, the inputs from the editor's forms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logbook.core.record_kinds import translatable
from logbook.core.translations import LANGUAGES
from logbook.ui.editors.fields import LineField, TextField
from logbook.ui.editors.form import Form
from logbook.ui.signals import emit

Translations = dict[str, dict[str, str]]
TextInput = LineField | TextField


def language_names() -> dict[str, str]:
    """The languages of :data:`LANGUAGES` by their names in the user's language."""
    names = {
        "en": QCoreApplication.translate("Translating", "English"),
        "fr": QCoreApplication.translate("Translating", "French"),
        "es": QCoreApplication.translate("Translating", "Spanish"),
    }
    return {language: names[language] for language in LANGUAGES}


class LanguagePicker(QWidget):
    """ "Translate into:" a language, or none (the originals, editable)."""

    chosen = Signal(object)  # the language code, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        caption = QLabel(QCoreApplication.translate("Translating", "Translate &into:"))
        self.box = QComboBox()
        caption.setBuddy(self.box)
        self.box.addItem(QCoreApplication.translate("Translating", "None (edit the originals)"))
        for language, name in language_names().items():
            self.box.addItem(name, language)
        self.note = QLabel(
            QCoreApplication.translate(
                "Translating",
                "The originals are read-only while you translate; choose None to edit them.",
            )
        )
        self.note.setWordWrap(True)
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.box)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)
        self.box.currentIndexChanged.connect(lambda _: emit(self.chosen, self.language()))

    def language(self) -> str | None:
        chosen: str | None = self.box.currentData()
        return chosen

    def set_language(self, language: str | None) -> None:
        self.box.setCurrentIndex(max(self.box.findData(language), 0))


@dataclass
class _Field:
    """One translatable input and its translations, one input per language."""

    form: Form
    part: str  # "" for the record's own fields, else the attribute holding the part
    name: str  # the model field, its key in ``translations`` (``location.place``)
    original: TextInput
    inputs: dict[str, TextInput]

    @property
    def path(self) -> str:
        return _join(self.part, _path(self.name))


class Translating:
    """The translation inputs of an editor's forms, and what they hold.

    ``parts``: where translations live, by the attribute of the record holding them
    (``""``: the record itself) → that part's class."""

    def __init__(self, forms: Sequence[Form], parts: Mapping[str, type]) -> None:
        self.fields: list[_Field] = []
        self.picker: LanguagePicker | None = None
        names = language_names()
        for part, cls in parts.items():
            for name in translatable(cls):
                at = _join(part, _path(name))
                form = next((f for f in forms if f.has_field(at)), None)
                original = form.widget_of(at) if form is not None else None
                if form is None or not isinstance(original, LineField | TextField):
                    continue  # the editor does not show this field
                inputs: dict[str, TextInput] = {}
                previous: QWidget = original
                for language in LANGUAGES:
                    path = _join(part, f"translations/{language}/{_path(name)}")
                    widget = form.pair(at, path, type(original)())
                    widget.setPlaceholderText(names[language])
                    caption = form.caption_of(at).text().replace("&", "")
                    widget.setAccessibleName(f"{caption} ({names[language]})")
                    widget.hide()
                    QWidget.setTabOrder(previous, widget)  # right after the original
                    previous = inputs[language] = widget
                self.fields.append(_Field(form, part, name, original, inputs))

    def __bool__(self) -> bool:
        return bool(self.fields)

    def make_picker(self) -> LanguagePicker:
        """The language picker driving these inputs (made once)."""
        self.picker = LanguagePicker()
        self.picker.chosen.connect(self.show_language)
        return self.picker

    def language(self) -> str | None:
        return self.picker.language() if self.picker is not None else None

    def show_language(self, language: str | None) -> None:
        """Show the ``language`` inputs beside the originals, which turn read-only
        (``None``: the originals only, editable). Alt+letter goes to the input typed in."""
        if self.picker is not None and self.picker.language() != language:
            self.picker.set_language(language)  # comes back here through ``chosen``
            return
        for field in self.fields:
            for code, widget in field.inputs.items():
                widget.setVisible(code == language)
            _set_read_only(field.original, language is not None)
            buddy = field.inputs[language] if language is not None else field.original
            field.form.caption_of(field.path).setBuddy(buddy)
        if self.picker is not None:
            self.picker.note.setVisible(language is not None)

    def reveal(self, widget: QWidget) -> None:
        """Show the language of ``widget`` if it is a translation input."""
        for field in self.fields:
            for language, translation in field.inputs.items():
                if translation is widget:
                    self.show_language(language)
                    return

    def load(self, record: Any) -> None:
        """Show the translations ``record`` holds (what was typed is replaced)."""
        for field in self.fields:
            held = _translations(record, field.part)
            for language, widget in field.inputs.items():
                widget.set_value(held.get(language, {}).get(field.name))

    def state(self) -> tuple[str | None, ...]:
        """What the inputs hold, for the unsaved-changes check."""
        return tuple(
            widget.value() or None for field in self.fields for widget in field.inputs.values()
        )

    def put(self, record: Any, stored: Any) -> Any:
        """``record`` (collected from the other inputs) with the translations typed here:
        non-blank ones set, blank ones removed; entries these inputs do not show are kept
        as ``stored`` (the record as loaded) has them."""
        for part in dict.fromkeys(field.part for field in self.fields):
            holder = record if not part else getattr(record, part)
            if holder is None:
                continue  # the part was emptied (a case without a source)
            merged = {lang: dict(texts) for lang, texts in _translations(stored, part).items()}
            for field in (f for f in self.fields if f.part == part):
                for language, widget in field.inputs.items():
                    text = widget.value()
                    if text:
                        merged.setdefault(language, {})[field.name] = text
                    else:
                        merged.get(language, {}).pop(field.name, None)
            holder = replace(holder, translations={k: v for k, v in merged.items() if v})
            record = holder if not part else replace(record, **{part: holder})
        return record


def _set_read_only(widget: TextInput, read_only: bool) -> None:
    """Read-only, and seen to be: the background of the window instead of a field's."""
    widget.setReadOnly(read_only)
    palette = QPalette()  # empty: what the widget inherits
    if read_only:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    widget.setPalette(palette)


def _join(part: str, path: str) -> str:
    return f"{part}/{path}" if part else path


def _path(name: str) -> str:
    """A form's path for a model field (``location.place`` → ``location/place``)."""
    return name.replace(".", "/")


def _translations(record: Any, part: str) -> Translations:
    holder = getattr(record, part, None) if part else record
    found: Translations = getattr(holder, "translations", None) or {}
    return found
