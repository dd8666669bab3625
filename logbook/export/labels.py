"""The document's wording by what it names: headings, markings, vocabulary values.

The words themselves are in the message catalogues (:mod:`logbook.export.wording`, one
per language: English, French, Spanish); the user's text stays as entered. The dicts
here are the English catalogue's, by their old names, for code that names them (the
redaction's ``[name withheld]``, tests); ``PROFILE_MARKINGS`` and ``BANNERS`` also take
the wording of a profile added without catalogue entries (English only).
"""

from __future__ import annotations

from logbook.core.vocabularies import CONSISTENCY_LEVELS, MANDATES
from logbook.export.wording import PLACEHOLDER_CATEGORIES, Wording, catalogue

_EN = catalogue("en")


def _english(prefix: str, keys: tuple[str, ...] | None = None) -> dict[str, str]:
    if keys is not None:
        return {key: _EN.text(f"{prefix}.{key}") for key in keys}
    return {
        key.removeprefix(f"{prefix}."): value
        for key, value in _EN.messages.items()
        if key.startswith(f"{prefix}.")
    }


MANDATE_NAMES = _english("mandate", MANDATES)
COMMUNICATION_TYPES = _english("communication_type")
COUNTRIES = _english("country")
CONSISTENCY = _english("consistency", CONSISTENCY_LEVELS)
HEADINGS = _english("heading")
PLACEHOLDERS = _english("placeholder", PLACEHOLDER_CATEGORIES)
INJURY_WITHHELD = _EN.text("injury.withheld")

# Each profile's wording, by the keys its Profile names (``marking``, ``banner``): a new
# profile adds its lines to the catalogues (``marking.<key>``, ``banner.<key>``), or here
# in English only (logbook/core/profiles.py).
PROFILE_MARKINGS = {
    "ohchr": _EN.text("marking.ohchr"),
    "public": _EN.text("marking.public"),
}
BANNERS = {
    "ohchr": _EN.text("banner.ohchr"),
    "public": _EN.text("banner.public"),
}


def marking(wording: Wording, key: str) -> str:
    """A profile's marking (top of every page) in ``wording``'s language."""
    return wording.get(f"marking.{key}") or PROFILE_MARKINGS[key]


def banner(wording: Wording, key: str) -> str:
    """A profile's cover banner in ``wording``'s language."""
    return wording.get(f"banner.{key}") or BANNERS[key]


def country(code: str | None, wording: Wording = _EN) -> str:
    return wording.country(code)


def vocabulary(value: str | None, kind: str = "", wording: Wording = _EN) -> str:
    """A controlled-vocabulary value as words: ``arbitrary_arrest`` → ``Arbitrary arrest``."""
    return wording.vocabulary(kind, value)
