"""Pickers for values stored as codes: a country (ISO 3166 "KZ") and a language ("kk").

The user reads and searches names in the UI language ("Қазақстан"; typing "қаз" or "стан"
offers it: the completer matches anywhere in a name, whatever the case); the record keeps
the code. A code typed as it is ("kz") is understood too, and a value the list does not
know (one written before the picker existed) is shown and kept as it is, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from logbook.ui.countries import country_names, language_names


class CodeField(QComboBox):
    """An editable list of names, searchable by any part of a name; ``value()`` is the
    chosen name's code, ``None`` when empty (the first, empty choice)."""

    def __init__(
        self, names: Mapping[str, str], *, upper: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._upper = upper
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)  # not recorded
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for code, name in sorted(names.items(), key=lambda item: collator.sortKey(item[1])):
            self.addItem(name, code)
        self._by_name = {name.casefold(): code for code, name in names.items()}
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def _code(self, text: str) -> str:
        return text.upper() if self._upper else text.lower()

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        if (code := self._by_name.get(text.casefold())) is not None:
            return code
        if self.findData(self._code(text)) > 0:  # a code typed as it is: "kz"
            return self._code(text)
        return text  # not in the list: kept as typed

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a value from before the picker, or one the list lacks
            self.setCurrentIndex(0)
            self.setEditText(value or "")


class CountryField(CodeField):
    """A country, stored as its ISO 3166-1 alpha-2 code ("KZ")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(country_names(), upper=True, parent=parent)


class LanguageField(CodeField):
    """A language, stored as its ISO 639-1 code ("kk")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(language_names(), upper=False, parent=parent)
