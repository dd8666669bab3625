"""Names of countries and languages in the UI language, by ISO code, from the Unicode
CLDR through Babel.

Qt names every territory in English (``QLocale.territoryToString``) but in another
language only where that language has a locale for the territory (``ru_KZ`` →
"Казахстан", never "Германия"); CLDR has every country and language named in English,
Russian and Kazakh ("Чили", "Германия", "Қытай"), maintained by the Unicode Consortium:
Babel (a well-kept library that ships it) replaces a hand-written table of a few dozen.
"""

from __future__ import annotations

from functools import cache

from babel import Locale
from PySide6.QtCore import QLocale

UI_LANGUAGES = ("en", "ru", "kk")

# The languages a statement is usually given in, offered in this order (stored as codes).
LANGUAGES = (
    "ru", "kk", "en", "ky", "uz", "tg", "tk", "ug", "uk", "be", "az", "hy", "ka", "mn",
    "zh", "fa", "tr", "ar", "de", "fr", "es",
)  # fmt: skip

# CLDR's two-letter "territories" that are not countries a person or case belongs to.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})


def ui_language() -> str:
    """The UI language (:meth:`logbook.ui.i18n.Translations.use` sets Qt's default
    locale to it)."""
    language = QLocale().name().split("_")[0]
    return language if language in UI_LANGUAGES else "en"


def country_names(language: str | None = None) -> dict[str, str]:
    """ISO 3166 code → the country's name in ``language`` (the UI language by default)."""
    return dict(_countries(language or ui_language()))


def language_names(language: str | None = None) -> dict[str, str]:
    """Language code (of :data:`LANGUAGES`) → its name in ``language`` (the UI language
    by default)."""
    return dict(_languages(language or ui_language()))


@cache
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    territories = Locale.parse(language).territories
    return tuple(
        (code, name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


@cache
def _languages(language: str) -> tuple[tuple[str, str], ...]:
    names = Locale.parse(language).languages
    return tuple((code, names.get(code, code)) for code in LANGUAGES)
