"""The redaction report's words, one message catalogue per UI language (English, Russian,
Kazakh: the languages of the app, not the document's).

Each language is a module here (``en.py``, ``ru.py``, ``kk.py``) holding ``MESSAGES``, a
dict from a key (``"report.title"``) to a ``str.format`` template. English is the source
and is built from the English texts the rest of the export names (``RULES`` and
``CATEGORIES`` in :mod:`logbook.export.rules`, the detector's finding labels, the
communication types), so it reads as it always has; the others translate every key
(tests/export/test_report_language.py fails on a missing or extra entry, or a field that
differs). Plain Python, no Qt: the CLI and the app use it alike.

    words = catalogue("ru")
    words.text("report.verification", state=words.text("verification.passed"))

The catalogue objects are :class:`logbook.export.wording.Wording` (the same
``text(key, **fields)`` / ``get(key)`` API as the document's own wording).
"""

from __future__ import annotations

import importlib
import os
import string
from collections.abc import Mapping
from functools import cache

from logbook.export.wording import Wording

LANGUAGES = ("en", "ru", "kk")
DEFAULT_LANGUAGE = "en"
# Where gettext looks for the language of messages, in this order (LANGUAGE may list
# several, separated by colons: its first entry counts).
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def messages(language: str) -> dict[str, str]:
    """The ``MESSAGES`` of ``language``'s module (ValueError for an unknown language)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown report language {language!r}; use one of {', '.join(LANGUAGES)}")
    module = importlib.import_module(f"{__name__}.{language}")
    found: dict[str, str] = module.MESSAGES
    return found


@cache
def catalogue(language: str = DEFAULT_LANGUAGE) -> Wording:
    """The report's words in ``language`` (one of :data:`LANGUAGES`; ValueError for
    another)."""
    return Wording(language, messages(language))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def problems(language: str) -> list[str]:
    """What keeps ``language``'s catalogue from matching English, key for key: keys it
    lacks or has in addition, and messages whose ``{fields}`` differ (empty when none)."""
    source, translated = messages(DEFAULT_LANGUAGE), messages(language)
    found = [f"{language}: missing {key!r}" for key in source if key not in translated]
    found += [f"{language}: not in English {key!r}" for key in translated if key not in source]
    found += [
        f"{language}: fields of {key!r} differ"
        for key in source
        if key in translated and _fields(source[key]) != _fields(translated[key])
    ]
    return found


def language_of(locale: str | None) -> str:
    """The report language of a POSIX locale name: ``ru_RU.UTF-8`` → ``ru``,
    ``kk_KZ`` → ``kk``; English for anything else (``C``, ``POSIX``, empty, ``fr_FR``)."""
    code = (locale or "").split(".", 1)[0].split("@", 1)[0]
    code = code.replace("-", "_").split("_", 1)[0].strip().lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The report language the environment asks for, as gettext reads it: the first of
    ``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set
    and not empty decides; English when none is, or it names another language."""
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name, "")
        if name == "LANGUAGE":
            value = next((entry for entry in value.split(":") if entry.strip()), "")
        if value.strip():
            return language_of(value)
    return DEFAULT_LANGUAGE


__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "catalogue",
    "environment_language",
    "language_of",
    "problems",
]
