"""The document's own wording, one message catalogue per language (DESIGN.md §6: the
document is produced in English, French or Spanish).

Each language is a module here (``en.py``, ``fr.py``, ``es.py``) holding ``MESSAGES``, a
dict from a key (``"heading.incidents"``) to a ``str.format`` template
(``"Incident {number}: {title}"``). English is the source; the others translate every
key (tests/export/test_wording.py fails on a missing or extra entry, or a field that
differs). Only the document's own words are here: the user's text stays as entered.

    wording = catalogue("fr")
    wording.text("incident.heading", number=1, title="…")  # "Incident 1 : …"

Pseudonyms are stored in the vault in English ("Witness 1"); :meth:`Wording.pseudonym`
shows one written exactly as Logbook writes them in the document's language ("Témoin 1")
and any other as stored.
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Mapping
from functools import cached_property

from logbook.core.fuzzy_date import FuzzyDate, precision_of
from logbook.core.pseudonyms import LABELS, automatic_parts
from logbook.core.translations import LANGUAGES

# Each language by its own name (the Export dialog's picker shows these).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
DEFAULT_LANGUAGE = "en"

PLACEHOLDER_CATEGORIES = (
    "withheld_name",
    "user_marked",
    "contact",
    "private_note",
    "medical",
    "place",
    "source",
)


class Wording:
    """One language's catalogue and what the document builds from it."""

    def __init__(self, language: str, messages: Mapping[str, str]) -> None:
        self.language = language
        self.messages = messages

    def text(self, key: str, **fields: object) -> str:
        """The message ``key`` with its ``{fields}`` filled in. KeyError for a key the
        catalogue does not have."""
        try:
            template = self.messages[key]
        except KeyError:
            raise KeyError(f"no message {key!r} in the {self.language!r} catalogue") from None
        return template.format_map(fields)

    def get(self, key: str) -> str | None:
        """The message ``key`` as written (no fields filled in), or ``None``."""
        return self.messages.get(key)

    def yes_no(self, flag: bool) -> str:
        return self.text("value.yes" if flag else "value.no")

    def vocabulary(self, kind: str, value: str | None) -> str:
        """A controlled-vocabulary value (``kind`` ``violation``, ``injury_type`` …) as
        words; one the catalogue does not know is shown readably as recorded."""
        if not value:
            return self.text("value.not_stated")
        known = self.get(f"{kind}.{value}")
        return known if known is not None else value.replace("_", " ").capitalize()

    def country(self, code: str | None) -> str:
        if not code:
            return self.text("value.not_stated")
        known = self.get(f"country.{code.upper()}")
        return known if known is not None else code

    # Placeholders and pseudonyms ----------------------------------------------------

    @cached_property
    def placeholders(self) -> dict[str, str]:
        """What replaces withheld text, by category (``withheld_name`` → "[name withheld]")."""
        return {c: self.text(f"placeholder.{c}") for c in PLACEHOLDER_CATEGORIES}

    @cached_property
    def role_labels(self) -> dict[str, str]:
        """The words of the automatic pseudonyms, by role (``witness`` → "Witness")."""
        return {role: self.text(f"pseudonym.{role}") for role in LABELS}

    def pseudonym(self, stored: str) -> str:
        """A stored pseudonym as this document shows it: an automatic one ("Witness 1",
        stored in English) in this language ("Témoin 1"), any other as stored."""
        parts = automatic_parts(stored)
        if parts is None:
            return stored
        role, suffix = parts
        return self.text("pseudonym.label", role=self.role_labels[role], suffix=suffix)

    @cached_property
    def _automatic(self) -> re.Pattern[str]:
        roles = "|".join(re.escape(w) for w in sorted(self.role_labels.values()))
        pattern = re.escape(self.messages["pseudonym.label"])
        for field, value in (("role", f"(?:{roles})"), ("suffix", "[A-Z0-9]+")):
            pattern = pattern.replace(re.escape("{" + field + "}"), value)
        return re.compile(pattern)

    def is_automatic(self, label: str) -> bool:
        """Whether ``label`` is an automatic pseudonym as this language writes it."""
        return self._automatic.fullmatch(label) is not None

    # Dates, as precise as what is known and no more --------------------------------

    def date(self, value: str | None) -> str:
        """An ISO date of any precision (``2025-11-22``, ``2025-11``, ``2025``) in words."""
        if not value:
            return self.text("date.unknown")
        precision = precision_of(value)
        if precision is None:
            return value  # not a date the vault would accept; show it as recorded
        parts = value.split("-")
        if precision == "year":
            return parts[0]
        month = self.text(f"month.{int(parts[1])}")
        if precision == "month":
            return self.text("date.month", month=month, year=parts[0])
        day = int(parts[2])
        shown = self.text("date.first_day") if day == 1 else str(day)
        return self.text("date.day", day=shown, month=month, year=parts[0])

    def fuzzy_date(self, d: FuzzyDate) -> str:
        """A fuzzy date in words: "about" belongs to its most precise part (the time if
        there is one), an end date follows."""
        if d.value is None or d.precision == "unknown":
            return self.text("date.unknown")
        text = self.date(d.value)
        if d.time:
            key = "date.with_about_time" if d.approximate else "date.with_time"
            text = self.text(key, date=text, time=d.time)
        elif d.approximate:
            text = self.text("date.about", date=text)
        if d.end:
            text = self.text("date.range", start=text, end=self.date(d.end))
        return text


class Catalogues:
    """The message catalogues of one package, a module per language holding ``MESSAGES``
    (English the source): the document's wording here, the redaction report's in
    :mod:`logbook.export.report_text`. ``what`` names the languages in errors."""

    def __init__(self, package: str, languages: tuple[str, ...], what: str) -> None:
        self.package, self.languages, self.what = package, languages, what
        self._loaded: dict[str, Wording] = {}

    def messages(self, language: str) -> dict[str, str]:
        """The ``MESSAGES`` of ``language``'s module (ValueError for an unknown language)."""
        if language not in self.languages:
            raise ValueError(
                f"unknown {self.what} {language!r}; use one of {', '.join(self.languages)}"
            )
        module = importlib.import_module(f"{self.package}.{language}")
        found: dict[str, str] = module.MESSAGES
        return found

    def catalogue(self, language: str = DEFAULT_LANGUAGE) -> Wording:
        """The catalogue of ``language`` (ValueError naming the known ones for another),
        loaded once."""
        if language not in self._loaded:
            self._loaded[language] = Wording(language, self.messages(language))
        return self._loaded[language]

    def problems(self, language: str) -> list[str]:
        """What keeps ``language``'s catalogue from matching English, key for key: keys
        it lacks or has in addition, and messages whose ``{fields}`` differ (empty when
        none)."""
        source, translated = self.messages(DEFAULT_LANGUAGE), self.messages(language)
        found = [f"{language}: missing {key!r}" for key in source if key not in translated]
        found += [f"{language}: not in English {key!r}" for key in translated if key not in source]
        found += [
            f"{language}: fields of {key!r} differ"
            for key in source
            if key in translated and _fields(source[key]) != _fields(translated[key])
        ]
        return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


_DOCUMENT = Catalogues(__name__, LANGUAGES, "document language")
messages = _DOCUMENT.messages
catalogue = _DOCUMENT.catalogue
problems = _DOCUMENT.problems


__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "Catalogues",
    "Wording",
    "catalogue",
    "problems",
]
